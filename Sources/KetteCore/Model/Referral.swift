/// An offer proposed to or arranged for a family, with where it stands.
public struct Referral: Sendable, Hashable {
    public enum Status: String, Sendable, CaseIterable, Hashable {
        case vorgeschlagen, vermittelt, angenommen, abgeschlossen, abgelehnt

        /// Still needs someone's attention.
        public var isOpen: Bool { self == .vorgeschlagen || self == .vermittelt || self == .angenommen }
    }

    /// The family's consent to passing case data to the offer's agency (SGB X § 67b, SGB VIII § 65).
    public struct Consent: Sendable, Hashable {
        /// What may be passed on, e.g. "Kontaktdaten und Anliegen".
        public var scope: String
        /// Who receives it (the agency).
        public var recipient: String
        public var given: Day
        public var revoked: Day?
        public var extras: [JSONMember] = []
        public init(scope: String, recipient: String, given: Day, revoked: Day? = nil) {
            self.scope = scope
            self.recipient = recipient
            self.given = given
            self.revoked = revoked
        }
        /// Consent given and not (yet) revoked at `day`.
        public func isValid(on day: Day) -> Bool { given <= day && (revoked.map { day < $0 } ?? true) }
        public static func == (a: Consent, b: Consent) -> Bool {
            a.scope == b.scope && a.recipient == b.recipient && a.given == b.given && a.revoked == b.revoked && a.extras == b.extras
        }
        public func hash(into h: inout Hasher) { h.combine(recipient); h.combine(given) }
    }

    public var offer: String
    public var status: Status
    public var created: Day
    public var updated: Day
    public var note: String?
    /// The note was entrusted to the worker (§ 65 SGB VIII): never in a handout or export.
    public var entrusted = false
    public var consent: Consent?
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
            && a.note == b.note && a.entrusted == b.entrusted && a.consent == b.consent && a.extras == b.extras
    }
    public func hash(into h: inout Hasher) { h.combine(offer); h.combine(created) }
}

extension Referral {
    init?(json node: JSONNode, path: String, file: String, sink: DiagnosticSink) {
        guard var r = ObjectReader(node, path: path, file: file, sink: sink) else { return nil }
        let offer = r.string("offer"), status = r.enumeration("status", Status.self)
        let created = r.day("created"), updated = r.day("updated")
        let note = r.string("note", required: false)
        let entrusted = r.bool("entrusted", required: false) ?? false
        var consent: Consent?
        if let node = r.value("consent", required: false),
           var cr = ObjectReader(node, path: r.childPath("consent"), file: file, sink: sink) {
            let scope = cr.string("scope"), recipient = cr.string("recipient"), given = cr.day("given")
            let revoked = cr.day("revoked", required: false)
            if let scope, let recipient, let given {
                if let revoked, revoked < given { cr.report("revoked (\(revoked)) is before given (\(given))", key: "revoked") }
                consent = Consent(scope: scope, recipient: recipient, given: given, revoked: revoked)
                consent?.extras = cr.extras()
            }
        }
        guard let offer, let status, let created, let updated else { return nil }
        if updated < created { r.report("updated (\(updated)) is before created (\(created))", key: "updated") }
        self.init(offer: offer, status: status, created: created, updated: updated, note: note)
        self.entrusted = entrusted
        self.consent = consent
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
        if entrusted { b.add("entrusted", true) }
        if let consent {
            var cb = JSONObjectBuilder()
            cb.add("scope", consent.scope)
            cb.add("recipient", consent.recipient)
            cb.add("given", consent.given.description)
            if let revoked = consent.revoked { cb.add("revoked", revoked.description) }
            b.add("consent", cb.build(extras: consent.extras))
        }
        return b.build(extras: extras)
    }
}
