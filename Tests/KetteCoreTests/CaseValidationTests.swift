import Testing
@testable import KetteCore

/// What a case form is told before saving: errors on the few required fields and references,
/// warnings that protect the family.
@Suite struct CaseValidationTests {
    let today = Day("2026-11-21")!

    func store() throws -> Store { try Fixture.load().store }

    func make(_ pseudonym: String = "Familie Ahorn", district: String = "nord", children: [Case.Child] = [],
              referrals: [Referral] = []) -> Case {
        Case(id: "x", pseudonym: pseudonym, district: district, children: children, referrals: referrals,
             owner: "fk1", created: "", updated: "")
    }

    @Test(arguments: [
        ("Anna Schmidt", true), ("Jean-Luc Meier", true), ("Frau Yılmaz", true), ("Ümit Öztürk", true),
        ("Familie Ahorn", false), ("Kind 1", false), ("F-17", false), ("Ahorn", false), ("familie ahorn", false),
        ("Fam. Linde", false), ("Mutter von K3", false), ("AB CD", false),
    ])
    func fullNamesAreSpotted(text: String, flagged: Bool) {
        #expect(NameCheck.looksLikeFullName(text) == flagged)
    }

    @Test func onlyPseudonymAndDistrictAreRequired() throws {
        #expect(CaseValidator.problems(make(), store: try store(), today: today).isEmpty)
        let problems = CaseValidator.problems(make("", district: ""), store: try store(), today: today)
        #expect(problems.map(\.field) == ["pseudonym", "district"])
        #expect(problems.allSatisfy { $0.kind == .required && $0.severity == .error })
        #expect(problems[0].message(.german) == "Pflichtfeld")
    }

    @Test func birthMonthsArePlausible() throws {
        let children = [
            Case.Child(alias: "K1", birthMonth: Month("2026-12")!),                  // born in the future
            Case.Child(alias: "K2", birthMonth: Month("2026-10")!, expected: true),  // expected, passed
            Case.Child(alias: "K3", birthMonth: Month("2027-11")!, expected: true),  // 12 months ahead
            Case.Child(alias: "K4", birthMonth: Month("2027-06")!, expected: true),  // fine
            Case.Child(alias: "Lena Müller", birthMonth: Month("2020-01")!),          // a real name?
        ]
        let problems = CaseValidator.problems(make(children: children), store: try store(), today: today)
        #expect(problems.map(\.field) == ["children[0].birthMonth", "children[1].birthMonth", "children[2].birthMonth", "children[4].alias"])
        #expect(problems.map(\.severity) == [.error, .warning, .error, .warning])
        #expect(problems[0].message(.german).contains("2026-12 liegt in der Zukunft"))
    }

    @Test func aReferralPassedOnNeedsConsent() throws {
        var r = Referral(offer: "o1", status: .vermittelt, created: Day("2026-11-01")!, updated: Day("2026-11-01")!)
        var problems = CaseValidator.problems(make(referrals: [r]), store: try store(), today: today)
        #expect(problems.map(\.kind) == [.referralWithoutConsent("o1")] && problems[0].severity == .warning)
        r.consent = Referral.Consent(scope: "Kontaktdaten", recipient: "Kita Nord", given: Day("2026-11-01")!)
        #expect(CaseValidator.problems(make(referrals: [r]), store: try store(), today: today).isEmpty)
        r.consent?.revoked = Day("2026-11-10")
        problems = CaseValidator.problems(make(referrals: [r]), store: try store(), today: today)
        #expect(problems.map(\.kind) == [.referralWithoutConsent("o1")], "a revoked consent no longer covers it")
        r.offer = "o99"
        problems = CaseValidator.problems(make(referrals: [r]), store: try store(), today: today)
        // Only a warning: the offer may have been removed since the referral was made (QA of #4).
        #expect(problems.first == CaseProblem(field: "referrals[0].offer", kind: .unknownOffer("o99"), severity: .warning))
        #expect(CaseValidator.errors(make(referrals: [r]), store: try store(), today: today).isEmpty)
    }

    @Test func consentEntriesAndClosingRoundTripThroughJSON() throws {
        var c = make()
        c.entries = [Case.Entry(day: today, text: "Mutter berichtet von Sorgen", entrusted: true)]
        var r = Referral(offer: "o1", status: .vermittelt, created: today, updated: today, note: "n")
        r.entrusted = true
        r.consent = Referral.Consent(scope: "Kontaktdaten", recipient: "Kita Nord", given: today, revoked: today)
        c.referrals = [r]
        c.status = .closed
        c.closed = today
        c.created = "2026-11-21T09:00:00Z"
        c.updated = c.created
        let sink = DiagnosticSink()
        let back = Case(json: try JSONParser.parse(Array(JSONWriter.pretty(c.json).utf8)), path: "", file: "x", sink: sink)
        #expect(sink.diagnostics.isEmpty)
        #expect(back == c)
        #expect(back?.entries.first?.entrusted == true && back?.referrals.first?.consent?.revoked == today)
    }
}
