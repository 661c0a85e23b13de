import KetteCore

/// One offer in full, wrapped to the window and scrollable: title, contact block (large and in
/// reading order, for giving it out on the phone), every other field, the description.
enum OfferDetailView {
    struct Line {
        var text: String
        var role: Role = .normal
        var indent = 0
        var label: String?
    }

    static func contactLabels(_ s: Strings) -> Set<String> { [s.phone, s.email, s.web, s.address, s.hours] }

    static func lines(_ state: AppState, offer o: Offer, width: Int) -> [Line] {
        let s = state.strings
        let text = OfferText(strings: s, width: width)
        let fields = text.fields(of: o, in: state.store)
        let contact = contactLabels(s)
        let labelWidth = (fields.map { TerminalText.width($0.label) }.max() ?? 8) + 2
        var out: [Line] = []
        for l in TerminalText.wrap(TerminalText.escaped(o.title), to: width) { out.append(Line(text: l, role: .stage)) }
        for l in TerminalText.wrap(TerminalText.escaped(o.provider), to: width) { out.append(Line(text: l, role: .dim)) }
        func block(_ heading: String, _ rows: [(label: String, value: String)], role: Role = .normal) {
            guard !rows.isEmpty else { return }
            out.append(Line(text: ""))
            out.append(Line(text: heading, role: .heading))
            for (label, value) in rows {
                for (i, part) in TerminalText.wrap(value, to: max(10, width - labelWidth)).enumerated() {
                    out.append(Line(text: part, role: role, indent: labelWidth, label: i == 0 ? label + ":" : nil))
                }
            }
        }
        // Contact data stands out: it is read aloud on the phone.
        block(s.contactHeading, fields.filter { contact.contains($0.label) }, role: .stage)
        block(s.detailsHeading, fields.filter { !contact.contains($0.label) && $0.label != s.provider })
        if let d = o.description, !d.isEmpty {
            out.append(Line(text: ""))
            out.append(Line(text: s.description, role: .heading))
            for l in TerminalText.wrap(TerminalText.escaped(d, keepNewlines: true), to: width) { out.append(Line(text: l)) }
        }
        return out
    }

    static func draw(_ state: AppState, offerID: String, in area: Rect, into b: inout ScreenBuffer) {
        guard let offer = state.store.offer(id: offerID) else { return }
        let width = max(20, min(area.width - 4, 100))
        let all = lines(state, offer: offer, width: width)
        let rows = area.height - 1
        let maxScroll = max(0, all.count - rows)
        let scroll = min(state.current.scroll, maxScroll)
        let last = min(all.count, scroll + rows)
        let position = state.strings.linesPosition(scroll + 1, last, all.count)
        b.putFitted("\(state.strings.screenDetail) · \(offer.id)", x: 0, y: area.y,
                    width: area.width - TerminalText.width(position) - 2, role: .heading)
        b.put(position, x: area.width - TerminalText.width(position) - 1, y: area.y, role: .count)
        let terms = SearchIndex.terms(state.search?.query ?? "")
        for (i, line) in all[scroll..<last].enumerated() {
            let y = area.y + 1 + i
            if let label = line.label { b.put(label, x: 2, y: y, role: .dim) }
            b.put(line.text, x: 2 + line.indent, y: y, role: line.role, maxWidth: width - line.indent)
            OfferListView.highlight(terms, in: line.text, x: 2 + line.indent, y: y, width: width - line.indent, into: &b)
        }
        if scroll > 0 { b.put("↑", x: area.width - 1, y: area.y + 1, role: .dim) }
        if last < all.count { b.put("↓", x: area.width - 1, y: area.y + rows, role: .dim) }
        b.cursor = (0, area.y + 1)
    }
}
