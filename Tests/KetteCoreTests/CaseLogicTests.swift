import Testing
@testable import KetteCore

/// A small chain built in code for the case logic: every expected answer can be read off here.
private enum CaseFixture {
    static let today = Day("2026-03-15")!

    static let stages = [
        Stage(id: "schwanger", title: "Schwangerschaft", fromMonths: -9, toMonths: 0),
        Stage(id: "baby", title: "Baby", fromMonths: 0, toMonths: 36),
        Stage(id: "kita", title: "Kita", fromMonths: 36, toMonths: 72),
        Stage(id: "schule", title: "Schule", fromMonths: 72, toMonths: 300),
    ]
    static let transitions = [
        Transition(id: "t-geburt", from: "schwanger", to: "baby", title: "Geburt"),
        Transition(id: "t-kita", from: "baby", to: "kita", title: "Kita-Start"),
        Transition(id: "t-einschulung", from: "kita", to: "schule", title: "Einschulung"),
        Transition(id: "t-foerder", from: "kita", to: "schule", title: "Förderschule"),
    ]

    static func offer(_ id: String, _ title: String, stages: [String] = ["kita"], transitions: [String] = [],
                      citywide: Bool = false, districts: [String] = ["nord"], languages: [String] = ["de"],
                      free: Bool = true, accessible: Bool = false, tags: [String] = [],
                      status: Offer.Status = .active) -> Offer {
        Offer(id: id, title: title, provider: "Träger", field: .bildung, stages: stages, transitions: transitions,
              citywide: citywide, districts: districts, languages: languages, cost: .init(free: free),
              accessible: accessible, tags: tags, updated: Day("2026-01-01")!, status: status)
    }

    static func store(offers: [Offer] = [], stages: [Stage] = stages) -> Store {
        Store(info: StoreInfo(municipality: "Teststadt"), stages: stages, transitions: transitions,
              districts: [District(id: "nord", name: "Nordstadt"), District(id: "sued", name: "Südstadt")],
              needs: [Need(id: "sprache", title: "Sprache")], offers: offers)
    }

    static func child(_ month: String, expected: Bool = false) -> Case.Child {
        Case.Child(alias: "Kind \(month)", birthMonth: Month(month)!, expected: expected)
    }

    static func makeCase(_ id: String = "c1", district: String = "nord", children: [Case.Child] = [],
                         needs: [String] = [], languages: [String] = [], referrals: [Referral] = [],
                         followUp: String? = nil, status: Case.Status = .open,
                         updated: String = "2026-01-02T10:00:00Z", retention: Case.Retention? = nil) -> Case {
        Case(id: id, pseudonym: "Familie \(id)", district: district, children: children, needs: needs,
             languages: languages, referrals: referrals, followUp: followUp.flatMap { Day($0) }, owner: "demo",
             status: status, created: "2026-01-02T10:00:00Z", updated: updated, retention: retention)
    }

    static func place(_ month: String, expected: Bool = false, store: Store = store()) -> ChildPlacement {
        ChildPlacement(child: child(month, expected: expected), store: store, today: today)
    }
}

@Suite struct CaseLogicTests {
    fileprivate typealias F = CaseFixture

    // MARK: Placement

    @Test func placesAKitaChildAndDuesTheFirstTransitionInFileOrder() {
        let p = F.place("2020-10")  // 65 months
        #expect(p.ageInMonths == 65)
        #expect(p.stage?.id == "kita")
        #expect(p.upcoming?.transition?.id == "t-einschulung")
        #expect(p.upcoming?.stage?.id == "schule")
        #expect(p.upcoming?.inMonths == 7)
        #expect(p.dueText() == "Einschulung in 7 Monaten")
        #expect(p.dueText(.english) == "Einschulung in 7 months")
        #expect(p.stageText() == "Kita")
    }

    @Test func boundaryAgesOfAStage() {
        let first = F.place("2023-03")  // exactly 36 = kita.fromMonths
        #expect(first.ageInMonths == 36)
        #expect(first.stage?.id == "kita")
        #expect(first.upcoming?.inMonths == 36)
        let last = F.place("2020-04")  // 71 = kita.toMonths - 1
        #expect(last.stage?.id == "kita")
        #expect(last.dueText() == "Einschulung in 1 Monat")
        #expect(last.dueText(.english) == "Einschulung in 1 month")
        let next = F.place("2020-03")  // 72: next stage, no transition leaves it
        #expect(next.stage?.id == "schule")
        #expect(next.upcoming == nil)
        #expect(next.dueText() == nil)
        #expect(F.place("2001-04").stage?.id == "schule")  // 299
    }

    @Test func pastTheChain() {
        let p = F.place("2001-03")  // 300
        #expect(p.ageInMonths == 300)
        #expect(p.position == .beyondChain)
        #expect(p.upcoming == nil)
        #expect(p.stageText() == "jenseits der Kette")
        #expect(p.stageText(.english) == "beyond the chain")
        #expect(F.place("1990-01").position == .beyondChain)
    }

    @Test func expectedBirths() {
        let soon = F.place("2026-06", expected: true)
        #expect(soon.ageInMonths == -3)
        #expect(soon.stage?.id == "schwanger")
        #expect(soon.dueText() == "Geburt in 3 Monaten")
        let earliest = F.place("2026-12", expected: true)  // -9 = schwanger.fromMonths
        #expect(earliest.stage?.id == "schwanger")
        #expect(earliest.upcoming?.inMonths == 9)
        let thisMonth = F.place("2026-03", expected: true)  // age 0: born this month by the calendar
        #expect(thisMonth.stage?.id == "baby")
        #expect(thisMonth.dueText() == "Kita-Start in 36 Monaten")
        let far = F.place("2027-01", expected: true)  // -10: before the chain
        #expect(far.position == .notYetBorn)
        #expect(far.upcoming?.stage?.id == "schwanger")
        #expect(far.upcoming?.transition == nil)
        #expect(far.upcoming?.inMonths == 1)
        #expect(far.stageText() == "noch nicht geboren")
    }

    @Test func gapsAndEmptyChains() {
        let gappy = F.store(stages: [F.stages[1], F.stages[3]])  // baby 0–36, schule 72–300
        let p = F.place("2020-10", store: gappy)
        #expect(p.position == .betweenStages)
        #expect(p.upcoming?.stage?.id == "schule")
        #expect(p.upcoming?.inMonths == 7)
        #expect(F.place("2020-10", store: F.store(stages: [])).position == .beyondChain)
    }

    @Test func duePhrases() {
        #expect(CaseText.german.dueIn("Einschulung", 0) == "Einschulung in diesem Monat")
        #expect(CaseText.german.dueIn("Einschulung", 1) == "Einschulung in 1 Monat")
        #expect(CaseText.german.dueIn("Einschulung", 12) == "Einschulung in 12 Monaten")
        #expect(CaseText.english.dueIn("Kita → Grundschule", 0) == "Kita → Grundschule this month")
        #expect(CaseText.english.dueIn("Kita → Grundschule", 7) == "Kita → Grundschule in 7 months")
    }

    @Test func placementsOfACaseKeepTheChildOrder() {
        let c = F.makeCase(children: [F.child("2020-10"), F.child("2025-03")])
        #expect(c.placements(store: F.store(), today: F.today).map { $0.stage?.id } == ["kita", "baby"])
    }

    // MARK: Suggestions

    static let offers = [
        F.offer("a1", "Sprachförderung", languages: ["de", "tr"], tags: ["sprache"]),
        F.offer("a2", "Familienbüro", stages: ["baby"], citywide: true, districts: [], free: false, accessible: true),
        F.offer("a3", "Brückengespräch", stages: [], transitions: ["t-einschulung"]),
        F.offer("a4", "Altes Angebot", status: .archived),
        F.offer("a5", "Elterncafé Süd", districts: ["sued"]),
        F.offer("a6", "Schulstart", stages: ["schule"]),
        F.offer("b1", "Aktiv-Kurs"),
        F.offer("b0", "Aktiv-Kurs"),
        F.offer("a10", "Schon vorgeschlagen"),
        F.offer("a11", "Einmal abgelehnt", free: false),
    ]

    static let family = F.makeCase(
        children: [F.child("2020-10"), F.child("2025-03")], needs: ["sprache"], languages: ["tr"],
        referrals: [Referral(offer: "a10", status: .vorgeschlagen, created: F.today, updated: F.today),
                    Referral(offer: "a11", status: .abgelehnt, created: F.today, updated: F.today)])

    @Test func ranksFittingOffersWithReasons() {
        let s = CaseSuggestions.rank(case: Self.family, store: F.store(offers: Self.offers), today: F.today)
        #expect(s.map(\.offer.id) == ["a1", "b0", "b1", "a3", "a11", "a2"])
        #expect(s.map(\.score) == [7, 2, 2, 2, 1, 0])
        #expect(s[0].line == "Stadtteil ✓, Sprache ✓, Türkisch ✓, kostenlos")
        #expect(s[0].reasons == [.district("nord"), .need("sprache"), .language("tr"), .free,
                                 .stage(child: "Kind 2020-10", stage: "kita")])
        let bridge = s.first { $0.offer.id == "a3" }!
        #expect(bridge.reasons.contains(.transition(child: "Kind 2020-10", transition: "t-einschulung", inMonths: 7)))
        #expect(bridge.line == "Stadtteil ✓, kostenlos, Einschulung in 7 Monaten")
        let office = s.last!
        #expect(office.reasons == [.citywide, .stage(child: "Kind 2025-03", stage: "baby")])
        #expect(office.line == "stadtweit ✓")
        #expect(office.line(in: .en, store: F.store()) == "city-wide ✓")
        #expect(s[0].line(in: .en, store: F.store()) == "district ✓, Sprache ✓, Turkish ✓, free")
    }

    @Test func germanCountsOnlyWhenTheFamilyListsIt() {
        let store = F.store(offers: [F.offer("x", "X", languages: ["de", "ar"])])
        let without = CaseSuggestions.rank(case: F.makeCase(children: [F.child("2020-10")], languages: ["tr"]),
                                           store: store, today: F.today)
        #expect(without[0].reasons.contains(.language("de")) == false)
        #expect(without[0].score == 2)
        let with = CaseSuggestions.rank(case: F.makeCase(children: [F.child("2020-10")], languages: ["de", "ar"]),
                                        store: store, today: F.today)
        #expect(with[0].score == 6)
        #expect(with[0].line == "Stadtteil ✓, Deutsch ✓, Arabisch ✓, kostenlos")
    }

    @Test func transitionsCountOnlyWithinTwelveMonths() {
        let store = F.store(offers: [F.offer("a3", "Brücke", stages: [], transitions: ["t-einschulung"])])
        let in11 = F.makeCase(children: [F.child("2021-02")])  // 61 → in 11 months
        #expect(CaseSuggestions.rank(case: in11, store: store, today: F.today).count == 1)
        let exactly12 = F.makeCase(children: [F.child("2021-03")])  // 60 → in 12 months
        #expect(CaseSuggestions.rank(case: exactly12, store: store, today: F.today).count == 1)
        let in13 = F.makeCase(children: [F.child("2021-04")])  // 59 → in 13 months
        #expect(CaseSuggestions.rank(case: in13, store: store, today: F.today).isEmpty)
    }

    @Test func noChildrenNoSuggestionsAndBarrierFreeIsNotScored() {
        let store = F.store(offers: [F.offer("p", "P", accessible: true), F.offer("q", "Q")])
        #expect(CaseSuggestions.rank(case: F.makeCase(), store: store, today: F.today).isEmpty)
        let s = CaseSuggestions.rank(case: F.makeCase(children: [F.child("2020-10")]), store: store, today: F.today)
        #expect(s.map(\.offer.id) == ["p", "q"])
        #expect(s[0].score == s[1].score)
    }

    // MARK: Referral rules

    @Test func allowedStatusChanges() {
        #expect(ReferralRules.allowed(from: .vorgeschlagen) == [.vermittelt, .abgelehnt])
        #expect(ReferralRules.allowed(from: .vermittelt) == [.angenommen, .abgelehnt])
        #expect(ReferralRules.allowed(from: .angenommen) == [.abgeschlossen, .abgelehnt])
        #expect(ReferralRules.isFinal(.abgeschlossen) && ReferralRules.isFinal(.abgelehnt))
        for from in Referral.Status.allCases {
            for to in Referral.Status.allCases {
                #expect(ReferralRules.canChange(from: from, to: to) == ReferralRules.allowed(from: from).contains(to))
            }
        }
        #expect(!ReferralRules.canChange(from: .vermittelt, to: .vorgeschlagen))
        #expect(!ReferralRules.canChange(from: .vorgeschlagen, to: .angenommen))
    }

    @Test func applyingAChange() throws {
        let r = Referral(offer: "o1", status: .vorgeschlagen, created: Day("2026-01-02")!, updated: Day("2026-01-05")!)
        let changed = try ReferralRules.applying(.vermittelt, to: r, on: F.today, note: "Termin steht")
        #expect(changed.status == .vermittelt)
        #expect(changed.updated == F.today)
        #expect(changed.created == r.created)
        #expect(changed.note == "Termin steht")
        let sameDay = try ReferralRules.applying(.abgelehnt, to: r, on: Day("2026-01-05")!)
        #expect(sameDay.status == .abgelehnt)

        #expect(throws: ReferralRules.ChangeError.backwards(day: Day("2026-01-04")!, lastUpdate: Day("2026-01-05")!)) {
            try ReferralRules.applying(.vermittelt, to: r, on: Day("2026-01-04")!)
        }
        #expect(throws: ReferralRules.ChangeError.illegal(from: .vorgeschlagen, to: .abgeschlossen)) {
            try ReferralRules.applying(.abgeschlossen, to: r, on: F.today)
        }
        #expect(throws: ReferralRules.ChangeError.final(.abgelehnt)) {
            try ReferralRules.applying(.vermittelt, to: sameDay, on: F.today)
        }
    }

    @Test func errorMessagesAreClear() {
        #expect(ReferralRules.ChangeError.illegal(from: .vorgeschlagen, to: .abgeschlossen).description
            == "Status kann nicht von „vorgeschlagen“ zu „abgeschlossen“ wechseln (erlaubt: vermittelt, abgelehnt)")
        #expect(ReferralRules.ChangeError.final(.abgeschlossen).message(.english, .english)
            == "status \"completed\" is final and cannot change any more")
        #expect(ReferralRules.ChangeError.backwards(day: Day("2026-01-04")!, lastUpdate: Day("2026-01-05")!).description
            == "Datum 2026-01-04 liegt vor der letzten Änderung (2026-01-05); Änderungen dürfen nicht zurückdatiert werden")
    }

    @Test func applyingInACase() throws {
        let d = Day("2026-01-02")!
        let c = F.makeCase(referrals: [
            Referral(offer: "o1", status: .abgelehnt, created: d, updated: d),
            Referral(offer: "o1", status: .vorgeschlagen, created: d, updated: d),
            Referral(offer: "o2", status: .abgeschlossen, created: d, updated: d),
        ])
        let changed = try ReferralRules.applying(.vermittelt, offer: "o1", in: c, on: F.today)
        #expect(changed.referrals.map(\.status) == [.abgelehnt, .vermittelt, .abgeschlossen])
        #expect(changed.referrals[1].updated == F.today)
        #expect(throws: ReferralRules.ChangeError.final(.abgeschlossen)) {
            try ReferralRules.applying(.abgelehnt, offer: "o2", in: c, on: F.today)
        }
        #expect(throws: ReferralRules.ChangeError.noSuchReferral(caseID: "c1", offer: "o9")) {
            try ReferralRules.applying(.abgelehnt, offer: "o9", in: c, on: F.today)
        }
    }

    @Test func openReferralsAcrossCases() {
        func ref(_ o: String, _ s: Referral.Status, _ day: String) -> Referral {
            Referral(offer: o, status: s, created: Day("2026-01-01")!, updated: Day(day)!)
        }
        let cases = [
            F.makeCase("c2", referrals: [ref("o1", .vermittelt, "2026-02-01"), ref("o2", .abgeschlossen, "2026-01-01")]),
            F.makeCase("c1", referrals: [ref("o3", .vorgeschlagen, "2026-02-01"), ref("o4", .abgelehnt, "2026-01-01"),
                                         ref("o5", .angenommen, "2026-01-10")]),
        ]
        let open = ReferralRules.openReferrals(cases)
        #expect(open.map { "\($0.caseID)/\($0.referral.offer)" } == ["c1/o5", "c1/o3", "c2/o1"])
    }

    // MARK: Follow-ups

    @Test func dueFollowUpsAcrossCases() {
        let cases = [
            F.makeCase("c1", followUp: "2026-03-16"),                    // tomorrow: not yet
            F.makeCase("c2", followUp: "2026-03-15"),                    // today
            F.makeCase("c3", followUp: "2026-02-01"),                    // overdue
            F.makeCase("c4", followUp: "2026-02-01", status: .closed),   // closed: never
            F.makeCase("c5"),                                            // none
            F.makeCase("c0", followUp: "2026-03-15"),                    // today, sorts before c2
        ]
        let due = FollowUps.due(cases, today: F.today)
        #expect(due.map(\.caseID) == ["c3", "c0", "c2"])
        #expect(due.map(\.daysOverdue) == [42, 0, 0])
        #expect(due.map(\.isOverdue) == [true, false, false])
    }

    // MARK: Retention

    @Test func retentionUntil() {
        let policy = Retention()
        let closed = F.makeCase(status: .closed, updated: "2026-05-20T08:00:00Z")
        #expect(policy.rule(for: closed) == "beratung")
        #expect(policy.until(for: closed) == Day("2029-12-31"))
        #expect(policy.until(for: closed, closedOn: Day("2027-01-01")!) == Day("2030-12-31"))
        #expect(Retention(counsellingYears: 1).until(for: closed) == Day("2027-12-31"))
        #expect(policy.until(for: F.makeCase()) == nil)  // open counselling case: not running yet

        let longTerm = F.makeCase(children: [F.child("2019-05"), F.child("2026-08", expected: true)],
                                  retention: .init(rule: "sgb8-9b", until: Day("2000-01-01")!))
        #expect(policy.until(for: longTerm) == Day("2126-12-31"))
        #expect(Retention(longTermAge: 30).until(for: longTerm) == Day("2056-12-31"))
        #expect(policy.record(for: longTerm) == Case.Retention(rule: "sgb8-9b", until: Day("2126-12-31")!))
        let noChildren = F.makeCase(retention: .init(rule: "sgb8-9b", until: Day("2000-01-01")!))
        #expect(policy.until(for: noChildren) == nil)
        let unknown = F.makeCase(status: .closed, retention: .init(rule: "sonstiges", until: Day("2000-01-01")!))
        #expect(policy.until(for: unknown) == nil)
    }

    @Test func purgeCandidatesAreClosedCasesPastTheirDate() {
        func r(_ d: String) -> Case.Retention { .init(rule: "beratung", until: Day(d)!) }
        let cases = [
            F.makeCase("c1", status: .closed, retention: r("2026-03-14")),  // yesterday: purge
            F.makeCase("c2", status: .closed, retention: r("2026-03-15")),  // today: keep
            F.makeCase("c3", status: .open, retention: r("2020-01-01")),    // open: keep
            F.makeCase("c4", status: .closed),                              // no record: keep
            F.makeCase("c0", status: .closed, retention: r("2025-12-31")),  // purge, earlier
        ]
        #expect(Retention.purgeCandidates(cases: cases, today: F.today).map(\.id) == ["c0", "c1"])
    }
}
