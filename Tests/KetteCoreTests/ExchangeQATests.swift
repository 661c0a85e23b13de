import Foundation
import Testing
@testable import KetteCore

/// Files as another municipality's coordination office sends them (QA of issue #6): whatever an
/// import accepts must be a store `kette validate` accepts too.
@Suite struct ExchangeQATests {
    static let today = Day("2026-11-21")!
    var fixture: Store { try! Fixture.load().store }

    func csv(_ text: String) -> OfferImportPlan {
        try! OfferCSVImport.plan(Array(text.utf8), store: fixture, today: Self.today)
    }

    func hsds(_ json: String) -> OfferImportPlan {
        try! HSDSImport.plan(Array(json.utf8), store: fixture, today: Self.today)
    }

    /// The errors the loader reports for an offer's own values (as in offers.json).
    static func ownRuleErrors(_ o: Offer) -> [String] {
        let sink = DiagnosticSink()
        _ = Offer(json: o.json, path: "offers[0]", file: "offers.json", sink: sink)
        return sink.diagnostics.filter { $0.severity == .error }.map(\.message)
    }

    /// Every offer a plan would write passes the store's own rules.
    static func expectWritableOffers(_ p: OfferImportPlan, sourceLocation: SourceLocation = #_sourceLocation) {
        for o in p.added.map(\.offer) + p.changed.map(\.new) {
            #expect(ownRuleErrors(o).isEmpty, "\(o.id): \(ownRuleErrors(o))", sourceLocation: sourceLocation)
        }
    }

    @Test func csvCellOfOnlyALineBreakIsAMissingTitleNotANewlineTitle() {
        // Excel writes a cell holding just Alt+Enter as "\n" in quotes.
        let p = csv("ID;Titel\r\no1;\"\n\"\r\n")
        Self.expectWritableOffers(p)
        #expect(p.changed.isEmpty)
        #expect(p.rejected.map(\.kind) == [.missingValue("Titel")])
    }

    @Test func csvCellsLoseLineBreaksAndOtherWhiteSpaceAtTheirEnds() throws {
        let p = csv("ID;Titel;Träger\r\no1;\"Elterncafé\n\";\"\u{2003}Stadt\r\n\"\r\n")
        Self.expectWritableOffers(p)
        #expect(p.rejected.isEmpty, "\(p.rejected)")
        let o = try #require(p.changed.first?.new)
        #expect(o.title == "Elterncafé" && o.provider == "Stadt")
    }

    @Test func hsdsNameOfOnlyWhiteSpaceIsMissing() {
        let json = """
            [{"id": "2f1c7a38-0b5e-4a57-9c2c-3d8f2b1e9a10", "name": " \\n ",
              "organization": {"name": "\\t"}, "minimum_age": 0, "maximum_age": 2}]
            """
        let p = hsds(json)
        Self.expectWritableOffers(p)
        #expect(p.added.isEmpty)
        #expect(p.rejected.map(\.kind) == [.missingValue("name")])
    }

    @Test func excelSeparatorLineNamesTheSeparatorAndIsNoHeader() throws {
        // "sep=;" before the header, as files meant for Excel often start; line numbers stay the file's.
        let p = csv("sep=;\r\nID;Öffnungszeiten\r\no1;Mo 9-12\r\no1;Di\r\n")
        #expect(p.delimiter == ";")
        #expect(p.rejected.map(\.kind) == [.duplicateID("o1", firstLine: 3)])
        #expect(p.rejected.first?.line == 4)
        let q = csv("\u{FEFF}SEP=,\nid,hours\no1,\"Mo, Di\"\n")
        #expect(q.rejected.isEmpty, "\(q.rejected)")
        #expect(q.delimiter == "," && q.changed.first?.new.hours == "Mo, Di")
        // Only the separator line: no header.
        #expect(csv("sep=;\r\n").rejected.map(\.kind) == [.empty])
    }

    @Test func hsdsAPIListPageIsReadAsItsServices() throws {
        // What another municipality's HSDS API returns for GET /services (as the official example
        // service_list.json): a page object whose "contents" are the services.
        let json = """
            {"total_items": 1, "total_pages": 1, "page_number": 1, "size": 1, "first_page": true, "last_page": true,
             "empty": false,
             "contents": [{"id": "2f1c7a38-0b5e-4a57-9c2c-3d8f2b1e9a10", "name": "Hebammensprechstunde", "status": "active",
                           "minimum_age": 0, "maximum_age": 2, "organization": {"id": "0c4f0b1e-4bd2-4d5b-8f55-4d2a0d1c0f11",
                           "name": "Hebammenverein", "description": "x"}}]}
            """
        let p = hsds(json)
        #expect(p.rejected.isEmpty, "\(p.rejected)")
        let o = try #require(p.added.first?.offer)
        #expect(p.added.count == 1 && o.title == "Hebammensprechstunde" && o.provider == "Hebammenverein")
        Self.expectWritableOffers(p)
        // An object that is neither a service nor a page stays refused.
        #expect(hsds(#"{"version": "3.0", "profile": "x"}"#).rejected.map(\.kind)
                == [.hsdsShape(key: "(root)", expected: .services, found: .object)])
    }

    /// `staleAfterMonths: 999999` in store.json (or `--stale-months 999999`), meant as "never":
    /// `v` in the navigator crashed (the cutoff month fell before the year 1).
    @Test func staleCutoffBeyondTheCalendarMeansNothingIsStale() {
        let today = Day("2026-11-21")!
        #expect(StaleOffers.cutoff(today: today, months: 999_999) == Day("0001-01-01"))
        #expect(StaleOffers.cutoff(today: today, months: Int.max) == Day("0001-01-01"))
        #expect(StaleOffers.list(fixture.offers, today: today, months: 999_999).isEmpty)
        // The last month that still fits, and the ordinary case.
        #expect(StaleOffers.cutoff(today: today, months: 2025 * 12 + 10) == Day("0001-01-21"))
        #expect(StaleOffers.cutoff(today: today, months: 12) == Day("2025-11-21"))
    }

    /// A foreign service whose age range is open-ended as a huge number crashed the import
    /// (Int() of 1.2e301 months).
    @Test func hugeAgesInHSDSAreClampedNotACrash() throws {
        for (minAge, maxAge) in [("0", "1e300"), ("-1e300", "2"), ("0", "99999999999999999999"), ("1e19", "1e20")] {
            let p = hsds("""
                [{"id": "2f1c7a38-0b5e-4a57-9c2c-3d8f2b1e9a10", "name": "X", "organization": {"name": "Y"},
                  "minimum_age": \(minAge), "maximum_age": \(maxAge)}]
                """)
            Self.expectWritableOffers(p)
            if minAge == "0" {
                #expect(p.added.first?.offer.stages == ["baby", "kita", "schule"], "\(p.rejected)")
            }
        }
        // 1e19 years and up: no stage fits; the service is rejected, not the program.
        #expect(hsds(#"[{"id": "2f1c7a38-0b5e-4a57-9c2c-3d8f2b1e9a10", "name": "X", "organization": {"name": "Y"}, "minimum_age": 1e19}]"#)
                .rejected.map(\.kind) == [.noStageOrTransition])
    }

    /// Titles in the store use typographic dashes and arrows; people type `-` and `->` in Excel.
    @Test func stageAndTransitionTitlesMatchWithPlainDashesAndArrows() throws {
        var s = fixture
        s.stages[s.stages.firstIndex { $0.id == "baby" }!].title = "Kleinkind (1–3 Jahre)"
        s.transitions[s.transitions.firstIndex { $0.id == "t-geburt" }!].title = "Familie → Krippe oder Tagespflege"
        let p = try OfferCSVImport.plan(Array("ID;Lebensphasen;Übergänge;Stadtteile\r\no1;Kleinkind  (1-3 Jahre);Familie -> Krippe oder Tagespflege;Suedstadt\r\n".utf8),
                                        store: s, today: Self.today)
        #expect(p.rejected.isEmpty, "\(p.rejected)")
        let o = try #require(p.changed.first?.new)
        #expect(o.stages == ["baby"] && o.transitions == ["t-geburt"] && o.districts == ["sued"])
        // Still strict about anything else.
        let q = try OfferCSVImport.plan(Array("ID;Lebensphasen\r\no1;Kleinkind (1-4 Jahre)\r\n".utf8), store: s, today: Self.today)
        #expect(q.rejected.map(\.kind) == [.unknownStage("Kleinkind (1-4 Jahre)")])
    }
}
