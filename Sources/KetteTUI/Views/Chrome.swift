import KetteCore

/// The lines around every screen: title bar, filter status line, key bar or search input.
enum Chrome {
    static func drawTitle(_ state: AppState, into b: inout ScreenBuffer) {
        let s = state.strings
        b.fill(x: 0, y: 0, width: b.width, height: 1, role: .titleBar)
        var right = ""
        if state.isDemo { right = "[\(s.demoBadge)]" }
        let rightWidth = TerminalText.width(right)
        let left = " \(s.appName) · \(s.screenChain) \(state.storeLabel)"
        b.putFitted(left, x: 0, y: 0, width: b.width - rightWidth - 1, role: .titleBar)
        if !right.isEmpty { b.put(right, x: b.width - rightWidth - 1, y: 0, role: .titleBar) }
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
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    static func drawStatus(_ state: AppState, into b: inout ScreenBuffer) {
        let s = state.strings
        b.fill(x: 0, y: 1, width: b.width, height: 1, role: .statusBar)
        if let message = state.message {
            b.putFitted(" " + message, x: 0, y: 1, width: b.width, role: .statusBar)
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
        let items = KeyBindings.bar(KeyBindings.context(of: state), state.strings, fromSearch: state.isDetailOfSearchResult)
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
