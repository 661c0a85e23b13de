import KetteCore

/// One case: the family, the timeline along the chain with the referrals placed on it, further
/// referrals, fitting offers with their reasons, notes and journal. Selectable lines are the
/// referrals and the suggestions; the window follows the selection.
enum CaseDetailView {
    static func draw(_ state: AppState, in area: Rect, into b: inout ScreenBuffer) {
        guard let c = state.openCase else { return }
        let l = state.caseLabels
        b.putFitted("\(l.caseTitle) \(c.id) — \(c.pseudonym)", x: 0, y: area.y, width: area.width, role: .heading)
        let lines = state.caseDetailLines
        let selectable = lines.indices.filter { lines[$0].target != nil }
        let selection = state.current.selection
        let selectedLine = selectable.indices.contains(selection) ? selectable[selection] : nil
        let rows = area.height - 1
        // Keep the selected line in view, with the header lines while they fit.
        var top = 0
        if let sel = selectedLine, sel >= rows - 1 { top = min(sel - rows / 2, max(0, lines.count - rows)) }
        top = max(0, top)
        for i in top..<min(lines.count, top + rows) {
            let line = lines[i], y = area.y + 1 + i - top
            let x = line.indent + 1
            let detailWidth = line.detail.isEmpty ? 0 : min(TerminalText.width(TerminalText.escaped(line.detail)),
                                                             max(10, (area.width - x) / 2))
            let textWidth = area.width - x - (detailWidth > 0 ? detailWidth + 2 : 0) - 1
            b.putFitted(line.text, x: x, y: y, width: textWidth, role: line.role)
            if detailWidth > 0 {
                b.putFitted(line.detail, x: area.width - detailWidth - 1, y: y, width: detailWidth, role: line.detailRole)
            }
            if i == selectedLine {
                b.put("▶", x: 0, y: y, role: .selected)
                b.restyle(x: 0, y: y, width: area.width, role: .selected)
                b.cursor = (0, y)
            }
        }
        if top > 0 { b.put("↑", x: area.width - 1, y: area.y + 1, role: .dim) }
        if top + rows < lines.count { b.put("↓", x: area.width - 1, y: area.y + rows, role: .dim) }
    }

    /// The small box for choosing a referral's next status.
    static func drawStatusChoice(_ state: AppState, choices: [Referral.Status], selection: Int, into b: inout ScreenBuffer) {
        let l = state.caseLabels, s = state.strings
        let width = min(b.width - 4, 36), height = choices.count + 2
        let x = (b.width - width) / 2, y = max(2, (b.height - height) / 2)
        b.box(x: x, y: y, width: width, height: height, title: l.chooseStatus)
        for (i, status) in choices.enumerated() {
            let ry = y + 1 + i
            b.putFitted(s.referralStatusNames[status] ?? status.rawValue, x: x + 3, y: ry, width: width - 5)
            if i == selection {
                b.put("▶", x: x + 1, y: ry, role: .selected)
                b.restyle(x: x + 1, y: ry, width: width - 2, role: .selected)
                b.cursor = (x + 1, ry)
            }
        }
    }
}
