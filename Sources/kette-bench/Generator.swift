import Foundation
import KetteCore
import KetteDemo

/// Builds realistic synthetic stores: N offers of ≈ 1.2 KB JSON each, 24–60 districts, the demo's
/// chain, needs, Leitbild and indicators with five years of values per district, and 1,000 cases.
/// Deterministic: the same size and seed always give the same files.
enum StoreGenerator {
    static let seed: UInt64 = 0x4B65_7474_6521
    static let firstYear = 2021, lastYear = 2025

    static func districtCount(forOffers n: Int) -> Int { n >= 100_000 ? 60 : n >= 20_000 ? 40 : 24 }

    static func makeStore(offers n: Int, cases caseCount: Int = 1_000, seed: UInt64 = seed) -> Store {
        var rng = SeededRandom(seed: seed ^ UInt64(n))
        let demo: Store
        do { demo = try StoreLoader.load(from: DemoStore.source()).store } catch {
            fatalError("the demo store does not load: \(error)")
        }
        let districts = makeDistricts(districtCount(forOffers: n), &rng)
        let offers = (0..<n).map { makeOffer($0, districts: districts, &rng) }
        let values = makeValues(demo, districts: districts, &rng)
        let cases = (0..<caseCount).map { makeCase($0, districts: districts, needs: demo.needs.map(\.id), offers: offers, &rng) }
        return Store(info: StoreInfo(municipality: "Landeskatalog NRW (synthetisch, \(n) Angebote)"),
                     leitbild: demo.leitbild, stages: demo.stages, transitions: demo.transitions,
                     districts: districts, needs: demo.needs, offers: offers, indicators: demo.indicators,
                     values: values, cases: cases)
    }

    static func makeDistricts(_ count: Int, _ rng: inout SeededRandom) -> [District] {
        var seen: Set<String> = []
        var out: [District] = []
        var i = 0
        while out.count < count {
            let head = Vocabulary.districtHeads[i % Vocabulary.districtHeads.count]
            let tail = Vocabulary.districtTails[(i * 7 + i / Vocabulary.districtHeads.count) % Vocabulary.districtTails.count]
            i += 1
            let name = head + tail
            let id = Vocabulary.slug(name)
            guard seen.insert(id).inserted else { continue }
            out.append(District(id: id, name: name, borough: Vocabulary.boroughs[out.count % Vocabulary.boroughs.count],
                                children: rng.int(600...5200)))
        }
        return out
    }

    static func fill(_ template: String, city: String, district: String, name: String) -> String {
        template.replacingOccurrences(of: "%C", with: city).replacingOccurrences(of: "%D", with: district)
            .replacingOccurrences(of: "%N", with: name)
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    static func makeOffer(_ index: Int, districts: [District], _ rng: inout SeededRandom) -> Offer {
        let program = rng.pick(Vocabulary.programs)
        let city = rng.pick(Vocabulary.cities)
        let local = rng.chance(0.82)
        let chosen = local ? rng.sample(districts, rng.int(1...3)) : []
        let place = chosen.first?.name ?? city
        var title = program.title + rng.pick(Vocabulary.qualifiers)
        if local && rng.chance(0.5) { title += " in \(place)" }
        var carrier = rng.pick(Vocabulary.carriers)
        carrier = carrier.contains("%C") ? fill(carrier, city: city, district: place, name: "") : "\(carrier) \(city)"
        let person = rng.pick(Vocabulary.surnames)

        var sentences = rng.chance(0.5) ? program.sentences : [program.sentences[0]]
        for g in rng.sample(Vocabulary.generic, rng.int(1...3)) {
            sentences.append(fill(g, city: city, district: place, name: person))
        }
        let description = sentences.joined(separator: " ")

        // Stages: the program's, sometimes narrowed to a run of them.
        var stages = program.stages
        if stages.count > 2 && rng.chance(0.4) {
            let start = rng.int(0...(stages.count - 2))
            stages = Array(stages[start...(start + 1)])
        }
        let transitions = program.transitions.isEmpty || rng.chance(0.3) ? [] : program.transitions

        var languages = ["de"]
        if rng.chance(0.55) { languages += rng.sample(Vocabulary.languages, rng.int(1...4)) }
        let free = rng.chance(0.75)
        let slug = Vocabulary.slug(carrier)
        let host = String(slug.prefix(28)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        let contact = Offer.Contact(phone: "0\(rng.int(201...2999)) \(rng.int(100...999)) \(rng.int(10...99))-\(rng.int(10...99))",
                                    email: rng.chance(0.85) ? "\(Vocabulary.slug(person))@\(host).example.org" : nil,
                                    web: rng.chance(0.6) ? "https://www.\(host).example.org/angebote/\(index + 1)" : nil)
        var tags = program.tags
        for t in rng.sample(Vocabulary.extraTags, rng.int(0...2)) where !tags.contains(t) { tags.append(t) }

        return Offer(
            id: "o-" + pad(index + 1, 6), title: title, provider: carrier, field: program.field,
            stages: stages, transitions: transitions, citywide: !local, districts: chosen.map(\.id),
            description: description,
            address: "\(rng.pick(Vocabulary.streets)) \(rng.int(1...140)), \(rng.int(32_000...59_999)) \(city)",
            contact: contact, languages: languages,
            cost: free ? Offer.Cost(free: true) : Offer.Cost(free: false, note: rng.pick(Vocabulary.feeNotes)),
            accessible: rng.chance(0.6),
            eligibility: rng.chance(0.4) ? fill(rng.pick(Vocabulary.eligibility), city: city, district: place, name: "") : nil,
            hours: rng.pick(Vocabulary.hours), tags: tags,
            updated: Day(year: rng.int(2023...2026), month: rng.int(1...12), day: rng.int(1...28))!,
            status: rng.chance(0.05) ? .archived : .active)
    }

    /// Five years of values for every demo indicator in every district, around the demo's averages.
    static func makeValues(_ demo: Store, districts: [District], _ rng: inout SeededRandom) -> [IndicatorValue] {
        var out: [IndicatorValue] = []
        for ind in demo.indicators {
            let known = demo.values.filter { $0.indicator == ind.id }.compactMap(\.value)
            let mean = known.isEmpty ? 20 : known.reduce(0, +) / Double(known.count)
            for d in districts {
                let level = rng.double(0.55...1.5)
                let slope = rng.double(-0.04...0.04)
                for year in firstYear...lastYear {
                    if rng.chance(0.02) {
                        out.append(IndicatorValue(indicator: ind.id, district: d.id, year: year, value: nil, suppressed: true))
                        continue
                    }
                    var v = mean * level * (1 + slope * Double(year - firstYear)) * rng.double(0.97...1.03)
                    if ind.unit == "%" { v = min(99.9, max(0.1, v)) }
                    out.append(IndicatorValue(indicator: ind.id, district: d.id, year: year, value: (v * 10).rounded() / 10))
                }
            }
        }
        return out
    }

    static func makeCase(_ index: Int, districts: [District], needs: [String], offers: [Offer],
                         _ rng: inout SeededRandom) -> Case {
        let created = Day(year: 2026, month: rng.int(1...6), day: rng.int(1...28))!
        let updated = created.adding(days: rng.int(0...120))
        var children: [Case.Child] = []
        for k in 0..<rng.int(1...3) {
            let expected = k == 0 && rng.chance(0.1)
            let month = expected ? Month(year: 2026, month: rng.int(7...12))! : Month(year: rng.int(2009...2025), month: rng.int(1...12))!
            children.append(Case.Child(alias: "Kind \(["A", "B", "C"][k])", birthMonth: month, expected: expected))
        }
        var referrals: [Referral] = []
        var day = created
        for _ in 0..<rng.int(0...4) {
            let start = day
            let end = start.adding(days: rng.int(0...30))
            referrals.append(Referral(offer: rng.pick(offers).id, status: rng.pick(Referral.Status.allCases),
                                      created: start, updated: end,
                                      note: rng.chance(0.5) ? "Erstgespräch vereinbart; Rückmeldung an die Fachkraft folgt." : nil))
            day = end
        }
        func stamp(_ d: Day) -> String { "\(d)T\(pad(rng.int(7...17), 2)):\(pad(rng.int(0...59), 2)):00Z" }
        return Case(id: "fall-" + pad(index + 1, 5), pseudonym: "Familie \(rng.pick(Vocabulary.familyNames)) \(index + 1)",
                    district: rng.pick(districts).id, children: children, needs: rng.sample(needs, rng.int(1...3)),
                    languages: ["de"] + (rng.chance(0.4) ? [rng.pick(Vocabulary.languages)] : []),
                    referrals: referrals, followUp: rng.chance(0.7) ? updated.adding(days: rng.int(7...60)) : nil,
                    notes: rng.pick(Vocabulary.caseNotes), owner: "bench", status: rng.chance(0.8) ? .open : .closed,
                    created: stamp(created), updated: stamp(updated), revision: rng.int(1...6),
                    retention: Case.Retention(rule: "beratung", until: Day(year: 2029, month: 12, day: 31)!))
    }

    /// One line per offer (title, provider, description) for the reference tools `fzf` and `grep`.
    static func textLines(_ offers: [Offer]) -> String {
        var out = ""
        out.reserveCapacity(offers.count * 700)
        for o in offers {
            out += o.title
            out += " | "
            out += o.provider
            out += " | "
            out += o.description ?? ""
            out += "\n"
        }
        return out
    }
}
