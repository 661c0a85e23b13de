/// An entry of the store's vocabulary of needs (`needs.json`), used by cases and matched
/// against offer tags.
public struct Need: Sendable, Identifiable, Hashable {
    public var id: String
    public var title: String
    public var extras: [JSONMember] = []
    public var position: SourcePosition = .none

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }

    public static func == (a: Need, b: Need) -> Bool { a.id == b.id && a.title == b.title && a.extras == b.extras }
    public func hash(into h: inout Hasher) { h.combine(id) }
}

extension Need {
    init?(json node: JSONNode, path: String, file: String, sink: DiagnosticSink) {
        guard var r = ObjectReader(node, path: path, file: file, sink: sink) else { return nil }
        let id = r.id(), title = r.string("title")
        guard let id, let title else { return nil }
        self.init(id: id, title: title)
        extras = r.extras()
        position = r.position
    }

    var json: JSONNode {
        var b = JSONObjectBuilder()
        b.add("id", id)
        b.add("title", title)
        return b.build(extras: extras)
    }
}
