import KetteCore

/// The Lückenanalyse: stages and transitions × districts with the number of local offers; cells
/// where a strained district has none or few are flagged with "!" (and colour).
enum GapsView {
    static let columnWidth = 4

    static func draw(_ state: AppState, in area: Rect, into b: inout ScreenBuffer) {
        let s = state.strings, g = state.gaps, m = state.monitoring
        let cur = state.stack.first { $0.screen == .gaps } ?? ScreenState(.gaps)
        b.putFitted(s.gapsHeading, x: 0, y: area.y, width: area.width, role: .heading)
        guard !g.items.isEmpty, !g.districts.isEmpty else {
            b.putFitted(s.noDistricts, x: 2, y: area.y + 2, width: area.width - 4, role: .dim)
            return
        }
        let titleWidth = min(34, max(18, area.width - 2 - g.districts.count * columnWidth))
        let visible = max(1, (area.width - 2 - titleWidth) / columnWidth)
        let first = windowStart(selection: cur.column, rows: visible, count: g.districts.count)
        let columns = Array(first..<min(g.districts.count, first + visible))
        let headerY = area.y + 1
        for (k, i) in columns.enumerated() {
            let d = g.districts[i]
            // Three characters and a space between columns; a strained district's mark replaces the third.
            let label = m.isStrained(d.id) ? String(d.name.prefix(2)) + s.strainedMark : String(d.name.prefix(3))
            b.putFitted(label, x: 2 + titleWidth + k * columnWidth, y: headerY, width: columnWidth,
                        role: i == cur.column ? .selected : (m.isStrained(d.id) ? .worse : .heading), alignRight: true)
        }
        if first > 0 { b.put("←", x: 1 + titleWidth, y: headerY, role: .dim) }
        if first + visible < g.districts.count { b.put("→", x: area.width - 1, y: headerY, role: .dim) }

        let footerY = area.y + area.height - 2
        let listRows = max(1, footerY - headerY - 1)
        let spacing = state.presenting && g.items.count * 2 <= listRows ? 2 : 1
        let top = windowStart(selection: cur.selection, rows: listRows / spacing, count: g.items.count)
        for (n, i) in (top..<min(g.items.count, top + listRows / spacing)).enumerated() {
            let row = g.items[i]
            let y = headerY + 1 + n * spacing
            if row.isTransition {
                b.putFitted("  ↳ " + row.title, x: 2, y: y, width: titleWidth - 1, role: .transition)
            } else {
                b.putFitted(row.title, x: 2, y: y, width: titleWidth - 1, role: .stage)
            }
            for (k, di) in columns.enumerated() {
                guard let cell = g.cell(item: row.id, district: g.districts[di].id) else { continue }
                let text = (cell.flagged ? "!" : "") + String(cell.local)
                let role: Role = cell.flagged ? .warning : (cell.level == .none ? .dim : (cell.level == .few ? .fee : .normal))
                let x = 2 + titleWidth + k * columnWidth
                b.putFitted(text, x: x, y: y, width: columnWidth, role: role, alignRight: true)
                if i == cur.selection && di == cur.column && state.current.screen == .gaps {
                    b.restyle(x: x, y: y, width: columnWidth, role: .selected)
                }
            }
            if i == cur.selection && state.current.screen == .gaps {
                b.put("▶", x: 0, y: y, role: .selected)
                b.cursor = (0, y)
            }
        }
        if g.items.indices.contains(cur.selection), g.districts.indices.contains(cur.column),
           let cell = g.cell(item: g.items[cur.selection].id, district: g.districts[cur.column].id) {
            let d = g.districts[cur.column]
            var text = s.gapCellHeading(g.items[cur.selection].title, d.name) + ": " + s.gapCellSummary(cell.local, cell.citywide)
            if m.isStrained(d.id) {
                let strain = m.strain(of: d.id)
                text += " · " + s.strainNote(Int((strain.share * Double(strain.assessed)).rounded()), strain.assessed)
            }
            b.putFitted(text, x: 0, y: footerY, width: area.width, role: cell.flagged ? .warning : .normal)
        }
        b.putFitted(s.gapsLegend, x: 0, y: footerY + 1, width: area.width, role: .dim)
    }
}
