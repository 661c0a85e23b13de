/// A stage of a child's life on the chain, e.g. "Kita (3–6 Jahre)".
///
/// A child aged `a` months (negative during pregnancy) is in the stage with
/// `fromMonths <= a < toMonths`.
public struct Stage: Sendable, Identifiable, Hashable {
    public var id: String
    public var title: String
    public var fromMonths: Int
    public var toMonths: Int
    public var description: String?
    public var extras: [JSONMember] = []
    public var position: SourcePosition = .none

    public init(id: String, title: String, fromMonths: Int, toMonths: Int, description: String? = nil) {
        self.id = id
        self.title = title
        self.fromMonths = fromMonths
        self.toMonths = toMonths
        self.description = description
    }

    public func contains(ageInMonths a: Int) -> Bool { fromMonths <= a && a < toMonths }

    public static func == (a: Stage, b: Stage) -> Bool {
        a.id == b.id && a.title == b.title && a.fromMonths == b.fromMonths && a.toMonths == b.toMonths
            && a.description == b.description && a.extras == b.extras
    }
    public func hash(into h: inout Hasher) { h.combine(id) }
}

extension Stage {
    init?(json node: JSONNode, path: String, file: String, sink: DiagnosticSink) {
        guard var r = ObjectReader(node, path: path, file: file, sink: sink) else { return nil }
        let id = r.id(), title = r.string("title"), from = r.int("fromMonths"), to = r.int("toMonths")
        let description = r.string("description", required: false)
        guard let id, let title, let from, let to else { return nil }
        if from >= to {
            r.report("fromMonths (\(from)) must be less than toMonths (\(to))")
        }
        self.init(id: id, title: title, fromMonths: from, toMonths: to, description: description)
        extras = r.extras()
        position = r.position
    }

    var json: JSONNode {
        var b = JSONObjectBuilder()
        b.add("id", id)
        b.add("title", title)
        b.add("fromMonths", fromMonths)
        b.add("toMonths", toMonths)
        b.addIfPresent("description", description)
        return b.build(extras: extras)
    }
}
