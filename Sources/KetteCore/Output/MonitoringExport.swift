import Foundation

/// The monitoring and the gap analysis for the command line and for further analysis:
/// `kette indicators` (table, CSV, JSON) and `kette gaps` (table, CSV, JSON).
///
/// A suppressed value is never written as a number: tables show "gesperrt" (or "suppressed"), CSV
/// leaves the value field empty, JSON leaves out the `value` key.
public struct MonitoringExport: Sendable {
    public let store: Store
    public let monitoring: Monitoring
    public let gaps: GapAnalysis
    public let text: ReportText

    public init(store: Store, text: ReportText = .german) {
        self.store = store
        self.text = text
        monitoring = Monitoring(store: store)
        gaps = GapAnalysis(store: store, monitoring: monitoring)
    }

    // MARK: Indicators

    /// Districts × indicators with the latest value, its assessment symbol and trend arrow, in
    /// blocks of as many indicators as fit `width` columns, then the municipal average, a key of the
    /// indicators and a legend.
    public func indicatorsTable(width: Int = 80) -> String {
        let t = text
        let width = max(60, width)
        var lines = TerminalText.wrap(TerminalText.escaped(t.indicatorsHeading(store.info.municipality)), to: width) + [""]
        guard !store.indicators.isEmpty else { return (lines + [t.noIndicators]).joined(separator: "\n") + "\n" }
        let names = store.districts.map { TerminalText.escaped($0.name) }
        let nameWidth = min(22, max(([t.columnDistrict, t.averageRow] + names).map(TerminalText.width).max() ?? 10, 10))

        struct Column {
            var number: Int
            var indicator: Indicator
            var width: Int
            var cells: [String]
            var average: String
        }
        var columns: [Column] = []
        for (i, ind) in store.indicators.enumerated() {
            let decimals = MonitoringFormat.decimals(store.values.filter { $0.indicator == ind.id }.compactMap(\.value))
            let values = store.districts.map { d -> String in
                guard let cell = monitoring.cell(district: d.id, indicator: ind.id) else { return t.missing }
                if cell.suppressed { return t.suppressed }
                guard let v = cell.value else { return t.missing }
                return t.number(v, decimals: decimals) + " " + (cell.assessment?.symbol ?? " ") + (cell.trend?.arrow ?? " ")
            }
            let average = monitoring.latestAverage(ind.id).map {
                t.number($0.value, decimals: max(1, decimals)) + "  " + (monitoring.averageTrend(ind.id)?.arrow ?? " ")
            } ?? t.missing
            let header = "[\(i + 1)]"
            let w = ([header, average] + values).map(TerminalText.width).max() ?? 4
            columns.append(Column(number: i + 1, indicator: ind, width: w, cells: values, average: average))
        }
        // Blocks of columns that fit.
        var blocks: [[Column]] = [[]]
        var used = nameWidth
        for c in columns {
            if !blocks[blocks.count - 1].isEmpty && used + 2 + c.width > width {
                blocks.append([])
                used = nameWidth
            }
            blocks[blocks.count - 1].append(c)
            used += 2 + c.width
        }
        for (b, block) in blocks.enumerated() {
            if b > 0 { lines.append("") }
            func row(_ first: String, _ cells: [String]) -> String {
                (TerminalText.fit(first, to: nameWidth) + zip(cells, block).map { cell, c in
                    "  " + TerminalText.fit(cell, to: c.width, alignRight: true)
                }.joined()).trimmingTrailingSpaces()
            }
            let header = row(t.columnDistrict, block.map { "[\($0.number)]" })
            lines.append(header)
            lines.append(String(repeating: "─", count: TerminalText.width(header)))
            for (i, name) in names.enumerated() {
                lines.append(row(name, block.map { $0.cells[i] }))
            }
            lines.append(String(repeating: "─", count: TerminalText.width(header)))
            lines.append(row(t.averageRow, block.map(\.average)))
        }
        lines.append("")
        for c in columns {
            let year = monitoring.latestAverage(c.indicator.id).map { ", \($0.year)" } ?? ""
            let label = "[\(c.number)] "
            let key = TerminalText.escaped(c.indicator.title) + " (" + TerminalText.escaped(c.indicator.unit)
                + (c.indicator.unit.isEmpty ? "" : ", ") + t.betterName(c.indicator.better) + year + ")"
            let indent = TerminalText.width(label)
            for (i, part) in TerminalText.wrap(key, to: width - indent).enumerated() {
                lines.append((i == 0 ? label : String(repeating: " ", count: indent)) + part)
            }
        }
        lines.append("")
        lines.append(contentsOf: TerminalText.wrap(t.tableLegend, to: width))
        return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n") + "\n"
    }

    /// Every value: `district,indicator,year,value,suppressed`; a suppressed value has an empty
    /// value field. Ordered by indicator, district (store order) and year.
    public func indicatorsCSV() -> String {
        var lines = [CSVWriter.row(["district", "indicator", "year", "value", "suppressed"])]
        for v in orderedValues {
            let value = v.suppressed ? "" : v.value.map(MonitoringFormat.plain) ?? ""
            lines.append(CSVWriter.row([v.district, v.indicator, String(v.year), value, String(v.suppressed)]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Indicators with their municipal averages and trend, and per district the latest value,
    /// assessment, trend and series.
    public func indicatorsJSON() -> String {
        let indicators = store.indicators.map { ind -> JSONNode in
            var b = JSONObjectBuilder()
            b.add("id", ind.id)
            b.add("title", ind.title)
            b.add("unit", ind.unit)
            b.add("better", ind.better.rawValue)
            b.add("averages", .array(monitoring.averageSeries(ind.id).map { p in
                .object([JSONMember("year", .int(p.year)), JSONMember("value", .double(p.value))])
            }))
            b.add("trend", Self.trendJSON(monitoring.averageTrend(ind.id)))
            b.add("districts", .array(store.districts.map { d -> JSONNode in
                var c = JSONObjectBuilder()
                c.add("district", d.id)
                c.add("name", d.name)
                let cell = monitoring.cell(district: d.id, indicator: ind.id)
                if let year = cell?.year { c.add("year", year) } else { c.add("year", .null) }
                if let value = cell?.value, cell?.suppressed == false { c.add("value", .double(value)) }
                c.add("suppressed", cell?.suppressed ?? false)
                c.add("assessment", cell?.assessment.map { .string($0.rawValue) } ?? .null)
                c.add("trend", Self.trendJSON(cell?.trend))
                let series = orderedValues.filter { $0.indicator == ind.id && $0.district == d.id }
                c.add("series", .array(series.map { v in
                    var s = JSONObjectBuilder()
                    s.add("year", v.year)
                    if v.suppressed { s.add("suppressed", true) } else if let x = v.value { s.add("value", .double(x)) }
                    return s.build()
                }))
                return c.build()
            }))
            return b.build()
        }
        return JSONWriter.pretty(.object([JSONMember("municipality", .string(store.info.municipality)),
                                          JSONMember("indicators", .array(indicators))]))
    }

    private static func trendJSON(_ trend: Trend?) -> JSONNode {
        guard let trend else { return .null }
        return .object([JSONMember("direction", .string(trend.direction.rawValue)),
                        JSONMember("improving", trend.improving.map(JSONNode.bool) ?? .null),
                        JSONMember("slope", .double(trend.slope))])
    }

    /// The store's values by indicator and district (store order), then year.
    var orderedValues: [IndicatorValue] {
        let ind = Dictionary(store.indicators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let dis = Dictionary(store.districts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        return store.values.enumerated().sorted { a, b in
            let ka = (ind[a.element.indicator] ?? Int.max, dis[a.element.district] ?? Int.max, a.element.year, a.offset)
            let kb = (ind[b.element.indicator] ?? Int.max, dis[b.element.district] ?? Int.max, b.element.year, b.offset)
            return ka < kb
        }.map(\.element)
    }

    // MARK: Gaps

    /// Stages and transitions × districts with the number of local offers; flagged cells carry "!".
    /// Districts are numbered (key below the table); strained districts are marked with "*".
    public func gapsTable(width: Int = 80) -> String {
        let t = text
        let width = max(60, width)
        var lines = TerminalText.wrap(TerminalText.escaped(t.gapsHeading(store.info.municipality)), to: width) + [""]
        guard !gaps.districts.isEmpty, !gaps.items.isEmpty else { return (lines + [t.noGapData]).joined(separator: "\n") + "\n" }
        var largest = 0
        for r in gaps.items {
            for d in gaps.districts { largest = max(largest, gaps.cell(item: r.id, district: d.id)?.local ?? 0) }
        }
        let cellWidth: Int = max(3, String(gaps.districts.count).count + 1, String(largest).count + 1)
        let citywideWidth = max(TerminalText.width(t.citywideShort), 3)
        // One block when every district fits beside titles of at least 16 cells; else blocks of districts.
        let single = width - citywideWidth - 2 - (cellWidth + 1) * gaps.districts.count
        let titleWidth = single >= 16 ? min(34, single) : 22
        let perBlock = max(1, (width - titleWidth - citywideWidth - 2) / (cellWidth + 1))
        let numbered = Array(gaps.districts.enumerated())
        var start = 0
        while start < numbered.count {
            let block = numbered[start..<min(numbered.count, start + perBlock)]
            if start > 0 { lines.append("") }
            func row(_ title: String, _ citywide: String, _ cells: [String]) -> String {
                (TerminalText.fit(title, to: titleWidth) + "  " + TerminalText.fit(citywide, to: citywideWidth, alignRight: true)
                    + cells.map { " " + TerminalText.fit($0, to: cellWidth, alignRight: true) }.joined())
                    .trimmingTrailingSpaces()
            }
            let header = row(t.chainColumn, t.citywideShort, block.map { i, d in
                "\(i + 1)" + (monitoring.isStrained(d.id) ? "*" : "")
            })
            lines.append(header)
            lines.append(String(repeating: "─", count: TerminalText.width(header)))
            for item in gaps.items {
                let title = (item.isTransition ? "↳ " : "") + TerminalText.escaped(item.title)
                let citywide = gaps.districts.first.flatMap { gaps.cell(item: item.id, district: $0.id)?.citywide } ?? 0
                lines.append(row(title, String(citywide), block.map { _, d in
                    guard let c = gaps.cell(item: item.id, district: d.id) else { return "" }
                    return "\(c.local)" + (c.flagged ? "!" : " ")
                }))
            }
            start += perBlock
        }
        lines.append("")
        var key: [String] = []
        for (i, d) in gaps.districts.enumerated() {
            key.append("\(i + 1) " + TerminalText.escaped(d.name) + (monitoring.isStrained(d.id) ? "*" : ""))
        }
        lines.append(contentsOf: TerminalText.wrap(key.joined(separator: " · "), to: width))
        lines.append("")
        lines.append(contentsOf: TerminalText.wrap(t.gapsLegend(GapAnalysis.fewThreshold), to: width))
        let flagged = gaps.flagged.count
        lines.append(contentsOf: TerminalText.wrap(t.gapsSummary(flagged, gaps.districts.filter { monitoring.isStrained($0.id) }.count), to: width))
        return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n") + "\n"
    }

    /// One row per stage or transition and district:
    /// `item,title,isTransition,district,local,citywide,level,flagged`.
    public func gapsCSV() -> String {
        var lines = [CSVWriter.row(["item", "title", "isTransition", "district", "local", "citywide", "level", "flagged"])]
        for (item, cell) in gapCells {
            lines.append(CSVWriter.row([item.id, item.title, String(item.isTransition), cell.district, String(cell.local),
                                        String(cell.citywide), cell.level.rawValue, String(cell.flagged)]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The districts with their strain, and every cell as in ``gapsCSV()``.
    public func gapsJSON() -> String {
        let districts = gaps.districts.map { d -> JSONNode in
            let s = monitoring.strain(of: d.id)
            return .object([JSONMember("id", .string(d.id)), JSONMember("name", .string(d.name)),
                            JSONMember("strained", .bool(monitoring.isStrained(d.id))),
                            JSONMember("worseShare", .double(s.share)), JSONMember("assessed", .int(s.assessed))])
        }
        let cells = gapCells.map { item, cell -> JSONNode in
            .object([JSONMember("item", .string(item.id)), JSONMember("title", .string(item.title)),
                     JSONMember("isTransition", .bool(item.isTransition)), JSONMember("district", .string(cell.district)),
                     JSONMember("local", .int(cell.local)), JSONMember("citywide", .int(cell.citywide)),
                     JSONMember("level", .string(cell.level.rawValue)), JSONMember("flagged", .bool(cell.flagged))])
        }
        return JSONWriter.pretty(.object([
            JSONMember("municipality", .string(store.info.municipality)),
            JSONMember("fewThreshold", .int(GapAnalysis.fewThreshold)),
            JSONMember("districts", .array(districts)),
            JSONMember("cells", .array(cells)),
        ]))
    }

    private var gapCells: [(GapAnalysis.ChainRow, GapAnalysis.Cell)] {
        gaps.items.flatMap { item in
            gaps.districts.compactMap { d in gaps.cell(item: item.id, district: d.id).map { (item, $0) } }
        }
    }
}

/// Number formatting shared by the exports and the report.
enum MonitoringFormat {
    /// How many decimals (0…2) the values need to be shown as they are.
    static func decimals(_ values: [Double]) -> Int {
        var needed = 0
        for v in values {
            var d = needed
            while d < 2 {
                let scaled = v * pow(10, Double(d))
                if abs(scaled - scaled.rounded()) < 1e-6 * max(1, abs(scaled)) { break }
                d += 1
            }
            needed = max(needed, d)
        }
        return needed
    }

    /// The shortest text that reads back as the same number; whole numbers without ".0".
    static func plain(_ d: Double) -> String {
        if d.rounded() == d, abs(d) < 1e15 { return String(Int(d)) }
        return String(d)
    }

    /// Rounded to `decimals` places with the given separator; never "-0".
    static func fixed(_ value: Double, decimals: Int, separator: String) -> String {
        var s = String(format: "%.\(max(0, decimals))f", value)
        if s.hasPrefix("-"), s.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { s.removeFirst() }
        return separator == "." ? s : s.replacingAll(".", with: separator)
    }
}
