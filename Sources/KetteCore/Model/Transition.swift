/// A transition between two stages, e.g. "Kita → Grundschule (Einschulung)".
public struct Transition: Sendable, Identifiable, Hashable {
    public var id: String
    public var from: String
    public var to: String
    public var title: String
    public var description: String?
    public var extras: [JSONMember] = []
    public var position: SourcePosition = .none

    public init(id: String, from: String, to: String, title: String, description: String? = nil) {
        self.id = id
        self.from = from
        self.to = to
        self.title = title
        self.description = description
    }

    public static func == (a: Transition, b: Transition) -> Bool {
        a.id == b.id && a.from == b.from && a.to == b.to && a.title == b.title
            && a.description == b.description && a.extras == b.extras
    }
    public func hash(into h: inout Hasher) { h.combine(id) }
}

extension Transition {
    init?(json node: JSONNode, path: String, file: String, sink: DiagnosticSink) {
        guard var r = ObjectReader(node, path: path, file: file, sink: sink) else { return nil }
        let id = r.id(), from = r.string("from"), to = r.string("to"), title = r.string("title")
        let description = r.string("description", required: false)
        guard let id, let from, let to, let title else { return nil }
        self.init(id: id, from: from, to: to, title: title, description: description)
        extras = r.extras()
        position = r.position
    }

    var json: JSONNode {
        var b = JSONObjectBuilder()
        b.add("id", id)
        b.add("from", from)
        b.add("to", to)
        b.add("title", title)
        b.addIfPresent("description", description)
        return b.build(extras: extras)
    }
}
