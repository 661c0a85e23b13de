import Testing
import KetteCore
@testable import KetteTUI

@Suite struct ChainScreenTests {
    @Test func everyStageAndTransitionIsVisibleAt80x24() {
        let screen = TUIFixture.state().screen
        let store = TUIFixture.demo
        for stage in store.stages { #expect(screen.row(containing: stage.title) != nil, "stage \(stage.title)") }
        for t in store.transitions { #expect(screen.row(containing: t.title) != nil, "transition \(t.title)") }
        // Life order: pregnancy above career entry.
        #expect(screen.row(containing: "Schwangerschaft und Geburt")! < screen.row(containing: "Übergang Schule–Beruf")!)
        #expect(screen.lines.count == 24)
        #expect(screen.lines.allSatisfy { TerminalText.width($0) <= 80 })
    }

    @Test func countsFollowTheFilters() {
        var state = TUIFixture.state()
        let kita = state.screen.lines.first { $0.contains("Kita (3–6 Jahre)") }!
        #expect(kita.hasSuffix(String(TUIFixture.demo.chainCounts(OfferFilter())["kita"]!)))
        state.filter.district = "altstadt"
        let filtered = state.screen.lines.first { $0.contains("Kita (3–6 Jahre)") }!
        let expected = TUIFixture.demo.chainCounts(OfferFilter(district: "altstadt"))["kita"]!
        #expect(filtered.hasSuffix(" \(expected)"))
        #expect(state.screen.line(1).contains("Stadtteil: Altstadt"))
    }

    @Test func movingMarksTheSelectedRowWithMoreThanColour() {
        var state = TUIFixture.state()
        state.send(.down, .down, .down)
        let screen = state.screen
        let row = screen.row(containing: "Familie → Krippe oder Tagespflege")!
        #expect(screen.line(row).hasPrefix("▶"))
        #expect(screen[0, row].role == .selected)
        #expect(screen[6, row].role == .transition)  // the marker carries the selection, not a bar
        #expect(screen.cursor?.y == row)  // the hardware cursor follows the selection
        state.send(.character("k"))
        #expect(state.screen.line(state.screen.row(containing: "Erstes Lebensjahr")!).hasPrefix("▶"))
        #expect(state.selectedChainItem == .stage("saeugling"))
    }

    @Test func numberKeysJumpToAStage() {
        var state = TUIFixture.state()
        state.send(.character("4"))
        #expect(state.selectedChainItem == .stage("kita"))
        state.send(.character("7"))
        #expect(state.selectedChainItem == .stage("beruf"))
        state.send(.character("9"))  // no ninth stage: nothing moves
        #expect(state.selectedChainItem == .stage("beruf"))
    }

    @Test func previewBelowShowsTheSelectedStagesOffersOnceTheSelectionRests() {
        var state = TUIFixture.state()
        state.send(.character("4"))
        // The jump moves the marker at once; the preview follows when no key comes for a moment.
        let moved = state.screen
        #expect(moved.line(moved.row(containing: "⏎ öffnet die Liste")!).hasPrefix(" Schwangerschaft und Geburt:"))
        state.send(.selectionRested)
        let screen = state.screen
        let heading = screen.row(containing: "⏎ öffnet die Liste")!
        #expect(screen.line(heading).hasPrefix(" Kita (3–6 Jahre):"))
        #expect(screen.line(heading + 1).contains("•"))
    }

    @Test func wideWindowShowsOffersBesideTheChain() {
        var state = TUIFixture.state(width: 140, height: 30)
        state.send(.character("4"))
        let screen = state.screen
        let row = screen.row(containing: "Kita (3–6 Jahre)")!
        #expect(screen.line(row).contains("│"))
    }
}

@Suite struct OfferListTests {
    @Test func enterOpensTheListWithCountAndPosition() {
        var state = TUIFixture.state()
        state.send(.character("4"), .enter)
        let count = TUIFixture.demo.offers(matching: OfferFilter(stage: "kita")).count
        let screen = state.screen
        #expect(screen.line(2).contains("Kita (3–6 Jahre) · \(count) Angebote · sortiert nach Titel"))
        #expect(screen.line(2).hasSuffix("1/\(count)"))
        #expect(screen.line(3).contains("Titel") && screen.line(3).contains("Anbieter") && screen.line(3).contains("Kosten"))
        // The first row is the first offer in German alphabetical order, selected.
        let first = TUIFixture.demo.offers(matching: OfferFilter(stage: "kita"))[0]
        #expect(screen.line(4).hasPrefix("▶ " + String(first.title.prefix(10))))
        state.send(.end)
        #expect(state.screen.line(2).hasSuffix("\(count)/\(count)"))
        #expect(state.screen.lines.contains { $0.hasPrefix("▶") })  // still visible after scrolling
    }

    @Test func escGoesBackToTheSamePlaceOnTheChain() {
        var state = TUIFixture.state()
        state.send(.character("5"), .enter, .down, .escape)
        #expect(state.current.screen == .chain)
        #expect(state.selectedChainItem == .stage("grundschule"))
        state.send(.enter, .character("h"))
        #expect(state.current.screen == .chain)
        state.send(.enter, .backspace)
        #expect(state.current.screen == .chain)
    }

    @Test func sortCycles() {
        var state = TUIFixture.state()
        state.send(.character("4"), .enter, .character("s"))
        #expect(state.screen.line(2).contains("sortiert nach Anbieter"))
        let providers = state.currentList.map { GermanFolding.fold($0.provider) }
        #expect(providers.count > 2)
        #expect(zip(providers, providers.dropFirst()).allSatisfy { !$1.lexicographicallyPrecedes($0) })
        state.send(.character("s"), .character("s"))
        #expect(state.screen.line(2).contains("sortiert nach Stand"))
        let dates = state.currentList.map(\.updated)
        #expect(dates == dates.sorted(by: >))
    }

    @Test func rowsShowBadgesWithSymbolsNotOnlyColour() {
        var state = TUIFixture.state(TUIFixture.tricky)
        state.send(.down, .enter)  // stage b
        let screen = state.screen
        let free = screen.row(containing: "استشارة")!
        #expect(screen.line(free).contains("✓ frei"))
        let fee = screen.row(containing: "Kinderbetreuungs")!
        #expect(screen.line(fee).contains("€"))
        #expect(screen.line(fee).contains("stadtweit"))
        #expect(screen.line(fee).contains("DE UK"))
        #expect(screen.role(of: "€") == .fee)
    }
}

@Suite struct OfferDetailTests {
    @Test func detailShowsEverythingAndScrolls() {
        var state = TUIFixture.state(TUIFixture.tricky, width: 60, height: 15)
        state.send(.down, .enter)
        state.open(offer: "long")
        #expect(state.current.screen == .detail(offerID: "long"))
        let screen = state.screen
        #expect(screen.text.contains("Kinderbetreuungsfinanzierungsberatungsangebot"))
        #expect(screen.text.contains("Kontakt"))
        #expect(screen.line(screen.row(containing: "Telefon:")!).contains("0211 555 12-34"))
        #expect(screen.line(2).contains("Zeilen 1–"))
        state.send(.pageDown)
        #expect(!state.screen.line(2).contains("Zeilen 1–"))
        #expect(state.screen.text.contains("Barrierefrei:"))
        state.send(.escape)
        #expect(state.current.screen == .offers(.stage("b")))
    }

    @Test func textIsWrappedToTheWindow() {
        var state = TUIFixture.state(TUIFixture.tricky, width: 60, height: 20)
        state.send(.down, .enter)
        state.open(offer: "long")
        let screen = state.screen
        #expect(screen.lines.allSatisfy { TerminalText.width($0) <= 60 })
        // The long title is wrapped, not cut: both halves are on screen.
        let title = screen.lines[3...4].map { $0.trimmingCharacters() }
        #expect(title.joined(separator: " ") == "Kinderbetreuungsfinanzierungsberatungsangebot für Alleinerziehende")
    }
}

@Suite struct SearchTests {
    @Test func resultsNarrowWithEveryKeystroke() {
        var state = TUIFixture.state()
        state.send(.character("/"))
        var counts: [Int] = []
        for c in "hebamme" {
            state.send(.character(c))
            counts.append(state.search!.results.count)
        }
        #expect(counts.last! > 0)
        #expect(zip(counts, counts.dropFirst()).allSatisfy { $0 >= $1 })
        let screen = state.screen
        #expect(screen.line(23).contains("Suche: hebamme"))
        #expect(screen.line(2).contains("Treffer für „hebamme“"))
        // Matches are highlighted in the list: the cells in the match role spell the query.
        let row = screen.lines.indices.first { $0 > 3 && screen.line($0).contains("ebamme") }!
        let marked = (0..<screen.width).filter { screen[$0, row].role == .match }.map { String(screen[$0, row].character) }.joined()
        #expect(marked.lowercased().contains("hebamme"))
    }

    @Test func foldingMatchesTheCoreSearch() {
        var state = TUIFixture.state()
        state.send(.character("/"))
        state.type("familienburo")
        let a = state.search!.results
        state.send(.escape, .character("/"))
        state.type("Familienbüro")
        #expect(state.search!.results == a)
        #expect(a == SearchIndex(offers: TUIFixture.demo.offers).search("Familienbüro").map(\.offerIndex))
    }

    @Test func escRestoresThePreviousView() {
        var state = TUIFixture.state()
        state.send(.character("4"), .enter, .down, .down)
        let before = state.stack
        let screenBefore = state.screen
        state.send(.character("/"))
        state.type("elterncafe")
        state.send(.escape)
        #expect(state.stack == before)
        #expect(state.search == nil)
        #expect(state.screen == screenBefore)
    }

    @Test func enterKeepsResultsAndNWalksThem() {
        var state = TUIFixture.state()
        state.send(.character("/"))
        state.type("sprach")
        state.send(.enter)
        #expect(state.search?.editing == false)
        let results = state.search!.results
        #expect(results.count >= 3)
        state.send(.character("n"))
        #expect(state.current.selection == 1)
        state.send(.enter)
        #expect(state.current.screen == .detail(offerID: TUIFixture.demo.offers[results[1]].id))
        state.send(.character("n"))
        #expect(state.current.screen == .detail(offerID: TUIFixture.demo.offers[results[2]].id))
        state.send(.character("N"), .character("N"))
        #expect(state.current.screen == .detail(offerID: TUIFixture.demo.offers[results[0]].id))
        // Back to the results, then back to where the search began.
        state.send(.escape)
        #expect(state.current.screen == .searchResults)
        state.send(.escape)
        #expect(state.stack == [ScreenState(.chain)])
    }

    @Test func searchRespectsFilters() {
        var state = TUIFixture.state()
        state.filter.language = "ar"
        state.send(.character("/"))
        state.type("beratung")
        let offers = state.search!.results.map { TUIFixture.demo.offers[$0] }
        #expect(!offers.isEmpty)
        #expect(offers.allSatisfy { $0.languages.contains("ar") })
    }
}

@Suite struct FilterPickerTests {
    @Test func pickADistrictFromTheList() {
        var state = TUIFixture.state()
        state.send(.character("f"))
        #expect(state.screen.text.contains("Stadtteil") && state.screen.text.contains("barrierefrei"))
        state.send(.enter)  // open the district list
        let options = state.choices(for: .district)
        let target = options.firstIndex { $0.value == "nordviertel" }!
        state.send(Array(repeating: .down, count: target))
        state.send(.enter)
        #expect(state.filter.district == "nordviertel")
        state.send(.down, .down, .down, .character(" "))  // "kostenlos"
        #expect(state.filter.freeOnly)
        state.send(.escape)
        #expect(state.overlay == .none)
        let status = state.screen.line(1)
        #expect(status.contains("Stadtteil: Nordviertel") && status.contains("✓ kostenlos"))
        // Filters apply across screens: the list of a stage only holds matching offers.
        state.send(.character("4"), .enter)
        #expect(state.currentList.allSatisfy { $0.serves(district: "nordviertel") && $0.cost.free })
        #expect(state.currentList.count == TUIFixture.demo.offers(matching: OfferFilter(stage: "kita", district: "nordviertel", freeOnly: true)).count)
        state.send(.character("c"))
        #expect(state.filter == OfferFilter())
        #expect(state.screen.line(1).contains("Alle Filter gelöscht"))
    }

    @Test func xClearsOneFilter() {
        var state = TUIFixture.state()
        state.filter.language = "tr"
        state.filter.freeOnly = true
        state.send(.character("f"), .down, .down, .character("x"))
        #expect(state.filter.language == nil && state.filter.freeOnly)
    }
}

@Suite struct HelpAndLayoutTests {
    @Test func helpListsTheKeysOfTheCurrentScreen() {
        var state = TUIFixture.state()
        state.send(.character("4"), .enter, .character("?"))
        let text = state.screen.text
        #expect(text.contains("Tastenkürzel – Angebotsliste"))
        #expect(text.contains("Sortierung wechseln"))
        #expect(text.contains("Filter wählen"))
        state.send(.escape)
        #expect(state.overlay == .none)
        state.send(.escape, .character("?"))
        #expect(state.screen.text.contains("zur Lebensphase 1–9 springen"))
        #expect(!state.screen.text.contains("Sortierung wechseln"))
    }

    @Test func keyBarShowsTheMainKeys() {
        let bar = TUIFixture.state().screen.line(23)
        #expect(bar.contains("⏎ Öffnen") && bar.contains("/ Suche") && bar.contains("? Hilfe") && bar.contains("q Ende"))
    }

    @Test func tooSmallWindowSaysSoAndRecovers() {
        var state = TUIFixture.state()
        state.send(.character("4"))
        state.send(.resize(width: 50, height: 12))
        let small = state.screen
        #expect(small.text.contains("Fenster zu klein (50×12)"))
        #expect(small.text.contains("60×15"))
        state.send(.resize(width: 60, height: 15))
        #expect(!state.screen.text.contains("zu klein"))
        #expect(state.selectedChainItem == .stage("kita"))
        // Tiny sizes never crash.
        for (w, h) in [(1, 1), (0, 0), (10, 3), (59, 30), (200, 15)] {
            state.send(.resize(width: w, height: h))
            #expect(state.screen.width == max(0, w))
        }
    }

    @Test func qQuitsAndEscDoesNot() {
        var state = TUIFixture.state()
        #expect(state.update(.escape) == .none)
        #expect(state.update(.character("q")) == .quit)
        #expect(state.update(.ctrlC) == .quit)
    }

    @Test func englishInterface() {
        var state = TUIFixture.state(strings: .english)
        state.send(.character("4"), .enter)
        let text = state.screen.text
        #expect(text.contains("sorted by title"))
        #expect(text.contains("Provider"))
        #expect(text.contains("? Help"))
    }
}

@Suite struct TerminalSafetyTests {
    @Test func escapeSequencesInDataAreShownEscaped() {
        var state = TUIFixture.state(TUIFixture.tricky)
        state.send(.down, .enter)
        let screen = state.screen
        #expect(!screen.cells.contains { $0.character.unicodeScalars.contains { TerminalText.isUnsafe($0) } })
        #expect(screen.text.contains("Böse\\x1B[2J"))
    }

    @Test func wideCharactersTakeTwoCellsAndAreNeverCut() {
        var b = ScreenBuffer(width: 10, height: 1)
        b.put("ab家庭cd", x: 0, y: 0)
        #expect(b[2, 0].character == "家" && b[3, 0].isContinuation)
        #expect(b.line(0) == "ab家庭cd")
        var narrow = ScreenBuffer(width: 4, height: 1)
        narrow.put("abc家", x: 0, y: 0)
        #expect(narrow.line(0) == "abc")  // half a wide character is never drawn
        var fitted = ScreenBuffer(width: 8, height: 1)
        fitted.putFitted("家庭家庭家庭", x: 0, y: 0, width: 6)
        #expect(TerminalText.width(fitted.line(0)) <= 6)
        #expect(fitted.line(0).hasSuffix("…"))
    }

    @Test func arabicAndCyrillicRenderAt80x24() {
        var state = TUIFixture.state(TUIFixture.tricky)
        state.send(.down, .enter)
        let row = state.screen.row(containing: "استشارة")
        #expect(row != nil)
        #expect(state.screen.lines.allSatisfy { TerminalText.width($0) <= 80 })
        state.open(offer: "ar")
        #expect(state.screen.text.contains("Телефон"))
        #expect(state.screen.text.contains("家庭"))
    }

    @Test func longGermanWordsAreTruncatedNotOverflowing() {
        let state = TUIFixture.state(TUIFixture.tricky, width: 60, height: 15)
        let screen = state.screen
        #expect(screen.lines.allSatisfy { TerminalText.width($0) <= 60 })
        #expect(screen.text.contains("Kindertagesbetreuungs"))
    }
}

extension String {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}

@Suite struct ReadOnlyBadgeTests {
    @Test func titleBarSaysWhenTheStoreIsReadOnly() {
        var state = TUIFixture.state(TUIFixture.tricky)
        state.isDemo = false
        #expect(!state.screen.line(0).contains("[nur lesen]"))
        state.isReadOnly = true
        #expect(state.screen.line(0).hasSuffix("[nur lesen]"))
        // The demo badge wins: the demo is always read-only.
        state.isDemo = true
        #expect(state.screen.line(0).hasSuffix("[Demo]"))
        var store = TUIFixture.tricky
        store.offers.removeLast()
        state.isDemo = false
        #expect(state.reloaded(with: store).screen.line(0).hasSuffix("[nur lesen]"))
    }
}
