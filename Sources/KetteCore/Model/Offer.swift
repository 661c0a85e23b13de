/// An offer on the chain: a service for families, with where, for whom and how to reach it.
public struct Offer: Sendable, Identifiable, Hashable {
    public enum Status: String, Sendable, CaseIterable, Hashable { case active, archived }

    public struct Contact: Sendable, Hashable {
        public var phone: String?
        public var email: String?
        public var web: String?
        public var extras: [JSONMember] = []
        public init(phone: String? = nil, email: String? = nil, web: String? = nil) {
            self.phone = phone
            self.email = email
            self.web = web
        }
        public var isEmpty: Bool { phone == nil && email == nil && web == nil }
        public static func == (a: Contact, b: Contact) -> Bool {
            a.phone == b.phone && a.email == b.email && a.web == b.web && a.extras == b.extras
        }
        public func hash(into h: inout Hasher) { h.combine(phone); h.combine(email) }
    }

    public struct Cost: Sendable, Hashable {
        public var free: Bool
        public var note: String?
        public var extras: [JSONMember] = []
        public init(free: Bool, note: String? = nil) {
            self.free = free
            self.note = note
        }
        public static func == (a: Cost, b: Cost) -> Bool { a.free == b.free && a.note == b.note && a.extras == b.extras }
        public func hash(into h: inout Hasher) { h.combine(free); h.combine(note) }
    }

    public var id: String
    public var title: String
    public var provider: String
    public var field: Field
    public var stages: [String]
    public var transitions: [String]
    public var citywide: Bool
    public var districts: [String]
    public var description: String?
    public var address: String?
    public var contact: Contact?
    public var languages: [String]
    public var cost: Cost
    public var accessible: Bool
    public var eligibility: String?
    public var hours: String?
    public var tags: [String]
    public var updated: Day
    public var status: Status
    public var extras: [JSONMember] = []
    public var position: SourcePosition = .none

    public init(id: String, title: String, provider: String, field: Field, stages: [String] = [],
                transitions: [String] = [], citywide: Bool = false, districts: [String] = [],
                description: String? = nil, address: String? = nil, contact: Contact? = nil,
                languages: [String] = ["de"], cost: Cost = Cost(free: true), accessible: Bool = false,
                eligibility: String? = nil, hours: String? = nil, tags: [String] = [],
                updated: Day, status: Status = .active) {
        self.id = id
        self.title = title
        self.provider = provider
        self.field = field
        self.stages = stages
        self.transitions = transitions
        self.citywide = citywide
        self.districts = districts
        self.description = description
        self.address = address
        self.contact = contact
        self.languages = languages
        self.cost = cost
        self.accessible = accessible
        self.eligibility = eligibility
        self.hours = hours
        self.tags = tags
        self.updated = updated
        self.status = status
    }

    public var isActive: Bool { status == .active }

    /// True when the offer can be used by families living in `district`.
    public func serves(district: String) -> Bool { citywide || districts.contains(district) }

    public static func == (a: Offer, b: Offer) -> Bool {
        a.id == b.id && a.title == b.title && a.provider == b.provider && a.field == b.field
            && a.stages == b.stages && a.transitions == b.transitions && a.citywide == b.citywide
            && a.districts == b.districts && a.description == b.description && a.address == b.address
            && a.contact == b.contact && a.languages == b.languages && a.cost == b.cost
            && a.accessible == b.accessible && a.eligibility == b.eligibility && a.hours == b.hours
            && a.tags == b.tags && a.updated == b.updated && a.status == b.status && a.extras == b.extras
    }
    public func hash(into h: inout Hasher) { h.combine(id) }
}

extension Offer {
    init?(json node: JSONNode, path: String, file: String, sink: DiagnosticSink) {
        guard var r = ObjectReader(node, path: path, file: file, sink: sink) else { return nil }
        let id = r.id(), title = r.string("title"), provider = r.string("provider")
        let field = r.enumeration("field", Field.self)
        let stages = r.stringArray("stages"), transitions = r.stringArray("transitions")
        let citywide = r.bool("citywide"), districts = r.stringArray("districts")
        let description = r.string("description", required: false)
        let address = r.string("address", required: false)
        var contact: Contact?
        if let c = r.value("contact", required: false),
           var cr = ObjectReader(c, path: r.childPath("contact"), file: file, sink: sink) {
            var value = Contact(phone: cr.string("phone", required: false),
                                email: cr.string("email", required: false),
                                web: cr.string("web", required: false))
            value.extras = cr.extras()
            contact = value
        }
        let languages = r.languages("languages")
        var cost: Cost?
        if let c = r.value("cost", required: true),
           var cr = ObjectReader(c, path: r.childPath("cost"), file: file, sink: sink) {
            if let free = cr.bool("free") {
                var value = Cost(free: free, note: cr.string("note", required: false))
                value.extras = cr.extras()
                cost = value
            }
        }
        let accessible = r.bool("accessible")
        let eligibility = r.string("eligibility", required: false)
        let hours = r.string("hours", required: false)
        let tags = r.stringArray("tags", required: false)
        let updated = r.day("updated")
        let status = r.enumeration("status", Status.self, required: false) ?? .active
        guard let id, let title, let provider, let field, let citywide, let cost, let accessible, let updated else {
            return nil
        }
        if stages.isEmpty && transitions.isEmpty {
            r.report("an offer must serve at least one stage or transition")
        }
        if districts.isEmpty && !citywide {
            r.report("districts is empty but citywide is false: name the districts or set citywide to true",
                     key: "districts")
        }
        self.init(id: id, title: title, provider: provider, field: field, stages: stages, transitions: transitions,
                  citywide: citywide, districts: districts, description: description, address: address,
                  contact: contact, languages: languages, cost: cost, accessible: accessible,
                  eligibility: eligibility, hours: hours, tags: tags, updated: updated, status: status)
        extras = r.extras()
        position = r.position
    }

    /// The offer in the store's own format (also the `--format json` output of the CLI).
    public var json: JSONNode {
        var b = JSONObjectBuilder()
        b.add("id", id)
        b.add("title", title)
        b.add("provider", provider)
        b.add("field", field.rawValue)
        b.add("stages", stages)
        b.add("transitions", transitions)
        b.add("citywide", citywide)
        b.add("districts", districts)
        b.addIfPresent("description", description)
        b.addIfPresent("address", address)
        if let contact {
            var c = JSONObjectBuilder()
            c.addIfPresent("phone", contact.phone)
            c.addIfPresent("email", contact.email)
            c.addIfPresent("web", contact.web)
            b.add("contact", c.build(extras: contact.extras))
        }
        b.add("languages", languages)
        var c = JSONObjectBuilder()
        c.add("free", cost.free)
        c.addIfPresent("note", cost.note)
        b.add("cost", c.build(extras: cost.extras))
        b.add("accessible", accessible)
        b.addIfPresent("eligibility", eligibility)
        b.addIfPresent("hours", hours)
        b.add("tags", tags)
        b.add("updated", updated.description)
        b.add("status", status.rawValue)
        return b.build(extras: extras)
    }
}
