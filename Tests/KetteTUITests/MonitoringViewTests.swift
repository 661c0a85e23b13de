import Testing
import KetteCore
@testable import KetteTUI

@Suite struct MonitoringViewTests {
    @Test func tableShowsValuesWithSymbolsAndTheAverage() {
        var state = TUIFixture.state()
        state.send(.character("m"))
        let screen = state.screen
        #expect(state.current.screen == .monitoring)
        #expect(screen.line(0).contains("[Monitoring]"))
        #expect(screen.line(2).hasPrefix("Monitoring · 10 Indikatoren · Stand 2025"))
        let m = state.monitoring
        // Every district is listed with its latest value, in German notation, with symbol and trend.
        for d in TUIFixture.demo.districts {
            let row = screen.row(containing: String(d.name.prefix(12)))!
            let cell = m.cell(district: d.id, indicator: TUIFixture.demo.indicators[0].id)!
            if let v = cell.value {
                let expected = state.strings.number(v) + (cell.assessment?.symbol ?? "") + (cell.trend?.arrow ?? "")
                #expect(screen.line(row).contains(expected), "\(d.name): \(screen.line(row))")
            }
        }
        let avg = m.latestAverage(TUIFixture.demo.indicators[0].id)!
        #expect(screen.line(screen.row(containing: "Ø Stadt")!).contains(state.strings.number(avg.value)))
        #expect(screen.text.contains("+ besser als Ø  = etwa Ø  − schlechter als Ø"))
        #expect(screen.lines.allSatisfy { TerminalText.width($0) <= 80 })
    }

    @Test func colourFollowsTheAssessment() {
        var state = TUIFixture.state()
        state.send(.character("m"), .down)
        let screen = state.screen
        // Rows other than the selected one keep the assessment roles.
        let m = state.monitoring
        let d = state.monitoringRows[0]
        let cell = m.cell(district: d.id, indicator: TUIFixture.demo.indicators[0].id)!
        let row = screen.row(containing: String(d.name.prefix(10)))!
        let roles = Set((18..<28).map { screen[$0, row].role })
        if cell.assessment == .worse { #expect(roles.contains(.worse)) }
        if cell.assessment == .better { #expect(roles.contains(.better)) }
    }

    @Test func suppressedValuesAreNeverShownAsNumbers() throws {
        let demo = TUIFixture.demo
        let suppressed = try #require(demo.values.first { $0.suppressed })
        var state = TUIFixture.state(width: 200, height: 30)
        state.send(.character("m"))
        let cell = try #require(state.monitoring.cell(district: suppressed.district, indicator: suppressed.indicator))
        if cell.year == suppressed.year {
            let name = demo.district(id: suppressed.district)!.name
            let row = state.screen.row(containing: String(name.prefix(10)))!
            #expect(state.screen.line(row).contains("gesperrt"))
        }
        // The district detail shows the suppressed year as "gesperrt", not as a number.
        state.send(.character("m"))
        let index = state.monitoringRows.firstIndex { $0.id == suppressed.district }!
        state.send(Array(repeating: .down, count: index))
        state.send(.enter)
        let text = DistrictView.lines(state, district: suppressed.district, width: 80).map { $0.text + ($0.bar?.label ?? "") }
        #expect(text.contains { $0.contains("\(suppressed.year)") && $0.contains("gesperrt") })
    }

    @Test func sortByAColumnPutsTheLeastFavourableFirst() {
        var state = TUIFixture.state()
        state.send(.character("m"), .character("s"))
        let id = TUIFixture.demo.indicators[0].id
        let values = state.monitoringRows.compactMap { state.monitoring.cell(district: $0.id, indicator: id)?.value }
        let better = TUIFixture.demo.indicators[0].better
        #expect(values == values.sorted(by: better == .lower ? (>) : (<)))
        #expect(state.screen.line(2).contains("sortiert nach 1"))
        state.send(.right, .character("s"), .character("s"))
        let id2 = TUIFixture.demo.indicators[1].id
        let values2 = state.monitoringRows.compactMap { state.monitoring.cell(district: $0.id, indicator: id2)?.value }
        #expect(values2 == values2.sorted(by: TUIFixture.demo.indicators[1].better == .lower ? (>) : (<)))
    }

    @Test func districtDetailDrawsBarsAgainstTheAverage() {
        var state = TUIFixture.state()
        state.send(.character("m"), .enter)
        let district = state.monitoringRows[0]
        #expect(state.current.screen == .district(district.id))
        let screen = state.screen
        #expect(screen.line(2).contains("Stadtteil \(district.name)"))
        #expect(screen.text.contains("█"))
        #expect(screen.cells.contains { $0.role == .average && $0.character == "│" })
        #expect(screen.text.contains("(Ø "))
        state.send(.escape)
        #expect(state.current.screen == .monitoring)
    }
}

@Suite struct GapViewTests {
    @Test func cellsCountLocalOffersAndFlagGaps() {
        var state = TUIFixture.state()
        state.send(.character("a"))
        let screen = state.screen
        #expect(screen.line(2).hasPrefix("Lückenanalyse"))
        let g = state.gaps
        // The first stage row shows each district's local count, flagged cells with "!".
        let first = g.items[0]
        let row = screen.row(containing: String(first.title.prefix(12)))!
        let expected = g.districts.map { d -> String in
            let c = g.cell(item: first.id, district: d.id)!
            return (c.flagged ? "!" : "") + String(c.local)
        }
        let cells = screen.line(row).split(separator: " ").suffix(expected.count).map(String.init)
        #expect(cells == expected, "\(screen.line(row))")
        #expect(!g.flagged.isEmpty)  // the demo has gaps in strained districts
        #expect(screen.text.contains("!"))
        #expect(screen.lines.allSatisfy { TerminalText.width($0) <= 80 })
    }

    @Test func enterListsTheOffersOfACell() {
        var state = TUIFixture.state()
        state.send(.character("a"), .down, .down, .right, .enter)
        let g = state.gaps
        let item = g.items[2], district = g.districts[1]
        let cell = g.cell(item: item.id, district: district.id)!
        #expect(state.current.screen == .gapCell(.stage(item.id), district: district.id))
        let list = state.currentList
        #expect(list.count == cell.local + cell.citywide)
        #expect(list.prefix(cell.local).allSatisfy { !$0.citywide && $0.districts.contains(district.id) })
        #expect(state.screen.line(2).contains("\(item.title) · \(district.name) · \(list.count) Angebote"))
        state.send(.enter)
        #expect(state.current.screen == .detail(offerID: list[0].id))
        state.send(.escape, .escape)
        #expect(state.current.screen == .gaps)
    }
}

@Suite struct LeitbildAndPresentationTests {
    @Test func leitbildShowsGoalsWithIndicatorValues() {
        var state = TUIFixture.state(height: 60)
        state.send(.character("b"))
        let text = state.screen.text
        let l = TUIFixture.demo.leitbild
        #expect(text.contains(l.title))
        #expect(text.contains("Ziele"))
        #expect(text.contains("1. " + l.goals[0].title))
        let ind = TUIFixture.demo.indicator(id: l.goals[0].indicators[0])!
        let avg = state.monitoring.latestAverage(ind.id)!
        #expect(text.contains("\(ind.title): Ø \(avg.year) \(state.strings.number(avg.value))"))
        state.send(.end)
        #expect(state.screen.text.contains("Grundsätze"))
    }

    @Test func tabCyclesViewsAndEachKeepsItsPlace() {
        var state = TUIFixture.state()
        state.send(.character("4"), .tab)
        #expect(state.topView == .gaps)
        state.send(.tab, .down, .down, .tab, .tab)
        #expect(state.topView == .chain)
        #expect(state.selectedChainItem == .stage("kita"))
        state.send(.backTab)
        #expect(state.topView == .leitbild)
        state.send(.character("m"))
        #expect(state.current.selection == 2)
    }

    @Test func presentationWalksTheSlides() {
        // A projector window: larger font, fewer but taller rows than a desk terminal.
        var state = TUIFixture.state(width: 100, height: 40)
        #expect(state.update(.character("p")) == .presentation(true))
        #expect(state.screen.line(0).contains("Präsentation · 1/4 · Kette"))
        #expect(state.screen.line(39).contains("␣ Weiter"))
        // More space between the rows of the chain.
        let s1 = state.screen
        let a = s1.row(containing: "Schwangerschaft und Geburt")!, b = s1.row(containing: "Geburt: Ankommen")!
        #expect(b - a == 2)
        state.send(.character(" "))
        #expect(state.topView == .gaps && state.screen.line(0).contains("2/4 · Lücken"))
        state.send(.character(" "))
        #expect(state.topView == .monitoring)
        state.send(.character(" "))
        #expect(state.topView == .leitbild)
        state.send(.backspace)
        #expect(state.topView == .monitoring)
        #expect(state.update(.character("p")) == .presentation(false))
        #expect(!state.screen.line(0).contains("Präsentation"))
    }
}
