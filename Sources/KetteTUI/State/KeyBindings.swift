import KetteCore

/// The key bindings of each screen: one list feeds the help screen (`?`), the key bar and the
/// README table, so they cannot disagree.
public struct KeyBinding: Sendable, Equatable {
    public var keys: String
    public var action: String
}

public enum KeyBindings {
    public enum Context: Sendable {
        case chain, offers, detail, searchResults, searchInput, filter, monitoring, district, gaps, leitbild
        case form, formPicker, stale
        case cases, caseDetail, followUps, referralStatus
    }

    public static func context(of state: AppState) -> Context {
        if case .filter = state.overlay { return .filter }
        if case .referralStatus = state.overlay { return .referralStatus }
        if let open = state.openForm { return open.form.picker == nil ? .form : .formPicker }
        if let s = state.search, s.editing { return .searchInput }
        switch state.current.screen {
        case .chain: return .chain
        case .offers: return .offers
        case .detail: return .detail
        case .searchResults: return .searchResults
        case .gapCell: return .offers
        case .monitoring: return .monitoring
        case .district: return .district
        case .gaps: return .gaps
        case .leitbild: return .leitbild
        case .stale: return .stale
        case .cases: return .cases
        case .caseDetail: return .caseDetail
        case .followUps: return .followUps
        }
    }

    public static func screenName(_ c: Context, _ s: Strings) -> String {
        switch c {
        case .chain: s.screenChain
        case .offers: s.screenOffers
        case .detail: s.screenDetail
        case .searchResults, .searchInput: s.screenSearch
        case .filter: s.screenFilter
        case .monitoring: s.screenMonitoring
        case .district: s.screenDistrict
        case .gaps: s.screenGaps
        case .leitbild: s.screenLeitbild
        case .form: s.screenForm
        case .formPicker: s.screenFormPicker
        case .stale: s.screenStale
        case .cases: CaseLabels.forLanguage(s.language).screenCases
        case .caseDetail, .referralStatus: CaseLabels.forLanguage(s.language).screenCase
        case .followUps: CaseLabels.forLanguage(s.language).followUps
        }
    }

    /// Every binding of a context, for the help screen.
    public static func all(_ c: Context, _ s: Strings) -> [KeyBinding] {
        let move = KeyBinding(keys: "↑ ↓  j k", action: s.keyMove)
        let page = KeyBinding(keys: "PgUp PgDn", action: s.keyPage)
        let ends = KeyBinding(keys: "Pos1 Ende  g G", action: s.keyHomeEnd)
        let open = KeyBinding(keys: "⏎  → l", action: s.keyOpen)
        let back = KeyBinding(keys: "Esc ⌫  ← h", action: s.keyBack)
        let views = [
            KeyBinding(keys: "Tab  ⇧Tab", action: s.keyViews),
            KeyBinding(keys: "m", action: s.keyMonitoring),
            KeyBinding(keys: "a", action: s.keyGaps),
            KeyBinding(keys: "b", action: s.keyLeitbild),
            KeyBinding(keys: "p", action: s.keyPresentation),
            KeyBinding(keys: "␣  ⌫", action: s.keyNextSlide + " / " + s.keyPreviousSlide + " (\(s.screenPresentation))"),
        ]
        let l = CaseLabels.forLanguage(s.language)
        let caseKeys = [
            KeyBinding(keys: "*", action: l.keyMarkHandout),
            KeyBinding(keys: "P", action: l.keyWriteHandout),
            KeyBinding(keys: "F", action: l.keyCases),
            KeyBinding(keys: "W", action: l.keyFollowUps),
            KeyBinding(keys: "X", action: l.keyClearContext),
        ]
        let addToCase = KeyBinding(keys: "+", action: l.keyAddToCase)
        let common = [
            KeyBinding(keys: "/", action: s.keySearch),
            KeyBinding(keys: "f", action: s.keyFilter),
            KeyBinding(keys: "c", action: s.keyClearFilters),
        ] + views + [
            KeyBinding(keys: "?", action: s.keyHelp),
            KeyBinding(keys: "q  Ctrl-C", action: s.keyQuit),
            KeyBinding(keys: "v", action: s.keyStale),
        ] + caseKeys
        let edit = KeyBinding(keys: "e", action: s.keyEditOffer)
        let new = KeyBinding(keys: "n", action: s.keyNewOffer)
        let duplicate = KeyBinding(keys: "d", action: s.keyDuplicateOffer)
        let archive = KeyBinding(keys: "x", action: s.keyArchiveOffer)
        switch c {
        case .chain:
            return [move, KeyBinding(keys: "1 … 9", action: s.keyJumpStage), page, ends, open] + common + [new]
        case .offers:
            return [move, page, ends, open, back, KeyBinding(keys: "s", action: s.keySort), addToCase] + common + [edit, new, duplicate, archive]
        case .stale:
            return [move, page, ends, open, back] + common + [edit, new, duplicate, archive]
        case .searchResults:
            return [move, page, ends, open, KeyBinding(keys: "n N", action: s.keyNextMatch),
                    KeyBinding(keys: "/", action: s.keyEditSearch), back, addToCase] + common.filter { $0.keys != "/" } + [edit, duplicate, archive]
        case .detail:
            return [KeyBinding(keys: "↑ ↓  j k  ␣", action: s.keyScroll), page, ends, back,
                    KeyBinding(keys: "n N", action: s.keyNextMatch + " (\(s.screenSearch))"), addToCase] + common + [edit, duplicate, archive]
        case .form:
            return [KeyBinding(keys: "Tab ⇧Tab  ↑ ↓", action: s.keyFormNextField),
                    KeyBinding(keys: "Strg-S  F2", action: s.keyFormSave),
                    KeyBinding(keys: "Esc", action: s.keyFormCancel),
                    KeyBinding(keys: "← →  Pos1 Ende  ⌫ Entf", action: s.keyFormEditText),
                    KeyBinding(keys: "⏎ ␣", action: s.keyFormToggle),
                    KeyBinding(keys: "⏎", action: s.keyFormNewline),
                    KeyBinding(keys: "PgUp PgDn", action: s.keyPage),
                    KeyBinding(keys: "F1", action: s.keyHelp)]
        case .formPicker:
            return [KeyBinding(keys: "↑ ↓  PgUp PgDn", action: s.keyMove),
                    KeyBinding(keys: "a b c …  ⌫", action: s.keyPickerNarrow),
                    KeyBinding(keys: "␣ ⏎", action: s.keyPickerToggle),
                    KeyBinding(keys: "Esc  Tab", action: s.keyPickerClose),
                    KeyBinding(keys: "Strg-S  F2", action: s.keyFormSave),
                    KeyBinding(keys: "F1", action: s.keyHelp)]
        case .searchInput:
            return [KeyBinding(keys: "⏎", action: s.keyFinishSearch), KeyBinding(keys: "Esc", action: s.keyCancelSearch),
                    KeyBinding(keys: "↑ ↓", action: s.keyMove)]
        case .monitoring:
            return [move, KeyBinding(keys: "← →  h l", action: s.keyColumns), KeyBinding(keys: "s", action: s.keySortIndicator),
                    KeyBinding(keys: "⏎", action: s.keyOpen)] + common
        case .gaps:
            return [move, KeyBinding(keys: "← →  h l", action: s.keyColumns), KeyBinding(keys: "⏎", action: s.keyOpen)] + common
        case .district, .leitbild:
            return [KeyBinding(keys: "↑ ↓  j k  ␣", action: s.keyScroll), page, ends, back] + common
        case .cases:
            return [move, page, ends, open, back, KeyBinding(keys: "o", action: l.keyMine),
                    KeyBinding(keys: "d", action: l.keyDistrict), KeyBinding(keys: "w", action: l.keyDue),
                    KeyBinding(keys: "n", action: l.keyNewCase)] + common
        case .caseDetail:
            return [move, page, ends, KeyBinding(keys: "⏎", action: s.keyOpen), back,
                    KeyBinding(keys: "+", action: l.keyAddToCase), KeyBinding(keys: "s", action: l.keyStatus),
                    KeyBinding(keys: "E", action: l.keyConsent), KeyBinding(keys: "e", action: l.keyEditCase)] + common
        case .followUps:
            return [move, page, ends, open, back] + common
        case .referralStatus:
            return [move, KeyBinding(keys: "⏎", action: s.keyChoose), KeyBinding(keys: "Esc", action: s.keyBack)]
        case .filter:
            return [move, KeyBinding(keys: "⏎ ␣  → l", action: s.keyToggle), KeyBinding(keys: "⏎", action: s.keyChoose),
                    KeyBinding(keys: "x  Entf", action: s.keyClearRow), KeyBinding(keys: "c", action: s.keyClearFilters),
                    KeyBinding(keys: "Esc  f", action: s.keyBack)]
        }
    }

    /// The key bar in presentation mode: the slide keys first.
    public static func presentationBar(_ s: Strings) -> [(key: String, label: String)] {
        [("␣", s.barNextSlide), ("⌫", s.barPreviousSlide), ("↑↓←→", s.barMove), ("p", s.barEndPresentation),
         ("?", s.barHelp), ("q", s.barQuit)]
    }

    /// The short list for the bottom key bar, most important first.
    public static func bar(_ c: Context, _ s: Strings, fromSearch: Bool = false) -> [(key: String, label: String)] {
        switch c {
        case .chain:
            [("↑↓", s.barMove), ("⏎", s.barOpen), ("Tab", s.barViews), ("/", s.barSearch), ("f", s.barFilter),
             ("v", s.barStale), ("?", s.barHelp), ("q", s.barQuit)]
        case .offers:
            [("↑↓", s.barMove), ("⏎", s.barOpen), ("Esc", s.barBack), ("e", s.barEdit), ("n", s.barNew), ("s", s.barSort),
             ("/", s.barSearch), ("f", s.barFilter), ("?", s.barHelp), ("q", s.barQuit)]
        case .stale:
            [("↑↓", s.barMove), ("⏎", s.barOpen), ("Esc", s.barBack), ("e", s.barEdit), ("f", s.barFilter),
             ("?", s.barHelp), ("q", s.barQuit)]
        case .form:
            [("Tab ↑↓", s.barField), ("⏎ ␣", s.barToggle), ("F1", s.barHelp), ("Strg-S F2", s.barSave), ("Esc", s.barCancel)]
        case .formPicker:
            [("↑↓", s.barMove), ("␣ ⏎", s.barToggle), ("Strg-S", s.barSave), ("Esc", s.barBack)]
        case .searchResults:
            [("↑↓", s.barMove), ("⏎", s.barOpen), ("n/N", s.barNext), ("Esc", s.barBack), ("/", s.barSearch),
             ("?", s.barHelp), ("q", s.barQuit)]
        case .detail:
            [("↑↓", s.barScroll), ("Esc", s.barBack), ("e", s.barEdit)] + (fromSearch ? [("n/N", s.barNext)] : [])
                + [("/", s.barSearch), ("f", s.barFilter), ("?", s.barHelp), ("q", s.barQuit)]
        case .searchInput:
            [("↑↓", s.barMove), ("⏎", s.barDone), ("Esc", s.barBack)]
        case .filter:
            [("↑↓", s.barMove), ("⏎", s.barOpen), ("x", s.keyClearRow), ("?", s.barHelp), ("Esc", s.barBack)]
        case .monitoring:
            [("↑↓←→", s.barMove), ("⏎", s.barOpen), ("s", s.barSort), ("Tab", s.barViews), ("/", s.barSearch),
             ("?", s.barHelp), ("q", s.barQuit)]
        case .gaps:
            [("↑↓←→", s.barMove), ("⏎", s.barOpen), ("Tab", s.barViews), ("f", s.barFilter), ("?", s.barHelp), ("q", s.barQuit)]
        case .district, .leitbild:
            [("↑↓", s.barScroll), ("Esc", s.barBack), ("Tab", s.barViews), ("/", s.barSearch), ("?", s.barHelp), ("q", s.barQuit)]
        case .cases:
            [("↑↓", s.barMove), ("⏎", s.barOpen), ("n", CaseLabels.forLanguage(s.language).barNew), ("Esc", s.barBack),
             ("o", CaseLabels.forLanguage(s.language).listFilterMine),
             ("w", CaseLabels.forLanguage(s.language).listFilterDue), ("W", CaseLabels.forLanguage(s.language).followUps),
             ("?", s.barHelp), ("q", s.barQuit)]
        case .caseDetail:
            [("↑↓", s.barMove), ("⏎", s.barOpen), ("e", CaseLabels.forLanguage(s.language).barEdit),
             ("+", CaseLabels.forLanguage(s.language).barAdd),
             ("s", CaseLabels.forLanguage(s.language).barStatus), ("Esc", s.barBack), ("X", CaseLabels.forLanguage(s.language).keyClearContext),
             ("?", s.barHelp), ("q", s.barQuit)]
        case .followUps:
            [("↑↓", s.barMove), ("⏎", s.barOpen), ("Esc", s.barBack), ("?", s.barHelp), ("q", s.barQuit)]
        case .referralStatus:
            [("↑↓", s.barMove), ("⏎", s.barOpen), ("Esc", s.barBack)]
        }
    }
}
