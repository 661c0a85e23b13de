import KetteCore

/// Hosting a ``Form`` in the navigator: while ``AppState/openForm`` is set, every key goes to the
/// form (F1 shows its keys); what the form is for (``OpenForm/Purpose``) decides how it is
/// validated and what a submit does. A new kind of form adds a purpose and a line to each switch.
extension AppState {
    mutating func updateForm(_ e: Event) -> Effect {
        guard var open = openForm else { return .none }
        if e == .function(1) {
            overlay = .help
            helpScroll = 0
            return .none
        }
        // Case forms keep a draft of every change and save through the case store.
        if open.purpose.isCase { return updateCaseForm(e) }
        switch open.form.update(e, strings: strings, validator: validator(for: open.purpose)) {
        case .none:
            openForm = open
        case .cancel:
            openForm = nil
        case .quit:
            return .quit
        case .submit:
            // The form stays open until the save succeeded.
            openForm = open
            // Another session (an import, a colleague) changed this offer after the form was opened,
            // and the store on screen was reloaded meanwhile: the save would pass the revision check
            // and silently undo that change. Say so first, as after a conflict on disk; the next
            // Ctrl-S builds on the offer as it is now and overwrites the other change.
            if case .editOffer(let original) = open.purpose, let now = store.offer(id: original.id), now != original {
                open.purpose = .editOffer(original: now)
                open.form.notice = strings.saveConflictSameOffer
                openForm = open
                return .none
            }
            return submit(open)
        }
        return .none
    }

    /// The rules of a form beyond its own (required fields, dates).
    func validator(for purpose: OpenForm.Purpose) -> FormValidator {
        switch purpose {
        case .newOffer(let base): offerValidator(base: base, replacing: nil)
        case .editOffer(let original): offerValidator(base: original, replacing: original.id)
        case .newCase, .editCase, .consent: .none
        }
    }

    /// What a submitted form asks the Navigator to do.
    func submit(_ open: OpenForm) -> Effect {
        switch open.purpose {
        case .newOffer(let base): offerSave(open.form, base: base, replacing: nil)
        case .editOffer(let original): offerSave(open.form, base: original, replacing: original.id)
        case .newCase, .editCase, .consent: .none
        }
    }
}
