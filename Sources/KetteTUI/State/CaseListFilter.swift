import KetteCore

/// The filters of the case list: whose cases, which district, only due follow-ups.
public struct CaseListFilter: Sendable, Equatable {
    public var mineOnly = false
    /// Only cases of this owner (another colleague's), chosen by cycling with `o`.
    public var owner: String?
    public var district: String?
    public var dueOnly = false
    /// Closed cases are listed too.
    public var includeClosed = false

    public init() {}

    public func matches(_ c: Case, user: String, today: Day) -> Bool {
        (includeClosed || c.status == .open) && (!mineOnly || c.owner == user) && (owner == nil || c.owner == owner)
            && (district == nil || c.district == district)
            && (!dueOnly || (c.followUp.map { $0 <= today } ?? false))
    }
}
