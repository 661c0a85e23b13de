/// Reads the members of one JSON object into typed values, reporting every missing key and
/// wrong type to a ``DiagnosticSink`` with the file position and JSON path.
///
/// Keys that were read are remembered; ``extras()`` returns the rest, so unknown keys can be
/// written back unchanged on save.
struct ObjectReader {
    let node: JSONNode
    let members: [JSONMember]
    let path: String
    let file: String
    let sink: DiagnosticSink
    /// Which members were asked for (by index): no set of keys to hash per object.
    private var used: [Bool]

    /// Returns nil (after reporting) when `node` is not an object.
    init?(_ node: JSONNode, path: String, file: String, sink: DiagnosticSink) {
        guard let members = node.objectValue else {
            sink.add(Diagnostic(file: file, line: node.line, column: node.column, path: path,
                                message: "expected an object, found \(node.typeName)"))
            return nil
        }
        self.node = node
        self.members = members
        self.path = path
        self.file = file
        self.sink = sink
        self.used = Array(repeating: false, count: members.count)
        func duplicate(_ m: JSONMember) {
            sink.add(Diagnostic(file: file, line: m.value.line, column: m.value.column, path: path,
                                message: "duplicate key \"\(m.key)\""))
        }
        if members.count <= 24 {
            // Few keys: comparing each with the ones before is cheaper than hashing them all.
            for i in members.indices where members[..<i].contains(where: { $0.key == members[i].key }) {
                duplicate(members[i])
            }
        } else {
            var seen: Set<String> = []
            for m in members where !seen.insert(m.key).inserted { duplicate(m) }
        }
    }

    func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func report(_ message: String, at node: JSONNode? = nil, key: String? = nil, severity: Diagnostic.Severity = .error) {
        let n = node ?? self.node
        sink.add(Diagnostic(file: file, line: n.line, column: n.column,
                            path: key.map(childPath) ?? path, message: message, severity: severity))
    }

    /// The raw member, marking the key as known.
    mutating func value(_ key: String, required: Bool) -> JSONNode? {
        var found: JSONNode?
        for i in members.indices where members[i].key == key {
            used[i] = true
            if found == nil { found = members[i].value }
        }
        guard let v = found else {
            if required { report("missing required key \"\(key)\"") }
            return nil
        }
        return v
    }

    mutating func string(_ key: String, required: Bool = true, nonEmpty: Bool = true) -> String? {
        guard let v = value(key, required: required) else { return nil }
        if case .null = v.kind, !required { return nil }
        guard let s = v.stringValue else {
            report("expected a string, found \(v.typeName)", at: v, key: key)
            return nil
        }
        if nonEmpty, required, s.allSatisfy(\.isWhitespace) {
            report("must not be empty", at: v, key: key)
        }
        return s
    }

    mutating func bool(_ key: String, required: Bool = true) -> Bool? {
        guard let v = value(key, required: required) else { return nil }
        guard let b = v.boolValue else {
            report("expected true or false, found \(v.typeName)", at: v, key: key)
            return nil
        }
        return b
    }

    mutating func int(_ key: String, required: Bool = true) -> Int? {
        guard let v = value(key, required: required) else { return nil }
        guard let i = v.intValue else {
            report("expected a whole number, found \(v.typeName)", at: v, key: key)
            return nil
        }
        return i
    }

    mutating func number(_ key: String, required: Bool = true) -> Double? {
        guard let v = value(key, required: required) else { return nil }
        if case .null = v.kind, !required { return nil }
        guard let d = v.doubleValue else {
            report("expected a number, found \(v.typeName)", at: v, key: key)
            return nil
        }
        return d
    }

    mutating func stringArray(_ key: String, required: Bool = true) -> [String] {
        guard let v = value(key, required: required) else { return [] }
        guard let a = v.arrayValue else {
            report("expected an array of strings, found \(v.typeName)", at: v, key: key)
            return []
        }
        var out: [String] = []
        for (i, e) in a.enumerated() {
            if let s = e.stringValue {
                out.append(s)
            } else {
                sink.add(Diagnostic(file: file, line: e.line, column: e.column, path: "\(childPath(key))[\(i)]",
                                    message: "expected a string, found \(e.typeName)"))
            }
        }
        return out
    }

    mutating func array(_ key: String, required: Bool = true) -> [JSONNode]? {
        guard let v = value(key, required: required) else { return nil }
        guard let a = v.arrayValue else {
            report("expected an array, found \(v.typeName)", at: v, key: key)
            return nil
        }
        return a
    }

    mutating func enumeration<E: RawRepresentable>(_ key: String, _ type: E.Type, required: Bool = true) -> E?
    where E.RawValue == String, E: CaseIterable {
        guard let v = value(key, required: required) else { return nil }
        guard let s = v.stringValue else {
            report("expected a string, found \(v.typeName)", at: v, key: key)
            return nil
        }
        guard let e = E(rawValue: s) else {
            let allowed = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            report("unknown value \"\(s)\"; expected one of \(allowed)", at: v, key: key)
            return nil
        }
        return e
    }

    mutating func day(_ key: String, required: Bool = true) -> Day? {
        guard let s = string(key, required: required) else { return nil }
        guard let d = Day(s) else {
            report("expected a date YYYY-MM-DD, found \"\(s)\"", at: value(key, required: false), key: key)
            return nil
        }
        return d
    }

    mutating func month(_ key: String, required: Bool = true) -> Month? {
        guard let s = string(key, required: required) else { return nil }
        guard let m = Month(s) else {
            report("expected a month YYYY-MM, found \"\(s)\"", at: value(key, required: false), key: key)
            return nil
        }
        return m
    }

    /// Members whose keys were never asked for.
    func extras() -> [JSONMember] {
        guard used.contains(false) else { return [] }
        return members.indices.filter { !used[$0] }.map { members[$0] }
    }
}

/// Where an object started in its file; used to place reference errors found after loading.
public struct SourcePosition: Sendable, Hashable {
    public var line: Int
    public var column: Int
    /// Index in the array the object was read from (-1 when not read from a file).
    public var index: Int
    public init(line: Int, column: Int, index: Int = -1) {
        self.line = line
        self.column = column
        self.index = index
    }
    public static let none = SourcePosition(line: 0, column: 0)
}

extension ObjectReader {
    var position: SourcePosition {
        // The reader's path ends in "[i]" when the object is an array element.
        var index = -1
        if path.hasSuffix("]"), let open = path.lastIndex(of: "["),
           let i = Int(path[path.index(after: open)..<path.index(before: path.endIndex)]) {
            index = i
        }
        return SourcePosition(line: node.line, column: node.column, index: index)
    }
}
