import Foundation
import Testing
@testable import KetteCore
import KetteDemo

/// Small hand-made stores for the monitoring: every expected number is worked out in the comments.
enum MonitoringFixture {
    static let day = Day("2026-01-15")!

    static func district(_ id: String, children: Int? = nil) -> District {
        District(id: id, name: id.capitalized, children: children)
    }

    static func value(_ indicator: String, _ district: String, _ year: Int, _ value: Double?) -> IndicatorValue {
        IndicatorValue(indicator: indicator, district: district, year: year, value: value, suppressed: value == nil)
    }

    static func store(districts: [District], indicators: [Indicator], values: [IndicatorValue],
                      offers: [Offer] = []) -> Store {
        Store(info: StoreInfo(municipality: "Handstadt"),
              stages: [Stage(id: "s1", title: "Baby", fromMonths: -9, toMonths: 36),
                       Stage(id: "s2", title: "Schule", fromMonths: 36, toMonths: 300)],
              transitions: [Transition(id: "t1", from: "s1", to: "s2", title: "Einschulung")],
              districts: districts, offers: offers, indicators: indicators, values: values)
    }

    static let lower = Indicator(id: "q", title: "Quote", unit: "%", better: .lower, source: "Statistik")
    static let higher = Indicator(id: "h", title: "Besuch", unit: "%", better: .higher, source: "Jugendamt")
}

@Suite struct MonitoringTests {
    typealias F = MonitoringFixture

    // MARK: Averages

    @Test func averageIsWeightedByChildren() throws {
        // (10·100 + 20·300) / 400 = 17.5; the plain mean would be 15.
        let store = F.store(districts: [F.district("a", children: 100), F.district("b", children: 300)],
                            indicators: [F.lower], values: [F.value("q", "a", 2024, 10), F.value("q", "b", 2024, 20)])
        let m = Monitoring(store: store)
        #expect(try #require(m.average("q", year: 2024)) == 17.5)
    }

    @Test func averageIsUnweightedWhenAChildCountIsMissingOrZero() throws {
        for b in [F.district("b"), F.district("b", children: 0)] {
            let store = F.store(districts: [F.district("a", children: 100), b], indicators: [F.lower],
                                values: [F.value("q", "a", 2024, 10), F.value("q", "b", 2024, 20)])
            #expect(try #require(Monitoring(store: store).average("q", year: 2024)) == 15)
        }
    }

    @Test func suppressedValuesAreLeftOutOfAverages() throws {
        // c has the most children, but its value is suppressed: still (10·100 + 20·300) / 400.
        let store = F.store(districts: [F.district("a", children: 100), F.district("b", children: 300),
                                        F.district("c", children: 600)],
                            indicators: [F.lower],
                            values: [F.value("q", "a", 2024, 10), F.value("q", "b", 2024, 20), F.value("q", "c", 2024, nil)])
        let m = Monitoring(store: store)
        #expect(try #require(m.average("q", year: 2024)) == 17.5)
        let c = try #require(m.cell(district: "c", indicator: "q"))
        #expect(c.suppressed && c.value == nil && c.assessment == nil && c.year == 2024)
    }

    @Test func onlySuppressedValuesGiveNoAverage() {
        let store = F.store(districts: [F.district("a")], indicators: [F.lower], values: [F.value("q", "a", 2024, nil)])
        let m = Monitoring(store: store)
        #expect(m.average("q", year: 2024) == nil)
        #expect(m.latestAverage("q") == nil)
    }

    @Test func latestYearWinsAndASuppressedLatestYearHidesOlderNumbers() throws {
        // a: 2023 = 12, 2024 suppressed → the cell is suppressed, without a number, though 2023 had one.
        let store = F.store(districts: [F.district("a"), F.district("b")], indicators: [F.lower],
                            values: [F.value("q", "a", 2023, 12), F.value("q", "a", 2024, nil),
                                     F.value("q", "b", 2023, 8), F.value("q", "b", 2024, 9)])
        let m = Monitoring(store: store)
        let a = try #require(m.cell(district: "a", indicator: "q"))
        #expect(a.year == 2024 && a.suppressed && a.value == nil)
        #expect(a.series.map(\.value) == [12, nil])
        let latest = try #require(m.latestAverage("q"))
        #expect(latest.year == 2024 && latest.value == 9)
        #expect(m.averageSeries("q").map(\.value) == [10, 9])
    }

    // MARK: Assessment

    @Test func directionDecidesBetterOrWorse() throws {
        // Plain mean of 19.5, 30, 10, 20.5 = 20. Within 5 % (19…21 exclusive) is average.
        let districts = ["a", "b", "c", "d"].map { F.district($0) }
        let numbers: [String: Double] = ["a": 19.5, "b": 30, "c": 10, "d": 20.5]
        var values: [IndicatorValue] = []
        for (d, x) in numbers {
            values.append(F.value("q", d, 2024, x))
            values.append(F.value("h", d, 2024, x))
        }
        let m = Monitoring(store: F.store(districts: districts, indicators: [F.lower, F.higher], values: values))
        #expect(m.average("q", year: 2024) == 20)
        func a(_ d: String, _ i: String) -> Assessment? { m.cell(district: d, indicator: i)?.assessment }
        #expect(a("a", "q") == .average && a("d", "q") == .average)
        #expect(a("b", "q") == .worse && a("c", "q") == .better)  // lower is better
        #expect(a("b", "h") == .better && a("c", "h") == .worse)  // higher is better
        #expect(a("a", "h") == .average && a("d", "h") == .average)
    }

    @Test func toleranceIsFivePercentOfTheAverage() {
        #expect(Assessment.tolerance == 0.05)
        #expect(Assessment.of(20.99, average: 20, better: .lower) == .average)
        #expect(Assessment.of(19.01, average: 20, better: .lower) == .average)
        #expect(Assessment.of(21.5, average: 20, better: .lower) == .worse)
        #expect(Assessment.of(18.5, average: 20, better: .lower) == .better)
        #expect(Assessment.of(21.5, average: 20, better: .higher) == .better)
        #expect(Assessment.of(18.5, average: 20, better: .higher) == .worse)
        // Relative to the average: at 200, 9 apart is still average, 11 apart is not.
        #expect(Assessment.of(209, average: 200, better: .lower) == .average)
        #expect(Assessment.of(211, average: 200, better: .lower) == .worse)
        #expect(Assessment.better.symbol == "+" && Assessment.average.symbol == "=" && Assessment.worse.symbol == "−")
    }

    // MARK: Trend

    @Test func trendDirectionAndImproving() throws {
        // 10, 12, 14: slope 2 per year, mean 12 → rising (2 ≥ 1 % of 12).
        let rising = [(year: 2021, value: 10.0), (year: 2022, value: 12.0), (year: 2023, value: 14.0)]
        let up = try #require(Trend.of(rising, better: .higher))
        #expect(up.direction == .rising && up.improving == true && up.slope == 2 && up.arrow == "↗")
        let upBad = try #require(Trend.of(rising, better: .lower))
        #expect(upBad.direction == .rising && upBad.improving == false)
        let falling = rising.map { (year: $0.year, value: 30 - $0.value) }
        let down = try #require(Trend.of(falling, better: .lower))
        #expect(down.direction == .falling && down.improving == true && down.slope == -2 && down.arrow == "↘")
        #expect(try #require(Trend.of(falling, better: .higher)).improving == false)
        // 100, 100.5, 100.9: slope 0.45 < 1 % of the mean 100.47 → flat, neither better nor worse.
        let flat = try #require(Trend.of([(2021, 100), (2022, 100.5), (2023, 100.9)], better: .lower))
        #expect(flat.direction == .flat && flat.improving == nil && flat.arrow == "→")
        #expect(Trend.of([(2021, 5)], better: .lower) == nil)
        #expect(Trend.of([], better: .lower) == nil)
    }

    @Test func districtTrendSkipsSuppressedYears() throws {
        // a: 10, suppressed, 14 → trend over (2021, 10), (2023, 14): slope 2, rising.
        let store = F.store(districts: [F.district("a"), F.district("b")], indicators: [F.higher],
                            values: [F.value("h", "a", 2021, 10), F.value("h", "a", 2022, nil), F.value("h", "a", 2023, 14),
                                     F.value("h", "b", 2021, 10), F.value("h", "b", 2022, 10), F.value("h", "b", 2023, 10)])
        let m = Monitoring(store: store)
        let a = try #require(m.cell(district: "a", indicator: "h"))
        #expect(a.series.map(\.value) == [10, nil, 14])
        let trend = try #require(a.trend)
        #expect(trend.direction == .rising && trend.slope == 2 && trend.improving == true)
        #expect(m.cell(district: "b", indicator: "h")?.trend?.direction == .flat)
        // City: 10, 10, 12 → slope 1, rising.
        #expect(m.averageSeries("h").map(\.value) == [10, 10, 12])
        #expect(m.averageTrend("h")?.direction == .rising)
    }

    // MARK: Strain and gaps

    /// Two indicators; "arm" is worse on both, "mitte" worse on one (half: strained too), "reich" on none.
    static func strainStore(offers: [Offer] = []) -> Store {
        // q (lower better): arm 30, mitte 30, reich 0 → mean 20: arm and mitte worse, reich better.
        // h (higher better): arm 10, mitte 30, reich 20 → mean 20: arm worse, mitte better, reich average.
        F.store(districts: [F.district("arm"), F.district("mitte"), F.district("reich")], indicators: [F.lower, F.higher],
                values: [F.value("q", "arm", 2024, 30), F.value("q", "mitte", 2024, 30), F.value("q", "reich", 2024, 0),
                         F.value("h", "arm", 2024, 10), F.value("h", "mitte", 2024, 30), F.value("h", "reich", 2024, 20)],
                offers: offers)
    }

    @Test func strainIsTheShareOfWorseIndicators() {
        let m = Monitoring(store: Self.strainStore())
        #expect(m.strain(of: "arm").share == 1 && m.strain(of: "arm").assessed == 2)
        #expect(m.strain(of: "mitte").share == 0.5)
        #expect(m.strain(of: "reich").share == 0)
        #expect(m.isStrained("arm"))
        #expect(m.isStrained("mitte"))  // at least half
        #expect(!m.isStrained("reich"))
        #expect(m.districts(sortedBy: "q").map(\.id) == ["arm", "mitte", "reich"])
    }

    @Test func suppressedIndicatorsAreNotAssessedForStrain() {
        // b: q worse, h suppressed → 1 of 1 assessed is worse → strained.
        let store = F.store(districts: [F.district("a"), F.district("b")], indicators: [F.lower, F.higher],
                            values: [F.value("q", "a", 2024, 10), F.value("q", "b", 2024, 30),
                                     F.value("h", "a", 2024, 50), F.value("h", "b", 2024, nil)])
        let m = Monitoring(store: store)
        #expect(m.strain(of: "b").assessed == 1 && m.strain(of: "b").share == 1)
        #expect(m.isStrained("b"))
        #expect(!m.isStrained("a"))
    }

    static func offer(_ id: String, stages: [String] = [], transitions: [String] = [], districts: [String] = [],
                      citywide: Bool = false, archived: Bool = false) -> Offer {
        Offer(id: id, title: id, provider: "Träger", field: .soziales, stages: stages, transitions: transitions,
              citywide: citywide, districts: districts, updated: F.day, status: archived ? .archived : .active)
    }

    @Test func gapsFlagNoneAndFewLocalOffersInStrainedDistricts() throws {
        // arm (strained): s1 0 local (+1 city-wide, +1 city-wide that also names arm, +1 archived) → none, flagged;
        //                 t1 2 local → few, flagged; s2 3 local → enough, not flagged.
        // reich (not strained): s1 0 local → none, not flagged.
        let offers = [
            Self.offer("cw", stages: ["s1"], citywide: true),
            Self.offer("cw-arm", stages: ["s1"], districts: ["arm"], citywide: true),
            Self.offer("old", stages: ["s1"], districts: ["arm"], archived: true),
            Self.offer("t-1", transitions: ["t1"], districts: ["arm"]),
            Self.offer("t-2", transitions: ["t1"], districts: ["arm", "mitte"]),
            Self.offer("s2-1", stages: ["s2"], districts: ["arm"]),
            Self.offer("s2-2", stages: ["s2"], districts: ["arm"]),
            Self.offer("s2-3", stages: ["s2"], transitions: ["t1"], districts: ["reich", "arm"]),
        ]
        let gaps = GapAnalysis(store: Self.strainStore(offers: offers))
        #expect(gaps.items.map(\.id) == ["s1", "t1", "s2"])
        #expect(gaps.items.map(\.isTransition) == [false, true, false])

        let s1 = try #require(gaps.cell(item: "s1", district: "arm"))
        #expect(s1.local == 0 && s1.citywide == 2 && s1.level == .none && s1.flagged)
        #expect(s1.total == 2)
        let t1 = try #require(gaps.cell(item: "t1", district: "arm"))
        // t-1, t-2 and s2-3 (which also accompanies t1) → 3 local.
        #expect(t1.local == 3 && t1.level == .enough && !t1.flagged)
        let s2 = try #require(gaps.cell(item: "s2", district: "arm"))
        #expect(s2.local == 3 && s2.level == .enough && !s2.flagged)
        let t1m = try #require(gaps.cell(item: "t1", district: "mitte"))
        #expect(t1m.local == 1 && t1m.level == .few && t1m.flagged)
        let s1r = try #require(gaps.cell(item: "s1", district: "reich"))
        #expect(s1r.local == 0 && s1r.level == .none && !s1r.flagged)
        #expect(gaps.flagged.map { "\($0.item)/\($0.district)" } == ["s1/arm", "s1/mitte", "t1/mitte", "s2/mitte"])
    }

    @Test func fewMeansAtMostTwoLocalOffers() throws {
        #expect(GapAnalysis.fewThreshold == 2)
        for (count, level, flagged) in [(0, GapAnalysis.Level.none, true), (2, .few, true), (3, .enough, false)] {
            let offers = (0..<count).map { Self.offer("o\($0)", stages: ["s1"], districts: ["arm"]) }
            let cell = try #require(GapAnalysis(store: Self.strainStore(offers: offers)).cell(item: "s1", district: "arm"))
            #expect(cell.local == count && cell.level == level && cell.flagged == flagged, "\(count) offers")
        }
    }

    @Test func cityWideOffersNeverCountAsLocal() throws {
        let offers = (0..<5).map { Self.offer("cw\($0)", stages: ["s1"], districts: ["arm"], citywide: true) }
        let cell = try #require(GapAnalysis(store: Self.strainStore(offers: offers)).cell(item: "s1", district: "arm"))
        #expect(cell.local == 0 && cell.citywide == 5 && cell.flagged)
    }

    // MARK: Exports

    /// a: 12.5 (2023), suppressed 77.7 in the source (2024); b: 20 / 22.
    static func exportStore() throws -> Store {
        let files = Fixture.files.merging([
            "indicators.json": """
            {"indicators": [{"id": "sgb2", "title": "SGB-II-Quote", "unit": "%", "better": "lower", "source": "BA", "stages": ["baby"]}],
             "values": [
              {"indicator": "sgb2", "district": "nord", "year": 2023, "value": 12.5},
              {"indicator": "sgb2", "district": "nord", "year": 2024, "value": 77.7, "suppressed": true},
              {"indicator": "sgb2", "district": "sued", "year": 2023, "value": 20},
              {"indicator": "sgb2", "district": "sued", "year": 2024, "value": 22}
            ]}
            """,
        ]) { _, new in new }
        let loaded = try StoreLoader.load(from: MemoryStoreSource(name: "t", files: files))
        // The loader refuses the number of a suppressed value, and keeps the value suppressed.
        #expect(loaded.hasError(file: "indicators.json", containing: "suppressed value must not carry a number"))
        return loaded.store
    }

    @Test func suppressedValuesAreNeverExportedAsNumbers() throws {
        let export = MonitoringExport(store: try Self.exportStore())
        let csv = export.indicatorsCSV()
        #expect(csv == """
            district,indicator,year,value,suppressed
            nord,sgb2,2023,12.5,false
            nord,sgb2,2024,,true
            sued,sgb2,2023,20,false
            sued,sgb2,2024,22,false

            """)
        let json = export.indicatorsJSON()
        #expect(!json.contains("77"))
        let root = try JSONParser.parse(json)
        let nord = try #require(root["indicators"]?.arrayValue?.first?["districts"]?.arrayValue?.first)
        #expect(nord["suppressed"]?.boolValue == true)
        #expect(nord["value"] == nil)
        #expect(nord["series"]?.arrayValue?.last?["value"] == nil)
        #expect(nord["series"]?.arrayValue?.first?["value"]?.doubleValue == 12.5)
        let table = export.indicatorsTable()
        #expect(table.contains("gesperrt"))
        #expect(!table.contains("77"))
        #expect(MonitoringExport(store: try Self.exportStore(), text: .english).indicatorsTable().contains("suppressed"))
    }

    @Test func indicatorsTableShowsSymbolsArrowsAndTheAverage() throws {
        // sgb2 (lower better) 2024: nord suppressed, sued 22 → average 22, sued "=" and rising (20 → 22).
        let table = MonitoringExport(store: try Self.exportStore()).indicatorsTable()
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("Südstadt") && $0.hasSuffix("22,0 =↗") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("Nordstadt") && $0.hasSuffix("gesperrt") })
        #expect(lines.contains { $0.hasPrefix("Ø Stadt") && $0.contains("22,0") })
        #expect(lines.contains { $0.hasPrefix("[1] SGB-II-Quote (%, niedriger ist besser, 2024)") })
    }

    @Test func demoTablesFitEightyColumns() throws {
        let export = MonitoringExport(store: try StoreLoader.load(from: DemoStore.source()).store)
        for text in [export.indicatorsTable(width: 80), export.gapsTable(width: 80)] {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.allSatisfy { TerminalText.width(String($0)) <= 80 }, "\(lines.filter { TerminalText.width(String($0)) > 80 })")
        }
        #expect(export.gapsTable().contains("!"))
    }

    @Test func gapsCSVAndJSONHaveOneRowPerCell() throws {
        let offers = [Self.offer("t-1", transitions: ["t1"], districts: ["arm"])]
        let export = MonitoringExport(store: Self.strainStore(offers: offers))
        let csv = export.gapsCSV().split(separator: "\n").map(String.init)
        #expect(csv.first == "item,title,isTransition,district,local,citywide,level,flagged")
        #expect(csv.count == 1 + 3 * 3)
        #expect(csv.contains("t1,Einschulung,true,arm,1,0,few,true"))
        #expect(csv.contains("s1,Baby,false,reich,0,0,none,false"))
        let json = try JSONParser.parse(export.gapsJSON())
        let cells = try #require(json["cells"]?.arrayValue)
        #expect(cells.count == 9)
        #expect(cells.filter { $0["flagged"]?.boolValue == true }.count == csv.filter { $0.hasSuffix(",true") }.count)
        let arm = try #require(json["districts"]?.arrayValue?.first)
        #expect(arm["id"]?.stringValue == "arm" && arm["strained"]?.boolValue == true && arm["worseShare"]?.doubleValue == 1)
    }
}
