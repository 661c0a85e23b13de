/// Retention periods for case files, with parameters the store can configure.
///
/// Rules implemented (ids as written in `retention.rule`):
/// - `beratung` (counselling, the default): `counsellingYears` (default 3) full calendar years after
///   the year the case was closed, i.e. until 31 December of closing year + 3. An open case has no
///   end yet (nil).
/// - `sgb8-9b` (files under § 9b SGB VIII): until 31 December of the year in which the youngest
///   child (latest birth month, expected births included) turns `longTermAge` (default 100) — the
///   longest of all children's periods. Independent of whether the case is open.
/// The default periods are parameters, not legal advice; the store's configuration decides.
public struct Retention: Sendable, Hashable {
    public static let counselling = "beratung"
    public static let longTerm = "sgb8-9b"

    public var counsellingYears: Int
    public var longTermAge: Int

    public init(counsellingYears: Int = 3, longTermAge: Int = 100) {
        self.counsellingYears = counsellingYears
        self.longTermAge = longTermAge
    }

    /// The rule a case falls under: its recorded rule, else counselling.
    public func rule(for c: Case) -> String { c.retention?.rule ?? Self.counselling }

    /// The day the case's closing is counted from: its `closed` date, else the date part of its
    /// `updated` timestamp.
    public static func closingDay(of c: Case) -> Day? {
        guard c.status == .closed else { return nil }
        return c.closed ?? Day(String(c.updated.prefix(10)))
    }

    /// Retention-until for a case; nil when it cannot be known yet (open counselling case), the
    /// rule is unknown, or a `sgb8-9b` case has no children.
    public func until(for c: Case, closedOn: Day? = nil) -> Day? {
        switch rule(for: c) {
        case Self.counselling:
            guard let closed = closedOn ?? Self.closingDay(of: c) else { return nil }
            return Self.endOfYear(closed.year + counsellingYears)
        case Self.longTerm:
            guard let youngest = c.children.map(\.birthMonth).max() else { return nil }
            return Self.endOfYear(youngest.year + longTermAge)
        default:
            return nil
        }
    }

    /// The case's retention record under this policy (nil when `until(for:)` is nil).
    public func record(for c: Case, closedOn: Day? = nil) -> Case.Retention? {
        until(for: c, closedOn: closedOn).map { Case.Retention(rule: rule(for: c), until: $0) }
    }

    /// Closed cases whose recorded `retention.until` is before `today`, by date then id. Cases
    /// without a retention record are never selected.
    public static func purgeCandidates(cases: [Case], today: Day) -> [Case] {
        cases.filter { c in
            guard c.status == .closed, let r = c.retention else { return false }
            return r.until < today
        }.sorted { a, b in
            a.retention!.until != b.retention!.until ? a.retention!.until < b.retention!.until : a.id < b.id
        }
    }

    private static func endOfYear(_ year: Int) -> Day? { Day(year: min(year, 9999), month: 12, day: 31) }
}
