import Foundation
import KetteCore
import KetteDemo
import Testing
@testable import KetteTUI

/// The chain's preview follows the selection once the selection rests: a move only moves the
/// marker, `.selectionRested` (sent by the navigator after ``PreviewRest/duration`` without a key)
/// brings the preview to the selected item, and everything that is not a move shows it at once.
@Suite struct ChainPreviewTests {
    /// The preview part of the screen: right of the chain in a wide window, below it otherwise.
    func previewPart(_ b: ScreenBuffer) -> [String] {
        if b.width >= 110 {
            let x = min(72, b.width / 2) + 1
            return (2..<b.height - 1).map { String(b.line($0).dropFirst(x)) }
        }
        guard let line = b.row(containing: "────") else { return [] }
        return (line + 1..<b.height - 1).map(b.line)
    }

    /// The first row of the chain part of the screen (marker column) that carries the ▶.
    func markedRow(_ b: ScreenBuffer) -> Int? { (2..<b.height - 1).first { b[0, $0].character == "▶" } }

    @Test func aMoveKeepsThePreviewUntilTheSelectionRests() throws {
        var state = TUIFixture.state()
        let first = state.screen
        #expect(first.text.contains(state.previewHeading(for: .stage("schwangerschaft"))))
        state.send(.down)
        #expect(state.selectedChainItem == .transition("t-geburt"))
        #expect(state.previewedChainItem == .stage("schwangerschaft"))
        #expect(state.isPreviewPending)
        let moved = state.screen
        // The marker and the cursor moved; the preview did not (not a cell of it).
        let movedRow = try #require(markedRow(moved))
        #expect(moved.line(movedRow).contains("Geburt: Ankommen in der Familie"))
        #expect(moved.cursor?.y == movedRow)
        #expect(!previewPart(first).isEmpty)
        #expect(previewPart(moved) == previewPart(first))
        state.send(.selectionRested)
        #expect(!state.isPreviewPending)
        #expect(state.previewedChainItem == .transition("t-geburt"))
        let rested = state.screen
        #expect(rested.text.contains(state.previewHeading(for: .transition("t-geburt"))))
        #expect(!rested.text.contains(state.previewHeading(for: .stage("schwangerschaft"))))
        // Only the preview changed with the rest: the chain part is the same.
        #expect(try rested.lines[...#require(markedRow(rested))] == moved.lines[...movedRow])
    }

    @Test(arguments: [(80, 24), (140, 30)])
    func fastMovesDrawNoPreviewInBetween(width: Int, height: Int) throws {
        var state = TUIFixture.state(width: width, height: height)
        let first = previewPart(state.screen)
        #expect(first.contains { $0.contains("•") })
        for step in 1...8 {
            state.send(.down)
            #expect(previewPart(state.screen) == first, "step \(step) drew a preview")
        }
        let target = state.chainRows[8]
        #expect(state.selectedChainItem == target)
        state.send(.selectionRested)
        let rested = state.screen
        #expect(previewPart(rested) != first)
        // The heading names the item the preview lists, and the list is that item's.
        let heading = state.previewHeading(for: target)
        let headingRow = try #require(rested.row(containing: heading))
        let offers = state.offers(for: target, sort: .title)
        #expect(rested.line(headingRow + 1).contains("• " + String(offers[0].title.prefix(20))))
    }

    @Test func theHeadingAlwaysNamesWhatTheListShows() throws {
        var state = TUIFixture.state()
        state.send(.character("4"), .down, .down)
        // Held: the heading and the rows are those of the first stage, not of the selected row.
        let b = state.screen
        let held = ChainItem.stage("schwangerschaft")
        let row = try #require(b.row(containing: state.previewHeading(for: held)))
        let offers = state.offers(for: held, sort: .title)
        #expect(b.line(row + 1).contains("• " + String(offers[0].title.prefix(20))))
        #expect(!b.text.contains(state.previewHeading(for: try #require(state.selectedChainItem))))
    }

    @Test func enterOpensTheSelectedRowEvenBeforeThePreviewFollows() {
        var state = TUIFixture.state()
        state.send(.down, .down, .down, .down, .down, .down)
        #expect(state.previewedChainItem == .stage("schwangerschaft"))
        state.send(.enter)
        #expect(state.current.screen == .offers(.stage("kita")))
        #expect(state.screen.line(2).contains("Kita (3–6 Jahre) ·"))
        // Back on the chain the preview shows the selected row at once, without waiting for a rest.
        state.send(.escape)
        #expect(state.current.screen == .chain)
        #expect(!state.isPreviewPending)
        #expect(state.screen.text.contains(state.previewHeading(for: .stage("kita"))))
    }

    @Test(arguments: [Event.home, .end, .pageDown, .pageUp, .character("G"), .character("g"), .character("5"), .up,
                      .character("j"), .character("k")])
    func everyMoveEndsWithTheSelectedItemsPreview(key: Event) throws {
        var state = TUIFixture.state(width: 100, height: 20)
        state.send(.character("3"), .selectionRested)
        let before = try #require(state.selectedChainItem)
        state.send(key)
        #expect(state.selectedChainItem != before, "\(key) moves")
        #expect(state.isPreviewPending, "\(key)")
        #expect(state.screen.text.contains(state.previewHeading(for: before)))
        state.send(.selectionRested)
        #expect(state.previewedChainItem == state.selectedChainItem)
        #expect(state.screen.text.contains(state.previewHeading(for: try #require(state.selectedChainItem))), "\(key)")
    }

    @Test func aMoveBackToThePreviewedRowHoldsNothing() {
        var state = TUIFixture.state()
        state.send(.down, .up)
        #expect(!state.isPreviewPending)
        #expect(state.heldPreview == nil)
    }

    @Test func aKeyThatDoesNotMoveShowsThePreviewAtOnce() throws {
        // At the end of the chain a further Down (key repeat running on) moves nothing: the walk is over.
        var state = TUIFixture.state()
        state.send(.end)
        #expect(state.isPreviewPending)
        state.send(.down)
        #expect(!state.isPreviewPending)
        #expect(state.screen.text.contains(state.previewHeading(for: try #require(state.chainRows.last))))
    }

    /// Everything that is not a move on the chain shows the selected item's preview at once.
    @Test func resizeFiltersViewsSearchHelpAndRedrawShowTheSelectedItemAtOnce() {
        let kita = ChainItem.stage("kita")
        let others: [(String, [Event])] = [
            ("resize", [.resize(width: 140, height: 30)]),
            ("resize to too small and back", [.resize(width: 50, height: 10), .resize(width: 80, height: 24)]),
            ("clear filters", [.character("c")]),
            ("filter picker: free of charge", [.character("f"), .down, .down, .down, .enter, .escape]),
            ("Tab round the views", [.tab, .tab, .tab, .tab]),
            ("gaps and back", [.character("a"), .backTab]),
            ("search and Esc", [.character("/"), .character("k"), .escape]),
            ("help", [.character("?"), .escape]),
            ("Ctrl-L", [.redraw]),
        ]
        for (name, events) in others {
            var state = TUIFixture.state()
            state.send(.character("4"))
            #expect(state.isPreviewPending, "\(name)")
            state.send(events)
            #expect(state.current.screen == .chain, "\(name)")
            #expect(!state.isPreviewPending, "\(name)")
            #expect(state.previewedChainItem == kita, "\(name)")
            #expect(state.screen.text.contains(state.previewHeading(for: kita)), "\(name)")
        }
    }

    @Test func aFilterChangeWhileHeldListsTheHeldItemUnderTheNewFilter() throws {
        var state = TUIFixture.state()
        state.send(.character("4"), .selectionRested, .down)
        state.filter.district = "altstadt"
        // A filter set from outside update() (as the case context does) keeps the hold consistent:
        // heading and rows both under the new filter.
        let held = ChainItem.stage("kita")
        let count = state.offerIndexes(for: held, sort: .title).count
        #expect(state.screen.text.contains(state.strings.previewHeading(state.title(of: held), count)))
        state.send(.selectionRested)
        #expect(state.screen.text.contains(state.previewHeading(for: try #require(state.selectedChainItem))))
    }

    @Test func aReloadShowsTheSelectedItemAtOnce() {
        var state = TUIFixture.state()
        state.send(.character("5"))
        #expect(state.isPreviewPending)
        let reloaded = state.reloaded(with: TUIFixture.demo)
        #expect(reloaded.selectedChainItem == .stage("grundschule"))
        #expect(!reloaded.isPreviewPending)
        #expect(reloaded.screen.text.contains(reloaded.previewHeading(for: .stage("grundschule"))))
    }

    @Test func theStartShowsTheFirstRowsPreview() {
        var state = TUIFixture.state(width: 140, height: 30)
        state.send(.resize(width: 140, height: 30))
        #expect(!state.isPreviewPending)
        #expect(state.screen.text.contains(state.previewHeading(for: state.chainRows[0])))
    }

    @Test func theCaseContextShowsTheChildsStageAtOnce() throws {
        let loaded = try StoreLoader.load(from: DemoStore.source(), includeCases: true)
        var s = TUIFixture.state(loaded.store, width: 100, height: 30)
        s.today = try #require(Day("2026-11-21"))
        s.caseStore = MemoryCaseStore(store: loaded.store, cases: loaded.store.cases,
                                      user: OSUser(name: "fk1", groups: ["jugendamt"]), clock: .fixed(s.today))
        s.send(.down, .down)  // a hold on the chain
        s.send(.character("F"))
        let row = try #require(s.visibleCases.firstIndex { $0.id == "demo-003" })
        s.send(Array(repeating: .down, count: row))
        s.send(.enter, .escape, .escape)
        #expect(s.current.screen == .chain)
        #expect(s.selectedChainItem == .stage("grundschule"))
        #expect(!s.isPreviewPending)
        #expect(s.screen.text.contains(s.previewHeading(for: .stage("grundschule"))))
    }

    @Test func presentationModeShowsEachStepAtOnceWithTheWholeRowLit() throws {
        var state = TUIFixture.state(width: 100, height: 40)
        state.send(.character("p"))
        #expect(state.presenting)
        state.send(.down)
        #expect(!state.isPreviewPending)
        let b = state.screen
        #expect(b.text.contains(state.previewHeading(for: .transition("t-geburt"))))
        let row = try #require(markedRow(b))
        #expect(b.line(row).contains("Geburt: Ankommen in der Familie"))
        #expect((0..<60).allSatisfy { b[$0, row].role == .selected }, "the whole row is lit for the room")
        // Space walks the slides and back to the chain: the preview is the selected row's.
        state.send(.character(" "), .character(" "), .character(" "), .character(" "))
        #expect(state.topView == .chain)
        #expect(state.screen.text.contains(state.previewHeading(for: .transition("t-geburt"))))
        // Off again: moves wait for the rest as usual.
        state.send(.character("p"), .down)
        #expect(state.isPreviewPending)
    }

    @Test(arguments: ["default", "light", "mono", "projector"])
    func theSelectedRowIsMarkedBySymbolAndCursorInEveryTheme(theme: String) throws {
        var state = TUIFixture.state()
        state.send(.down, .down, .down)
        let b = state.screen
        let row = try #require(b.row(containing: "Familie → Krippe oder Tagespflege"))
        #expect(b.line(row).hasPrefix("▶"))
        #expect(b[0, row].role == .selected && b[1, row].role == .selected)
        #expect(b[6, row].role == .transition, "no bar over the row: its text keeps its own style")
        #expect(b.cursor?.x == 0 && b.cursor?.y == row)
        // The two selected cells stand out in every theme: a background or reverse video, not only a colour.
        let builtIn = try #require(try ThemeCatalog.builtIn(theme))
        let style = builtIn.style(for: .selected)
        #expect(style.attributes.contains(.reverse) || style.background != .terminalDefault, "\(theme)")
        #expect(style.background != builtIn.style(for: .normal).background || style.attributes.contains(.reverse), "\(theme)")
    }
}

@Suite struct PreviewRestTests {
    let clock = ContinuousClock()

    @Test func nothingHeldMeansNoTimer() {
        var rest = PreviewRest()
        let now = clock.now
        rest.noteEvent(previewPending: false, at: now)
        #expect(rest.deadline == nil)
        #expect(rest.waitMilliseconds(at: now, poll: nil) == nil, "block until a key")
        #expect(rest.waitMilliseconds(at: now, poll: 500) == 500, "only the store watcher's poll")
        #expect(!rest.isOver(at: now + .seconds(10)))
    }

    @Test func eachMoveStartsTheRestAgain() {
        var rest = PreviewRest()
        let t0 = clock.now
        rest.noteEvent(previewPending: true, at: t0)
        #expect(rest.waitMilliseconds(at: t0, poll: nil) == 130)
        #expect(rest.waitMilliseconds(at: t0, poll: 50) == 50)
        let t1 = t0 + .milliseconds(40)  // key repeat: the next Down
        #expect(!rest.isOver(at: t1))
        rest.noteEvent(previewPending: true, at: t1)
        #expect(!rest.isOver(at: t0 + .milliseconds(131)))
        #expect(rest.waitMilliseconds(at: t0 + .milliseconds(131), poll: 500) == 39)
        #expect(rest.isOver(at: t1 + .milliseconds(130)))
        #expect(rest.waitMilliseconds(at: t1 + .milliseconds(200), poll: 500) == 0)
    }

    @Test func theWaitIsRoundedUpSoTheLoopDoesNotSpin() {
        var rest = PreviewRest()
        let t0 = clock.now
        rest.noteEvent(previewPending: true, at: t0)
        let almost = t0 + .microseconds(129_600)
        #expect(!rest.isOver(at: almost))
        #expect(rest.waitMilliseconds(at: almost, poll: nil) == 1)
    }

    @Test func keepStartsAMissingDeadlineAndDropsAStaleOne() {
        var rest = PreviewRest()
        let t0 = clock.now
        rest.keep(previewPending: true, at: t0)
        #expect(rest.deadline == t0 + PreviewRest.duration)
        rest.keep(previewPending: true, at: t0 + .milliseconds(100))
        #expect(rest.deadline == t0 + PreviewRest.duration, "a running rest is not started again")
        rest.keep(previewPending: false, at: t0 + .milliseconds(100))
        #expect(rest.deadline == nil)
        rest.noteEvent(previewPending: true, at: t0)
        rest.cancel()
        #expect(rest.deadline == nil)
    }

    @Test func theRestIsLongerThanKeyRepeatAndShortEnoughToFeelLikeAnAnswer() {
        #expect(PreviewRest.duration >= .milliseconds(120) && PreviewRest.duration <= .milliseconds(150))
    }
}

extension AppState {
    /// The preview's heading for `item` under the current filters, as the strings word it.
    func previewHeading(for item: ChainItem) -> String {
        strings.previewHeading(title(of: item), offerIndexes(for: item, sort: .title).count)
    }
}
