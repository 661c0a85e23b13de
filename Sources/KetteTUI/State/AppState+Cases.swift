import KetteCore

/// The case screens: list, detail with its timeline, Wiedervorlagen, the case context of the
/// navigator, and suggesting an offer to the open case from any offer screen. Case data is read
/// and written only through the ``CaseStore`` (which checks roles and writes the audit log).
extension AppState {
    /// True when case screens may be shown now.
    public var casesAvailable: Bool { caseStore != nil && !presenting }

    /// Cases of the list under the list's filters, due follow-ups first.
    public var visibleCases: [Case] {
        caseFilter.apply(to: caseList, user: caseStore?.user.name ?? "", today: today)
    }

    /// The selectable targets of the detail screen, in order.
    public var caseDetailTargets: [CaseDetailLine.Target] { caseDetailLines.compactMap(\.target) }

    /// The offer an offer screen shows or has selected (for `+`).
    public var selectedOfferID: String? {
        switch current.screen {
        case .detail(let id): return id
        case .offers, .searchResults, .gapCell:
            let list = currentList
            return list.indices.contains(current.selection) ? list[current.selection].id : nil
        default: return nil
        }
    }

    // MARK: Opening

    /// Opens the case list (key F), reading the cases afresh.
    public mutating func openCaseList() {
        guard let caseStore, !presenting else {
            message = presenting ? caseLabels.notInPresentation : caseAccessNote
            return
        }
        do {
            let listing = try caseStore.list()
            caseList = listing.cases
            // The other cases are listed; a broken file is named with the place of the error.
            if let first = listing.problems.first {
                // A broken content keeps the form of `kette validate`; a file that was not opened
                // (permissions, a link) is named in the interface language.
                let shown: String
                if language == .en || listing.errors.first.map(\.isBrokenContent) ?? true {
                    let name = "\(StoreFile.casesDirectory)/" + (first.file.split(separator: "/").last.map(String.init) ?? first.file)
                    shown = Diagnostic(file: name, line: first.line, column: first.column, path: first.path, message: first.message).description
                } else {
                    shown = listing.problemTexts(language)[0]
                }
                message = "\(caseLabels.unreadableCaseFiles(listing.problems.count)): " + shown
            }
        } catch {
            message = error.message(language)
            return
        }
        if current.screen != .cases { push(.cases) }
        clampSelection()
    }

    public mutating func openFollowUps() {
        guard casesAvailable else {
            message = presenting ? caseLabels.notInPresentation : caseAccessNote
            return
        }
        if current.screen != .cases { openCaseList() }
        guard current.screen == .cases else { return }
        push(.followUps)
    }

    /// Opens a case: reads it in full, sets the navigator's context and presets the filters to the
    /// case's district and first non-German language.
    public mutating func openCase(id: String) {
        guard let caseStore else { return }
        do {
            let c = try caseStore.read(id)
            setContext(c)
            push(.caseDetail(id))
        } catch {
            message = error.message(language)
        }
    }

    mutating func setContext(_ c: Case) {
        openCase = c
        caseContext = CaseContext(c, store: store, today: today, language: language)
        filter.district = store.district(id: c.district) != nil ? c.district : nil
        filter.language = c.languages.first { $0 != "de" } ?? c.languages.first
        // The chain opens at the first child's place.
        if let first = c.placements(store: store, today: today).compactMap(\.stage).first,
           let row = chainRows.firstIndex(of: .stage(first.id)) {
            for i in stack.indices where stack[i].screen == .chain { stack[i].selection = row }
            for (view, saved) in savedStacks {
                savedStacks[view] = saved.map { s in
                    var s = s
                    if s.screen == .chain { s.selection = row }
                    return s
                }
            }
        }
        refreshSearch()
    }

    /// Closes the context (key x): marks and preset filters go.
    public mutating func clearCaseContext() {
        guard caseContext != nil else {
            message = caseLabels.noContext
            return
        }
        caseContext = nil
        openCase = nil
        filter = OfferFilter()
        stack.removeAll { $0.screen.showsCaseData && $0.screen != .cases }
        if stack.isEmpty { stack = [ScreenState(.chain)] }
        refreshSearch()
        clampSelection()
        message = caseLabels.contextCleared
    }

    /// Leaves every case screen (presentation mode starts): no case data stays on any stack.
    mutating func hideCaseScreens() {
        func strip(_ s: [ScreenState]) -> [ScreenState] {
            let kept = s.filter { !$0.screen.showsCaseData }
            return kept.isEmpty ? [ScreenState(.chain)] : kept
        }
        stack = strip(stack)
        savedStacks = savedStacks.mapValues(strip)
        if case .referralStatus = overlay { overlay = .none }
        // The offer filters preset from the open case (its district and language) describe the
        // family: they do not go up on the projector.
        if let c = openCase {
            if let d = filter.district, d == c.district { filter.district = nil }
            if let l = filter.language, c.languages.contains(l) { filter.language = nil }
            refreshSearch()
            clampSelection()
        }
    }

    // MARK: Changing the open case

    /// Saves the open case after `change`; a conflict or invalid input leaves a message and the
    /// screen as it was.
    mutating func changeOpenCase(_ change: (inout Case) throws(ReferralRules.ChangeError) -> Void) -> Bool {
        guard let caseStore, var c = openCase else { return false }
        do {
            try change(&c)
        } catch {
            message = error.message(.forLanguage(language), strings)
            return false
        }
        do {
            let saved = try caseStore.save(c)
            caseSaves += 1
            setContextKeepingFilters(saved)
            if let i = caseList.firstIndex(where: { $0.id == saved.id }) { caseList[i] = saved }
            return true
        } catch {
            switch error {
            case .conflict(_, let theirs):
                // Show what is on disk now; the change was not applied and is named in the message.
                setContextKeepingFilters(theirs)
                message = error.message(language)
            case .invalid(let problems):
                message = problems.first { $0.severity == .error }.map { "\($0.field): \($0.message(.forLanguage(language)))" }
            default:
                message = error.message(language)
            }
            return false
        }
    }

    mutating func setContextKeepingFilters(_ c: Case) {
        openCase = c
        caseContext = CaseContext(c, store: store, today: today, language: language)
    }

    /// Suggests an offer to the case in context (key +, on any offer screen).
    public mutating func addOfferToCase(_ offerID: String) {
        guard casesAvailable else {
            message = presenting ? caseLabels.notInPresentation : caseAccessNote
            return
        }
        guard let context = caseContext, let title = store.offer(id: offerID)?.title else {
            message = caseLabels.noContext
            return
        }
        guard !context.referred.contains(offerID) else {
            message = caseLabels.alreadyReferred
            return
        }
        guard store.offer(id: offerID)?.isActive == true else {
            message = caseLabels.archivedNotReferred
            return
        }
        let today = today
        if changeOpenCase({ c in
            c.referrals.append(Referral(offer: offerID, status: .vorgeschlagen, created: today, updated: today))
        }) {
            message = caseLabels.addedReferral(title, context.pseudonym)
                + (caseStore?.isTransient == true ? " — " + caseLabels.transient : "")
        }
    }

    /// Case files changed in another session: the case on screen and the list are read again.
    public mutating func refreshCases(changed: [String]) {
        guard let caseStore else { return }
        if let open = openCase, changed.contains("\(StoreFile.casesDirectory)/\(open.id).json") {
            if let fresh = try? caseStore.read(open.id) {
                setContextKeepingFilters(fresh)
                message = strings.reloadedFromDisk
            }
        }
        if stack.contains(where: { $0.screen == .cases || $0.screen == .followUps }),
           let list = try? caseStore.list().cases {
            caseList = list
        }
        clampSelection()
    }

    // MARK: Keys

    mutating func updateCaseList(_ e: Event) {
        let list = visibleCases
        if moveSelection(count: list.count, e) { return }
        let s = current
        switch e {
        case _ where Self.isOpen(e):
            if list.indices.contains(s.selection) { openCase(id: list[s.selection].id) }
        case .character("o"):
            // all → mine → each colleague's → all
            let me = caseStore?.user.name ?? ""
            let others = Array(Set(caseList.map(\.owner)).subtracting([me])).sorted()
            if !caseFilter.mineOnly && caseFilter.owner == nil {
                caseFilter.mineOnly = true
            } else if caseFilter.mineOnly {
                caseFilter.mineOnly = false
                caseFilter.owner = others.first
            } else if let o = caseFilter.owner, let i = others.firstIndex(of: o), i + 1 < others.count {
                caseFilter.owner = others[i + 1]
            } else {
                caseFilter.owner = nil
            }
        case .character("w"):
            caseFilter.dueOnly.toggle()
        case .character("z"):
            caseFilter.includeClosed.toggle()
        case .character("d"):
            // Cycles through the districts that have cases, then back to all.
            let ids = store.districts.map(\.id).filter { d in caseList.contains { $0.district == d } }
            if let d = caseFilter.district, let i = ids.firstIndex(of: d) {
                caseFilter.district = i + 1 < ids.count ? ids[i + 1] : nil
            } else {
                caseFilter.district = ids.first
            }
        case .character("W"):
            push(.followUps)
        case .character("n"):
            openNewCase()
        case _ where Self.isBack(e):
            goBack()
        default:
            return
        }
        clampSelection()
    }

    mutating func updateCaseDetail(_ e: Event) {
        let targets = caseDetailTargets
        if moveSelection(count: targets.count, e) { return }
        let s = current
        let target = targets.indices.contains(s.selection) ? targets[s.selection] : nil
        switch e {
        case _ where Self.isOpen(e):
            switch target {
            case .referral(let i)?:
                if let c = openCase, c.referrals.indices.contains(i), store.offer(id: c.referrals[i].offer) != nil {
                    push(.detail(offerID: c.referrals[i].offer))
                }
            case .suggestion(let id)?: push(.detail(offerID: id))
            case nil: break
            }
        case .character("+"):
            if case .suggestion(let id)? = target {
                addOfferToCase(id)
                clampSelection()
            }
        case .character("e"):
            openCaseEditor()
        case .character("E"):
            if case .referral(let i)? = target { openConsentForm(referral: i) }
        case .character("s"):
            if case .referral(let i)? = target, let c = openCase, c.referrals.indices.contains(i) {
                let choices = ReferralRules.allowed(from: c.referrals[i].status)
                if choices.isEmpty {
                    message = ReferralRules.ChangeError.final(c.referrals[i].status).message(.forLanguage(language), strings)
                } else {
                    overlay = .referralStatus(index: i, choices: choices, selection: 0)
                }
            }
        case _ where Self.isBack(e):
            goBack()
        default:
            break
        }
    }

    mutating func updateReferralStatus(index: Int, choices: [Referral.Status], selection: Int, _ e: Event) {
        var sel = selection
        if Self.move(&sel, count: choices.count, page: choices.count, e) {
            overlay = .referralStatus(index: index, choices: choices, selection: sel)
            return
        }
        switch e {
        case .enter:
            overlay = .none
            let status = choices[sel], today = today
            if changeOpenCase({ c throws(ReferralRules.ChangeError) in
                c.referrals[index] = try ReferralRules.applying(status, to: c.referrals[index], on: today)
            }) {
                message = caseLabels.statusChanged(strings.referralStatusNames[status] ?? status.rawValue)
                // Passing the family on to an agency needs its consent: ask for it right away.
                if status == .vermittelt, openCase?.referrals[index].consent?.isValid(on: today) != true {
                    openConsentForm(referral: index)
                }
            }
        case .escape, .character("q"):
            overlay = .none
        default:
            break
        }
    }

    mutating func updateFollowUps(_ e: Event) {
        let rows = followUpRows
        if moveSelection(count: rows.count, e) { return }
        let s = current
        if Self.isOpen(e), rows.indices.contains(s.selection) {
            openCase(id: rows[s.selection].caseID)
        } else if Self.isBack(e) {
            goBack()
        }
    }

    /// Rows of the Wiedervorlagen screen: due follow-ups, then open referrals.
    public var followUpRows: [FollowUpRow] {
        let open = caseList.filter { $0.status == .open }
        let follow = FollowUps.due(open, today: today).map { FollowUpRow(caseID: $0.caseID, followUp: $0, referral: nil) }
        let refs = ReferralRules.openReferrals(open).map { FollowUpRow(caseID: $0.caseID, followUp: nil, referral: $0.referral) }
        return follow + refs
    }
}

/// A row of the Wiedervorlagen screen: a follow-up that has come, or an open referral.
public struct FollowUpRow: Sendable, Equatable {
    public var caseID: String
    public var followUp: FollowUps.Item?
    public var referral: Referral?
}
