import KetteCore

extension AppState {
    /// The same view over a store that changed on disk: filters, search, overlays and the place
    /// on every screen are kept; a list keeps the offer that was selected, wherever it moved;
    /// the detail of an offer that no longer exists is closed.
    public func reloaded(with newStore: Store) -> AppState {
        // The session (screens, filters, search, forms, questions, handout, case filter, …) carries
        // over as it is; the store and everything derived from it are built anew, as a whole.
        var next = self
        next.data = StoreData(newStore)
        next.storeLabel = newStore.info.municipality
        next.heldPreview = nil
        // An offer archived (or removed) meanwhile drops out of the handout: archived offers never
        // go on a handout.
        next.handoutOffers = handoutOffers.filter { newStore.offer(id: $0)?.isActive == true }
        if let caseStore {
            do {
                next.caseStore = try caseStore.reopened(with: newStore)
            } catch {
                next.caseStore = nil
                // As at the start: the navigator's short note when the roles leave this user out.
                if case .notPermitted(.notPermitted(let user, _, _)) = error {
                    next.caseAccessNote = caseLabels.noAccess(TerminalText.escaped(user))
                } else {
                    next.caseAccessNote = error.message(language)
                }
            }
        }
        // The case on screen is read again: another session may have changed it. One that cannot be
        // read any more (purged, or no access) is closed.
        next.openCase = nil
        next.caseContext = nil
        if let open = openCase, let cases = next.caseStore, let fresh = try? cases.read(open.id) {
            next.openCase = fresh
            next.caseContext = CaseContext(fresh, store: newStore, today: today, language: language)
        }
        if stack.contains(where: { $0.screen == .cases || $0.screen == .followUps }), let cases = next.caseStore {
            next.caseList = (try? cases.list().cases) ?? caseList
        }
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
                case .caseDetail:
                    if next.openCase == nil { continue }
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
        next.message = strings.reloadedFromDisk
        // The roles no longer include this user: nothing of the cases stays on screen or in memory
        // (a case form's input stays in its draft on disk, for when access is given back).
        if caseStore != nil, next.caseStore == nil {
            next.caseList = []
            next.openCase = nil
            next.caseContext = nil
            if openForm?.purpose.isCase == true { next.openForm = nil }
            next.hideCaseScreens()
            next.message = next.caseAccessNote
        }
        next.clampSelection()
        return next
    }
}
