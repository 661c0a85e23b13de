import Foundation
import KetteCore

/// Everything the navigator shows, as a value: the store, the filters, the stack of screens,
/// the search and the open overlay. `update(_:)` changes it for one event; views render it.
public struct AppState: Sendable {
    public enum Overlay: Sendable, Equatable {
        case none, help, filter(FilterPicker)
        /// Choosing the next status of a referral of the open case.
        case referralStatus(index: Int, choices: [Referral.Status], selection: Int)
    }

    public enum Effect: Sendable, Equatable {
        case none, quit
        /// Presentation mode was switched on or off: the terminal changes its theme.
        case presentation(Bool)
        /// Save a changed offer (the Navigator calls KetteCore and feeds the result back with
        /// ``AppState/didSave(_:store:)`` or ``AppState/saveFailed(_:error:freshStore:)``).
        case saveOffer(OfferChange)
        /// Save a family handout of these offers (the Navigator calls ``HandoutFile`` and reports back).
        case writeHandout([String])
    }

    /// Below this size the UI shows a note instead of a cramped layout.
    public static let minimumWidth = 60
    public static let minimumHeight = 15

    /// The store and what is derived from it (replaced whole by a reload).
    var data: StoreData
    public var store: Store { data.store }
    public let strings: Strings
    /// Shown in the title bar (municipality, or demo).
    public var storeLabel: String
    public var isDemo: Bool
    /// The store cannot be written (no permission, read-only filesystem, or errors on loading).
    public var isReadOnly = false
    public var searchIndex: SearchIndex { data.searchIndex }
    public var chainRows: [ChainItem] { data.chainRows }
    public var monitoring: Monitoring { data.monitoring }
    public var gaps: GapAnalysis { data.gaps }
    /// Indexes of the store's offers in German title order (see ``StoreData``).
    public var titleOrder: [Int] { data.titleOrder }
    /// Lists and counts derived from the store and the filters, shared by copies of this state.
    var cache: DerivedCache { data.cache }
    /// Presentation mode for the committee: projector theme, more space, one slide per view.
    public var presenting = false
    /// The stack of each top-level view while another one is shown.
    public var savedStacks: [TopView: [ScreenState]] = [:]

    /// Filters that apply on every screen (the place on the chain is not part of it).
    public var filter = OfferFilter()
    public var stack: [ScreenState] = [ScreenState(.chain)]
    /// The chain item the preview keeps showing while the chain's selection moves on; nil when it
    /// shows the selected item (see `AppState+Preview.swift`).
    public internal(set) var heldPreview: ChainItem?
    public var overlay: Overlay = .none
    public var search: SearchState?
    public var helpScroll = 0
    public var width: Int
    public var height: Int
    /// A short note in the status line until the next key.
    public var message: String?
    /// A form open over the screens (offer editing); it receives every key.
    public var openForm: OpenForm?
    /// A yes/no question in the status line (archiving).
    public var question: PendingQuestion?
    /// The date edits are stamped with, the stale list is measured from, and case ages and due
    /// dates are computed for (`--today` in demos and tests).
    public var today: Day = Clock.system.today()
    /// `--stale-months` for this session; without it the store's `staleAfterMonths` counts, read
    /// again with every reload, so a changed store.json takes effect in a running navigator.
    public var staleMonthsOption: Int?
    /// Offers not updated for more than this many months are listed as stale (`v`).
    public var staleMonths: Int {
        get { staleMonthsOption ?? store.info.staleAfterMonths ?? StaleOffers.defaultMonths }
        set { staleMonthsOption = newValue }
    }

    // MARK: Cases
    /// Where case records come from; nil when this user may not see them (``caseAccessNote`` says why).
    public var caseStore: (any CaseStore)?
    public var caseAccessNote: String?
    /// The cases of the list, read when the list opens.
    public var caseList: [Case] = []
    public var caseFilter = CaseListFilter()
    /// The case of the detail screen, and the navigator's context while it is set.
    public var openCase: Case? {
        didSet {
            caseDetailLines = openCase.map {
                CaseDetailModel.lines(for: $0, store: store, chainRows: chainRows, today: today, language: language)
            } ?? []
        }
    }
    /// The lines of the open case's detail screen, made once per change of the case: ranking the
    /// suggestions goes over every offer, so it is not repeated on every key and frame.
    public private(set) var caseDetailLines: [CaseDetailLine] = []
    public var caseContext: CaseContext?
    /// Offers marked for the family handout (`*`), in the order marked; `P` saves the page.
    public var handoutOffers: [String] = []
    /// Where `P` saves handouts.
    public var handoutDirectory = HandoutFile.defaultDirectory(environment: [:])
    /// Counts this session's case saves (the navigator then ignores its own writes on disk).
    public var caseSaves = 0
    /// The interface language (the case texts are chosen by it).
    public var language: Language { strings.language }
    public var caseLabels: CaseLabels { .forLanguage(language) }

    public init(store: Store, strings: Strings, storeLabel: String, isDemo: Bool, width: Int = 80, height: Int = 24) {
        self.data = StoreData(store)
        self.strings = strings
        self.storeLabel = storeLabel
        self.isDemo = isDemo
        self.width = width
        self.height = height
    }

    public var current: ScreenState {
        get { stack[stack.count - 1] }
        set { stack[stack.count - 1] = newValue }
    }

    // MARK: Derived data

    public var selectedChainItem: ChainItem? {
        guard let s = stack.first(where: { $0.screen == .chain }), chainRows.indices.contains(s.selection) else { return nil }
        return chainRows[s.selection]
    }

    /// Offers of a stage or transition under the filters, in a sort order (see ``offerIndexes(for:sort:)``).
    public func offers(for item: ChainItem, sort: SortOrder) -> [Offer] {
        offerIndexes(for: item, sort: sort).map { store.offers[$0] }
    }

    /// The offers of the list on top of the stack (an offer list or search results), copied into
    /// an array; views use ``currentOffers``.
    public var currentList: [Offer] { Array(currentOffers) }

    /// Active offers not updated for more than ``staleMonths`` months, under the filters, oldest first.
    public var staleOffers: [Offer] { staleIndexes.map { store.offers[$0] } }

    /// Positions in the store of ``staleOffers``.
    public var staleIndexes: [Int] {
        let f = filter.withoutChainPosition
        return StaleOffers.indexes(store.offers, today: today, months: staleMonths).filter { f.matches(store.offers[$0]) }
    }

    /// Today by the local clock.
    /// Offers of one gap cell: those that name the district first, then the city-wide ones.
    public func gapCellOffers(_ item: ChainItem, district: String) -> [Offer] {
        gapCellIndexes(item, district: district).map { store.offers[$0] }
    }

    /// The top-level view being shown.
    public var topView: TopView { TopView(stack[0].screen) ?? .chain }

    /// Districts of the monitoring table in the order shown.
    public var monitoringRows: [District] {
        let s = stack.first { $0.screen == .monitoring } ?? ScreenState(.monitoring)
        guard s.sortByColumn, store.indicators.indices.contains(s.column) else { return store.districts }
        return monitoring.districts(sortedBy: store.indicators[s.column].id)
    }

    public func title(of item: ChainItem) -> String {
        switch item {
        case .stage(let id): store.stage(id: id)?.title ?? id
        case .transition(let id): store.transition(id: id)?.title ?? id
        }
    }

    /// Rows available for a list between the title, status, heading and key bar lines.
    public var listRows: Int { max(1, height - 6) }

    /// True on the detail of an offer opened from search results (n/N walk the results).
    public var isDetailOfSearchResult: Bool {
        guard case .detail = current.screen, stack.count >= 2 else { return false }
        return stack[stack.count - 2].screen == .searchResults
    }

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
}

extension SortOrder {
    /// The order of a list; ties keep title order (`titleRank`), so no title is folded while sorting.
    func comparator(titleRank: [String: Int]) -> (Offer, Offer) -> Bool {
        let byTitle: (Offer, Offer) -> Bool = { a, b in (titleRank[a.id] ?? 0) < (titleRank[b.id] ?? 0) }
        switch self {
        case .title:
            return byTitle
        case .provider:
            return { a, b in
                let fa = GermanFolding.fold(a.provider), fb = GermanFolding.fold(b.provider)
                return fa != fb ? fa.lexicographicallyPrecedes(fb) : byTitle(a, b)
            }
        case .field:
            return { a, b in
                a.field != b.field ? Field.allCases.firstIndex(of: a.field)! < Field.allCases.firstIndex(of: b.field)!
                    : byTitle(a, b)
            }
        case .updated:
            return { a, b in a.updated != b.updated ? a.updated > b.updated : byTitle(a, b) }
        }
    }
}
