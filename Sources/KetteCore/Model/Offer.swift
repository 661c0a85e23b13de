/// An offer on the chain: a service for families, with where, for whom and how to reach it.
public struct Offer: Sendable, Identifiable, Hashable {
    public enum Status: String, Sendable, CaseIterable, Hashable { case active, archived }

    public struct Contact: Sendable, Hashable {
        /// Held as ``OfferTextValue``: a contact read on the fast path keeps where its texts lie in
        /// offers.json; ``Offer/contact`` hands it out with them read.
        var phoneValue: OfferTextValue?
        var emailValue: OfferTextValue?
        var webValue: OfferTextValue?
        public var phone: String? {
            get { phoneValue?.heldText }
            set { phoneValue = newValue.map(OfferTextValue.text) }
        }
        public var email: String? {
            get { emailValue?.heldText }
            set { emailValue = newValue.map(OfferTextValue.text) }
        }
        public var web: String? {
            get { webValue?.heldText }
            set { webValue = newValue.map(OfferTextValue.text) }
        }
        public var extras: [JSONMember] = []
        public init(phone: String? = nil, email: String? = nil, web: String? = nil) {
            phoneValue = phone.map(OfferTextValue.text)
            emailValue = email.map(OfferTextValue.text)
            webValue = web.map(OfferTextValue.text)
        }
        init(phone: OfferTextValue?, email: OfferTextValue?, web: OfferTextValue?) {
            phoneValue = phone
            emailValue = email
            webValue = web
        }
        public var isEmpty: Bool { phoneValue == nil && emailValue == nil && webValue == nil }
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
        var description: OfferTextValue?
        var address: OfferTextValue?
        var contact: Contact?
        var languages: [String]
        var cost: Cost
        var accessible: Bool
        var eligibility: OfferTextValue?
        var hours: OfferTextValue?
        var tags: [String]
        var updated: Day
        var status: Status
        var extras: [JSONMember]
        var position: SourcePosition
        /// Where stored texts are read from (nil when every text is held).
        var texts: OfferTextSource?
        init(id: String, title: String, provider: String, field: Field, stages: [String], transitions: [String], citywide: Bool, districts: [String], description: OfferTextValue?, address: OfferTextValue?, contact: Contact?, languages: [String], cost: Cost, accessible: Bool, eligibility: OfferTextValue?, hours: OfferTextValue?, tags: [String], updated: Day, status: Status, extras: [JSONMember], position: SourcePosition, texts: OfferTextSource?) {
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
            self.texts = texts
        }
        func copy() -> Storage {
            Storage(id: id, title: title, provider: provider, field: field, stages: stages, transitions: transitions, citywide: citywide, districts: districts, description: description, address: address, contact: contact, languages: languages, cost: cost, accessible: accessible, eligibility: eligibility, hours: hours, tags: tags, updated: updated, status: status, extras: extras, position: position, texts: texts)
        }

        /// The text of a field: held, or read from offers.json (``OfferTextSource/unavailableText``
        /// when that file has changed since the load; writes and exports then refuse).
        func text(_ value: OfferTextValue?) -> String? {
            switch value {
            case nil: return nil
            case .text(let s)?: return s
            case .stored(let ref)?: return texts?.text(ref) ?? OfferTextSource.unavailableText
            }
        }

        /// The contact with its texts read.
        func read(_ c: Contact) -> Contact {
            guard texts != nil else { return c }
            var out = c
            if case .stored? = c.phoneValue { out.phoneValue = text(c.phoneValue).map(OfferTextValue.text) }
            if case .stored? = c.emailValue { out.emailValue = text(c.emailValue).map(OfferTextValue.text) }
            if case .stored? = c.webValue { out.webValue = text(c.webValue).map(OfferTextValue.text) }
            return out
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
        get { storage.text(storage.description) }
        set { unique().description = newValue.map(OfferTextValue.text) }
    }
    public var address: String? {
        get { storage.text(storage.address) }
        set { unique().address = newValue.map(OfferTextValue.text) }
    }
    public var contact: Contact? {
        get { storage.contact.map(storage.read) }
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
        get { storage.text(storage.eligibility) }
        set { unique().eligibility = newValue.map(OfferTextValue.text) }
    }
    public var hours: String? {
        get { storage.text(storage.hours) }
        set { unique().hours = newValue.map(OfferTextValue.text) }
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
                          description: description.map(OfferTextValue.text), address: address.map(OfferTextValue.text),
                          contact: contact, languages: languages, cost: cost, accessible: accessible,
                          eligibility: eligibility.map(OfferTextValue.text), hours: hours.map(OfferTextValue.text),
                          tags: tags, updated: updated, status: status, extras: [], position: .none, texts: nil)
    }

    /// An offer read on the fast path: its long texts may be stored in `texts` (offers.json).
    init(id: String, title: String, provider: String, field: Field, stages: [String], transitions: [String],
         citywide: Bool, districts: [String], description: OfferTextValue?, address: OfferTextValue?,
         contact: Contact?, languages: [String], cost: Cost, accessible: Bool, eligibility: OfferTextValue?,
         hours: OfferTextValue?, tags: [String], updated: Day, status: Status, position: SourcePosition,
         texts: OfferTextSource?) {
        storage = Storage(id: id, title: title, provider: provider, field: field, stages: stages,
                          transitions: transitions, citywide: citywide, districts: districts,
                          description: description, address: address, contact: contact, languages: languages,
                          cost: cost, accessible: accessible, eligibility: eligibility, hours: hours, tags: tags,
                          updated: updated, status: status, extras: [], position: position, texts: texts)
    }

    /// The file this offer reads stored texts from, if any (see ``OfferTextSource/check(_:)``).
    var textSource: OfferTextSource? { storage.texts }

    /// True when a text the offer holds (not one still stored in offers.json) carries
    /// ``OfferTextSource/unavailableText``: it came from a form filled while the file was changed.
    var holdsUnavailableText: Bool {
        func held(_ value: OfferTextValue?) -> Bool {
            if case .text(let t)? = value { return OfferTextSource.isUnavailable(t) }
            return false
        }
        let s = storage
        return held(s.description) || held(s.address) || held(s.eligibility) || held(s.hours)
            || held(s.contact?.phoneValue) || held(s.contact?.emailValue) || held(s.contact?.webValue)
    }

    /// The description's UTF-8 handed to `body` without making a String when it is stored (the
    /// search index reads every description once); `buffer` is scratch space the caller reuses.
    func withDescriptionUTF8<R>(buffer: inout [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if case .stored(let ref)? = storage.description, let texts = storage.texts {
            // A text that can no longer be read (offers.json changed in place) is not searched: its
            // placeholder would match in every offer until the navigator has read the store again.
            if !texts.bytes(ref, into: &buffer) { buffer.removeAll(keepingCapacity: true) }
            return buffer.withUnsafeBufferPointer(body)
        }
        var s = description ?? ""
        return s.withUTF8(body)
    }

    public var isActive: Bool { status == .active }

    /// True when the offer can be used by families living in `district`.
    public func serves(district: String) -> Bool { citywide || districts.contains(district) }

    public static func == (a: Offer, b: Offer) -> Bool {
        if a.storage === b.storage { return true }
        let x = a.storage, y = b.storage
        return a.id == b.id && a.title == b.title && a.provider == b.provider && a.field == b.field
            && a.stages == b.stages && a.transitions == b.transitions && a.citywide == b.citywide
            && a.districts == b.districts && sameText(x, x.description, y, y.description)
            && sameText(x, x.address, y, y.address) && sameContact(x, y) && a.languages == b.languages
            && a.cost == b.cost && a.accessible == b.accessible && sameText(x, x.eligibility, y, y.eligibility)
            && sameText(x, x.hours, y, y.hours) && a.tags == b.tags && a.updated == b.updated
            && a.status == b.status && a.extras == b.extras
    }

    /// Whether two fields have the same text. Texts stored at the same place of the same file
    /// content are not read: comparing a store with the same store read again (an import checks
    /// that offers.json did not change meanwhile) would otherwise read every text twice.
    private static func sameText(_ a: Storage, _ x: OfferTextValue?, _ b: Storage, _ y: OfferTextValue?) -> Bool {
        if case .stored(let r)? = x, case .stored(let s)? = y, r == s,
           let ta = a.texts, let tb = b.texts, ta.holdsSameContent(as: tb) {
            return true
        }
        return a.text(x) == b.text(y)
    }

    private static func sameContact(_ a: Storage, _ b: Storage) -> Bool {
        guard let x = a.contact, let y = b.contact else { return a.contact == nil && b.contact == nil }
        return x.extras == y.extras && sameText(a, x.phoneValue, b, y.phoneValue)
            && sameText(a, x.emailValue, b, y.emailValue) && sameText(a, x.webValue, b, y.webValue)
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
