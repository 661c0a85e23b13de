import KetteCore

/// A list of offers (of a stage, a transition, or search results): title, provider, field,
/// district, cost badge and languages, with a count, the sort order and the scroll position.
enum OfferListView {
    struct Columns {
        var title, provider, field, district, cost, languages: Int

        init(width: Int, strings: Strings) {
            cost = max(TerminalText.width(strings.freeBadge), TerminalText.width(strings.feeBadge), 4)
            field = Field.allCases.map { TerminalText.width(strings.fieldShortNames[$0] ?? "") }.max() ?? 8
            languages = width >= 100 ? 11 : 8
            district = width >= 100 ? 16 : 11
            let rest = width - 2 - field - district - cost - languages - 5
            provider = max(8, min(32, rest * 35 / 100))
            title = max(8, rest - provider)
        }
    }

    static func draw(_ state: AppState, item: ChainItem, in area: Rect, into b: inout ScreenBuffer) {
        let s = state.strings
        let cur = state.current
        let offers = state.currentOffers
        let sortName = s.sortNames[SortOrder.allCases.firstIndex(of: cur.sort)!]
        let heading = s.listHeading(state.title(of: item), offers.count) + " · " + s.sortedBy(sortName)
        drawList(state, offers: offers, heading: heading, terms: [], in: area, into: &b)
        if offers.isEmpty { b.putFitted(s.noOffersHere, x: 2, y: area.y + 2, width: area.width - 4, role: .dim) }
    }

    static func drawGapCell(_ state: AppState, item: ChainItem, district: String, in area: Rect, into b: inout ScreenBuffer) {
        let s = state.strings
        let offers = state.currentOffers
        let name = state.store.district(id: district)?.name ?? district
        let heading = s.listHeading(s.gapCellHeading(state.title(of: item), name), offers.count)
        drawList(state, offers: offers, heading: heading, terms: [], in: area, into: &b)
        if offers.isEmpty { b.putFitted(s.noOffersHere, x: 2, y: area.y + 2, width: area.width - 4, role: .dim) }
    }

    static func drawSearch(_ state: AppState, in area: Rect, into b: inout ScreenBuffer) {
        let s = state.strings
        let query = state.search?.query ?? ""
        let offers = state.currentOffers
        let terms = SearchIndex.terms(query)
        let heading = terms.isEmpty ? s.screenSearch : s.searchResultsHeading(query, offers.count)
        drawList(state, offers: offers, heading: heading, terms: terms, in: area, into: &b)
        if offers.isEmpty {
            b.putFitted(terms.isEmpty ? s.searchEmpty : s.searchNoResults, x: 2, y: area.y + 2, width: area.width - 4, role: .dim)
        }
    }

    static func drawList(_ state: AppState, offers: OfferList, heading: String, terms: [[UInt8]], in area: Rect,
                         into b: inout ScreenBuffer) {
        let s = state.strings
        let selection = state.current.selection
        let position = offers.isEmpty ? "" : s.position(selection + 1, offers.count)
        let posWidth = TerminalText.width(position)
        b.putFitted(heading, x: 0, y: area.y, width: area.width - posWidth - 2, role: .heading)
        b.put(position, x: area.width - posWidth - 1, y: area.y, role: .count)

        let c = Columns(width: area.width, strings: s)
        var x = 2
        let headerY = area.y + 1
        for (text, w) in [(s.title, c.title), (s.provider, c.provider), (s.field, c.field), (s.columnDistrict, c.district),
                          (s.cost, c.cost), (s.languages, c.languages)] {
            b.putFitted(text, x: x, y: headerY, width: w, role: .heading)
            x += w + 1
        }
        // The last line spells out the selected offer in full: titles in the columns may be cut.
        let hasFooter = area.height >= 8 && !offers.isEmpty
        let rows = area.height - 2 - (hasFooter ? 1 : 0)
        if hasFooter, offers.indices.contains(selection) {
            let o = offers[selection]
            let y = area.y + area.height - 1
            let used = b.put("▶ ", x: 0, y: y, role: .dim)
            let title = TerminalText.escaped(o.title)
            let titleWidth = min(TerminalText.width(title), area.width - used - 1)
            b.putFitted(title, x: used, y: y, width: titleWidth, role: .stage)
            highlight(terms, in: o.title, x: used, y: y, width: titleWidth, into: &b)
            let rest = area.width - used - titleWidth - 1
            if rest > 4 { b.putFitted(" – " + o.provider, x: used + titleWidth, y: y, width: rest, role: .dim) }
        }
        let top = windowStart(selection: selection, rows: rows, count: offers.count)
        for i in top..<min(offers.count, top + rows) {
            let o = offers[i]
            let y = headerY + 1 + i - top
            var x = 2
            // An archived offer (listed only with the filter „auch archivierte“) says so first.
            let mark = o.status == .archived ? b.put(s.archivedMark, x: x, y: y, role: .warning, maxWidth: c.title / 2) : 0
            b.putFitted(o.title, x: x + mark, y: y, width: c.title - mark, role: mark > 0 ? .dim : .normal)
            highlight(terms, in: o.title, x: x + mark, y: y, width: c.title - mark, into: &b)
            x += c.title + 1
            b.putFitted(o.provider, x: x, y: y, width: c.provider, role: .dim)
            highlight(terms, in: o.provider, x: x, y: y, width: c.provider, into: &b)
            x += c.provider + 1
            b.putFitted(s.fieldShortNames[o.field] ?? s.fieldName(o.field), x: x, y: y, width: c.field)
            x += c.field + 1
            b.putFitted(districtLabel(o, state), x: x, y: y, width: c.district)
            x += c.district + 1
            b.putFitted(o.cost.free ? s.freeBadge : s.feeBadge, x: x, y: y, width: c.cost, role: o.cost.free ? .free : .fee)
            x += c.cost + 1
            b.putFitted(o.languages.map { $0.uppercased() }.joined(separator: " "), x: x, y: y, width: c.languages, role: .dim)
            if i == selection {
                b.put("▶", x: 0, y: y, role: .selected)
                // The marker carries the selection (with the hardware cursor on the row, and the
                // footer spelling the offer out), not a highlight bar: a move then rewrites two
                // marker cells instead of two whole rows — about 150 bytes instead of 400 per key
                // over SSH (measured in a pty; a bar over the title column alone still costs ≈ 220).
                b.restyle(x: 0, y: y, width: 2, role: .selected)
                highlight(terms, in: o.title, x: 2 + mark, y: y, width: c.title - mark, into: &b)
                b.cursor = (0, y)
            }
        }
        if top > 0 { b.put("↑", x: area.width - 1, y: headerY + 1, role: .dim) }
        if top + rows < offers.count { b.put("↓", x: area.width - 1, y: headerY + rows, role: .dim) }
    }

    static func districtLabel(_ o: Offer, _ state: AppState) -> String {
        if o.citywide { return state.strings.citywide }
        guard let first = o.districts.first else { return "" }
        let name = state.store.district(id: first)?.name ?? first
        return o.districts.count > 1 ? "\(name) +\(o.districts.count - 1)" : name
    }

    /// Marks the parts of `text` (drawn at x, y) that match the search terms.
    static func highlight(_ terms: [[UInt8]], in text: String, x: Int, y: Int, width: Int, into b: inout ScreenBuffer) {
        guard !terms.isEmpty else { return }
        let chars = Array(TerminalText.escaped(text))
        for range in MatchHighlighter.matches(of: terms, in: TerminalText.escaped(text)) {
            let start = TerminalText.width(String(chars[0..<range.lowerBound]))
            let length = TerminalText.width(String(chars[range]))
            guard start < width else { continue }
            b.restyle(x: x + start, y: y, width: min(length, width - start), role: .match)
        }
    }
}
