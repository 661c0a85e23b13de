/// A parsed JSON value that remembers where it started in its file.
///
/// Kette reads store files into this tree first, so that validation can name the line and column of
/// every object, and so that keys the program does not know are carried through a save unchanged.
public struct JSONNode: Sendable {
    public enum Kind: Sendable {
        case null
        case bool(Bool)
        /// The number's literal text is kept so that unknown values are written back exactly.
        case number(literal: String)
        case string(String)
        case array([JSONNode])
        case object([JSONMember])
    }

    public var kind: Kind
    /// 1-based line of the value's first character (0 for values built in memory).
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int

    public init(_ kind: Kind, line: Int = 0, column: Int = 0) {
        self.kind = kind
        self.line = line
        self.column = column
    }

    public static func string(_ s: String) -> JSONNode { JSONNode(.string(s)) }
    public static func bool(_ b: Bool) -> JSONNode { JSONNode(.bool(b)) }
    public static func int(_ i: Int) -> JSONNode { JSONNode(.number(literal: String(i))) }
    public static func double(_ d: Double) -> JSONNode {
        if d.rounded() == d, abs(d) < 1e15 { return JSONNode(.number(literal: String(Int(d)))) }
        return JSONNode(.number(literal: String(d)))
    }
    public static func array(_ a: [JSONNode]) -> JSONNode { JSONNode(.array(a)) }
    public static func object(_ m: [JSONMember]) -> JSONNode { JSONNode(.object(m)) }
    public static let null = JSONNode(.null)

    /// A short name of the value's type for error messages.
    public var typeName: String {
        switch kind {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    public var stringValue: String? { if case .string(let s) = kind { s } else { nil } }
    public var boolValue: Bool? { if case .bool(let b) = kind { b } else { nil } }
    public var doubleValue: Double? { if case .number(let l) = kind { Double(l) } else { nil } }
    public var intValue: Int? {
        guard case .number(let l) = kind else { return nil }
        if let i = Int(l) { return i }
        if let d = Double(l), d.rounded() == d, abs(d) < 9e15 { return Int(d) }
        return nil
    }
    public var arrayValue: [JSONNode]? { if case .array(let a) = kind { a } else { nil } }
    public var objectValue: [JSONMember]? { if case .object(let m) = kind { m } else { nil } }

    /// The member with this key, if the value is an object.
    public subscript(key: String) -> JSONNode? {
        objectValue?.first(where: { $0.key == key })?.value
    }
}

/// One `"key": value` pair of a JSON object, in file order.
public struct JSONMember: Sendable {
    public var key: String
    public var value: JSONNode
    public init(_ key: String, _ value: JSONNode) {
        self.key = key
        self.value = value
    }
}

extension JSONNode: Equatable {
    /// Structural equality; positions are ignored.
    public static func == (a: JSONNode, b: JSONNode) -> Bool {
        switch (a.kind, b.kind) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)): return x == y || Double(x) == Double(y)
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }
}

extension JSONMember: Hashable {
    public static func == (a: JSONMember, b: JSONMember) -> Bool { a.key == b.key && a.value == b.value }
    public func hash(into h: inout Hasher) { h.combine(key) }
}
