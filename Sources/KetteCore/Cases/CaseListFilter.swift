/// The filters of a case list (the navigator's and `kette case list`): whose cases, which
/// district, only due follow-ups, closed ones too.
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

    /// The matching cases, earliest follow-up first, cases without one last, then by id.
    public func apply(to cases: [Case], user: String, today: Day) -> [Case] {
        cases.filter { matches($0, user: user, today: today) }.sorted { a, b in
            switch (a.followUp, b.followUp) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.id < b.id
            }
        }
    }
}
