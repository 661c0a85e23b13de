import Testing
@testable import KetteCore

@Suite struct FoldingTests {
    @Test func umlautSpellingsMeet() {
        let f = GermanFolding.foldToString
        #expect(f("Mütter") == f("Muetter"))
        #expect(f("Mütter") == f("Mutter"))
        #expect(f("MÜTTER") == "mutter")
        #expect(f("Straße") == f("STRASSE"))
        #expect(f("Ärztin") == f("Aerztin"))
        #expect(f("Öffnungszeiten") == f("oeffnungszeiten"))
        #expect(f("Café") == "cafe")
        #expect(f("Привет") == "привет")
        #expect(f("ẞ") == "ss")
    }
}

@Suite struct SearchTests {
    let store = try! Fixture.load().store
    var index: SearchIndex { SearchIndex(offers: store.offers) }

    func ids(_ query: String) -> [String] { index.search(query).map { store.offers[$0.offerIndex].id } }

    @Test func findsWithAndWithoutUmlauts() {
        #expect(ids("Familienbüro") == ["o2"])
        #expect(ids("familienburo") == ["o2"])
        #expect(ids("FAMILIENBUERO") == ["o2"])
        #expect(ids("strasse") == ["o3"])
        #expect(ids("Sprachfoerderung") == ["o1"])
    }

    @Test func titleMatchesRankAboveDescriptionMatches() {
        // "Elterncafé" is the title of o4 and only mentioned in o5's description.
        #expect(ids("elterncafe") == ["o4", "o5"])
        // "Mütter" occurs only in descriptions; both found.
        #expect(Set(ids("mutter")) == ["o2", "o5"])
    }

    @Test func everyWordMustMatch() {
        #expect(ids("Elternkurs Mütter") == ["o5"])
        #expect(ids("Elternkurs Schwimmbad").isEmpty)
        #expect(ids("   ").isEmpty)
    }

    @Test func searchesProviderAndTags() {
        #expect(ids("sprache").first == "o1")
        #expect(ids("träger").count == 5)
    }

    @Test func highlightsMatchesInTheOriginalText() {
        let terms = SearchIndex.terms("mutter")
        #expect(MatchHighlighter.matches(of: terms, in: "Für Mütter da") == [4..<10])
        #expect(MatchHighlighter.matches(of: terms, in: "Muetter") == [0..<7])
        #expect(MatchHighlighter.matches(of: SearchIndex.terms("stra"), in: "Straße") == [0..<4])
        #expect(MatchHighlighter.matches(of: terms, in: "nichts").isEmpty)
    }
}

@Suite struct FilterTests {
    let store = try! Fixture.load().store

    func ids(_ f: OfferFilter) -> Set<String> { Set(store.offers(matching: f).map(\.id)) }

    @Test func archivedOffersOnlyWithAll() {
        #expect(!ids(OfferFilter()).contains("o4"))
        #expect(ids(OfferFilter(includeArchived: true)).contains("o4"))
    }

    @Test func districtMeansAvailableThere() {
        #expect(ids(OfferFilter(district: "sued")) == ["o2", "o3", "o5"])  // o2 is city-wide
        #expect(ids(OfferFilter(district: "nord")) == ["o1", "o2", "o5"])
    }

    @Test func filtersCombineWithAnd() {
        #expect(ids(OfferFilter(stage: "baby")) == ["o2", "o5"])
        #expect(ids(OfferFilter(stage: "baby", district: "sued", language: "ar")) == ["o5"])
        #expect(ids(OfferFilter(transition: "t-einschulung")) == ["o3"])
        #expect(ids(OfferFilter(field: .soziales)) == ["o2"])
        #expect(ids(OfferFilter(freeOnly: true)) == ["o1", "o3", "o5"])
        #expect(ids(OfferFilter(accessibleOnly: true)) == ["o2"])
        #expect(ids(OfferFilter(stage: "kita", language: "tr", freeOnly: true)) == ["o1"])
    }

    @Test func countsPerStageAndTransitionFollowTheFilter() {
        let all = store.chainCounts(OfferFilter())
        #expect(all["kita"] == 2 && all["baby"] == 2 && all["t-einschulung"] == 1 && all["schule"] == nil)
        let sued = store.chainCounts(OfferFilter(district: "sued"))
        #expect(sued["kita"] == 1 && sued["baby"] == 2)
    }

    @Test func listIsInGermanAlphabeticalOrder() {
        #expect(store.offers(matching: OfferFilter()).map(\.title)
                == ["Brückengespräch", "Elternkurs", "Familienbüro", "Sprachförderung in der Kita"])
    }
}

@Suite struct ChainTests {
    let store = try! Fixture.load().store

    @Test func placesAgesOnTheChain() {
        #expect(store.stage(forAgeInMonths: -9)?.id == "schwanger")
        #expect(store.stage(forAgeInMonths: -1)?.id == "schwanger")
        #expect(store.stage(forAgeInMonths: 0)?.id == "baby")
        #expect(store.stage(forAgeInMonths: 35)?.id == "baby")
        #expect(store.stage(forAgeInMonths: 36)?.id == "kita")
        #expect(store.stage(forAgeInMonths: 299)?.id == "schule")
        #expect(store.stage(forAgeInMonths: 300) == nil)
        #expect(store.stage(forAgeInMonths: -10) == nil)
    }

    @Test func childAgeFromBirthMonth() {
        let child = Case.Child(alias: "A", birthMonth: Month("2021-05")!)
        #expect(child.ageInMonths(at: Day("2026-11-21")!) == 66)
        let expected = Case.Child(alias: "B", birthMonth: Month("2027-02")!, expected: true)
        #expect(expected.ageInMonths(at: Day("2026-11-21")!) == -3)
    }
}
