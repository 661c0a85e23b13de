/// Builds a JSON object in a fixed key order, then appends the unknown keys kept from loading.
struct JSONObjectBuilder {
    private(set) var members: [JSONMember] = []

    mutating func add(_ key: String, _ value: JSONNode) { members.append(JSONMember(key, value)) }
    mutating func add(_ key: String, _ value: String) { add(key, .string(value)) }
    mutating func add(_ key: String, _ value: Bool) { add(key, .bool(value)) }
    mutating func add(_ key: String, _ value: Int) { add(key, .int(value)) }
    mutating func add(_ key: String, _ values: [String]) { add(key, .array(values.map(JSONNode.string))) }
    mutating func addIfPresent(_ key: String, _ value: String?) { if let value { add(key, value) } }
    mutating func addIfPresent(_ key: String, _ value: Int?) { if let value { add(key, value) } }

    func build(extras: [JSONMember] = []) -> JSONNode {
        if extras.isEmpty { return .object(members) }
        let known = Set(members.map(\.key))
        return .object(members + extras.filter { !known.contains($0.key) })
    }
}

extension ObjectReader {
    /// Reads an id and checks its form (letters, digits, `.`, `_`, `-`; at most 64).
    mutating func id(_ key: String = "id", required: Bool = true) -> String? {
        guard let s = string(key, required: required) else { return nil }
        if !Identifier.isValid(s) {
            report("invalid id \"\(TerminalText.escaped(s))\": use letters, digits, '.', '_' and '-' (at most 64, starting with a letter or digit)",
                   at: value(key, required: false), key: key)
        }
        return s
    }

    mutating func languages(_ key: String, required: Bool = true) -> [String] {
        let codes = stringArray(key, required: required)
        for code in codes where !Identifier.isLanguageCode(code) {
            report("\"\(TerminalText.escaped(code))\" is not an ISO 639-1 language code (two lowercase letters)",
                   at: value(key, required: false), key: key)
        }
        return codes
    }
}

/// Rules for the ids and codes used across the store.
public enum Identifier {
    public static func isValid(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard (1...64).contains(u.count) else { return false }
        func alnum(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
        guard alnum(u[0]) else { return false }
        return u.allSatisfy { alnum($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }

    public static func isLanguageCode(_ s: String) -> Bool {
        let u = Array(s.utf8)
        return u.count == 2 && u.allSatisfy { (0x61...0x7A).contains($0) }
    }
}
