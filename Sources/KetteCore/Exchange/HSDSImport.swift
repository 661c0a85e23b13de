/// Imports offers from Open Referral HSDS 3.x JSON: an array of service objects (as
/// ``HSDSExport`` writes them, or as other HSDS systems do), a page of the HSDS API's service list
/// (`{"contents": [services], …}`), or one service object.
///
/// What maps is taken (see the DocC article "HSDSMapping"); what has no place in Kette is named in
/// the plan's notes (`funding`, `program`, further locations …), and values Kette needs but the
/// service lacks are assumed and noted (a city-wide offer when there are no service areas, the field
/// `soziales`, today's date). A service is rejected, with the line and column of the JSON value,
/// when it has no name or organization, names unknown stages, transitions or districts, or has values
/// of the wrong type. Offers are matched by the `kette`/`offer-id` attribute, else by the service id
/// Kette derives from the store id, else they get the new id `hsds-<service uuid>`.
public enum HSDSImport {
    public static func plan(_ bytes: [UInt8], store: Store, today: Day,
                            progress: ExchangeProgress = .none) throws(ExchangeCancelled) -> OfferImportPlan {
        var plan = OfferImportPlan()
        plan.encoding = "UTF-8"
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let root: JSONNode
        do {
            root = try JSONParser.parse(body)
        } catch {
            plan.rejected = [OfferImportProblem(line: error.line, column: error.column, kind: .jsonSyntax(error.message))]
            return plan
        }
        let services: [JSONNode]
        if let array = root.arrayValue {
            services = array
        } else if root.objectValue != nil, root["name"] == nil, let page = root["contents"]?.arrayValue {
            // A page of an HSDS API list (`GET /services`): `{"total_items": …, "contents": [services]}`.
            services = page
        } else if root.objectValue != nil, root["name"] != nil {
            services = [root]
        } else {
            plan.rejected = [OfferImportProblem(line: root.line, column: root.column,
                                                kind: .hsdsShape(key: "(root)", expected: .services, found: .init(root)))]
            return plan
        }

        var byServiceID: [String: String] = [:]
        for o in store.offers { byServiceID[HSDSVocabulary.serviceID(offer: o.id)] = o.id }
        let reader = ServiceReader(store: store, today: today, byServiceID: byServiceID)
        var notes: [String: (line: Int, column: Int, count: Int, kind: OfferImportProblem.Kind)] = [:]
        var seen: [String: Int] = [:]
        for (i, node) in services.enumerated() {
            try progress.tick(i + 1, of: services.count, step: 100)
            var r = reader.read(node, index: i)
            if let offer = r.offer, r.problems.isEmpty {
                if let first = seen[offer.id] {
                    plan.rejected.append(OfferImportProblem(line: node.line, column: node.column, columnName: "id",
                                                            kind: .duplicateID(offer.id, firstLine: first)))
                    continue
                }
                seen[offer.id] = node.line
                plan.file(offer, line: node.line, existing: store.offer(id: offer.id))
            } else {
                plan.rejected += r.problems
                r.notes.removeAll()
            }
            for n in r.notes {
                let key: String
                switch n.kind {
                case .notImported(let k, _): key = "n:" + k
                case .assumed(let k, let v): key = "a:" + k + "=" + v
                default: key = "\(n.line):\(n.kind)"
                }
                if let old = notes[key] {
                    notes[key] = (old.line, old.column, old.count + 1, old.kind)
                } else {
                    notes[key] = (n.line, n.column ?? 0, 1, n.kind)
                }
            }
        }
        plan.notes = notes.values.map { n in
            var kind = n.kind
            if case .notImported(let k, _) = kind { kind = .notImported(key: k, count: n.count) }
            return OfferImportProblem(line: n.line, column: n.column, kind: kind)
        }
        plan.notes = OfferImportPlan.inOrder(plan.notes)
        plan.rejected = OfferImportPlan.inOrder(plan.rejected)
        return plan
    }

    /// ISO 639-2/3 codes HSDS data often uses, for the languages Kette knows by name.
    static let threeLetterCodes: [String: String] = [
        "deu": "de", "ger": "de", "eng": "en", "tur": "tr", "ara": "ar", "ukr": "uk", "rus": "ru", "pol": "pl",
        "ron": "ro", "rum": "ro", "fas": "fa", "per": "fa", "fra": "fr", "fre": "fr", "spa": "es", "ita": "it",
        "kur": "ku", "bul": "bg", "ell": "el", "gre": "el", "sqi": "sq", "alb": "sq", "srp": "sr", "hrv": "hr",
        "bos": "bs", "pus": "ps", "tir": "ti", "som": "so", "vie": "vi", "zho": "zh", "chi": "zh", "por": "pt",
        "nld": "nl", "dut": "nl", "hun": "hu", "ces": "cs", "cze": "cs", "urd": "ur", "hin": "hi", "tam": "ta",
    ]

    /// The service keys the import reads; any other key with a value is named in the notes.
    static let mappedKeys: Set<String> = [
        "id", "organization_id", "name", "description", "url", "email", "status", "fees_description",
        "eligibility_description", "minimum_age", "maximum_age", "assured_date", "last_modified", "phones", "schedules",
        "service_areas", "service_at_locations", "languages", "organization", "cost_options", "contacts", "attributes",
    ]

    struct Result {
        var offer: Offer?
        var problems: [OfferImportProblem] = []
        var notes: [OfferImportProblem] = []
    }

    struct ServiceReader {
        let store: Store
        let today: Day
        let byServiceID: [String: String]
        let resolver: ReferenceResolver

        init(store: Store, today: Day, byServiceID: [String: String]) {
            self.store = store
            self.today = today
            self.byServiceID = byServiceID
            resolver = ReferenceResolver(store: store)
        }

        func read(_ node: JSONNode, index: Int) -> Result {
            var result = Result()
            func problem(_ at: JSONNode, _ key: String?, _ kind: OfferImportProblem.Kind) {
                result.problems.append(OfferImportProblem(line: at.line, column: at.column, columnName: key, kind: kind,
                                                          entryLine: node.line))
            }
            func note(_ at: JSONNode, _ kind: OfferImportProblem.Kind) {
                result.notes.append(OfferImportProblem(line: at.line, column: at.column, kind: kind))
            }
            guard let members = node.objectValue else {
                problem(node, nil, .hsdsShape(key: "[\(index)]", expected: .service, found: .init(node)))
                return result
            }
            /// A string member; nil when absent, null, empty or only white space (a name `" "` would
            /// make an offer `kette validate` rejects); a problem when of another type.
            func string(_ obj: JSONNode, _ key: String, path: String) -> String? {
                guard let v = obj[key] else { return nil }
                switch v.kind {
                case .null: return nil
                case .string(let s): return s.allSatisfy(\.isWhitespace) ? nil : s
                default:
                    problem(v, nil, .hsdsShape(key: path, expected: .string, found: .init(v)))
                    return nil
                }
            }
            func array(_ obj: JSONNode, _ key: String, path: String) -> [JSONNode] {
                guard let v = obj[key] else { return [] }
                switch v.kind {
                case .null: return []
                case .array(let a):
                    for e in a where e.objectValue == nil {
                        problem(e, nil, .hsdsShape(key: path + "[]", expected: .object, found: .init(e)))
                    }
                    return a.filter { $0.objectValue != nil }
                default:
                    problem(v, nil, .hsdsShape(key: path, expected: .array, found: .init(v)))
                    return []
                }
            }
            func object(_ obj: JSONNode, _ key: String, path: String) -> JSONNode? {
                guard let v = obj[key] else { return nil }
                switch v.kind {
                case .null: return nil
                case .object: return v
                default:
                    problem(v, nil, .hsdsShape(key: path, expected: .object, found: .init(v)))
                    return nil
                }
            }

            for m in members where !HSDSImport.mappedKeys.contains(m.key) && !Self.isEmpty(m.value) {
                note(m.value, .notImported(key: m.key, count: 1))
            }

            // Attributes, by taxonomy.
            var terms: [HSDSVocabulary.Taxonomy: [(code: String, value: String?, node: JSONNode)]] = [:]
            for a in array(node, "attributes", path: "attributes") {
                guard let term = object(a, "taxonomy_term", path: "attributes[].taxonomy_term") else {
                    note(a, .notImported(key: "attributes (without taxonomy_term)", count: 1))
                    continue
                }
                let taxonomy = string(term, "taxonomy", path: "attributes[].taxonomy_term.taxonomy") ?? ""
                guard let t = HSDSVocabulary.Taxonomy(rawValue: taxonomy),
                      let code = string(term, "code", path: "attributes[].taxonomy_term.code") else {
                    note(a, .notImported(key: "attributes (taxonomy \(taxonomy.isEmpty ? "–" : taxonomy))", count: 1))
                    continue
                }
                terms[t, default: []].append((code, string(a, "value", path: "attributes[].value"), term))
            }
            func ketteValue(_ code: String) -> String? { terms[.kette]?.first { $0.code == code }?.value }

            // The offer id.
            let serviceID = string(node, "id", path: "id")
            let id: String
            if let v = ketteValue(HSDSVocabulary.offerIDCode), Identifier.isValid(v) {
                id = v
            } else if let sid = serviceID?.lowercased(), let known = byServiceID[sid] {
                id = known
            } else if let sid = serviceID, NameBasedUUID.isUUID(sid) {
                id = "hsds-" + sid.lowercased()
                note(node, .newID(id))
            } else {
                problem(node["id"] ?? node, "id", serviceID.map { .invalidID($0) } ?? .missingValue("id"))
                return result
            }
            let existing = store.offer(id: id)

            guard let title = string(node, "name", path: "name") else {
                problem(node["name"] ?? node, "name", .missingValue("name"))
                return result
            }
            let organization = object(node, "organization", path: "organization")
            let provider = organization.flatMap { string($0, "name", path: "organization.name") } ?? existing?.provider
            guard let provider else {
                problem(organization ?? node, "organization.name", .missingValue("organization.name"))
                return result
            }

            var o = existing ?? Offer(id: id, title: title, provider: provider, field: .soziales, languages: [],
                                      cost: Offer.Cost(free: false), updated: today)
            o.title = title
            o.provider = provider
            o.description = string(node, "description", path: "description")
            o.eligibility = string(node, "eligibility_description", path: "eligibility_description")

            if let fields = terms[.field], let first = fields.first {
                if let f = CellValues.field(first.code) { o.field = f } else { problem(first.node, "kette-field", .invalidField(first.code)) }
            } else if existing == nil {
                note(node, .assumed(key: "kette-field", value: Field.soziales.rawValue))
            }

            func references(_ t: HSDSVocabulary.Taxonomy, _ resolve: (String) -> ReferenceResolver.Result,
                            _ unknown: (String) -> OfferImportProblem.Kind) -> [String]? {
                guard let list = terms[t] else { return nil }
                var ids: [String] = []
                for item in list {
                    switch resolve(item.code) {
                    case .found(let id): if !ids.contains(id) { ids.append(id) }
                    case .unknown(let x): problem(item.node, t.rawValue, unknown(x))
                    case .ambiguous(let x, let c): problem(item.node, t.rawValue, .ambiguous(x, candidates: c))
                    }
                }
                return ids
            }
            let stages = references(.stage, resolver.stage, { .unknownStage($0) })
            let transitions = references(.transition, resolver.transition, { .unknownTransition($0) })
            if stages != nil || transitions != nil {
                o.stages = stages ?? []
                o.transitions = transitions ?? []
            } else if existing == nil {
                // Foreign data: the stages the service's age range overlaps.
                let minAge = node["minimum_age"]?.doubleValue, maxAge = node["maximum_age"]?.doubleValue
                if minAge != nil || maxAge != nil {
                    // Clamped to -1…200 years: a "maximum_age" of 1e300 (or 1e19) must not trap in Int().
                    func months(_ years: Double, _ rule: FloatingPointRoundingRule) -> Int {
                        Int((min(max(years, -1), 200) * 12).rounded(rule))
                    }
                    let from = months(minAge ?? -1, .down), to = months(maxAge ?? 100, .up)
                    o.stages = store.stages.filter { $0.fromMonths < to && from < $0.toMonths }.map(\.id)
                }
            }
            if o.stages.isEmpty && o.transitions.isEmpty && result.problems.isEmpty {
                problem(node, "attributes", .noStageOrTransition)
            }

            // Districts.
            let areas = array(node, "service_areas", path: "service_areas")
            if !areas.isEmpty {
                var citywide = false
                var districts: [String] = []
                for a in areas {
                    let uri = string(a, "uri", path: "service_areas[].uri") ?? ""
                    if uri == HSDSVocabulary.citywideURN { citywide = true; continue }
                    let given = uri.hasPrefix(HSDSVocabulary.districtURNPrefix)
                        ? String(uri.dropFirst(HSDSVocabulary.districtURNPrefix.count)) : string(a, "name", path: "service_areas[].name") ?? ""
                    if GermanFolding.fold(given) == GermanFolding.fold(store.info.municipality) { citywide = true; continue }
                    switch resolver.district(given) {
                    case .found(let d): if !districts.contains(d) { districts.append(d) }
                    case .unknown(let x): problem(a, "service_areas", .unknownDistrict(x))
                    case .ambiguous(let x, let c): problem(a, "service_areas", .ambiguous(x, candidates: c))
                    }
                }
                o.citywide = citywide
                o.districts = districts
            } else if existing == nil {
                o.citywide = true
                o.districts = []
                note(node, .assumed(key: "service_areas", value: "citywide"))
            }

            // Contact data.
            let phones = array(node, "phones", path: "phones")
            let contacts = array(node, "contacts", path: "contacts")
            if phones.count > 1 { note(phones[1], .notImported(key: "phones (after the first)", count: 1)) }
            if contacts.count > 1 { note(contacts[1], .notImported(key: "contacts (after the first)", count: 1)) }
            let contactPhones = contacts.first.map { array($0, "phones", path: "contacts[].phones") } ?? []
            var contact = o.contact ?? Offer.Contact()
            contact.phone = phones.first.flatMap { string($0, "number", path: "phones[].number") }
                ?? contactPhones.first.flatMap { string($0, "number", path: "contacts[].phones[].number") }
            contact.email = string(node, "email", path: "email") ?? contacts.first.flatMap { string($0, "email", path: "contacts[].email") }
                ?? ketteValue(HSDSVocabulary.emailCode)
            contact.web = string(node, "url", path: "url") ?? ketteValue(HSDSVocabulary.webCode)
            o.contact = contact.isEmpty && contact.extras.isEmpty ? nil : contact

            // Location: address and accessibility.
            let sals = array(node, "service_at_locations", path: "service_at_locations")
            if sals.count > 1 { note(sals[1], .notImported(key: "service_at_locations (after the first)", count: 1)) }
            let location = sals.first.flatMap { object($0, "location", path: "service_at_locations[].location") }
            let addresses = location.map { array($0, "addresses", path: "location.addresses") } ?? []
            if addresses.count > 1 { note(addresses[1], .notImported(key: "location.addresses (after the first)", count: 1)) }
            if let a = addresses.first {
                let street = [string(a, "address_1", path: "address_1"), string(a, "address_2", path: "address_2")]
                    .compactMap { $0 }.joined(separator: ", ")
                let text = PostalAddress(street: street, postalCode: string(a, "postal_code", path: "postal_code") ?? "",
                                         city: string(a, "city", path: "city") ?? "").formatted
                o.address = text.isEmpty ? nil : text
            } else {
                o.address = nil
            }
            o.accessible = !(location.map { array($0, "accessibility", path: "location.accessibility") } ?? []).isEmpty

            // Languages.
            var codes: [String] = []
            for l in array(node, "languages", path: "languages") {
                let raw = string(l, "code", path: "languages[].code") ?? string(l, "name", path: "languages[].name") ?? ""
                let lower = raw.lowercased()
                let code = lower.count == 2 && Identifier.isLanguageCode(lower) ? lower
                    : HSDSImport.threeLetterCodes[lower] ?? LanguageNames.code(forName: raw)
                if let code {
                    if !codes.contains(code) { codes.append(code) }
                } else {
                    problem(l, "languages", .invalidLanguage(raw))
                }
            }
            o.languages = codes

            // Cost.
            let costs = array(node, "cost_options", path: "cost_options")
            let note_ = string(node, "fees_description", path: "fees_description")
            if costs.contains(where: { $0["amount"]?.doubleValue == 0 }) {
                o.cost.free = true
            } else if !costs.isEmpty {
                o.cost.free = costs.contains { c in
                    let option = GermanFolding.foldToString(string(c, "option", path: "cost_options[].option") ?? "")
                    return ["kostenlos", "kostenfrei", "free", "gratis"].contains(option)
                }
            } else if existing == nil {
                note(node, .assumed(key: "cost_options", value: "kostenpflichtig"))
            }
            o.cost.note = note_ ?? costs.first.flatMap { string($0, "amount_description", path: "cost_options[].amount_description") }

            // Hours.
            let schedules = array(node, "schedules", path: "schedules")
            let hours = schedules.compactMap { s -> String? in
                if let d = string(s, "description", path: "schedules[].description") { return d }
                let times = [string(s, "opens_at", path: "opens_at"), string(s, "closes_at", path: "closes_at")].compactMap { $0 }
                let text = ([string(s, "byday", path: "byday")].compactMap { $0 } + [times.joined(separator: "–")])
                    .filter { !$0.isEmpty }.joined(separator: " ")
                return text.isEmpty ? nil : text
            }
            o.hours = hours.isEmpty ? nil : hours.joined(separator: "; ")

            o.tags = (terms[.tag] ?? []).map(\.code)

            // Date and status.
            if let d = string(node, "assured_date", path: "assured_date").flatMap({ Day(String($0.prefix(10))) })
                ?? string(node, "last_modified", path: "last_modified").flatMap({ Day(String($0.prefix(10))) }) {
                o.updated = d
            } else if existing == nil {
                note(node, .assumed(key: "assured_date", value: today.description))
            }
            switch string(node, "status", path: "status") ?? "active" {
            case "active": o.status = .active
            case "inactive", "defunct", "temporarily closed": o.status = .archived
            case let other: problem(node["status"] ?? node, "status", .invalidStatus(other))
            }
            if !o.citywide && o.districts.isEmpty && result.problems.isEmpty { problem(node, "service_areas", .noDistricts) }
            result.offer = result.problems.isEmpty ? o : nil
            return result
        }

        static func isEmpty(_ v: JSONNode) -> Bool {
            switch v.kind {
            case .null: true
            case .string(let s): s.isEmpty
            case .array(let a): a.isEmpty
            case .object(let m): m.isEmpty
            default: false
            }
        }
    }
}
