import KetteCore

/// The case list: id, pseudonym, district, follow-up (overdue marked), open referrals, owner,
/// with the list's filters in the heading.
enum CaseListView {
    static func draw(_ state: AppState, in area: Rect, into b: inout ScreenBuffer) {
        let l = state.caseLabels, s = state.strings
        let cases = state.visibleCases
        var filters = [state.caseFilter.mineOnly ? l.listFilterMine : state.caseFilter.owner.map { "\(l.owner): \($0)" } ?? l.listFilterAll]
        if let d = state.caseFilter.district { filters.append(state.store.district(id: d)?.name ?? d) }
        if state.caseFilter.dueOnly { filters.append(l.listFilterDue) }
        if state.caseFilter.includeClosed { filters.append(l.closed) }
        let selection = state.current.selection
        let position = cases.isEmpty ? "" : s.position(selection + 1, cases.count)
        let posWidth = TerminalText.width(position)
        b.putFitted("\(l.screenCases) (\(filters.joined(separator: ", "))) · \(l.count(cases.count))", x: 0, y: area.y,
                    width: area.width - posWidth - 2, role: .heading)
        b.put(position, x: area.width - posWidth - 1, y: area.y, role: .count)

        let idW = max(8, min(14, cases.map { TerminalText.width(TerminalText.escaped($0.id)) }.max() ?? 8))
        let followW = 12, refW = 4
        let ownerW = area.width >= 100 ? 12 : 8
        let districtW = area.width >= 100 ? 18 : 12
        let pseudoW = max(8, area.width - 2 - idW - districtW - followW - refW - ownerW - 6)
        let columns = [(l.caseTitle, idW), (l.pseudonym, pseudoW), (l.district, districtW), (l.followUp, followW),
                       ("↗", refW), (l.owner, ownerW)]
        var x = 2
        for (title, w) in columns {
            b.putFitted(title, x: x, y: area.y + 1, width: w, role: .heading)
            x += w + 1
        }
        guard !cases.isEmpty else {
            b.putFitted(l.noCases, x: 2, y: area.y + 2, width: area.width - 4, role: .dim)
            return
        }
        let rows = area.height - 2
        let top = windowStart(selection: selection, rows: rows, count: cases.count)
        for i in top..<min(cases.count, top + rows) {
            let c = cases[i], y = area.y + 2 + i - top
            let due = c.followUp.map { $0 <= state.today } ?? false
            let openRefs = c.referrals.filter { $0.status.isOpen }.count
            let cells: [(String, Role)] = [
                (c.id, .count), (c.pseudonym, .normal),
                (state.store.district(id: c.district)?.name ?? c.district, .dim),
                (c.followUp.map { $0.description + (due ? " !" : "") } ?? "–", due ? .warning : .dim),
                (String(openRefs), .count), (c.owner, .dim),
            ]
            var x = 2
            for ((text, role), (_, w)) in zip(cells, columns) {
                b.putFitted(text, x: x, y: y, width: w, role: role)
                x += w + 1
            }
            if i == selection {
                b.put("▶", x: 0, y: y, role: .selected)
                b.restyle(x: 0, y: y, width: area.width, role: .selected)
                b.cursor = (0, y)
            }
        }
    }
}
