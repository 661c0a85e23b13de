import KetteCore

/// The case the navigator is working for: where its children stand on the chain and what comes
/// next. While it is set, the chain marks those places and `+` suggests an offer to the case.
public struct CaseContext: Sendable, Equatable {
    public var caseID: String
    public var pseudonym: String
    /// Child aliases by the stage they are in now.
    public var children: [String: [String]]
    /// "Kind 1 in 7 Monaten" by the transition (or stage) that comes next.
    public var upcoming: [String: [String]]
    /// Offer ids already part of the case (not rejected).
    public var referred: Set<String>

    public init(_ c: Case, store: Store, today: Day, language: Language) {
        caseID = c.id
        pseudonym = c.pseudonym
        children = [:]
        upcoming = [:]
        let text = CaseText.forLanguage(language)
        for p in c.placements(store: store, today: today) {
            if let s = p.stage { children[s.id, default: []].append(p.child.alias) }
            if let u = p.upcoming, let id = u.transition?.id ?? u.stage?.id {
                upcoming[id, default: []].append(text.dueIn(p.child.alias, u.inMonths))
            }
        }
        referred = Set(c.referrals.filter { $0.status != .abgelehnt }.map(\.offer))
    }

    /// The mark of a chain row: "● Kind 1, Kind 2" or "→ Kind 1 in 7 Monaten".
    public func mark(for item: ChainItem) -> String? {
        if let names = children[item.id], !names.isEmpty { return "● " + names.joined(separator: ", ") }
        if let due = upcoming[item.id], !due.isEmpty { return "→ " + due.joined(separator: ", ") }
        return nil
    }
}
