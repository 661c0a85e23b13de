/// Writes a store's offers as Open Referral HSDS 3.0 JSON: one array of full service objects, each
/// valid against the HSDS 3.0 schema `service.json` (with its references).
///
/// The mapping is documented in the DocC article "HSDSMapping"; in short, per offer one `service`
/// with its `organization` (the provider), one `service_at_location` with its `location` (address,
/// accessibility), `phones`, `contacts`, `languages`, `cost_options`, `schedules` (the opening hours
/// as text), `service_areas` (districts, or the municipality for a city-wide offer) and `attributes`
/// whose taxonomy terms carry stages, transitions, field, tags and the store id. Ids are name-based
/// UUIDs (``HSDSVocabulary``), stable across exports.
public enum HSDSExport {
    /// The whole export as one String (for tests and small stores; ``write(_:store:layout:progress:chunkSize:to:)``
    /// streams it instead).
    public static func render(_ offers: [Offer], store: Store, progress: ExchangeProgress = .none) throws(ExchangeCancelled) -> String {
        var bytes: [UInt8] = []
        do {
            try write(offers, store: store, progress: progress) { bytes.append(contentsOf: $0) }
        } catch let e as ExchangeCancelled {
            throw e
        } catch {
            preconditionFailure("a sink that cannot fail failed: \(error)")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// How the array is laid out.
    public enum Layout: Sendable {
        /// Indented as Kette writes its store files: `JSONWriter.pretty` of the array (for people
        /// reading or diffing an export).
        case pretty
        /// One service per line without spaces, between `[` and `]` on lines of their own: about 30 %
        /// smaller and quicker to write and read; a diff still shows which offers changed.
        case compact
    }

    /// Writes the export into `sink` service by service, in chunks of about `chunkSize` bytes (a chunk
    /// is handed on once it holds at least `chunkSize` bytes, at the end of a service), so that only
    /// one service and one chunk are in memory at a time. With `.pretty` the bytes are those of
    /// `JSONWriter.pretty(.array(offers.map { service($0, store: store) }))`.
    ///
    /// Throws ``ExchangeCancelled`` when `progress` says so (checked every 100 offers), and whatever
    /// `sink` throws; what was handed to `sink` until then is an incomplete file. Throws
    /// ``StoreWriteError/changedSinceLoad(path:)`` before the first and the last chunk when the
    /// offers' texts come from an offers.json changed since it was loaded (``OfferTextSource``).
    public static func write(_ offers: [Offer], store: Store, layout: Layout = .pretty, progress: ExchangeProgress = .none,
                             chunkSize: Int = 256 * 1024, to sink: ([UInt8]) throws -> Void) throws {
        try OfferTextSource.check(offers)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(chunkSize + 64 * 1024)
        guard !offers.isEmpty else {
            try sink(Array("[]\n".utf8))
            return
        }
        buffer.append(contentsOf: "[\n".utf8)
        var exporter = Exporter(store: store)
        for (i, o) in offers.enumerated() {
            try progress.tick(i + 1, of: offers.count, step: 100)
            switch layout {
            case .pretty:
                buffer.append(contentsOf: "  ".utf8)
                JSONByteWriter.appendPretty(exporter.service(o), indent: 2, into: &buffer)
            case .compact:
                JSONByteWriter.appendCompact(exporter.service(o), into: &buffer)
            }
            buffer.append(contentsOf: (i + 1 < offers.count ? ",\n" : "\n").utf8)
            if buffer.count >= chunkSize {
                try sink(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        buffer.append(contentsOf: "]\n".utf8)
        try OfferTextSource.check(offers)
        try sink(buffer)
    }

    /// One offer as an HSDS service object.
    public static func service(_ offer: Offer, store: Store) -> JSONNode {
        var exporter = Exporter(store: store)
        return exporter.service(offer)
    }

    struct Exporter {
        let store: Store
        let stages: [String: Stage]
        let transitions: [String: Transition]
        let districts: [String: District]

        /// The ids of the taxonomies and of the terms every export uses, computed once.
        let taxonomyIDs: [HSDSVocabulary.Taxonomy: String]
        let termIDs: [String: String]

        /// Ids and term objects that repeat from offer to offer (a provider's organization id, the
        /// `taxonomy_term` of a stage or tag), each computed once; at most ``cacheLimit`` of each, so
        /// that memory stays bounded however many providers and tags there are.
        var organizationIDs: [String: String] = [:]
        var termNodes: [String: JSONNode] = [:]
        static let cacheLimit = 10_000

        init(store: Store) {
            self.store = store
            stages = Dictionary(store.stages.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            transitions = Dictionary(store.transitions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            districts = Dictionary(store.districts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            var taxonomies: [HSDSVocabulary.Taxonomy: String] = [:]
            for t in HSDSVocabulary.Taxonomy.allCases { taxonomies[t] = HSDSVocabulary.uuid("taxonomy/" + t.rawValue) }
            taxonomyIDs = taxonomies
            var terms: [String: String] = [:]
            func term(_ t: HSDSVocabulary.Taxonomy, _ code: String) {
                let name = "term/" + t.rawValue + "/" + code
                terms[name] = HSDSVocabulary.uuid(name)
            }
            for s in store.stages { term(.stage, s.id) }
            for t in store.transitions { term(.transition, t.id) }
            for f in Field.allCases { term(.field, f.rawValue) }
            for code in [HSDSVocabulary.offerIDCode, HSDSVocabulary.emailCode, HSDSVocabulary.webCode] { term(.kette, code) }
            termIDs = terms
        }

        mutating func service(_ o: Offer) -> JSONNode {
            let key = "offer/" + o.id
            let sid = HSDSVocabulary.uuid(key)
            let orgID = organizationID(o.provider)
            var s = JSONObjectBuilder()
            s.add("id", sid)
            s.add("organization_id", orgID)
            s.add("name", o.title)
            s.addIfPresent("description", o.description)
            if let web = o.contact?.web, HSDSVocabulary.looksLikeURI(web) { s.add("url", web) }
            if let email = o.contact?.email, HSDSVocabulary.looksLikeEmail(email) { s.add("email", email) }
            s.add("status", o.status == .active ? "active" : "inactive")
            s.addIfPresent("fees_description", o.cost.note)
            s.addIfPresent("eligibility_description", o.eligibility)
            if let (from, to) = ageRange(o) {
                s.add("minimum_age", .double(Double(max(0, from)) / 12))
                s.add("maximum_age", .double(Double(to) / 12))
            }
            s.add("assured_date", o.updated.description)
            s.add("last_modified", o.updated.description + "T00:00:00Z")

            var phones: [JSONNode] = []
            if let phone = o.contact?.phone {
                var p = JSONObjectBuilder()
                p.add("id", HSDSVocabulary.uuid(key + "/phone"))
                p.add("service_id", sid)
                p.add("number", phone)
                phones.append(p.build())
            }
            s.add("phones", .array(phones))

            var schedules: [JSONNode] = []
            if let hours = o.hours {
                var b = JSONObjectBuilder()
                b.add("id", HSDSVocabulary.uuid(key + "/schedule"))
                b.add("service_id", sid)
                b.add("description", hours)
                schedules.append(b.build())
            }
            s.add("schedules", .array(schedules))

            var areas: [JSONNode] = []
            if o.citywide {
                var a = JSONObjectBuilder()
                a.add("id", HSDSVocabulary.uuid(key + "/area/citywide"))
                a.add("service_id", sid)
                a.add("name", store.info.municipality)
                a.add("description", "stadtweit")
                a.add("uri", HSDSVocabulary.citywideURN)
                areas.append(a.build())
            }
            for d in o.districts {
                var a = JSONObjectBuilder()
                a.add("id", HSDSVocabulary.uuid(key + "/area/" + d))
                a.add("service_id", sid)
                a.add("name", districts[d]?.name ?? d)
                a.add("description", "Stadtteil")
                a.add("uri", HSDSVocabulary.districtURN(d))
                areas.append(a.build())
            }
            s.add("service_areas", .array(areas))
            s.add("service_at_locations", .array([serviceAtLocation(o, key: key, sid: sid, orgID: orgID)]))

            s.add("languages", .array(o.languages.enumerated().map { i, code in
                var l = JSONObjectBuilder()
                l.add("id", HSDSVocabulary.uuid(key + "/language/\(i)/" + code))
                l.add("service_id", sid)
                if LanguageNames.isKnown(code) { l.add("name", LanguageNames.name(code, in: .en)) }
                l.add("code", code)
                return l.build()
            }))

            var org = JSONObjectBuilder()
            org.add("id", orgID)
            org.add("name", o.provider)
            org.add("description", o.provider)
            s.add("organization", org.build())

            var cost = JSONObjectBuilder()
            cost.add("id", HSDSVocabulary.uuid(key + "/cost"))
            cost.add("service_id", sid)
            cost.add("option", o.cost.free ? "kostenlos" : "kostenpflichtig")
            if o.cost.free {
                cost.add("currency", "EUR")
                cost.add("amount", 0)
            }
            cost.addIfPresent("amount_description", o.cost.note)
            s.add("cost_options", .array([cost.build()]))

            var contacts: [JSONNode] = []
            if let c = o.contact, c.phone != nil || (c.email.map(HSDSVocabulary.looksLikeEmail) ?? false) {
                let cid = HSDSVocabulary.uuid(key + "/contact")
                var b = JSONObjectBuilder()
                b.add("id", cid)
                b.add("service_id", sid)
                b.add("name", o.provider)
                if let email = c.email, HSDSVocabulary.looksLikeEmail(email) { b.add("email", email) }
                if let phone = c.phone {
                    var p = JSONObjectBuilder()
                    p.add("id", HSDSVocabulary.uuid(key + "/contact/phone"))
                    p.add("contact_id", cid)
                    p.add("number", phone)
                    b.add("phones", .array([p.build()]))
                }
                contacts.append(b.build())
            }
            s.add("contacts", .array(contacts))
            s.add("attributes", .array(attributes(o, key: key, sid: sid)))
            return s.build()
        }

        func serviceAtLocation(_ o: Offer, key: String, sid: String, orgID: String) -> JSONNode {
            let lid = HSDSVocabulary.uuid(key + "/location")
            var l = JSONObjectBuilder()
            l.add("id", lid)
            l.add("location_type", "physical")
            l.add("organization_id", orgID)
            l.add("name", o.title)
            if let address = o.address {
                let parts = PostalAddress(parsing: address)
                var a = JSONObjectBuilder()
                a.add("id", HSDSVocabulary.uuid(key + "/address"))
                a.add("location_id", lid)
                a.add("address_1", parts.street)
                a.add("city", parts.city)
                a.add("state_province", "")
                a.add("postal_code", parts.postalCode)
                a.add("country", "DE")
                a.add("address_type", "physical")
                l.add("addresses", .array([a.build()]))
            }
            if o.accessible {
                var a = JSONObjectBuilder()
                a.add("id", HSDSVocabulary.uuid(key + "/accessibility"))
                a.add("location_id", lid)
                a.add("description", "barrierefrei")
                l.add("accessibility", .array([a.build()]))
            }
            var sal = JSONObjectBuilder()
            sal.add("id", HSDSVocabulary.uuid(key + "/service_at_location"))
            sal.add("service_id", sid)
            sal.add("location_id", lid)
            sal.add("location", l.build())
            return sal.build()
        }

        mutating func organizationID(_ provider: String) -> String {
            if let id = organizationIDs[provider] { return id }
            let id = HSDSVocabulary.organizationID(provider: provider)
            if organizationIDs.count < Self.cacheLimit { organizationIDs[provider] = id }
            return id
        }

        mutating func attributes(_ o: Offer, key: String, sid: String) -> [JSONNode] {
            var out: [JSONNode] = []
            func add(_ taxonomy: HSDSVocabulary.Taxonomy, code: String, name: String, description: String, value: String? = nil) {
                let termName = "term/" + taxonomy.rawValue + "/" + code
                // The term depends on taxonomy and code only (name and description follow from them).
                let termNode: JSONNode
                if let cached = termNodes[termName] {
                    termNode = cached
                } else {
                    let id = termIDs[termName] ?? HSDSVocabulary.uuid(termName)
                    termNode = term(taxonomy, code: code, name: name, description: description, id: id)
                    if termNodes.count < Self.cacheLimit { termNodes[termName] = termNode }
                }
                let termID = termNode["id"]?.stringValue ?? HSDSVocabulary.uuid(termName)
                var a = JSONObjectBuilder()
                a.add("id", HSDSVocabulary.uuid(key + "/attribute/" + taxonomy.rawValue + "/" + code))
                a.add("link_id", sid)
                a.add("taxonomy_term_id", termID)
                a.add("link_type", taxonomy.rawValue)
                a.add("link_entity", "service")
                a.addIfPresent("value", value)
                a.add("taxonomy_term", termNode)
                out.append(a.build())
            }
            add(.kette, code: HSDSVocabulary.offerIDCode, name: "Kette-ID", description: "Die ID des Angebots im Kette-Bestand", value: o.id)
            add(.field, code: o.field.rawValue, name: CellValues.fieldLabel(o.field, .de), description: "Handlungsfeld")
            for id in o.stages {
                let st = stages[id]
                add(.stage, code: id, name: st?.title ?? id,
                    description: st?.description ?? st.map { "Lebensphase von \($0.fromMonths) bis \($0.toMonths) Monaten" } ?? "Lebensphase")
            }
            for id in o.transitions {
                let t = transitions[id]
                add(.transition, code: id, name: t?.title ?? id,
                    description: t?.description ?? t.map { "Übergang \($0.from) → \($0.to)" } ?? "Übergang")
            }
            for tag in o.tags { add(.tag, code: tag, name: tag, description: "Schlagwort") }
            if let email = o.contact?.email, !HSDSVocabulary.looksLikeEmail(email) {
                add(.kette, code: HSDSVocabulary.emailCode, name: "E-Mail", description: "E-Mail-Angabe, die keine gültige Adresse ist", value: email)
            }
            if let web = o.contact?.web, !HSDSVocabulary.looksLikeURI(web) {
                add(.kette, code: HSDSVocabulary.webCode, name: "Web", description: "Web-Angabe, die keine absolute URI ist", value: web)
            }
            return out
        }

        /// The `taxonomy_term` object of a term.
        func term(_ taxonomy: HSDSVocabulary.Taxonomy, code: String, name: String, description: String, id termID: String) -> JSONNode {
            let taxonomyID = taxonomyIDs[taxonomy] ?? HSDSVocabulary.uuid("taxonomy/" + taxonomy.rawValue)
            var t = JSONObjectBuilder()
            t.add("id", termID)
            t.add("code", code)
            t.add("name", name)
            t.add("description", description)
            t.add("taxonomy", taxonomy.rawValue)
            var detail = JSONObjectBuilder()
            detail.add("id", taxonomyID)
            detail.add("name", taxonomy.rawValue)
            detail.add("description", taxonomy.title)
            detail.add("version", "1")
            t.add("taxonomy_detail", detail.build())
            t.add("language", "de")
            t.add("taxonomy_id", taxonomyID)
            if let urn = HSDSVocabulary.termURN(taxonomy, code) { t.add("term_uri", urn) }
            return t.build()
        }

        /// The age range in months the offer's stages and transitions span.
        func ageRange(_ o: Offer) -> (Int, Int)? {
            var list = o.stages.compactMap { stages[$0] }
            for t in o.transitions.compactMap({ transitions[$0] }) {
                list += [stages[t.from], stages[t.to]].compactMap { $0 }
            }
            guard let from = list.map(\.fromMonths).min(), let to = list.map(\.toMonths).max() else { return nil }
            return (from, to)
        }
    }
}
