import KetteCore

/// The open choice list of a choice field: what was typed to narrow it and the highlighted option.
public struct FormPicker: Sendable, Equatable {
    /// Index of the field in the form.
    public var field: Int
    public var query: String = ""
    /// Index into the options that match the query.
    public var selection: Int = 0

    public init(field: Int, query: String = "") {
        self.field = field
        self.query = query
    }

    /// Indexes of the options whose label or id contains every word of the query (German folding:
    /// ä = ae = a, case-insensitive).
    public func matches(_ options: [FormOption]) -> [Int] {
        let words = GermanFolding.foldToString(query).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return Array(options.indices) }
        return options.indices.filter { i in
            let hay = GermanFolding.foldToString(options[i].label) + " " + GermanFolding.foldToString(options[i].id)
            return words.allSatisfy { hay.contains($0) }
        }
    }
}
