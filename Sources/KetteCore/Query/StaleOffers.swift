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
        let cutoff = cutoff(today: today, months: months)
        return offers.filter { $0.isActive && $0.updated < cutoff }
            .sorted { $0.updated != $1.updated ? $0.updated < $1.updated : $0.id < $1.id }
    }
}
