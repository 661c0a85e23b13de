import KetteCore

/// The start screen: every stage and transition in life order with its offer count under the
/// active filters, and a preview of the selected item's offers below it (or beside it when the
/// window is wide). The preview follows the selection once the selection rests
/// (``AppState/previewedChainItem``); its heading names the item it lists.
enum ChainView {
    static func draw(_ state: AppState, in area: Rect, into b: inout ScreenBuffer) {
        let wide = area.width >= 110
        let chainWidth = wide ? min(72, area.width / 2) : area.width
        let rows = state.chainRows
        // In a narrow window the preview gets what the chain leaves, if that is enough to be useful.
        // Presentation mode spaces the rows out when there is room for it and a short preview.
        let spacing = state.presenting && rows.count * 2 + 1 <= area.height - (wide ? 0 : 4) ? 2 : 1
        let chainHeight = wide ? area.height : min(area.height, rows.count * spacing + 1)
        drawChain(state, in: Rect(x: area.x, y: area.y, width: chainWidth, height: chainHeight), spacing: spacing, into: &b)
        guard let item = state.previewedChainItem else { return }
        if wide {
            b.verticalLine(x: chainWidth, y: area.y, height: area.height)
            drawPreview(state, item: item, in: Rect(x: chainWidth + 2, y: area.y, width: area.width - chainWidth - 2,
                                                    height: area.height), into: &b)
        } else if area.height - chainHeight >= 3 {
            let y = area.y + chainHeight
            b.horizontalLine(x: 0, y: y, width: area.width)
            drawPreview(state, item: item, in: Rect(x: area.x + 1, y: y + 1, width: area.width - 2,
                                                    height: area.height - chainHeight - 1), into: &b)
        }
    }

    static func drawChain(_ state: AppState, in r: Rect, spacing: Int = 1, into b: inout ScreenBuffer) {
        let s = state.strings
        let counts = state.chainCounts
        let countWidth = max(TerminalText.width(s.offersHeading), 5)
        let ageWidth = 12
        let titleX = r.x + 6
        let titleWidth = max(10, r.width - 6 - ageWidth - countWidth - 2)
        b.putFitted(s.chainHeading, x: r.x + 2, y: r.y, width: titleWidth + 4, role: .heading)
        b.putFitted(s.ageHeading, x: titleX + titleWidth + 1, y: r.y, width: ageWidth, role: .heading)
        b.putFitted(s.offersHeading, x: r.x + r.width - countWidth - 1, y: r.y, width: countWidth, role: .heading, alignRight: true)

        let visible = (r.height - 1) / spacing
        let selection = state.stack.first { $0.screen == .chain }?.selection ?? 0
        let top = windowStart(selection: selection, rows: visible, count: state.chainRows.count)
        var stageNumber = 0
        var numbers: [Int] = []
        for row in state.chainRows {
            if case .stage = row { stageNumber += 1 }
            numbers.append(stageNumber)
        }
        for i in top..<min(state.chainRows.count, top + visible) {
            let y = r.y + 1 + (i - top) * spacing
            let item = state.chainRows[i]
            let isSelected = i == selection && state.current.screen == .chain
            let count = counts[item.id] ?? 0
            switch item {
            case .stage(let id):
                let stage = state.store.stage(id: id)
                b.put((numbers[i] < 10 ? " " : "") + String(numbers[i]), x: r.x + 2, y: y, role: .count)
                b.putFitted(stage?.title ?? id, x: titleX, y: y, width: titleWidth, role: .stage)
                if let stage {
                    b.putFitted(s.ageRange(stage.fromMonths, stage.toMonths), x: titleX + titleWidth + 1, y: y,
                                width: ageWidth, role: .dim)
                }
            case .transition(let id):
                b.put("↳", x: titleX, y: y, role: .transition)
                b.putFitted(state.store.transition(id: id)?.title ?? id, x: titleX + 2, y: y, width: titleWidth - 2,
                            role: .transition)
            }
            b.putFitted(String(count), x: r.x + r.width - countWidth - 1, y: y, width: countWidth,
                        role: count == 0 ? .warning : .count, alignRight: true)
            if !state.presenting, let mark = state.caseContext?.mark(for: item) {
                // The case in context: where its children are and what comes next, over the age column.
                let w = min(TerminalText.width(TerminalText.escaped(mark)), ageWidth + titleWidth / 2)
                let mx = titleX + titleWidth + 1 + ageWidth - w
                b.fill(x: mx - 1, y: y, width: w + 1, height: 1)
                b.putFitted(mark, x: mx, y: y, width: w, role: .match)
            }
            if isSelected {
                b.put("▶", x: r.x, y: y, role: .selected)
                // As in the offer lists, the marker (with the hardware cursor on the row) carries the
                // selection, not a bar over the row: a move then rewrites two marker cells instead of
                // two whole rows (≈ 60 instead of ≈ 240 bytes at 100×30). In presentation mode the
                // whole row is lit, to be seen from the back of the room.
                b.restyle(x: r.x, y: y, width: state.presenting ? r.width : 2, role: .selected)
                b.cursor = (r.x, y)
            } else if i == selection {
                b.put("▶", x: r.x, y: y, role: .selectedInactive)
            }
        }
        if top > 0 { b.put("↑", x: r.x + r.width - 1, y: r.y + 1, role: .dim) }
        if top + visible < state.chainRows.count { b.put("↓", x: r.x + r.width - 1, y: r.y + visible * spacing, role: .dim) }
    }

    static func drawPreview(_ state: AppState, item: ChainItem, in r: Rect, into b: inout ScreenBuffer) {
        let offers = OfferList(offers: state.store.offers, indexes: state.offerIndexes(for: item, sort: .title))
        b.putFitted(state.strings.previewHeading(state.title(of: item), offers.count), x: r.x, y: r.y, width: r.width,
                    role: .heading)
        if offers.isEmpty {
            b.putFitted(state.strings.noOffersHere, x: r.x, y: r.y + 1, width: r.width, role: .dim)
            return
        }
        for (i, o) in offers.prefix(max(0, r.height - 1)).enumerated() {
            let y = r.y + 1 + i
            var used = b.put("• ", x: r.x, y: y, role: .dim)
            // An archived offer (listed only with the filter „auch archivierte“) says so, as in the lists.
            if o.status == .archived {
                used += b.put(state.strings.archivedMark, x: r.x + used, y: y, role: .warning, maxWidth: r.width / 2)
            }
            let titleWidth = min(TerminalText.width(TerminalText.escaped(o.title)), r.width - used)
            b.putFitted(o.title, x: r.x + used, y: y, width: titleWidth)
            let rest = r.width - used - titleWidth
            if rest > 5 { b.putFitted(" – " + o.provider, x: r.x + used + titleWidth, y: y, width: rest, role: .dim) }
        }
    }
}
