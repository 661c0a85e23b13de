/// The municipality's prevention mission statement: goals (linked to indicators) and principles.
public struct Leitbild: Sendable, Hashable {
    public struct Goal: Sendable, Identifiable, Hashable {
        public var id: String
        public var title: String
        public var text: String
        public var indicators: [String]
        public var extras: [JSONMember] = []
        public var position: SourcePosition = .none
        public init(id: String, title: String, text: String, indicators: [String] = []) {
            self.id = id
            self.title = title
            self.text = text
            self.indicators = indicators
        }
        public static func == (a: Goal, b: Goal) -> Bool {
            a.id == b.id && a.title == b.title && a.text == b.text && a.indicators == b.indicators && a.extras == b.extras
        }
        public func hash(into h: inout Hasher) { h.combine(id) }
    }

    public struct Principle: Sendable, Identifiable, Hashable {
        public var id: String
        public var text: String
        public var extras: [JSONMember] = []
        public var position: SourcePosition = .none
        public init(id: String, text: String) {
            self.id = id
            self.text = text
        }
        public static func == (a: Principle, b: Principle) -> Bool { a.id == b.id && a.text == b.text && a.extras == b.extras }
        public func hash(into h: inout Hasher) { h.combine(id) }
    }

    public var title: String
    public var preamble: String
    public var goals: [Goal]
    public var principles: [Principle]

    public init(title: String, preamble: String = "", goals: [Goal] = [], principles: [Principle] = []) {
        self.title = title
        self.preamble = preamble
        self.goals = goals
        self.principles = principles
    }
}

extension Leitbild.Goal {
    init?(json node: JSONNode, path: String, file: String, sink: DiagnosticSink) {
        guard var r = ObjectReader(node, path: path, file: file, sink: sink) else { return nil }
        let id = r.id(), title = r.string("title"), text = r.string("text")
        let indicators = r.stringArray("indicators", required: false)
        guard let id, let title, let text else { return nil }
        self.init(id: id, title: title, text: text, indicators: indicators)
        extras = r.extras()
        position = r.position
    }

    var json: JSONNode {
        var b = JSONObjectBuilder()
        b.add("id", id)
        b.add("title", title)
        b.add("text", text)
        b.add("indicators", indicators)
        return b.build(extras: extras)
    }
}

extension Leitbild.Principle {
    init?(json node: JSONNode, path: String, file: String, sink: DiagnosticSink) {
        guard var r = ObjectReader(node, path: path, file: file, sink: sink) else { return nil }
        let id = r.id(), text = r.string("text")
        guard let id, let text else { return nil }
        self.init(id: id, text: text)
        extras = r.extras()
        position = r.position
    }

    var json: JSONNode {
        var b = JSONObjectBuilder()
        b.add("id", id)
        b.add("text", text)
        return b.build(extras: extras)
    }
}
