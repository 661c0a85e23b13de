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

    /// The values live in one reference-counted box (copy on write): an offer is copied whenever
    /// it is read out of an array, and copying one reference is far cheaper than retaining every
    /// string and array of the offer one by one (which dominated loading and filtering large stores).
    private final class Storage: @unchecked Sendable {
        var id: String
        var title: String
        var provider: String
        var field: Field
        var stages: [String]
        var transitions: [String]
        var citywide: Bool
        var districts: [String]
        var description: String?
        var address: String?
        var contact: Contact?
        var languages: [String]
        var cost: Cost
        var accessible: Bool
        var eligibility: String?
        var hours: String?
        var tags: [String]
        var updated: Day
        var status: Status
        var extras: [JSONMember]
        var position: SourcePosition
        init(id: String, title: String, provider: String, field: Field, stages: [String], transitions: [String], citywide: Bool, districts: [String], description: String?, address: String?, contact: Contact?, languages: [String], cost: Cost, accessible: Bool, eligibility: String?, hours: String?, tags: [String], updated: Day, status: Status, extras: [JSONMember], position: SourcePosition) {
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
            self.extras = extras
            self.position = position
        }
        func copy() -> Storage {
            Storage(id: id, title: title, provider: provider, field: field, stages: stages, transitions: transitions, citywide: citywide, districts: districts, description: description, address: address, contact: contact, languages: languages, cost: cost, accessible: accessible, eligibility: eligibility, hours: hours, tags: tags, updated: updated, status: status, extras: extras, position: position)
        }
    }

    private var storage: Storage

    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    public var id: String {
        get { storage.id }
        set { unique().id = newValue }
    }
    public var title: String {
        get { storage.title }
        set { unique().title = newValue }
    }
    public var provider: String {
        get { storage.provider }
        set { unique().provider = newValue }
    }
    public var field: Field {
        get { storage.field }
        set { unique().field = newValue }
    }
    public var stages: [String] {
        get { storage.stages }
        set { unique().stages = newValue }
    }
    public var transitions: [String] {
        get { storage.transitions }
        set { unique().transitions = newValue }
    }
    public var citywide: Bool {
        get { storage.citywide }
        set { unique().citywide = newValue }
    }
    public var districts: [String] {
        get { storage.districts }
        set { unique().districts = newValue }
    }
    public var description: String? {
        get { storage.description }
        set { unique().description = newValue }
    }
    public var address: String? {
        get { storage.address }
        set { unique().address = newValue }
    }
    public var contact: Contact? {
        get { storage.contact }
        set { unique().contact = newValue }
    }
    public var languages: [String] {
        get { storage.languages }
        set { unique().languages = newValue }
    }
    public var cost: Cost {
        get { storage.cost }
        set { unique().cost = newValue }
    }
    public var accessible: Bool {
        get { storage.accessible }
        set { unique().accessible = newValue }
    }
    public var eligibility: String? {
        get { storage.eligibility }
        set { unique().eligibility = newValue }
    }
    public var hours: String? {
        get { storage.hours }
        set { unique().hours = newValue }
    }
    public var tags: [String] {
        get { storage.tags }
        set { unique().tags = newValue }
    }
    public var updated: Day {
        get { storage.updated }
        set { unique().updated = newValue }
    }
    public var status: Status {
        get { storage.status }
        set { unique().status = newValue }
    }
    public var extras: [JSONMember] {
        get { storage.extras }
        set { unique().extras = newValue }
    }
    public var position: SourcePosition {
        get { storage.position }
        set { unique().position = newValue }
    }

    public init(id: String, title: String, provider: String, field: Field, stages: [String] = [],
                transitions: [String] = [], citywide: Bool = false, districts: [String] = [],
                description: String? = nil, address: String? = nil, contact: Contact? = nil,
                languages: [String] = ["de"], cost: Cost = Cost(free: true), accessible: Bool = false,
                eligibility: String? = nil, hours: String? = nil, tags: [String] = [],
                updated: Day, status: Status = .active) {
        storage = Storage(id: id, title: title, provider: provider, field: field, stages: stages,
                          transitions: transitions, citywide: citywide, districts: districts,
                          description: description, address: address, contact: contact, languages: languages,
                          cost: cost, accessible: accessible, eligibility: eligibility, hours: hours, tags: tags,
                          updated: updated, status: status, extras: [], position: .none)
    }

    public var isActive: Bool { status == .active }

    /// True when the offer can be used by families living in `district`.
    public func serves(district: String) -> Bool { citywide || districts.contains(district) }

    public static func == (a: Offer, b: Offer) -> Bool {
        if a.storage === b.storage { return true }
        return a.id == b.id && a.title == b.title && a.provider == b.provider && a.field == b.field
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
