import Foundation

extension Form {
    /// The values as a JSON object (keys sorted): strings, `true`/`false`, arrays of ids. For
    /// drafts: build the same form again and pass the text to ``importJSON(_:)``.
    public func exportJSON() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(values) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Takes values from ``exportJSON()`` back in; unknown keys and values of the wrong kind are
    /// left out. False when the text is not such a JSON object.
    @discardableResult
    public mutating func importJSON(_ text: String) -> Bool {
        guard let decoded = try? JSONDecoder().decode([String: FormValue].self, from: Data(text.utf8)) else { return false }
        setValues(decoded)
        return true
    }
}
