import KetteCore

extension AppState {
    /// The same view over a store that changed on disk: filters, search, overlays and the place
    /// on every screen are kept; a list keeps the offer that was selected, wherever it moved;
    /// the detail of an offer that no longer exists is closed.
    public func reloaded(with newStore: Store) -> AppState {
        var next = AppState(store: newStore, strings: strings, storeLabel: newStore.info.municipality, isDemo: isDemo,
                            width: width, height: height)
        next.isReadOnly = isReadOnly
        next.filter = filter
        next.presenting = presenting
        next.overlay = overlay
        next.helpScroll = helpScroll
        next.search = search
        if var s = next.search {
            s.results = next.results(for: s.query)
            next.search = s
        }
        func carry(_ stack: [ScreenState]) -> [ScreenState] {
            var out: [ScreenState] = []
            for var screen in stack {
                switch screen.screen {
                case .detail(let id):
                    if newStore.offer(id: id) == nil { continue }
                case .offers, .searchResults, .gapCell:
                    // Keep the selected offer selected.
                    var old = self
                    old.stack = out + [screen]
                    let list = old.currentOffers
                    if list.indices.contains(screen.selection) {
                        var probe = next
                        probe.stack = out + [screen]
                        if let i = probe.currentOffers.firstIndex(where: { $0.id == list[screen.selection].id }) {
                            screen.selection = i
                        }
                    }
                default:
                    break
                }
                out.append(screen)
            }
            return out.isEmpty ? [ScreenState(.chain)] : out
        }
        next.stack = carry(stack)
        next.savedStacks = savedStacks.mapValues(carry)
        next.clampSelection()
        next.message = strings.reloadedFromDisk
        return next
    }
}
