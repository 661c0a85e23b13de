/// A Stadtteil, the unit of the sozialräumliches Monitoring and of where offers are available.
public struct District: Sendable, Identifiable, Hashable {
    public var id: String
    public var name: String
    public var borough: String?
    /// Residents aged 0–17, when known.
    public var children: Int?
    public var extras: [JSONMember] = []
    public var position: SourcePosition = .none

    public init(id: String, name: String, borough: String? = nil, children: Int? = nil) {
        self.id = id
        self.name = name
        self.borough = borough
        self.children = children
    }

    public static func == (a: District, b: District) -> Bool {
        a.id == b.id && a.name == b.name && a.borough == b.borough && a.children == b.children && a.extras == b.extras
    }
    public func hash(into h: inout Hasher) { h.combine(id) }
}

extension District {
    init?(json node: JSONNode, path: String, file: String, sink: DiagnosticSink) {
        guard var r = ObjectReader(node, path: path, file: file, sink: sink) else { return nil }
        let id = r.id(), name = r.string("name")
        let borough = r.string("borough", required: false)
        let children = r.int("children", required: false)
        guard let id, let name else { return nil }
        if let children, children < 0 {
            r.report("children must not be negative", key: "children")
        }
        self.init(id: id, name: name, borough: borough, children: children)
        extras = r.extras()
        position = r.position
    }

    var json: JSONNode {
        var b = JSONObjectBuilder()
        b.add("id", id)
        b.add("name", name)
        b.addIfPresent("borough", borough)
        b.addIfPresent("children", children)
        return b.build(extras: extras)
    }
}
