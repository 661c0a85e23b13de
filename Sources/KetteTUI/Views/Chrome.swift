import KetteCore

/// The lines around every screen: title bar, filter status line, key bar or search input.
enum Chrome {
    static func tabName(_ v: TopView, _ s: Strings) -> String {
        switch v {
        case .chain: s.tabChain
        case .gaps: s.tabGaps
        case .monitoring: s.tabMonitoring
        case .leitbild: s.tabLeitbild
        }
    }

    /// Program, municipality, the tabs of the four views (the current one marked), the demo badge.
    static func drawTitle(_ state: AppState, into b: inout ScreenBuffer) {
        let s = state.strings
        b.fill(x: 0, y: 0, width: b.width, height: 1, role: .titleBar)
        var right = ""
        if state.isDemo {
            right = "[\(s.demoBadge)]"
        } else if state.isReadOnly {
            right = "[\(s.readOnlyBadge)]"
        }
        if let context = state.caseContext, !state.presenting {
            let badge = "[\(TerminalText.truncate(TerminalText.escaped(state.caseLabels.contextBadge(context.pseudonym)), to: 28))]"
            right = right.isEmpty ? badge : badge + " " + right
        }
        let rightWidth = TerminalText.width(right)
        if !right.isEmpty { b.put(right, x: b.width - rightWidth - 1, y: 0, role: .titleBar) }
        if state.presenting {
            let name = tabName(state.topView, s)
            let title = " \(state.storeLabel) · " + s.presentationTitle(state.topView.rawValue + 1, TopView.allCases.count, name)
            b.putFitted(title, x: 0, y: 0, width: b.width - rightWidth - 2, role: .titleBar)
            return
        }
        var tabs = ""
        var marks: [(Int, Int)] = []
        for v in TopView.allCases {
            let label = v == state.topView ? "[\(tabName(v, s))]" : " \(tabName(v, s)) "
            if v == state.topView { marks.append((TerminalText.width(tabs), TerminalText.width(label))) }
            tabs += label
        }
        let tabsWidth = TerminalText.width(tabs)
        let leftRoom = b.width - tabsWidth - rightWidth - 3
        let left = " \(s.appName) · \(state.storeLabel)"
        if leftRoom >= 12 {
            b.putFitted(left, x: 0, y: 0, width: leftRoom, role: .titleBar)
            let x = leftRoom + 1
            b.put(tabs, x: x, y: 0, role: .titleBar)
            for (start, w) in marks { b.restyle(x: x + start, y: 0, width: w, role: .keyName) }
        } else {
            b.putFitted(left + " · " + tabName(state.topView, s), x: 0, y: 0, width: b.width - rightWidth - 2, role: .titleBar)
        }
    }

    /// The active filters in words, e.g. "Stadtteil: Nordviertel · Sprache: Türkisch · ✓ kostenlos".
    static func filterSummary(_ state: AppState) -> String? {
        let s = state.strings, f = state.filter
        var parts: [String] = []
        if let d = f.district { parts.append("\(s.filterDistrict): \(state.store.district(id: d)?.name ?? d)") }
        if let field = f.field { parts.append("\(s.filterField): \(s.fieldName(field))") }
        if let l = f.language { parts.append("\(s.filterLanguage): \(s.languageName(l))") }
        if f.freeOnly { parts.append("✓ \(s.filterFree)") }
        if f.accessibleOnly { parts.append("✓ \(s.filterAccessible)") }
        if f.includeArchived { parts.append("✓ \(s.filterArchived)") }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    static func drawStatus(_ state: AppState, into b: inout ScreenBuffer) {
        let s = state.strings
        b.fill(x: 0, y: 1, width: b.width, height: 1, role: .statusBar)
        if case .archive(let id)? = state.question {
            // The title is shortened, never the question.
            let title = TerminalText.truncate(TerminalText.escaped(state.store.offer(id: id)?.title ?? id), to: max(10, b.width - 45))
            b.putFitted(" " + s.archiveQuestion(title), x: 0, y: 1, width: b.width, role: .warning)
            return
        }
        if let message = state.message {
            b.putFitted(messageLines(message, state: state).first ?? "", x: 0, y: 1, width: b.width, role: .statusBar)
            return
        }
        let label = " \(s.filterLabel) "
        let used = b.put(label, x: 0, y: 1, role: .statusBar)
        if let summary = filterSummary(state) {
            b.putFitted(summary, x: used, y: 1, width: b.width - used, role: .heading)
        } else {
            b.putFitted(s.filterNone, x: used, y: 1, width: b.width - used, role: .statusBar)
        }
    }

    /// A note wrapped to the window: the status line shows the first line; a longer note (a
    /// refusal with the `chmod` that fixes it, a path deep in the server) goes on in up to three
    /// more lines over the top of the screen until the next key.
    static func messageLines(_ message: String, state: AppState) -> [String] {
        let lines = TerminalText.wrap(TerminalText.escaped(message), to: max(10, state.width - 2)).map { " " + $0 }
        let room = max(1, min(4, state.height - 4))
        guard lines.count > room else { return lines }
        return Array(lines.prefix(room - 1)) + [" " + lines[(room - 1)...].map { $0.dropFirst() }.joined(separator: " ")]
    }

    /// The lines of a long note after the first, drawn last so that they lie over the screen.
    static func drawMessageContinuation(_ state: AppState, into b: inout ScreenBuffer) {
        guard state.question == nil, let message = state.message else { return }
        for (i, line) in messageLines(message, state: state).enumerated().dropFirst() {
            b.fill(x: 0, y: 1 + i, width: b.width, height: 1, role: .statusBar)
            b.putFitted(line, x: 0, y: 1 + i, width: b.width, role: .statusBar)
        }
    }

    static func drawBottom(_ state: AppState, into b: inout ScreenBuffer) {
        let y = b.height - 1
        b.fill(x: 0, y: y, width: b.width, height: 1, role: .keyBar)
        if let search = state.search, search.editing {
            let s = state.strings
            var x = b.put(" " + s.searchPrompt, x: 0, y: y, role: .keyBar)
            let hint = "  " + s.searchHint
            let room = max(1, b.width - x - TerminalText.width(hint) - 1)
            // Show the end of a long query: that is where the typing happens.
            var shown = TerminalText.escaped(search.query)
            while TerminalText.width(shown) > room - 1, !shown.isEmpty { shown.removeFirst() }
            let w = b.put(shown, x: x, y: y, role: .input)
            b.cursor = (x + w, y)
            x += room
            b.put(hint, x: min(x, b.width - TerminalText.width(hint)), y: y, role: .keyBar)
            return
        }
        // Help and quit (the last two) always stay; the others are shown while they fit.
        let items = state.presenting && state.stack.count == 1 && state.overlay == .none
            ? KeyBindings.presentationBar(state.strings)
            : KeyBindings.bar(KeyBindings.context(of: state), state.strings, fromSearch: state.isDetailOfSearchResult)
        func width(_ i: (key: String, label: String)) -> Int { TerminalText.width(i.key) + 1 + TerminalText.width(i.label) + 2 }
        let fixed = items.suffix(2)
        var room = b.width - 1 - fixed.map(width).reduce(0, +)
        var shown: [(key: String, label: String)] = []
        for item in items.dropLast(2) where width(item) <= room {
            shown.append(item)
            room -= width(item)
        }
        var x = 1
        for item in shown + fixed where x + width(item) <= b.width + 2 {
            x += b.put(item.key, x: x, y: y, role: .keyName)
            x += b.put(" " + item.label + "  ", x: x, y: y, role: .keyBar)
        }
    }
}
