/// Where one child stands on the chain at a reference day: its age in months, its stage and the
/// next transition with when it is due ("Einschulung in 7 Monaten").
///
/// Pure: `today` is always passed in, the clock is never read. The age is counted in whole calendar
/// months (`Case.Child.ageInMonths(at:)`), negative before an (expected) birth month.
public struct ChildPlacement: Sendable, Hashable {
    public enum Position: Sendable, Hashable {
        /// In the stage with `fromMonths <= age < toMonths`.
        case stage(Stage)
        /// Younger than the chain's first stage (an expected birth further off than the chain reaches).
        case notYetBorn
        /// At or past the end of the chain's last stage.
        case beyondChain
        /// Inside the chain's range but in no stage (a gap in the store's stages).
        case betweenStages
    }

    /// What comes next and when.
    public struct Upcoming: Sendable, Hashable {
        /// The first transition (file order) leaving the current stage; nil when the next event is
        /// only entering the chain's first stage.
        public var transition: Transition?
        /// The stage entered next, when the store knows it.
        public var stage: Stage?
        /// Months until the next stage's `fromMonths` (0 = this month).
        public var inMonths: Int
        /// Transition title, or the next stage's title.
        public var title: String

        public init(transition: Transition?, stage: Stage?, inMonths: Int, title: String) {
            self.transition = transition
            self.stage = stage
            self.inMonths = inMonths
            self.title = title
        }
    }

    public var child: Case.Child
    public var ageInMonths: Int
    public var position: Position
    public var upcoming: Upcoming?

    public init(child: Case.Child, store: Store, today: Day) {
        self.child = child
        let age = child.ageInMonths(at: today)
        ageInMonths = age
        if let stage = store.stage(forAgeInMonths: age) {
            position = .stage(stage)
            if let t = store.transitions(from: stage.id).first {
                let next = store.stage(id: t.to)
                // The next stage's start; the current stage's end when the target is unknown.
                let start = next?.fromMonths ?? stage.toMonths
                upcoming = Upcoming(transition: t, stage: next, inMonths: max(0, start - age), title: t.title)
            } else {
                upcoming = nil
            }
        } else if let first = store.stages.min(by: { $0.fromMonths < $1.fromMonths }), age < first.fromMonths {
            position = .notYetBorn
            upcoming = Upcoming(transition: nil, stage: first, inMonths: first.fromMonths - age, title: first.title)
        } else if store.stages.isEmpty || age >= store.stages.map(\.toMonths).max()! {
            position = .beyondChain
            upcoming = nil
        } else {
            position = .betweenStages
            let next = store.stages.filter { $0.fromMonths > age }.min { $0.fromMonths < $1.fromMonths }
            upcoming = next.map { Upcoming(transition: nil, stage: $0, inMonths: $0.fromMonths - age, title: $0.title) }
        }
    }

    /// The current stage, if the child is in one.
    public var stage: Stage? {
        if case .stage(let s) = position { return s }
        return nil
    }

    /// The next transition and its due time when it is at most `months` away.
    public func transitionDue(within months: Int) -> (transition: Transition, inMonths: Int)? {
        guard let u = upcoming, let t = u.transition, u.inMonths <= months else { return nil }
        return (t, u.inMonths)
    }

    /// "Einschulung in 7 Monaten" / "Einschulung in 7 months"; nil when nothing comes next.
    public func dueText(_ text: CaseText = .german) -> String? {
        upcoming.map { text.dueIn($0.title, $0.inMonths) }
    }

    /// The current stage's title or "noch nicht geboren" / "jenseits der Kette".
    public func stageText(_ text: CaseText = .german) -> String {
        switch position {
        case .stage(let s): s.title
        case .notYetBorn: text.notYetBorn
        case .beyondChain: text.beyondChain
        case .betweenStages: text.betweenStages
        }
    }
}

extension Case {
    /// Each child placed on the chain at `today`, in the case's order.
    public func placements(store: Store, today: Day) -> [ChildPlacement] {
        children.map { ChildPlacement(child: $0, store: store, today: today) }
    }
}
