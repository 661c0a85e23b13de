import KetteCore

/// One line of the case detail screen. Lines with a target can be selected.
public struct CaseDetailLine: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        /// A referral of the case, by its index in `referrals`.
        case referral(Int)
        /// A suggested offer, by id.
        case suggestion(String)
    }

    public var text: String
    /// A second column: status, reasons, the children's marks.
    public var detail: String
    public var role: Role
    public var detailRole: Role
    public var indent: Int
    public var target: Target?

    init(_ text: String, detail: String = "", role: Role = .normal, detailRole: Role = .dim, indent: Int = 0,
         target: Target? = nil) {
        self.text = text
        self.detail = detail
        self.role = role
        self.detailRole = detailRole
        self.indent = indent
        self.target = target
    }
}

/// The case detail as lines: the family in two lines, a timeline along the chain (each child's
/// stage, what comes next, the referrals there), further referrals, fitting offers, notes and the
/// journal. Pure; the view only lays the lines out.
public enum CaseDetailModel {
    public static let suggestionLimit = 8

    public static func lines(for c: Case, store: Store, chainRows: [ChainItem], today: Day,
                             language: Language) -> [CaseDetailLine] {
        let l = CaseLabels.forLanguage(language), strings = language.strings
        var out: [CaseDetailLine] = []
        var head = [store.district(id: c.district)?.name ?? c.district, c.status == .open ? l.open : l.closed]
        if let f = c.followUp {
            let days = today.ordinal - f.ordinal
            head.append("\(l.followUp) \(f)" + (days > 0 ? " (\(l.overdue(days)))" : days == 0 ? " (\(l.dueToday))" : ""))
        }
        head.append("\(l.owner): \(c.owner)")
        head.append("r\(c.revision)")
        out.append(CaseDetailLine(head.joined(separator: " · ")))
        let needs = c.needs.map { store.need(id: $0)?.title ?? $0 }.joined(separator: ", ")
        let langs = c.languages.map(strings.languageName).joined(separator: ", ")
        out.append(CaseDetailLine("\(l.needs): \(needs.isEmpty ? l.none : needs) · \(l.languages): \(langs.isEmpty ? l.none : langs)",
                                  role: .dim))

        // Along the chain: the rows where a child is or where something is due, with their referrals.
        let context = CaseContext(c, store: store, today: today, language: language)
        var placed = Set<Int>()
        var timeline: [CaseDetailLine] = []
        for item in chainRows {
            guard let mark = context.mark(for: item) else { continue }
            let title: String
            switch item {
            case .stage(let id): title = store.stage(id: id)?.title ?? id
            case .transition(let id): title = "↳ " + (store.transition(id: id)?.title ?? id)
            }
            timeline.append(CaseDetailLine(title, detail: mark, role: item.isTransition ? .transition : .stage,
                                           detailRole: .match, indent: 2))
            for (i, r) in c.referrals.enumerated() where !placed.contains(i) {
                guard let o = store.offer(id: r.offer), o.serves(item) else { continue }
                placed.insert(i)
                timeline.append(referralLine(r, index: i, offer: o, strings: strings, labels: l, indent: 4))
            }
        }
        out.append(CaseDetailLine(""))
        out.append(CaseDetailLine(l.timeline, role: .heading))
        if timeline.isEmpty { out.append(CaseDetailLine(l.none, role: .dim, indent: 2)) }
        out += timeline
        let rest = c.referrals.indices.filter { !placed.contains($0) }
        if !rest.isEmpty {
            out.append(CaseDetailLine(""))
            out.append(CaseDetailLine(timeline.isEmpty ? l.referrals : l.furtherReferrals, role: .heading))
            for i in rest {
                out.append(referralLine(c.referrals[i], index: i, offer: store.offer(id: c.referrals[i].offer),
                                        strings: strings, labels: l, indent: 2))
            }
        }
        if c.status == .open {
            let suggestions = CaseSuggestions.rank(case: c, store: store, today: today).prefix(suggestionLimit)
            out.append(CaseDetailLine(""))
            out.append(CaseDetailLine(l.suggestions, role: .heading))
            if suggestions.isEmpty { out.append(CaseDetailLine(l.none, role: .dim, indent: 2)) }
            for s in suggestions {
                out.append(CaseDetailLine(s.offer.title, detail: s.line(in: language, store: store), indent: 2,
                                          target: .suggestion(s.offer.id)))
            }
        }
        if let notes = c.notes, !notes.isEmpty {
            out.append(CaseDetailLine(""))
            out.append(CaseDetailLine(l.notes, role: .heading))
            out.append(CaseDetailLine(notes, indent: 2))
        }
        if !c.entries.isEmpty {
            out.append(CaseDetailLine(""))
            out.append(CaseDetailLine(l.entries, role: .heading))
            for e in c.entries.sorted(by: { $0.day < $1.day }) {
                out.append(CaseDetailLine("\(e.day)  \(e.text)", detail: e.entrusted ? l.entrusted : "", indent: 2))
            }
        }
        return out
    }

    static func referralLine(_ r: Referral, index: Int, offer: Offer?, strings: Strings, labels l: CaseLabels,
                             indent: Int) -> CaseDetailLine {
        var detail = "\(strings.referralStatusNames[r.status] ?? r.status.rawValue) \(r.updated)"
        if let consent = r.consent {
            detail += consent.revoked == nil ? " · \(l.consent) ✓" : " · \(l.consent) \(l.consentRevoked)"
        } else if r.status == .vermittelt || r.status == .angenommen {
            detail += " · \(l.noConsent)"
        }
        let symbol = r.status.isOpen ? "○ " : (r.status == .abgeschlossen ? "✓ " : "✗ ")
        return CaseDetailLine(symbol + (offer?.title ?? r.offer), detail: detail, role: r.status.isOpen ? .normal : .dim,
                              indent: indent, target: .referral(index))
    }
}

extension ChainItem {
    var isTransition: Bool { if case .transition = self { true } else { false } }
}

extension Offer {
    /// True when the offer is for this stage or transition.
    func serves(_ item: ChainItem) -> Bool {
        switch item {
        case .stage(let id): stages.contains(id)
        case .transition(let id): transitions.contains(id)
        }
    }
}
