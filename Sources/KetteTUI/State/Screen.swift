/// The screens of the navigator; the app keeps a stack of them.
public enum Screen: Sendable, Equatable {
    /// The start screen: stages and transitions in life order with offer counts.
    case chain
    /// The offers of one stage or transition.
    case offers(ChainItem)
    /// One offer in full.
    case detail(offerID: String)
    /// Results of the incremental search.
    case searchResults
    /// Districts × indicators of the monitoring.
    case monitoring
    /// Every indicator of one district over the years.
    case district(String)
    /// Stages and transitions × districts: the Lückenanalyse.
    case gaps
    /// The offers of one cell of the gap analysis.
    case gapCell(ChainItem, district: String)
    /// Goals and principles with their indicators.
    case leitbild
    /// Offers not updated for a long time ("veraltet"), oldest first.
    case stale
    /// The case list (only for users the store's roles allow; never in presentation mode).
    case cases
    /// One case: the family, a timeline along the chain, referrals and fitting offers.
    case caseDetail(String)
    /// Wiedervorlagen: follow-ups that have come and open referrals across all cases.
    case followUps

    /// Screens that show case data: closed when presentation mode starts.
    public var showsCaseData: Bool {
        switch self {
        case .cases, .caseDetail, .followUps: true
        default: false
        }
    }
}

/// The four top-level views, switched with Tab (and one slide each in presentation mode).
public enum TopView: Int, Sendable, CaseIterable {
    case chain, gaps, monitoring, leitbild

    public var screen: Screen {
        switch self {
        case .chain: .chain
        case .gaps: .gaps
        case .monitoring: .monitoring
        case .leitbild: .leitbild
        }
    }

    public init?(_ screen: Screen) {
        switch screen {
        case .chain: self = .chain
        case .gaps: self = .gaps
        case .monitoring: self = .monitoring
        case .leitbild: self = .leitbild
        default: return nil
        }
    }
}

/// A screen on the stack with its own place: selection, scroll offset, sort order.
public struct ScreenState: Sendable, Equatable {
    public var screen: Screen
    public var selection = 0
    public var scroll = 0
    public var sort: SortOrder = .title
    /// The chosen column of a table (monitoring: indicator; gaps: district).
    public var column = 0
    /// Monitoring: rows sorted by the chosen column instead of by name.
    public var sortByColumn = false

    public init(_ screen: Screen) { self.screen = screen }
}

/// How an offer list is sorted (`s` cycles through them).
public enum SortOrder: Sendable, CaseIterable, Equatable {
    case title, provider, field, updated

    public var next: SortOrder {
        let all = SortOrder.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
