import KetteCore

/// The filter picker: one row per filter with its current value; a second box lists the values
/// of the filter being chosen.
enum FilterPickerView {
    static func label(_ row: FilterPicker.Row, _ s: Strings) -> String {
        switch row {
        case .district: s.filterDistrict
        case .field: s.filterField
        case .language: s.filterLanguage
        case .free: s.filterFree
        case .accessible: s.filterAccessible
        case .archived: s.filterArchived
        }
    }

    static func value(_ row: FilterPicker.Row, _ state: AppState) -> String {
        let s = state.strings, f = state.filter
        switch row {
        case .district: return f.district.map { state.store.district(id: $0)?.name ?? $0 } ?? s.filterAny
        case .field: return f.field.map(s.fieldName) ?? s.filterAny
        case .language: return f.language.map(s.languageName) ?? s.filterAny
        case .free: return f.freeOnly ? "[✓] \(s.yes)" : "[ ] \(s.no)"
        case .accessible: return f.accessibleOnly ? "[✓] \(s.yes)" : "[ ] \(s.no)"
        case .archived: return f.includeArchived ? "[✓] \(s.yes)" : "[ ] \(s.no)"
        }
    }

    static func draw(_ state: AppState, _ p: FilterPicker, into b: inout ScreenBuffer) {
        let s = state.strings
        let rows = FilterPicker.Row.allCases
        let width = min(b.width - 4, 52)
        let height = rows.count + 4
        let x = (b.width - width) / 2, y = max(2, (b.height - height) / 2 - 2)
        b.box(x: x, y: y, width: width, height: height, title: s.screenFilter)
        let labelWidth = (rows.map { TerminalText.width(label($0, s)) }.max() ?? 10) + 2
        for (i, row) in rows.enumerated() {
            let ry = y + 1 + i
            b.putFitted(label(row, s), x: x + 3, y: ry, width: labelWidth, role: .heading)
            b.putFitted(value(row, state), x: x + 3 + labelWidth, y: ry, width: width - labelWidth - 5)
            if row == p.row {
                b.put("▶", x: x + 1, y: ry, role: p.choice == nil ? .selected : .selectedInactive)
                b.restyle(x: x + 1, y: ry, width: width - 2, role: p.choice == nil ? .selected : .selectedInactive)
                if p.choice == nil { b.cursor = (x + 1, ry) }
            }
        }
        b.putFitted("⏎ ␣  x  c  Esc  ?", x: x + 2, y: y + height - 2, width: width - 4, role: .dim)
        guard let choice = p.choice else { return }
        let cw = min(b.width - 8, 40)
        let ch = min(b.height - y - 3, choice.options.count + 2)
        let cx = min(b.width - cw - 2, x + labelWidth + 2), cy = y + 2
        b.box(x: cx, y: cy, width: cw, height: ch, title: label(choice.row, s))
        let visible = ch - 2
        let top = windowStart(selection: choice.selection, rows: visible, count: choice.options.count)
        for i in top..<min(choice.options.count, top + visible) {
            let ry = cy + 1 + i - top
            b.putFitted(choice.options[i].label, x: cx + 3, y: ry, width: cw - 5)
            if i == choice.selection {
                b.put("▶", x: cx + 1, y: ry, role: .selected)
                b.restyle(x: cx + 1, y: ry, width: cw - 2, role: .selected)
                b.cursor = (cx + 1, ry)
            }
        }
    }
}
