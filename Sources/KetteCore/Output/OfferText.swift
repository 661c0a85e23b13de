/// One offer in full as readable text: the `kette show` output and the basis of print-outs.
public struct OfferText {
    public var strings: Strings
    public var width: Int
    /// Reference day for the "stale" note (offers not checked for more than a year).
    public var today: Day?

    public init(strings: Strings, width: Int = 80, today: Day? = nil) {
        self.strings = strings
        self.width = max(40, width)
        self.today = today
    }

    /// Label/value pairs in reading order; empty values are left out.
    public func fields(of o: Offer, in store: Store) -> [(label: String, value: String)] {
        let s = strings
        var rows: [(String, String)] = []
        func add(_ label: String, _ value: String?) {
            if let value, !value.isEmpty { rows.append((label, TerminalText.escaped(value))) }
        }
        add(s.provider, o.provider)
        add(s.field, s.fieldName(o.field))
        add(s.stages, o.stages.map { store.stage(id: $0)?.title ?? $0 }.joined(separator: ", "))
        add(s.transitions, o.transitions.map { store.transition(id: $0)?.title ?? $0 }.joined(separator: ", "))
        let districtNames = o.districts.map { store.district(id: $0)?.name ?? $0 }
        add(s.districts, o.citywide ? ([s.citywide] + districtNames).joined(separator: ", ") : districtNames.joined(separator: ", "))
        add(s.languages, o.languages.map(s.languageName).joined(separator: ", "))
        add(s.cost, (o.cost.free ? s.free : s.notFree) + (o.cost.note.map { " – \($0)" } ?? ""))
        add(s.accessible, o.accessible ? s.yes : s.no)
        add(s.address, o.address)
        add(s.phone, o.contact?.phone)
        add(s.email, o.contact?.email)
        add(s.web, o.contact?.web)
        add(s.hours, o.hours)
        add(s.eligibility, o.eligibility)
        add(s.tags, o.tags.joined(separator: ", "))
        var updated = o.updated.description
        if let today, today.ordinal - o.updated.ordinal > 365 { updated += " (\(s.stale))" }
        add(s.updated, updated)
        add(s.status, s.offerStatusNames[o.status])
        return rows
    }

    public func render(_ o: Offer, in store: Store) -> String {
        var lines: [String] = []
        lines.append(contentsOf: TerminalText.wrap(TerminalText.escaped(o.title) + "  [\(TerminalText.escaped(o.id))]", to: width))
        lines.append(String(repeating: "─", count: min(width, TerminalText.width(lines.last ?? ""))))
        let rows = fields(of: o, in: store)
        let labelWidth = (rows.map { TerminalText.width($0.label) }.max() ?? 0) + 2
        for (label, value) in rows {
            let wrapped = TerminalText.wrap(value, to: width - labelWidth)
            for (i, part) in wrapped.enumerated() {
                lines.append((i == 0 ? TerminalText.fit(label + ":", to: labelWidth) : String(repeating: " ", count: labelWidth)) + part)
            }
        }
        if let d = o.description, !d.isEmpty {
            lines.append("")
            lines.append(contentsOf: TerminalText.wrap(TerminalText.escaped(d, keepNewlines: true), to: width))
        }
        return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n") + "\n"
    }
}
