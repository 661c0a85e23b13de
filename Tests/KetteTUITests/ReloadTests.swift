import Foundation
import Testing
import KetteCore
@testable import KetteTUI

@Suite struct ReloadTests {
    @Test func reloadKeepsThePlaceFiltersAndSearch() throws {
        var state = TUIFixture.state()
        state.filter.freeOnly = true
        state.send(.character("4"), .enter, .down, .down, .down)
        let selected = state.currentList[3]
        // Another session adds an offer that sorts before the selected one and renames nothing else.
        var store = TUIFixture.demo
        var added = selected
        added.id = "neu-1"
        added.title = "AAA Neues Angebot"
        store.offers.append(added)
        let next = state.reloaded(with: store)
        #expect(next.filter.freeOnly)
        #expect(next.current.screen == .offers(.stage("kita")))
        #expect(next.currentList[next.current.selection].id == selected.id)
        #expect(next.current.selection == 4)  // moved down by one, still the same offer
        #expect(next.currentList.first?.id == "neu-1")
        #expect(next.screen.line(1).contains("neu geladen"))
    }

    /// A changed `staleAfterMonths` in store.json takes effect in the running navigator; a
    /// `--stale-months` given for the session still wins.
    @Test func aReloadTakesTheStoresStaleMonthsUnlessTheSessionSetThem() throws {
        let state = TUIFixture.state()
        #expect(state.staleMonths == 12)
        var store = TUIFixture.demo
        store.info.extras = [JSONMember("staleAfterMonths", try JSONParser.parse(Array("24".utf8)))]
        var next = state.reloaded(with: store)
        #expect(next.staleMonths == 24)
        next.send(.character("v"))
        #expect(next.screen.line(2).contains("seit über 24 Monaten"), "\(next.screen.line(2))")
        var fixed = TUIFixture.state()
        fixed.staleMonths = 6
        #expect(fixed.reloaded(with: store).staleMonths == 6)
    }

    /// Offers marked with `*` for a family handout and the handout directory (`$KETTE_HANDOUTS`,
    /// else ~/kette-ausdrucke) outlive a reload — a colleague's save, or this session's own. An
    /// offer archived meanwhile loses its mark: archived offers never go on a handout.
    @Test func aReloadKeepsTheHandoutMarksAndDirectoryAndDropsArchivedOffers() throws {
        var state = TUIFixture.state()
        state.handoutDirectory = "/home/sozialarbeit/kette-ausdrucke"
        state.send(.character("4"), .enter, .character("*"), .down, .character("*"))
        let marked = state.handoutOffers
        #expect(marked.count == 2)
        let same = state.reloaded(with: TUIFixture.demo)
        #expect(same.handoutOffers == marked)
        #expect(same.handoutDirectory == "/home/sozialarbeit/kette-ausdrucke")
        var store = TUIFixture.demo
        let i = try #require(store.offers.firstIndex { $0.id == marked[0] })
        store.offers[i].status = .archived
        var next = state.reloaded(with: store)
        #expect(next.handoutOffers == [marked[1]])
        #expect(next.update(.character("P")) == .writeHandout([marked[1]]))
    }

    /// A reload keeps the whole session — also what no earlier reload test named (presentation mode,
    /// the help's scroll position, the count of own case saves, read-only, the date) — and derives
    /// everything from the new store: its title order, chain counts, monitoring and search index.
    @Test func aReloadKeepsTheSessionAndDerivesEverythingFromTheNewStore() throws {
        var state = TUIFixture.state()
        state.presenting = true
        state.helpScroll = 3
        state.caseSaves = 2
        state.isReadOnly = true
        state.today = try #require(Day(year: 2031, month: 5, day: 17))
        state.filter.accessibleOnly = true
        let before = state.chainCounts
        var store = TUIFixture.demo
        var added = try #require(store.offers.first { $0.stages.contains("kita") && $0.accessible })
        added.id = "neu-3"
        added.title = "Aaa Zwergenbande Quellwiese"
        store.offers.append(added)
        let next = state.reloaded(with: store)
        #expect(next.presenting && next.helpScroll == 3 && next.caseSaves == 2 && next.isReadOnly)
        #expect(next.today == Day(year: 2031, month: 5, day: 17) && next.filter.accessibleOnly)
        #expect(next.store.offers.count == state.store.offers.count + 1)
        #expect(next.titleOrder.count == next.store.offers.count)
        #expect(next.store.offers[next.titleOrder[0]].id == "neu-3")
        #expect(next.chainCounts["kita"] == (before["kita"] ?? 0) + 1)
        #expect(next.searchIndex.search("zwergenbande quellwiese").map { next.store.offers[$0.offerIndex].id } == ["neu-3"])
        #expect(state.searchIndex.search("zwergenbande quellwiese").isEmpty)
    }

    @Test func detailOfARemovedOfferIsClosed() {
        var state = TUIFixture.state()
        state.send(.character("4"), .enter, .enter)
        guard case .detail(let id) = state.current.screen else { Issue.record("no detail"); return }
        var store = TUIFixture.demo
        store.offers.removeAll { $0.id == id }
        let next = state.reloaded(with: store)
        #expect(next.current.screen == .offers(.stage("kita")))
    }

    @Test func searchResultsAreComputedAgain() {
        var state = TUIFixture.state()
        state.send(.character("/"))
        state.type("hebamme")
        let before = state.search!.results.count
        var store = TUIFixture.demo
        var extra = store.offers[0]
        extra.id = "neu-2"
        extra.title = "Hebammensprechstunde am Abend"
        store.offers.append(extra)
        let next = state.reloaded(with: store)
        #expect(next.search?.query == "hebamme")
        #expect(next.search?.editing == true)
        #expect(next.search!.results.count == before + 1)
    }

    @Test func watcherSeesReplacedFiles() throws {
        let dir = NSTemporaryDirectory() + "kette-watch-" + UUID().uuidString
        try StoreWriter.create(StoreWriter.emptyStore(municipality: "W"), at: dir)
        let watcher = StoreWatcher(source: DirectoryStoreSource(path: dir))
        #expect(!watcher.poll())
        var store = try StoreLoader.load(from: DirectoryStoreSource(path: dir)).store
        store.districts.append(District(id: "neu", name: "Neu"))
        try StoreWriter.save(.districts, of: store, in: dir)
        #expect(watcher.poll())
        #expect(!watcher.poll())
    }
}
