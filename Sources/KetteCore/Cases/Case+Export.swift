extension Case {
    /// The case as it may leave the team (JSON for scripts, handouts): entries and referral notes
    /// entrusted to the worker (§ 65 SGB VIII) are left out, with their count kept so that
    /// a reader knows something was withheld.
    public var redacted: (case: Case, withheld: Int) {
        var c = self
        var withheld = 0
        c.entries.removeAll { e in
            if e.entrusted { withheld += 1 }
            return e.entrusted
        }
        for i in c.referrals.indices where c.referrals[i].entrusted {
            if c.referrals[i].note != nil { withheld += 1 }
            c.referrals[i].note = nil
        }
        return (c, withheld)
    }

    /// JSON for `kette case … --json`: the redacted record plus what Kette derives (each child's
    /// place on the chain), never entrusted content.
    public func exportJSON(store: Store, today: Day) -> JSONNode {
        let (c, withheld) = redacted
        guard var members = c.json.objectValue else { return c.json }
        let placements = c.placements(store: store, today: today).map { p -> JSONNode in
            var b = JSONObjectBuilder()
            b.add("alias", p.child.alias)
            b.add("ageInMonths", p.ageInMonths)
            if let s = p.stage { b.add("stage", s.id) }
            if let u = p.upcoming {
                if let t = u.transition { b.add("nextTransition", t.id) }
                if let s = u.stage, u.transition == nil { b.add("nextStage", s.id) }
                b.add("dueInMonths", u.inMonths)
            }
            return b.build()
        }
        members.append(JSONMember("placements", .array(placements)))
        if withheld > 0 { members.append(JSONMember("entrustedWithheld", .int(withheld))) }
        return .object(members)
    }
}
