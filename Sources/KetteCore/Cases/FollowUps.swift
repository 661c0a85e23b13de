/// "Wiedervorlagen": open cases whose follow-up date has come (due today or overdue).
public enum FollowUps {
    public struct Item: Sendable, Hashable {
        public var caseID: String
        public var owner: String
        public var date: Day
        /// Days past the follow-up date (0 = due today).
        public var daysOverdue: Int
        public var isOverdue: Bool { daysOverdue > 0 }
        public init(caseID: String, owner: String, date: Day, daysOverdue: Int) {
            self.caseID = caseID
            self.owner = owner
            self.date = date
            self.daysOverdue = daysOverdue
        }
    }

    /// Open cases with `followUp <= today`, earliest date first, then by case id.
    public static func due(_ cases: [Case], today: Day) -> [Item] {
        cases.compactMap { c -> Item? in
            guard c.status == .open, let f = c.followUp, f <= today else { return nil }
            return Item(caseID: c.id, owner: c.owner, date: f, daysOverdue: today.ordinal - f.ordinal)
        }.sorted { a, b in a.date != b.date ? a.date < b.date : a.caseID < b.caseID }
    }
}
