/// An offer proposed to or arranged for a family, with where it stands.
public struct Referral: Sendable, Hashable {
    public enum Status: String, Sendable, CaseIterable, Hashable {
        case vorgeschlagen, vermittelt, angenommen, abgeschlossen, abgelehnt

        /// Still needs someone's attention.
        public var isOpen: Bool { self == .vorgeschlagen || self == .vermittelt || self == .angenommen }
    }

    public var offer: String
    public var status: Status
    public var created: Day
    public var updated: Day
    public var note: String?
    public var extras: [JSONMember] = []
    public var position: SourcePosition = .none

    public init(offer: String, status: Status, created: Day, updated: Day, note: String? = nil) {
        self.offer = offer
        self.status = status
        self.created = created
        self.updated = updated
        self.note = note
    }

    public static func == (a: Referral, b: Referral) -> Bool {
        a.offer == b.offer && a.status == b.status && a.created == b.created && a.updated == b.updated
            && a.note == b.note && a.extras == b.extras
    }
    public func hash(into h: inout Hasher) { h.combine(offer); h.combine(created) }
}

extension Referral {
    init?(json node: JSONNode, path: String, file: String, sink: DiagnosticSink) {
        guard var r = ObjectReader(node, path: path, file: file, sink: sink) else { return nil }
        let offer = r.string("offer"), status = r.enumeration("status", Status.self)
        let created = r.day("created"), updated = r.day("updated")
        let note = r.string("note", required: false)
        guard let offer, let status, let created, let updated else { return nil }
        if updated < created { r.report("updated (\(updated)) is before created (\(created))", key: "updated") }
        self.init(offer: offer, status: status, created: created, updated: updated, note: note)
        extras = r.extras()
        position = r.position
    }

    var json: JSONNode {
        var b = JSONObjectBuilder()
        b.add("offer", offer)
        b.add("status", status.rawValue)
        b.add("created", created.description)
        b.add("updated", updated.description)
        b.addIfPresent("note", note)
        return b.build(extras: extras)
    }
}
