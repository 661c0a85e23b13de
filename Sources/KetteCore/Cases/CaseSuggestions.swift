/// Offers that fit a case, ranked.
///
/// An offer fits when it is active, serves the case's district (or is city-wide), is not already
/// referred (any status except `abgelehnt`) and serves the current stage of any child or a child's
/// next transition due within `transitionHorizon` months. Score: each matching need
/// (`case.needs ∩ offer.tags`), each matching family language (`case.languages ∩ offer.languages` —
/// German counts only when the family lists it), free of charge, and an offer naming the district
/// itself rather than being city-wide. Barrier-free access is not scored. Ties are broken by title
/// (German order), then id.
public enum CaseSuggestions {
    public struct Weights: Sendable, Hashable {
        public var need: Int
        public var language: Int
        public var free: Int
        public var localDistrict: Int
        public init(need: Int = 3, language: Int = 2, free: Int = 1, localDistrict: Int = 1) {
            self.need = need
            self.language = language
            self.free = free
            self.localDistrict = localDistrict
        }
    }

    public static let transitionHorizon = 12

    public static func rank(case c: Case, store: Store, today: Day, weights: Weights = Weights(),
                            horizon: Int = transitionHorizon) -> [OfferSuggestion] {
        let placements = c.placements(store: store, today: today)
        let referred = Set(c.referrals.filter { $0.status != .abgelehnt }.map(\.offer))
        var result: [OfferSuggestion] = []
        for o in store.offers where o.isActive && o.serves(district: c.district) && !referred.contains(o.id) {
            var chain: [OfferSuggestion.Reason] = []
            for p in placements {
                if let s = p.stage, o.stages.contains(s.id) {
                    chain.append(.stage(child: p.child.alias, stage: s.id))
                }
                if let due = p.transitionDue(within: horizon), o.transitions.contains(due.transition.id) {
                    chain.append(.transition(child: p.child.alias, transition: due.transition.id, inMonths: due.inMonths))
                }
            }
            guard !chain.isEmpty else { continue }
            var reasons: [OfferSuggestion.Reason] = []
            var score = 0
            if o.districts.contains(c.district) {
                reasons.append(.district(c.district))
                score += weights.localDistrict
            } else {
                reasons.append(.citywide)
            }
            for n in unique(c.needs) where o.tags.contains(n) {
                reasons.append(.need(n))
                score += weights.need
            }
            for l in unique(c.languages) where o.languages.contains(l) {
                reasons.append(.language(l))
                score += weights.language
            }
            if o.cost.free {
                reasons.append(.free)
                score += weights.free
            }
            reasons += chain
            let line = OfferSuggestion.render(reasons, store: store, text: .german, strings: .german)
            result.append(OfferSuggestion(offer: o, score: score, reasons: reasons, line: line))
        }
        return result.sorted { a, b in
            a.score != b.score ? a.score > b.score : Offer.titleOrder(a.offer, b.offer)
        }
    }

    private static func unique(_ xs: [String]) -> [String] {
        var seen = Set<String>()
        return xs.filter { seen.insert($0).inserted }
    }
}
