/// The value of one form field: what a form exports for drafts and takes back in.
///
/// Text, date, month and multi-line fields hold `.text`; toggles hold `.flag`; single and multiple
/// choices hold `.selection` (the chosen option ids; at most one for a single choice). In JSON a value
/// is a plain string, `true`/`false`, or an array of strings.
public enum FormValue: Sendable, Hashable, Codable {
    case text(String)
    case flag(Bool)
    case selection([String])

    public var text: String? { if case .text(let s) = self { s } else { nil } }
    public var flag: Bool? { if case .flag(let b) = self { b } else { nil } }
    public var selection: [String]? { if case .selection(let ids) = self { ids } else { nil } }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let b = try? c.decode(Bool.self) {
            self = .flag(b)
        } else if let s = try? c.decode(String.self) {
            self = .text(s)
        } else {
            self = .selection(try c.decode([String].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .text(let s): try c.encode(s)
        case .flag(let b): try c.encode(b)
        case .selection(let ids): try c.encode(ids)
        }
    }
}
