import KetteCore

/// One district: every indicator as a small bar chart over the years, with the municipal
/// average marked in each bar (│), the position against it and the trend.
enum DistrictView {
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar of `value / maximum` of `width` cells in eighth-block steps.
    static func bar(_ value: Double, maximum: Double, width: Int) -> String {
        guard maximum > 0, width > 0 else { return "" }
        let units = Int((max(0, value) / maximum * Double(width * 8)).rounded())
        var s = String(repeating: "█", count: min(width, units / 8))
        if units % 8 > 0 && units / 8 < width { s.append(eighths[units % 8 - 1]) }
        return s
    }

    struct Line {
        var text: String
        var role: Role = .normal
        /// Bar chart rows: the bar, where the average marker goes, and the value text after it.
        var bar: (text: String, averageAt: Int?, width: Int, label: String, labelRole: Role)?
    }

    static func lines(_ state: AppState, district id: String, width: Int) -> [Line] {
        let s = state.strings, m = state.monitoring
        var out: [Line] = []
        let strain = m.strain(of: id)
        out.append(Line(text: s.strainNote(Int((strain.share * Double(strain.assessed)).rounded()), strain.assessed),
                        role: m.isStrained(id) ? .worse : .dim))
        let barWidth = max(8, min(40, width - 30))
        for ind in state.store.indicators {
            guard let cell = m.cell(district: id, indicator: ind.id) else { continue }
            out.append(Line(text: ""))
            let direction = ind.better == .lower ? s.lowerIsBetter : s.higherIsBetter
            out.append(Line(text: "\(ind.title) (\(ind.unit)) – \(direction)", role: .heading))
            var status: [String] = []
            if let a = cell.assessment { status.append("\(a.symbol) \(s.assessmentNames[a] ?? "")") }
            if let t = cell.trend {
                var text = "\(t.arrow) \(s.trendNames[t.direction] ?? "")"
                if let good = t.improving { text += ", " + (good ? s.improving : s.worsening) }
                status.append(text)
            }
            if cell.suppressed { status.append(s.suppressed) }
            let role: Role = cell.assessment == .worse ? .worse : cell.assessment == .better ? .better : .normal
            if !status.isEmpty { out.append(Line(text: status.joined(separator: " · "), role: role)) }
            let averages = Dictionary(m.averageSeries(ind.id).map { ($0.year, $0.value) }, uniquingKeysWith: { a, _ in a })
            let maximum = (cell.series.compactMap(\.value) + averages.values).max() ?? 0
            for point in cell.series {
                let avg = averages[point.year]
                let avgText = avg.map { "  (Ø \(s.number($0)))" } ?? ""
                if let v = point.value {
                    out.append(Line(text: "  \(point.year) ", bar: (bar(v, maximum: maximum, width: barWidth),
                                                                   avg.map { Int(($0 / maximum * Double(barWidth)).rounded()) },
                                                                   barWidth, s.number(v) + avgText, .normal)))
                } else {
                    out.append(Line(text: "  \(point.year) ", bar: ("", avg.map { Int(($0 / maximum * Double(barWidth)).rounded()) },
                                                                   barWidth, s.suppressed + avgText, .dim)))
                }
            }
        }
        return out
    }

    static func draw(_ state: AppState, district id: String, in area: Rect, into b: inout ScreenBuffer) {
        let s = state.strings
        let name = state.store.district(id: id)?.name ?? id
        let width = max(30, min(area.width - 4, 100))
        let all = lines(state, district: id, width: width)
        let rows = area.height - 1
        let scroll = min(state.current.scroll, max(0, all.count - rows))
        let last = min(all.count, scroll + rows)
        let position = s.linesPosition(scroll + 1, last, all.count)
        b.putFitted(s.districtDetailHeading(name), x: 0, y: area.y, width: area.width - TerminalText.width(position) - 2,
                    role: .heading)
        b.put(position, x: area.width - TerminalText.width(position) - 1, y: area.y, role: .count)
        for (i, line) in all[scroll..<last].enumerated() {
            let y = area.y + 1 + i
            var x = 2 + b.put(line.text, x: 2, y: y, role: line.role, maxWidth: width)
            if let bar = line.bar {
                b.put(bar.text, x: x, y: y, role: .bar)
                if let at = bar.averageAt, at <= bar.width {
                    b.put("│", x: x + min(at, bar.width), y: y, role: .average)
                }
                x += bar.width + 2
                b.put(bar.label, x: x, y: y, role: bar.labelRole, maxWidth: area.width - x)
            }
        }
        if scroll > 0 { b.put("↑", x: area.width - 1, y: area.y + 1, role: .dim) }
        if last < all.count { b.put("↓", x: area.width - 1, y: area.y + rows, role: .dim) }
        b.cursor = (0, area.y + 1)
    }
}
