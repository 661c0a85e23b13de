/// Offers that were not updated for a long time ("veraltet"): their data may no longer be true.
public enum StaleOffers {
    /// The default age, in months, after which an offer counts as stale.
    public static let defaultMonths = 12

    /// The last day that still counts as current: `months` months before `today` (the same day of
    /// the month, or the month's last day).
    /// A cutoff before the year 1 (`staleAfterMonths: 999999`, meant as "never") is 0001-01-01:
    /// nothing is stale.
    public static func cutoff(today: Day, months: Int) -> Day {
        // Months from January of the year 1 to today's month: more would leave the calendar.
        guard months <= (today.year - 1) * 12 + (today.month - 1) else { return Day(year: 1, month: 1, day: 1)! }
        let m = today.monthValue.adding(months: -months)
        return Day(year: m.year, month: m.month, day: min(today.day, Day.daysIn(month: m.month, year: m.year)))!
    }

    /// Active offers updated before the cutoff, oldest first (then by id).
    public static func list(_ offers: [Offer], today: Day, months: Int) -> [Offer] {
        indexes(offers, today: today, months: months).map { offers[$0] }
    }

    /// The positions of ``list(_:today:months:)`` in `offers`.
    public static func indexes(_ offers: [Offer], today: Day, months: Int) -> [Int] {
        let cutoff = cutoff(today: today, months: months)
        return offers.indices.filter { offers[$0].isActive && offers[$0].updated < cutoff }.sorted { a, b in
            offers[a].updated != offers[b].updated ? offers[a].updated < offers[b].updated : offers[a].id < offers[b].id
        }
    }
}
