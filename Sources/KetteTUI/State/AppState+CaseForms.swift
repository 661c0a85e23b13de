import KetteCore

/// Creating and editing cases in the navigator. Every change of the input is kept as a draft in
/// the case store (per user), so a dropped connection loses nothing; opening the form again
/// brings the draft back. A save that meets a newer version keeps the input and shows what the
/// other version says.
extension AppState {
    static let newCaseDraftKey = "new"

    /// Opens the form for a new case (key n on the case list), with a draft if one was left.
    public mutating func openNewCase() {
        guard let caseStore, casesAvailable else {
            message = presenting ? caseLabels.notInPresentation : caseAccessNote
            return
        }
        let base = Case(id: "", pseudonym: "", district: filter.district ?? "", owner: caseStore.user.name,
                        created: "", updated: "")
        var form = CaseForm.make(base, isNew: true, store: store, strings: strings, labels: caseLabels)
        restoreDraft(into: &form, key: Self.newCaseDraftKey, revision: 0)
        openForm = OpenForm(form: form, purpose: .newCase(base: base))
    }

    /// Opens the form for the case on screen (key e on the case detail).
    public mutating func openCaseEditor() {
        guard let c = openCase, casesAvailable else { return }
        var form = CaseForm.make(c, isNew: false, store: store, strings: strings, labels: caseLabels)
        var base = c
        // A draft typed on an older revision (the connection dropped, then a colleague saved) is
        // based on that revision: saving it meets the conflict, so it never silently replaces the
        // colleague's version.
        if let drafted = restoreDraft(into: &form, key: c.id, revision: c.revision), drafted != c.revision {
            base.revision = drafted
        }
        openForm = OpenForm(form: form, purpose: .editCase(original: base))
    }

    /// Opens the consent form for a referral of the open case (key E, and after a status change to
    /// vermittelt without a valid consent).
    public mutating func openConsentForm(referral index: Int) {
        guard let c = openCase, c.referrals.indices.contains(index), casesAvailable else { return }
        let r = c.referrals[index]
        let offer = store.offer(id: r.offer)
        let l = caseLabels
        let form = Form(title: l.consentForm(TerminalText.escaped(offer?.title ?? r.offer)), fields: [
            .text("scope", l.consentScope, r.consent?.scope ?? "", required: true, hint: l.hintConsentScope),
            .text("recipient", l.consentRecipient, r.consent?.recipient ?? offer?.provider ?? "", required: true),
            .date("given", l.consentGiven, (r.consent?.given ?? today).description, required: true),
            .date("revoked", l.consentRevokedOn, r.consent?.revoked?.description ?? ""),
        ])
        openForm = OpenForm(form: form, purpose: .consent(referral: index, revision: c.revision))
    }

    mutating func updateConsentForm(_ e: Event, index: Int, revision: Int) -> Effect {
        guard var open = openForm else { return .none }
        let l = caseLabels
        let validator = FormValidator { v in
            guard let given = (v["given"]?.text).flatMap(Day.init), let revoked = (v["revoked"]?.text).flatMap(Day.init),
                  revoked < given else { return [:] }
            return ["revoked": l.revokedBeforeGiven]
        }
        switch open.form.update(e, strings: strings, validator: validator) {
        case .none: openForm = open
        case .cancel: openForm = nil
        // The answer to Ctrl-C's question: this form keeps no draft, so `interrupt()` asked first.
        case .quit: return .quit
        case .submit:
            let v = open.form.values
            guard let given = (v["given"]?.text).flatMap(Day.init) else { return .none }
            let consent = Referral.Consent(scope: v["scope"]?.text ?? "", recipient: v["recipient"]?.text ?? "",
                                           given: given, revoked: (v["revoked"]?.text).flatMap(Day.init))
            // A colleague saved the case since the form was opened (the watcher brought it in):
            // show what their version holds and keep the input; the next submit replaces it knowingly.
            if let current = openCase, current.revision != revision {
                let theirs = current.referrals.indices.contains(index) ? current.referrals[index].consent : nil
                let fields = theirs.map { "\(l.consentScope) = „\($0.scope)“; \(l.consentRecipient) = „\($0.recipient)“; \(l.consentGiven) = \($0.given)" }
                open.purpose = .consent(referral: index, revision: current.revision)
                open.form.notice = l.conflict(current.revision, current.updatedBy ?? current.owner, fields ?? l.noDifferences)
                openForm = open
                message = open.form.notice
                return .none
            }
            if changeOpenCase({ c in
                guard c.referrals.indices.contains(index) else { return }
                c.referrals[index].consent = consent
            }) {
                openForm = nil
                message = l.consentSaved
            } else {
                open.form.notice = message
                if let current = openCase { open.purpose = .consent(referral: index, revision: current.revision) }
                openForm = open
            }
        }
        return .none
    }

    /// A draft is `r<revision>` on the first line, then the form's values as JSON. Returns the
    /// revision the restored draft was typed on (nil when there was no draft).
    @discardableResult
    mutating func restoreDraft(into form: inout Form, key: String, revision: Int) -> Int? {
        guard let text = caseStore?.draft(key: key), let newline = text.firstIndex(of: "\n") else { return nil }
        let json = String(text[text.index(after: newline)...])
        guard form.importJSON(json) else { return nil }
        form.notice = caseLabels.draftRestored
        message = caseLabels.draftRestored
        let head = text[..<newline]
        return head.hasPrefix("r") ? Int(head.dropFirst()) ?? revision : revision
    }

    func draftKey(_ purpose: OpenForm.Purpose) -> String? {
        switch purpose {
        case .newCase: Self.newCaseDraftKey
        case .editCase(let c): c.id
        default: nil
        }
    }

    mutating func updateCaseForm(_ e: Event) -> Effect {
        guard var open = openForm, let caseStore else { return .none }
        let base: Case
        switch open.purpose {
        case .newCase(let b): base = b
        case .editCase(let original): base = original
        case .consent(let index, let revision):
            return updateConsentForm(e, index: index, revision: revision)
        default: return .none
        }
        let before = open.form.values
        let validator = CaseForm.validator(base: base, store: store, today: today, language: language)
        let action = open.form.update(e, strings: strings, validator: validator)
        let key = draftKey(open.purpose)
        switch action {
        case .none:
            openForm = open
            if open.form.values != before, let key {
                // Typed text is on disk before the next key: a dropped connection loses nothing.
                try? caseStore.saveDraft("r\(base.revision)\n" + open.form.exportJSON(), key: key)
            }
        case .cancel:
            openForm = nil
            if let key { caseStore.removeDraft(key: key) }
        case .quit:
            return .quit
        case .submit:
            openForm = open
            saveCaseForm(open, base: base)
        }
        return .none
    }

    mutating func saveCaseForm(_ open: OpenForm, base: Case) {
        guard let caseStore else { return }
        let c = CaseForm.value(from: open.form.values, base: base, today: today)
        do {
            let saved: Case
            switch open.purpose {
            case .newCase: saved = try caseStore.create(c)
            default: saved = try caseStore.save(c)
            }
            caseSaves += 1
            if let key = draftKey(open.purpose) { caseStore.removeDraft(key: key) }
            openForm = nil
            if let i = caseList.firstIndex(where: { $0.id == saved.id }) { caseList[i] = saved } else { caseList.append(saved) }
            let warnings = CaseValidator.problems(saved, store: store, today: today).filter { $0.severity == .warning }
            var note = caseLabels.saved(saved.id) + (caseStore.isTransient ? " " + caseLabels.transient : "")
            if let w = warnings.first { note += " " + w.message(.forLanguage(language)) }
            if case .newCase = open.purpose {
                setContext(saved)
                push(.caseDetail(saved.id))
            } else {
                setContextKeepingFilters(saved)
            }
            message = note
        } catch {
            var kept = open
            switch error {
            case .conflict(_, let theirs):
                // Both versions visible: the input stays in the form, the notice says what the other
                // version holds; the next save is based on it and so replaces it knowingly.
                let theirsForm = CaseForm.make(theirs, isNew: false, store: store, strings: strings, labels: caseLabels)
                let diff = CaseForm.differences(open.form.values, theirsForm)
                kept.form.notice = caseLabels.conflict(theirs.revision, theirs.updatedBy ?? theirs.owner,
                                                       diff.isEmpty ? caseLabels.noDifferences : diff.joined(separator: "; "))
                kept.purpose = .editCase(original: theirs)
                setContextKeepingFilters(theirs)
            case .invalid(let problems):
                for p in problems where p.severity == .error {
                    kept.form.errors[CaseForm.fieldKey(p.field)] = p.message(.forLanguage(language))
                }
            default:
                kept.form.notice = error.message(language)
            }
            openForm = kept
            message = kept.form.notice
        }
    }
}
