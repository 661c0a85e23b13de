/// A core indicator of the sozialräumliches Monitoring, e.g. the SGB-II-Quote of children under 15.
public struct Indicator: Sendable, Identifiable, Hashable {
    /// Whether a lower or a higher value means children grow up better.
    public enum Better: String, Sendable, CaseIterable, Hashable { case lower, higher }

    public var id: String
    public var title: String
    public var unit: String
    public var better: Better
    public var source: String
    public var stages: [String]
    public var description: String?
    public var extras: [JSONMember] = []
    public var position: SourcePosition = .none

    public init(id: String, title: String, unit: String, better: Better, source: String,
                stages: [String] = [], description: String? = nil) {
        self.id = id
        self.title = title
        self.unit = unit
        self.better = better
        self.source = source
        self.stages = stages
        self.description = description
    }

    public static func == (a: Indicator, b: Indicator) -> Bool {
        a.id == b.id && a.title == b.title && a.unit == b.unit && a.better == b.better && a.source == b.source
            && a.stages == b.stages && a.description == b.description && a.extras == b.extras
    }
    public func hash(into h: inout Hasher) { h.combine(id) }
}

extension Indicator {
    init?(json node: JSONNode, path: String, file: String, sink: DiagnosticSink) {
        guard var r = ObjectReader(node, path: path, file: file, sink: sink) else { return nil }
        let id = r.id(), title = r.string("title"), unit = r.string("unit", nonEmpty: false)
        let better = r.enumeration("better", Better.self), source = r.string("source")
        let stages = r.stringArray("stages"), description = r.string("description", required: false)
        guard let id, let title, let unit, let better, let source else { return nil }
        self.init(id: id, title: title, unit: unit, better: better, source: source, stages: stages,
                  description: description)
        extras = r.extras()
        position = r.position
    }

    var json: JSONNode {
        var b = JSONObjectBuilder()
        b.add("id", id)
        b.add("title", title)
        b.add("unit", unit)
        b.add("better", better.rawValue)
        b.add("source", source)
        b.add("stages", stages)
        b.addIfPresent("description", description)
        return b.build(extras: extras)
    }
}
