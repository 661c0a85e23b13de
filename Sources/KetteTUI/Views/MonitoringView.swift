import KetteCore

/// Districts × indicators: each value with its position against the municipal average (colour
/// and a symbol + = −) and its trend (↗ ↘ →); suppressed values shown as such, never as a number.
enum MonitoringView {
    static let districtWidth = 16
    static let columnWidth = 10

    /// The cell text: value, assessment symbol, trend arrow.
    static func cellText(_ cell: Monitoring.Cell?, _ s: Strings) -> (text: String, role: Role) {
        guard let cell else { return (s.noValue, .dim) }
        if cell.suppressed { return (s.suppressed, .dim) }
        guard let value = cell.value else { return (s.noValue, .dim) }
        let symbol = cell.assessment?.symbol ?? " "
        let arrow = cell.trend?.arrow ?? " "
        let role: Role = switch cell.assessment {
        case .better: .better
        case .worse: .worse
        default: .normal
        }
        return (s.number(value) + symbol + arrow, role)
    }

    static func draw(_ state: AppState, in area: Rect, into b: inout ScreenBuffer) {
        let s = state.strings
        let m = state.monitoring
        let indicators = state.store.indicators
        let cur = state.stack.first { $0.screen == .monitoring } ?? ScreenState(.monitoring)
        let rows = state.monitoringRows
        let latestYear = m.years.last
        var heading = s.monitoringHeading(indicators.count, latestYear)
        if cur.sortByColumn, indicators.indices.contains(cur.column) {
            heading += " · " + s.sortedByIndicator(String(cur.column + 1))
        }
        let position = rows.isEmpty ? "" : s.position(cur.selection + 1, rows.count)
        b.putFitted(heading, x: 0, y: area.y, width: area.width - TerminalText.width(position) - 2, role: .heading)
        b.put(position, x: area.width - TerminalText.width(position) - 1, y: area.y, role: .count)
        guard !indicators.isEmpty, !rows.isEmpty else {
            b.putFitted(s.noIndicators, x: 2, y: area.y + 2, width: area.width - 4, role: .dim)
            return
        }

        let visibleColumns = max(1, (area.width - districtWidth - 2) / columnWidth)
        let first = windowStart(selection: cur.column, rows: visibleColumns, count: indicators.count)
        let columns = Array(first..<min(indicators.count, first + visibleColumns))
        let headerY = area.y + 1
        b.putFitted(s.districtColumn, x: 2, y: headerY, width: districtWidth, role: .heading)
        for (k, i) in columns.enumerated() {
            let x = 2 + districtWidth + k * columnWidth
            b.putFitted("\(i + 1) " + indicators[i].title, x: x, y: headerY, width: columnWidth - 1,
                        role: i == cur.column ? .selected : .heading)
        }
        if first > 0 { b.put("←", x: 2 + districtWidth - 1, y: headerY, role: .dim) }
        if first + visibleColumns < indicators.count { b.put("→", x: area.width - 1, y: headerY, role: .dim) }

        // Two legend lines and the average row at the bottom.
        let legendY = area.y + area.height - 2
        let averageY = legendY - 1
        let listRows = max(1, averageY - headerY - 1)
        let top = windowStart(selection: cur.selection, rows: listRows, count: rows.count)
        let spacing = state.presenting && rows.count * 2 <= listRows ? 2 : 1
        for (n, i) in (top..<min(rows.count, top + listRows / spacing)).enumerated() {
            let d = rows[i]
            let y = headerY + 1 + n * spacing
            b.putFitted(d.name, x: 2, y: y, width: districtWidth - 3, role: .stage)
            if m.isStrained(d.id) { b.put(s.strainedMark, x: districtWidth, y: y, role: .worse) }
            for (k, ind) in columns.enumerated() {
                let (text, role) = cellText(m.cell(district: d.id, indicator: indicators[ind].id), s)
                b.putFitted(text, x: 2 + districtWidth + k * columnWidth, y: y, width: columnWidth - 1, role: role,
                            alignRight: true)
            }
            if i == cur.selection && state.current.screen == .monitoring {
                b.put("▶", x: 0, y: y, role: .selected)
                b.restyle(x: 0, y: y, width: 2 + districtWidth, role: .selected)
                let cx = 2 + districtWidth + (cur.column - first) * columnWidth
                b.restyle(x: cx, y: y, width: columnWidth - 1, role: .selected)
                b.cursor = (0, y)
            }
        }
        b.putFitted(s.municipalAverage, x: 2, y: averageY, width: districtWidth - 1, role: .heading)
        for (k, ind) in columns.enumerated() {
            let avg = m.latestAverage(indicators[ind].id)
            let arrow = m.averageTrend(indicators[ind].id)?.arrow ?? " "
            b.putFitted(avg.map { s.number($0.value) + " " + arrow } ?? s.noValue, x: 2 + districtWidth + k * columnWidth,
                        y: averageY, width: columnWidth - 1, role: .heading, alignRight: true)
        }
        if indicators.indices.contains(cur.column) {
            let ind = indicators[cur.column]
            let direction = ind.better == .lower ? s.lowerIsBetter : s.higherIsBetter
            b.putFitted("\(cur.column + 1): \(ind.title) (\(ind.unit)) · \(direction) · \(s.source): \(ind.source)",
                        x: 0, y: legendY, width: area.width, role: .dim)
        }
        b.putFitted(s.legendAssessment + "  " + s.strainedLegend, x: 0, y: legendY + 1, width: area.width, role: .dim)
    }
}
