/// A case as plain text for `kette case show`: the family, each child on the chain with what
/// comes next, referrals with consent, the journal and the best-fitting offers. Everything from
/// the record is escaped, so no control sequence reaches the terminal.
public struct CaseDetailText: Sendable {
    public var language: Language
    public var width: Int
    public var today: Day
    /// How many suggestions to list.
    public var suggestionLimit = 5

    public init(language: Language, width: Int = 80, today: Day) {
        self.language = language
        self.width = max(width, 40)
        self.today = today
    }

    public func render(_ c: Case, in store: Store) -> String {
        let l = CaseLabels.forLanguage(language), text = CaseText.forLanguage(language), strings = language.strings
        var out: [String] = []
        func esc(_ s: String) -> String { TerminalText.escaped(s) }
        let labelWidth = [l.district, l.status, l.owner, l.followUp, l.needs, l.languages, l.retention, l.updated]
            .map(TerminalText.width).max()! + 4
        func field(_ label: String, _ value: String) {
            let head = TerminalText.fit("  \(label):", to: labelWidth)
            let lines = TerminalText.wrap(value, to: width - labelWidth)
            out.append(head + (lines.first ?? ""))
            for more in lines.dropFirst() { out.append(String(repeating: " ", count: labelWidth) + more) }
        }
        out.append("\(l.caseTitle) \(esc(c.id)) — \(esc(c.pseudonym))")
        field(l.district, esc(store.district(id: c.district)?.name ?? c.district))
        field(l.status, (c.status == .open ? l.open : l.closed) + (c.closed.map { " (\($0))" } ?? ""))
        field(l.owner, esc(c.owner))
        if let f = c.followUp {
            let days = today.ordinal - f.ordinal
            field(l.followUp, f.description + (days > 0 ? " — \(l.overdue(days))" : days == 0 ? " — \(l.dueToday)" : ""))
        }
        field(l.needs, c.needs.isEmpty ? l.none : c.needs.map { esc(store.need(id: $0)?.title ?? $0) }.joined(separator: ", "))
        field(l.languages, c.languages.isEmpty ? l.none : c.languages.map { esc(strings.languageName($0)) }.joined(separator: ", "))
        if let r = c.retention { field(l.retention, "\(r.until) (\(esc(r.rule)))") }
        field(l.updated, "\(esc(c.updated)) (r\(c.revision))")

        out.append("")
        out.append("\(l.children):")
        if c.children.isEmpty { out.append("  \(l.none)") }
        for p in c.placements(store: store, today: today) {
            var line = "  \(esc(p.child.alias)) (\(p.child.birthMonth)\(p.child.expected ? ", \(l.expected)" : "")): \(esc(p.stageText(text)))"
            if let due = p.dueText(text) { line += " — \(esc(due))" }
            out.append(line)
        }

        out.append("")
        out.append("\(l.referrals):")
        if c.referrals.isEmpty { out.append("  \(l.none)") }
        for r in c.referrals {
            let title = store.offer(id: r.offer)?.title ?? r.offer
            out.append("  \(esc(title)) [\(esc(r.offer))]: \(strings.referralStatusNames[r.status] ?? r.status.rawValue), \(r.updated)")
            if let consent = r.consent {
                var s = "    \(l.consent): \(esc(consent.scope)) → \(esc(consent.recipient)), \(consent.given)"
                if let revoked = consent.revoked { s += ", \(l.consentRevoked) \(revoked)" }
                out.append(s)
            } else if r.status == .vermittelt || r.status == .angenommen {
                out.append("    \(l.consent): \(l.noConsent)")
            }
            if let note = r.note {
                for line in TerminalText.wrap(esc(note), to: width - 4) { out.append("    " + line) }
                if r.entrusted { out.append("    (\(l.entrusted))") }
            }
        }
        if let notes = c.notes, !notes.isEmpty {
            out.append("")
            out.append("\(l.notes):")
            for line in TerminalText.wrap(esc(notes), to: width - 2) { out.append("  " + line) }
        }
        if !c.entries.isEmpty {
            out.append("")
            out.append("\(l.entries):")
            for e in c.entries.sorted(by: { $0.day < $1.day }) {
                let lines = TerminalText.wrap(esc(e.text), to: width - 14)
                out.append("  \(e.day)  " + (lines.first ?? ""))
                for more in lines.dropFirst() { out.append(String(repeating: " ", count: 14) + more) }
                if e.entrusted { out.append(String(repeating: " ", count: 14) + "(\(l.entrusted))") }
            }
        }
        if c.status == .open {
            let suggestions = CaseSuggestions.rank(case: c, store: store, today: today).prefix(suggestionLimit)
            out.append("")
            out.append("\(l.suggestions):")
            if suggestions.isEmpty { out.append("  \(l.none)") }
            for s in suggestions {
                out.append("  \(esc(s.offer.title)) [\(esc(s.offer.id))]")
                out.append("    " + esc(s.line(in: language, store: store)))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
