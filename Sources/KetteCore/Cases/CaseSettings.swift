/// Who may work with case records, and the retention periods: the `cases` object of `store.json`.
///
/// ```json
/// "cases": {"group": "jugendamt", "users": ["fk1"], "counsellingYears": 3, "longTermAge": 100}
/// ```
/// With neither `group` nor `users`, file permissions alone decide who can read the case files.
public struct CaseSettings: Sendable, Hashable {
    /// A Unix group whose members may see and edit cases.
    public var group: String?
    /// User names that may see and edit cases (in addition to the group's members).
    public var users: [String]
    /// Retention periods (see ``Retention``).
    public var retention: Retention
    public var extras: [JSONMember] = []

    public init(group: String? = nil, users: [String] = [], retention: Retention = Retention()) {
        self.group = group
        self.users = users
        self.retention = retention
    }

    /// True when the store names who may see cases.
    public var restrictsAccess: Bool { group != nil || !users.isEmpty }

    public static func == (a: CaseSettings, b: CaseSettings) -> Bool {
        a.group == b.group && a.users == b.users && a.retention == b.retention && a.extras == b.extras
    }
    public func hash(into h: inout Hasher) { h.combine(group) }
}

extension CaseSettings {
    init?(json node: JSONNode, path: String, file: String, sink: DiagnosticSink) {
        guard var r = ObjectReader(node, path: path, file: file, sink: sink) else { return nil }
        self.init()
        group = r.string("group", required: false)
        users = r.stringArray("users", required: false)
        if let years = r.int("counsellingYears", required: false) {
            if (0...100).contains(years) { retention.counsellingYears = years } else {
                r.report("counsellingYears must be between 0 and 100", key: "counsellingYears")
            }
        }
        if let age = r.int("longTermAge", required: false) {
            if (1...150).contains(age) { retention.longTermAge = age } else {
                r.report("longTermAge must be between 1 and 150", key: "longTermAge")
            }
        }
        extras = r.extras()
    }

    var json: JSONNode {
        var b = JSONObjectBuilder()
        b.addIfPresent("group", group)
        if !users.isEmpty { b.add("users", users) }
        b.add("counsellingYears", retention.counsellingYears)
        b.add("longTermAge", retention.longTermAge)
        return b.build(extras: extras)
    }

    var isDefault: Bool { self == CaseSettings() }
}
