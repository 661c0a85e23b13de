import KetteCore

/// Wiedervorlagen: the follow-ups that have come (overdue first) and the open referrals of all
/// open cases; Enter opens the case.
enum FollowUpsView {
    static func draw(_ state: AppState, in area: Rect, into b: inout ScreenBuffer) {
        let l = state.caseLabels, s = state.strings
        let rows = state.followUpRows
        let follow = rows.filter { $0.followUp != nil }.count
        b.putFitted("\(l.followUps) (\(follow)) · \(l.openReferrals) (\(rows.count - follow))", x: 0, y: area.y,
                    width: area.width, role: .heading)
        guard !rows.isEmpty else {
            b.putFitted(l.none, x: 2, y: area.y + 1, width: area.width - 4, role: .dim)
            return
        }
        let pseudonyms = Dictionary(state.caseList.map { ($0.id, $0.pseudonym) }, uniquingKeysWith: { a, _ in a })
        let selection = state.current.selection
        let height = area.height - 1
        let top = windowStart(selection: selection, rows: height, count: rows.count)
        for i in top..<min(rows.count, top + height) {
            let row = rows[i], y = area.y + 1 + i - top
            let name = pseudonyms[row.caseID] ?? ""
            var x = 2
            x += b.put(TerminalText.truncate(TerminalText.escaped(row.caseID), to: 14), x: x, y: y, role: .count) + 1
            let nameW = min(24, max(8, area.width / 4))
            b.putFitted(name, x: x, y: y, width: nameW)
            x += nameW + 1
            let rest = area.width - x - 1
            if let f = row.followUp {
                let when = f.isOverdue ? l.overdue(f.daysOverdue) : l.dueToday
                b.putFitted("\(l.followUp) \(f.date) · \(when)", x: x, y: y, width: rest, role: f.isOverdue ? .warning : .normal)
            } else if let r = row.referral {
                let title = state.store.offer(id: r.offer)?.title ?? r.offer
                let status = s.referralStatusNames[r.status] ?? r.status.rawValue
                b.putFitted("\(status) \(r.updated) · \(title)", x: x, y: y, width: rest, role: .dim)
            }
            if i == selection {
                b.put("▶", x: 0, y: y, role: .selected)
                b.restyle(x: 0, y: y, width: area.width, role: .selected)
                b.cursor = (0, y)
            }
        }
    }
}
