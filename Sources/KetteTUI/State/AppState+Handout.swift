import KetteCore

/// The family handout from the navigator: `*` marks offers on any offer screen, `P` saves the page
/// (on a case: of the case's referred offers). Nothing of a case is printed.
extension AppState {
    public mutating func toggleHandout(_ offerID: String) {
        if let i = handoutOffers.firstIndex(of: offerID) {
            handoutOffers.remove(at: i)
            message = caseLabels.handoutUnmarked(handoutOffers.count)
        } else if store.offer(id: offerID)?.isActive == false {
            message = caseLabels.archivedNotPrinted
        } else {
            handoutOffers.append(offerID)
            message = caseLabels.handoutMarked(handoutOffers.count)
        }
    }

    /// The offers `P` prints here: the open case's referrals (not rejected, still active) on its
    /// screen, else the marked ones.
    public var handoutSelection: [String] {
        if case .caseDetail = current.screen, let c = openCase {
            return Handout.offerIDs(referredIn: c, store: store)
        }
        return handoutOffers
    }

    mutating func handoutEffect() -> Effect {
        let ids = handoutSelection
        guard !ids.isEmpty else {
            message = caseLabels.handoutNothing
            return .none
        }
        return .writeHandout(ids)
    }

    /// The result of saving a handout, from the Navigator.
    public mutating func handoutSaved(_ result: Result<[String], HandoutFile.Failure>) {
        switch result {
        case .success(let paths):
            message = caseLabels.handoutSaved(paths.joined(separator: ", "))
            if case .caseDetail = current.screen {} else { handoutOffers = [] }
        case .failure(.handout(let e)):
            message = ExchangeText(language: language).handoutError(e)
        case .failure(.write(let e)):
            message = (language == .de ? "Ausdruck nicht gespeichert: " : "Handout not saved: ") + e.message(language)
        }
    }
}
