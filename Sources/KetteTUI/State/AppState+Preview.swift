import KetteCore

/// The chain's preview follows the selection once the selection rests.
///
/// A move on the chain (arrows, `j` `k`, PgUp PgDn, Home End, `g` `G`, number keys) only moves the
/// ▶ marker: the preview keeps listing what it listed, and the navigator sends
/// ``Event/selectionRested`` once no key has come for ``PreviewRest/duration``. Walking the chain
/// with key repeat, or typing ahead over a slow link, thus draws no preview in between (each would
/// be ≈ 1.3 KB of new text at 100×30), and a move writes about as few bytes as one in an offer list.
///
/// Everything else that shows the chain shows the selected item's preview at once: the start,
/// a resize, Esc back from a list, Tab and the view keys, filters, a reload, the case context —
/// and every move in presentation mode, where a presenter steps one row at a time and the room
/// should see each step at once (a projector hangs on a local cable, not on a slow link).
extension AppState {
    /// The stage or transition whose offers the preview lists (its heading names it).
    public var previewedChainItem: ChainItem? { heldPreview ?? selectedChainItem }

    /// True while the preview lists another item than the selected one: a rest is awaited.
    public var isPreviewPending: Bool { heldPreview != nil && heldPreview != selectedChainItem }

    /// The chain's selection when the chain is what the keys move: on top, with nothing over it.
    var chainSelectionUnderKeys: Int? {
        guard stack.count == 1, current.screen == .chain, overlay == .none, search == nil, openForm == nil,
              question == nil else { return nil }
        return current.selection
    }

    /// After an event: an event that moved the chain's selection keeps the preview where it was;
    /// any other event lets it show the selected item.
    mutating func holdOrFollowPreview(selectionBefore: Int?, previewBefore: ChainItem?) {
        if !presenting, let before = selectionBefore, let after = chainSelectionUnderKeys, after != before,
           previewBefore != selectedChainItem {
            heldPreview = previewBefore
        } else {
            heldPreview = nil
        }
    }
}
