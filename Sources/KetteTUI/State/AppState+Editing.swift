import KetteCore

/// Offer editing in the navigator: `e` edit, `n` new, `d` duplicate, `x` archive (after a yes/no
/// question). The form is an ``OpenForm``; saving is an ``AppState/Effect/saveOffer(_:)`` for the
/// Navigator, whose result comes back through ``didSave(_:store:)`` or ``saveFailed(_:error:freshStore:)``.
extension AppState {
    /// True when this store may be changed from here; otherwise the status line says why.
    mutating func checkWritable() -> Bool {
        if isDemo {
            message = strings.editDemo
            return false
        }
        if isReadOnly {
            message = strings.editReadOnly
            return false
        }
        return true
    }

    /// The offer `e`, `d` and `x` act on: the selected one in a list, the one shown in full.
    public var targetOffer: Offer? {
        switch current.screen {
        case .detail(let id):
            return store.offer(id: id)
        case .offers, .searchResults, .gapCell, .stale:
            let list = currentList
            return list.indices.contains(current.selection) ? list[current.selection] : nil
        default:
            return nil
        }
    }

    /// The editing keys of lists and details; nil when the key is not one of them here.
    mutating func updateEditingKeys(_ e: Event) -> Effect? {
        switch e {
        case .character("e"):
            guard let o = targetOffer else { return nil }
            if checkWritable() { openEditor(for: o) }
        case .character("n"):
            switch current.screen {
            case .chain, .offers, .gapCell, .stale: break
            default: return nil
            }
            if checkWritable() { openNewOffer() }
        case .character("d"):
            guard let o = targetOffer else { return nil }
            if checkWritable() { openDuplicate(of: o) }
        case .character("x"):
            guard let o = targetOffer else { return nil }
            guard checkWritable() else { return Effect.none }
            if o.status == .archived {
                message = strings.alreadyArchived
            } else {
                question = .archive(offerID: o.id)
            }
        default:
            return nil
        }
        return Effect.none
    }

    public mutating func openEditor(for offer: Offer) {
        let form = OfferForm.make(offer, title: strings.offerFormEdit(TerminalText.escaped(offer.id)), isNew: false,
                                  store: store, strings: strings, today: today)
        openForm = OpenForm(form: form, purpose: .editOffer(original: offer))
    }

    /// A blank offer, with the stage or transition of the current list (or the chain's selected
    /// row) and the district filter already chosen.
    public mutating func openNewOffer() {
        var base = Offer(id: OfferEditing.nextID(in: store), title: "", provider: "", field: .soziales, updated: today)
        let item: ChainItem?
        switch current.screen {
        case .offers(let i), .gapCell(let i, _): item = i
        case .chain: item = selectedChainItem
        default: item = nil
        }
        switch item {
        case .stage(let id): base.stages = [id]
        case .transition(let id): base.transitions = [id]
        case nil: break
        }
        if case .gapCell(_, let d) = current.screen {
            base.districts = [d]
        } else if let d = filter.district {
            base.districts = [d]
        }
        var form = OfferForm.make(base, title: strings.offerFormNew, isNew: true, store: store, strings: strings, today: today)
        // The field of work is chosen, not preset.
        form.set("field", to: .selection([]))
        form.markClean()
        // The id is filled in already: typing starts with the title.
        form.focus(on: "title")
        openForm = OpenForm(form: form, purpose: .newOffer(base: base))
    }

    /// A new offer with every value of `offer` but a new id; unknown keys are not copied.
    public mutating func openDuplicate(of offer: Offer) {
        var base = offer
        base.id = OfferEditing.nextID(in: store)
        base.extras = []
        base.status = .active
        base.position = .none
        var form = OfferForm.make(base, title: strings.offerFormDuplicate(TerminalText.escaped(offer.id)), isNew: true,
                                  store: store, strings: strings, today: today)
        form.focus(on: "title")
        openForm = OpenForm(form: form, purpose: .newOffer(base: base))
    }

    /// The validator of an offer form: the rules of `kette validate` on the store with the offer in place.
    /// `base` is the offer the values are applied to; `replacing` the id it replaces (nil: a new offer).
    func offerValidator(base: Offer, replacing: String?) -> FormValidator {
        OfferForm.validator(original: base, replacing: replacing, store: store, strings: strings, today: today)
    }

    /// The save of a submitted offer form.
    func offerSave(_ form: Form, base: Offer, replacing: String?) -> Effect {
        let offer = OfferForm.offer(from: form.values, original: base, today: today)
        return .saveOffer(OfferChange(offer: offer, replacing: replacing, kind: replacing == nil ? .create : .edit))
    }

    /// The answer to the status line's question: `j`/`y` yes, `n`/Esc no; other keys wait.
    mutating func answerQuestion(_ e: Event) -> Effect {
        guard let q = question else { return .none }
        switch e {
        case .character("j"), .character("J"), .character("y"), .character("Y"):
            question = nil
            switch q {
            case .archive(let id):
                guard var o = store.offer(id: id) else { return .none }
                o.status = .archived
                return .saveOffer(OfferChange(offer: o, replacing: id, kind: .archive))
            }
        case .character("n"), .character("N"), .escape:
            question = nil
        default:
            break
        }
        return .none
    }

    /// After a successful save: the saved store on screen, the form closed, a note; a new offer
    /// is opened in full.
    public func didSave(_ change: OfferChange, store saved: Store) -> AppState {
        var next = reloaded(with: saved)
        next.question = nil
        let title = TerminalText.escaped(change.offer.title)
        switch change.kind {
        case .archive:
            next.message = strings.offerArchived(title)
        case .edit, .create:
            next.openForm = nil
            next.message = strings.offerSaved(title)
            if change.kind == .create { next.push(.detail(offerID: change.offer.id)) }
        }
        return next
    }

    /// After a failed save: every input stays in the form, with the reason. After a conflict the
    /// state shows `freshStore` (what is on disk now), so that saving again builds on it.
    public func saveFailed(_ change: OfferChange, error: StoreWriteError, freshStore: Store?) -> AppState {
        var next = freshStore.map { reloaded(with: $0) } ?? self
        next.message = nil
        let text: String
        if case .conflict = error {
            var sameOffer = false
            if let id = change.replacing, let fresh = freshStore {
                let before: Offer?
                if case .editOffer(let original)? = openForm?.purpose { before = original } else { before = store.offer(id: id) }
                sameOffer = fresh.offer(id: id) != before
            }
            text = sameOffer ? strings.saveConflictSameOffer : strings.saveConflict
        } else {
            text = strings.saveFailed(error.message(language))
        }
        if var open = next.openForm {
            open.form.notice = text
            // Warned once: saving again builds on the offer as it is on disk now.
            if case .editOffer(let original) = open.purpose, let now = freshStore?.offer(id: original.id) {
                open.purpose = .editOffer(original: now)
            }
            next.openForm = open
        } else {
            next.message = text
        }
        return next
    }
}
