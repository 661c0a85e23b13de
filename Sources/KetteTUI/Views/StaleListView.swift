import KetteCore

/// The offers not updated for more than the configured number of months, oldest first: title,
/// provider and the date of the last update.
enum StaleListView {
    static func draw(_ state: AppState, in area: Rect, into b: inout ScreenBuffer) {
        let s = state.strings
        let offers = state.currentList
        let selection = state.current.selection
        let position = offers.isEmpty ? "" : s.position(selection + 1, offers.count)
        let pw = TerminalText.width(position)
        b.putFitted(s.staleHeading(offers.count, state.staleMonths), x: 0, y: area.y, width: area.width - pw - 2, role: .heading)
        b.put(position, x: area.width - pw - 1, y: area.y, role: .count)
        guard !offers.isEmpty else {
            b.putFitted(s.staleNone(state.staleMonths), x: 2, y: area.y + 2, width: area.width - 4, role: .dim)
            return
        }
        let dateWidth = 10
        let providerWidth = max(8, (area.width - 2 - dateWidth - 2) * 35 / 100)
        let titleWidth = max(8, area.width - 2 - dateWidth - providerWidth - 3)
        let headerY = area.y + 1
        b.putFitted(s.title, x: 2, y: headerY, width: titleWidth, role: .heading)
        b.putFitted(s.provider, x: 3 + titleWidth, y: headerY, width: providerWidth, role: .heading)
        b.putFitted(s.updated, x: 4 + titleWidth + providerWidth, y: headerY, width: dateWidth, role: .heading)
        let rows = area.height - 2
        let top = windowStart(selection: selection, rows: rows, count: offers.count)
        for i in top..<min(offers.count, top + rows) {
            let o = offers[i]
            let y = headerY + 1 + i - top
            b.putFitted(o.title, x: 2, y: y, width: titleWidth)
            b.putFitted(o.provider, x: 3 + titleWidth, y: y, width: providerWidth, role: .dim)
            b.putFitted(o.updated.description, x: 4 + titleWidth + providerWidth, y: y, width: dateWidth, role: .warning)
            if i == selection {
                b.put("▶", x: 0, y: y, role: .selected)
                b.restyle(x: 0, y: y, width: area.width, role: .selected)
                b.cursor = (0, y)
            }
        }
        if top > 0 { b.put("↑", x: area.width - 1, y: headerY + 1, role: .dim) }
        if top + rows < offers.count { b.put("↓", x: area.width - 1, y: headerY + rows, role: .dim) }
    }
}
