/// Offers that were not updated for a long time ("veraltet"): their data may no longer be true.
public enum StaleOffers {
    /// The default age, in months, after which an offer counts as stale.
    public static let defaultMonths = 12

    /// The last day that still counts as current: `months` months before `today` (the same day of
    /// the month, or the month's last day).
    public static func cutoff(today: Day, months: Int) -> Day {
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
