import KetteCore

extension AppState {
    /// Ctrl-C. The navigator receives it as a key (the terminal's interrupt character is switched
    /// off while it runs), so that typed input is not lost to a reflex: on an offer form with
    /// unsaved changes (and on a consent form, which keeps no draft) it asks first, and a second Ctrl-C
    /// quits. Everywhere else, and on the forms of a new or edited case (which keep a draft of every
    /// change), it quits at once.
    mutating func interrupt() -> Effect {
        guard var open = openForm, !draftHoldsInput(open), open.form.isDirty, !open.form.isConfirmingQuit else {
            return .quit
        }
        open.form.isConfirmingQuit = true
        open.form.isConfirmingDiscard = false
        open.form.picker = nil
        openForm = open
        // The question is on the form: nothing may cover it (help, or a long note left from a refused save).
        if overlay == .help { overlay = .none }
        message = nil
        return .none
    }

    /// True when the form keeps a draft and the draft on disk holds what is typed now (it is written
    /// on every change, but that can fail: a `.drafts` closed to this user, a full disk).
    func draftHoldsInput(_ open: OpenForm) -> Bool {
        guard let key = draftKey(open.purpose), let text = caseStore?.draft(key: key),
              let newline = text.firstIndex(of: "\n") else { return false }
        return text[text.index(after: newline)...] == open.form.exportJSON()[...]
    }
}
