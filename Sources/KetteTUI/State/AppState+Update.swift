import KetteCore

extension AppState {
    /// Applies one event. Returns `.quit` when the user leaves.
    public mutating func update(_ event: Event) -> Effect {
        if event == .selectionRested {
            heldPreview = nil
            return .none
        }
        let selectionBefore = chainSelectionUnderKeys
        let previewBefore = previewedChainItem
        let effect = apply(event)
        holdOrFollowPreview(selectionBefore: selectionBefore, previewBefore: previewBefore)
        return effect
    }

    /// Applies one key or terminal event to the screens, overlays and forms.
    private mutating func apply(_ event: Event) -> Effect {
        if case .resize(let w, let h) = event {
            width = w
            height = h
            clampSelection()
            return .none
        }
        if event == .ctrlC { return interrupt() }
        if event == .redraw { return .none }
        message = nil
        if question != nil { return answerQuestion(event) }
        if openForm != nil, overlay != .help { return updateForm(event) }

        switch overlay {
        case .help:
            return updateHelp(event)
        case .filter(var picker):
            let effect = updateFilterPicker(&picker, event)
            if case .filter = overlay { overlay = .filter(picker) }
            return effect
        case .referralStatus(let index, let choices, let selection):
            updateReferralStatus(index: index, choices: choices, selection: selection, event)
            return .none
        case .none:
            break
        }
        if var s = search, s.editing {
            updateSearchInput(&s, event)
            return .none
        }
        // Presentation: one key per step through chain → gaps → monitoring → Leitbild.
        if presenting, stack.count == 1 {
            switch event {
            case .character(" "):
                switchTo(TopView(rawValue: (topView.rawValue + 1) % TopView.allCases.count)!)
                return .none
            case .backspace:
                switchTo(TopView(rawValue: (topView.rawValue + TopView.allCases.count - 1) % TopView.allCases.count)!)
                return .none
            default: break
            }
        }
        // Keys that work on every screen.
        switch event {
        case .character("q"): return .quit
        case .tab:
            switchTo(TopView(rawValue: (topView.rawValue + 1) % TopView.allCases.count)!)
            return .none
        case .backTab:
            switchTo(TopView(rawValue: (topView.rawValue + TopView.allCases.count - 1) % TopView.allCases.count)!)
            return .none
        case .character("m"):
            switchTo(.monitoring)
            return .none
        case .character("a"):
            switchTo(.gaps)
            return .none
        case .character("b"):
            switchTo(.leitbild)
            return .none
        case .character("p"):
            presenting.toggle()
            if presenting {
                hideCaseScreens()
                switchTo(.chain)
            }
            return .presentation(presenting)
        case .character("*"):
            if let offer = selectedOfferID {
                toggleHandout(offer)
                return .none
            }
        case .character("P"):
            return handoutEffect()
        case .character("F"):
            openCaseList()
            return .none
        case .character("W"):
            openFollowUps()
            return .none
        case .character("X"):
            clearCaseContext()
            return .none
        case .character("+"):
            if current.screen != .caseDetail(openCase?.id ?? ""), let offer = selectedOfferID {
                addOfferToCase(offer)
                return .none
            }
        case .character("?"), .function(1):
            overlay = .help
            helpScroll = 0
            return .none
        case .character("/"):
            startSearch()
            return .none
        case .character("f"):
            overlay = .filter(FilterPicker())
            return .none
        case .character("v"):
            if current.screen != .stale { push(.stale) }
            return .none
        case .character("c"):
            filter = OfferFilter()
            message = strings.filtersCleared
            refreshSearch()
            clampSelection()
            return .none
        default:
            break
        }
        if let effect = updateEditingKeys(event) { return effect }
        switch current.screen {
        case .chain: updateChain(event)
        case .offers, .searchResults, .gapCell, .stale: updateList(event)
        case .detail: updateDetail(event)
        case .district, .leitbild:
            if !updateScroll(event), Self.isBack(event) { goBack() }
        case .monitoring: updateMonitoring(event)
        case .gaps: updateGaps(event)
        case .cases: updateCaseList(event)
        case .caseDetail: updateCaseDetail(event)
        case .followUps: updateFollowUps(event)
        }
        return .none
    }

    /// Shows another top-level view; each keeps its own place while hidden.
    public mutating func switchTo(_ view: TopView) {
        guard view != topView || stack.count > 1 else { return }
        if let s = search {
            stack = s.savedStack
            search = nil
        }
        savedStacks[topView] = stack
        stack = savedStacks[view] ?? [ScreenState(view.screen)]
        if view == topView { stack = [stack[0]] }
        clampSelection()
    }

    /// Scrolling keys of text screens; false when the key is not one.
    mutating func updateScroll(_ e: Event) -> Bool {
        var s = current
        switch e {
        case .up, .character("k"): s.scroll = max(0, s.scroll - 1)
        case .down, .character("j"), .character(" "): s.scroll += 1
        case .pageUp: s.scroll = max(0, s.scroll - listRows)
        case .pageDown: s.scroll += listRows
        case .home, .character("g"): s.scroll = 0
        case .end, .character("G"): s.scroll = Int.max / 2
        default: return false
        }
        current = s
        return true
    }

    /// Moves the chosen column of a table.
    static func moveColumn(_ column: inout Int, count: Int, _ e: Event) -> Bool {
        guard count > 0 else { return false }
        switch e {
        case .left, .character("h"): column = max(0, column - 1)
        case .right, .character("l"): column = min(count - 1, column + 1)
        default: return false
        }
        return true
    }

    mutating func updateMonitoring(_ e: Event) {
        var s = current
        let rows = monitoringRows
        if Self.move(&s.selection, count: rows.count, page: listRows, e)
            || Self.moveColumn(&s.column, count: store.indicators.count, e) {
            current = s
            return
        }
        switch e {
        case .enter:
            if rows.indices.contains(s.selection) { push(.district(rows[s.selection].id)) }
        case .character("s"):
            let id = rows.indices.contains(s.selection) ? rows[s.selection].id : nil
            s.sortByColumn.toggle()
            current = s
            // Keep the same district selected in the new order.
            if let id, let i = monitoringRows.firstIndex(where: { $0.id == id }) { current.selection = i }
        default:
            break
        }
    }

    mutating func updateGaps(_ e: Event) {
        var s = current
        if Self.move(&s.selection, count: gaps.items.count, page: listRows, e)
            || Self.moveColumn(&s.column, count: gaps.districts.count, e) {
            current = s
            return
        }
        if e == .enter, gaps.items.indices.contains(s.selection), gaps.districts.indices.contains(s.column) {
            let row = gaps.items[s.selection]
            push(.gapCell(row.isTransition ? .transition(row.id) : .stage(row.id), district: gaps.districts[s.column].id))
        }
    }

    // MARK: Navigation

    mutating func push(_ screen: Screen) {
        stack.append(ScreenState(screen))
    }

    /// Back one screen; from the results of a search, back to where the search started.
    mutating func goBack() {
        if current.screen == .searchResults, let s = search {
            stack = s.savedStack
            search = nil
            return
        }
        if stack.count > 1 { stack.removeLast() }
    }

    static func isBack(_ e: Event) -> Bool {
        e == .escape || e == .backspace || e == .left || e == .character("h")
    }

    static func isOpen(_ e: Event) -> Bool {
        e == .enter || e == .right || e == .character("l")
    }

    /// Moves a selection for list keys; returns false when the key is not a movement.
    /// Moves the current screen's selection for a movement key (see ``move(_:count:page:_:)``);
    /// false for any other key, which the screen then handles.
    mutating func moveSelection(count: Int, _ e: Event) -> Bool {
        var s = current
        guard Self.move(&s.selection, count: count, page: listRows, e) else { return false }
        current = s
        return true
    }

    static func move(_ selection: inout Int, count: Int, page: Int, _ e: Event) -> Bool {
        guard count > 0 else { return false }
        switch e {
        case .up, .character("k"): selection -= 1
        case .down, .character("j"): selection += 1
        case .pageUp: selection -= max(1, page)
        case .pageDown: selection += max(1, page)
        case .home, .character("g"): selection = 0
        case .end, .character("G"): selection = count - 1
        default: return false
        }
        selection = min(max(0, selection), count - 1)
        return true
    }

    mutating func updateChain(_ e: Event) {
        if moveSelection(count: chainRows.count, e) { return }
        var s = current
        if case .character(let c) = e, let n = c.wholeNumberValue, n >= 1 {
            // Number keys jump to the n-th stage.
            var seen = 0
            for (i, row) in chainRows.enumerated() {
                if case .stage = row { seen += 1 }
                if seen == n, case .stage = row {
                    s.selection = i
                    current = s
                    return
                }
            }
            return
        }
        if Self.isOpen(e), chainRows.indices.contains(s.selection) {
            push(.offers(chainRows[s.selection]))
        }
    }

    mutating func updateList(_ e: Event) {
        let list = currentOffers
        if moveSelection(count: list.count, e) { return }
        var s = current
        switch e {
        case _ where Self.isBack(e):
            goBack()
        case _ where Self.isOpen(e):
            if list.indices.contains(s.selection) { push(.detail(offerID: list[s.selection].id)) }
        case .character("s"):
            if case .offers = s.screen {
                s.sort = s.sort.next
                s.selection = 0
                current = s
            }
        case .character("n"), .character("N"):
            if s.screen == .searchResults, !list.isEmpty {
                s.selection = (s.selection + (e == .character("n") ? 1 : list.count - 1)) % list.count
                current = s
            }
        default:
            break
        }
    }

    mutating func updateDetail(_ e: Event) {
        if updateScroll(e) { return }
        switch e {
        case .character("n"), .character("N"):
            stepSearchResult(forward: e == .character("n"))
        case _ where Self.isBack(e):
            goBack()
        default:
            break
        }
    }

    /// In the detail of a search result, n/N show the next/previous result.
    mutating func stepSearchResult(forward: Bool) {
        guard stack.count >= 2, stack[stack.count - 2].screen == .searchResults,
              let results = search?.results, !results.isEmpty else { return }
        var list = stack[stack.count - 2]
        list.selection = (list.selection + (forward ? 1 : results.count - 1)) % results.count
        stack[stack.count - 2] = list
        current = ScreenState(.detail(offerID: store.offers[results[list.selection]].id))
    }

    // MARK: Search

    mutating func startSearch() {
        if current.screen == .searchResults, var s = search {
            s.editing = true
            search = s
            return
        }
        var saved = stack
        if case .searchResults = saved.last?.screen, let previous = search?.savedStack { saved = previous }
        search = SearchState(savedStack: saved)
        stack.append(ScreenState(.searchResults))
    }

    mutating func updateSearchInput(_ s: inout SearchState, _ e: Event) {
        switch e {
        case .escape:
            stack = s.savedStack
            search = nil
            return
        case .enter:
            if SearchIndex.terms(s.query).isEmpty {
                stack = s.savedStack
                search = nil
                return
            }
            s.editing = false
        case .backspace, .delete:
            if !s.query.isEmpty { s.query.removeLast() }
            s.results = results(for: s.query)
            resetSelection()
        case .character(let c):
            s.query.append(c)
            s.results = results(for: s.query, narrowing: s.results, previous: String(s.query.dropLast()))
            resetSelection()
        default:
            var cur = current
            if Self.move(&cur.selection, count: s.results.count, page: listRows, e) { current = cur }
        }
        search = s
    }

    mutating func resetSelection() {
        var cur = current
        cur.selection = 0
        cur.scroll = 0
        current = cur
    }

    /// Search results under the active filters. A longer query only narrows the previous hits,
    /// so each keystroke looks at fewer offers.
    func results(for query: String, narrowing previous: [Int]? = nil, previous previousQuery: String? = nil) -> [Int] {
        guard !SearchIndex.terms(query).isEmpty else { return [] }
        var candidates: [Int]?
        if let previous, let previousQuery, !SearchIndex.terms(previousQuery).isEmpty,
           query.hasPrefix(previousQuery), !query.hasSuffix(" ") {
            candidates = previous  // best first; the index puts them back in store order
        }
        let base = filter.withoutChainPosition
        let hits = searchIndex.search(query, within: candidates)
        // One pass over the hits, reading the offers in place (no copy of each offer).
        var out: [Int] = []
        out.reserveCapacity(hits.count)
        store.offers.withUnsafeBufferPointer { offers in
            for h in hits where base.matches(offers[h.offerIndex]) { out.append(h.offerIndex) }
        }
        return out
    }

    /// After a filter change, the results are computed again.
    mutating func refreshSearch() {
        guard var s = search else { return }
        s.results = results(for: s.query)
        search = s
    }

    /// Keeps every selection inside its list after the lists changed.
    mutating func clampSelection() {
        for i in stack.indices {
            let count: Int
            switch stack[i].screen {
            case .chain: count = chainRows.count
            case .offers(let item): count = offerIndexes(for: item, sort: stack[i].sort).count
            case .searchResults: count = search?.results.count ?? 0
            case .gapCell(let item, let district): count = gapCellIndexes(item, district: district).count
            case .monitoring: count = store.districts.count
            case .gaps: count = gaps.items.count
            case .cases: count = visibleCases.count
            case .caseDetail: count = caseDetailTargets.count
            case .followUps: count = followUpRows.count
            case .stale: count = staleOffers.count
            case .detail, .district, .leitbild: continue
            }
            stack[i].selection = max(0, min(stack[i].selection, count - 1))
        }
    }

    // MARK: Overlays

    mutating func updateHelp(_ e: Event) -> Effect {
        switch e {
        case .escape, .character("?"), .enter, .character("q"), .backspace, .function(1): overlay = .none
        case .down, .character("j"): helpScroll += 1
        case .up, .character("k"): helpScroll = max(0, helpScroll - 1)
        case .pageDown: helpScroll += listRows
        case .pageUp: helpScroll = max(0, helpScroll - listRows)
        default: break
        }
        return .none
    }

    /// The values to choose from for a list filter, most common first for languages.
    public func choices(for row: FilterPicker.Row) -> [(value: String?, label: String)] {
        let any: (String?, String) = (nil, strings.filterAny)
        switch row {
        case .district:
            return [any] + store.districts.map { ($0.id, $0.name) }
        case .field:
            return [any] + Field.allCases.map { ($0.rawValue, strings.fieldName($0)) }
        case .language:
            var counts: [String: Int] = [:]
            for o in store.offers where o.isActive { for l in o.languages { counts[l, default: 0] += 1 } }
            let codes = counts.keys.sorted { counts[$0]! != counts[$1]! ? counts[$0]! > counts[$1]! : $0 < $1 }
            return [any] + codes.map { ($0, "\(strings.languageName($0)) (\($0))") }
        case .free, .accessible, .archived:
            return []
        }
    }

    func currentValue(of row: FilterPicker.Row) -> String? {
        switch row {
        case .district: filter.district
        case .field: filter.field?.rawValue
        case .language: filter.language
        case .free: filter.freeOnly ? "1" : nil
        case .accessible: filter.accessibleOnly ? "1" : nil
        case .archived: filter.includeArchived ? "1" : nil
        }
    }

    mutating func set(_ row: FilterPicker.Row, to value: String?) {
        switch row {
        case .district: filter.district = value
        case .field: filter.field = value.flatMap(Field.init(rawValue:))
        case .language: filter.language = value
        case .free: filter.freeOnly = value != nil
        case .accessible: filter.accessibleOnly = value != nil
        case .archived: filter.includeArchived = value != nil
        }
        refreshSearch()
        clampSelection()
    }

    mutating func updateFilterPicker(_ p: inout FilterPicker, _ e: Event) -> Effect {
        if var choice = p.choice {
            if Self.move(&choice.selection, count: choice.options.count, page: listRows - 4, e) {
                p.choice = choice
                return .none
            }
            switch e {
            case .enter, .character(" "), .right, .character("l"):
                set(choice.row, to: choice.options[choice.selection].value)
                p.choice = nil
            case .escape, .left, .character("h"), .backspace:
                p.choice = nil
            default:
                break
            }
            return .none
        }
        let rows = FilterPicker.Row.allCases
        var index = p.row.rawValue
        if Self.move(&index, count: rows.count, page: rows.count, e) {
            p.row = rows[index]
            return .none
        }
        switch e {
        case .enter, .character(" "), .right, .character("l"):
            switch p.row {
            case .free, .accessible, .archived:
                set(p.row, to: currentValue(of: p.row) == nil ? "1" : nil)
            default:
                let options = choices(for: p.row)
                let selected = options.firstIndex { $0.value == currentValue(of: p.row) } ?? 0
                p.choice = FilterPicker.Choice(row: p.row, options: options, selection: selected)
            }
        case .delete, .character("x"):
            set(p.row, to: nil)
        case .character("v"):
            if current.screen != .stale { push(.stale) }
            return .none
        case .character("c"):
            filter = OfferFilter()
            refreshSearch()
            clampSelection()
        case .escape, .character("f"), .character("q"), .left, .backspace:
            overlay = .none
        default:
            break
        }
        return .none
    }
}
