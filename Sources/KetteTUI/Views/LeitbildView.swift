import KetteCore

/// The Leitbild: preamble, goals with their indicators' latest municipal average and trend,
/// and the principles.
enum LeitbildView {
    static func lines(_ state: AppState, width: Int) -> [(text: String, role: Role)] {
        let s = state.strings, l = state.store.leitbild, m = state.monitoring
        var out: [(String, Role)] = []
        func wrap(_ text: String, _ role: Role, indent: Int = 0) {
            for line in TerminalText.wrap(TerminalText.escaped(text, keepNewlines: true), to: max(10, width - indent)) {
                out.append((String(repeating: " ", count: indent) + line, role))
            }
        }
        guard !l.goals.isEmpty || !l.preamble.isEmpty || !l.principles.isEmpty else {
            return [(s.noLeitbild, .dim)]
        }
        wrap(l.title, .stage)
        if !l.preamble.isEmpty {
            out.append(("", .normal))
            wrap(l.preamble, .normal)
        }
        if !l.goals.isEmpty {
            out.append(("", .normal))
            out.append((s.leitbildGoals, .heading))
        }
        for (n, goal) in l.goals.enumerated() {
            out.append(("", .normal))
            wrap("\(n + 1). \(goal.title)", .stage)
            wrap(goal.text, .normal, indent: 3)
            for id in goal.indicators {
                guard let ind = state.store.indicator(id: id) else { continue }
                var text = "• \(ind.title): "
                if let avg = m.latestAverage(id) {
                    text += "Ø \(avg.year) \(s.number(avg.value)) \(ind.unit)"
                } else {
                    text += s.noValue
                }
                var role: Role = .dim
                if let t = m.averageTrend(id) {
                    text += "  \(t.arrow) \(s.trendNames[t.direction] ?? "")"
                    if let good = t.improving {
                        text += ", " + (good ? s.improving : s.worsening)
                        role = good ? .better : .worse
                    }
                }
                wrap(text, role, indent: 3)
            }
        }
        if !l.principles.isEmpty {
            out.append(("", .normal))
            out.append((s.leitbildPrinciples, .heading))
            for p in l.principles { wrap("• " + p.text, .normal, indent: 1) }
        }
        return out
    }

    static func draw(_ state: AppState, in area: Rect, into b: inout ScreenBuffer) {
        let width = max(20, min(area.width - 4, 100))
        let all = lines(state, width: width)
        let spacing = state.presenting ? 1 : 0
        let rows = area.height - spacing
        let scroll = min(state.current.scroll, max(0, all.count - rows))
        let last = min(all.count, scroll + rows)
        for (i, line) in all[scroll..<last].enumerated() {
            b.put(line.text, x: 2, y: area.y + spacing + i, role: line.role, maxWidth: width)
        }
        if scroll > 0 { b.put("↑", x: area.width - 1, y: area.y, role: .dim) }
        if last < all.count { b.put("↓", x: area.width - 1, y: area.y + area.height - 1, role: .dim) }
        b.cursor = (0, area.y)
    }
}
