import KetteCore

/// Turns the state into a screen: chrome (title, status, key bar), the current screen, overlays.
/// Pure: the same state always gives the same buffer.
public enum Renderer {
    public static func render(_ state: AppState) -> ScreenBuffer {
        var b = ScreenBuffer(width: state.width, height: state.height)
        guard !state.isTooSmall else {
            drawTooSmall(state, into: &b)
            return b
        }
        Chrome.drawTitle(state, into: &b)
        Chrome.drawStatus(state, into: &b)
        let area = Rect(x: 0, y: 2, width: state.width, height: state.height - 3)
        if let open = state.openForm {
            FormView.draw(open.form, strings: state.strings, in: area, into: &b)
            Chrome.drawBottom(state, into: &b)
            if state.overlay == .help { HelpView.draw(state, into: &b) }
            Chrome.drawMessageContinuation(state, into: &b)
            return b
        }
        switch state.current.screen {
        case .chain: ChainView.draw(state, in: area, into: &b)
        case .offers(let item): OfferListView.draw(state, item: item, in: area, into: &b)
        case .searchResults: OfferListView.drawSearch(state, in: area, into: &b)
        case .detail(let id): OfferDetailView.draw(state, offerID: id, in: area, into: &b)
        case .monitoring: MonitoringView.draw(state, in: area, into: &b)
        case .district(let id): DistrictView.draw(state, district: id, in: area, into: &b)
        case .gaps: GapsView.draw(state, in: area, into: &b)
        case .gapCell(let item, let district): OfferListView.drawGapCell(state, item: item, district: district, in: area, into: &b)
        case .leitbild: LeitbildView.draw(state, in: area, into: &b)
        case .cases: CaseListView.draw(state, in: area, into: &b)
        case .caseDetail: CaseDetailView.draw(state, in: area, into: &b)
        case .followUps: FollowUpsView.draw(state, in: area, into: &b)
        case .stale: StaleListView.draw(state, in: area, into: &b)
        }
        Chrome.drawBottom(state, into: &b)
        switch state.overlay {
        case .none: break
        case .help: HelpView.draw(state, into: &b)
        case .filter(let picker): FilterPickerView.draw(state, picker, into: &b)
        case .referralStatus(_, let choices, let selection):
            CaseDetailView.drawStatusChoice(state, choices: choices, selection: selection, into: &b)
        }
        Chrome.drawMessageContinuation(state, into: &b)
        // A question waits for its answer in the status line: the cursor goes there.
        if state.question != nil { b.cursor = (min(b.width - 1, TerminalText.width(b.line(1))), 1) }
        return b
    }

    static func drawTooSmall(_ state: AppState, into b: inout ScreenBuffer) {
        let text = state.strings.tooSmall(state.width, state.height, AppState.minimumWidth, AppState.minimumHeight)
        let lines = TerminalText.wrap(text, to: max(1, state.width - 2))
        let top = max(0, (state.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (state.width - TerminalText.width(line)) / 2)
            b.put(line, x: x, y: top + i, role: .warning)
        }
        b.cursor = (0, 0)
    }
}

/// A rectangle of the screen.
public struct Rect: Sendable, Equatable {
    public var x, y, width, height: Int
    public var maxY: Int { y + height }
}

/// The first row of a window of `rows` rows that shows `selection`, starting from the top.
func windowStart(selection: Int, rows: Int, count: Int) -> Int {
    guard rows > 0, count > rows else { return 0 }
    return min(max(0, selection - rows + 1), count - rows)
}
