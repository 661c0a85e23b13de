/// A pseudonymous case record (`cases/<id>.json`): one family navigating the chain.
///
/// Case data is Sozialdaten: only the minimum is required, no real names are needed.
public struct Case: Sendable, Identifiable, Hashable {
    public enum Status: String, Sendable, CaseIterable, Hashable { case open, closed }

    public struct Child: Sendable, Hashable {
        public var alias: String
        public var birthMonth: Month
        /// True while `birthMonth` is an expected birth.
        public var expected: Bool
        public var extras: [JSONMember] = []
        public init(alias: String, birthMonth: Month, expected: Bool = false) {
            self.alias = alias
            self.birthMonth = birthMonth
            self.expected = expected
        }
        /// Age in whole months at `day` (negative before the birth month).
        public func ageInMonths(at day: Day) -> Int { birthMonth.months(until: day.monthValue) }
        public static func == (a: Child, b: Child) -> Bool {
            a.alias == b.alias && a.birthMonth == b.birthMonth && a.expected == b.expected && a.extras == b.extras
        }
        public func hash(into h: inout Hasher) { h.combine(alias) }
    }

    public struct Retention: Sendable, Hashable {
        public var rule: String
        public var until: Day
        public var extras: [JSONMember] = []
        public init(rule: String, until: Day) {
            self.rule = rule
            self.until = until
        }
        public static func == (a: Retention, b: Retention) -> Bool { a.rule == b.rule && a.until == b.until && a.extras == b.extras }
        public func hash(into h: inout Hasher) { h.combine(rule) }
    }

    /// A dated entry in the case's journal. Entries marked `entrusted` hold what the family
    /// confided to the worker (§ 65 SGB VIII): shown to the team, never in a handout or export.
    public struct Entry: Sendable, Hashable {
        public var day: Day
        public var text: String
        public var entrusted: Bool
        public var extras: [JSONMember] = []
        public init(day: Day, text: String, entrusted: Bool = false) {
            self.day = day
            self.text = text
            self.entrusted = entrusted
        }
        public static func == (a: Entry, b: Entry) -> Bool {
            a.day == b.day && a.text == b.text && a.entrusted == b.entrusted && a.extras == b.extras
        }
        public func hash(into h: inout Hasher) { h.combine(day); h.combine(text) }
    }

    public var id: String
    public var pseudonym: String
    public var district: String
    public var children: [Child]
    public var needs: [String]
    public var languages: [String]
    public var referrals: [Referral]
    public var followUp: Day?
    public var notes: String?
    public var entries: [Entry] = []
    public var owner: String
    public var status: Status
    /// The day the case was closed (retention is counted from it).
    public var closed: Day?
    public var created: String
    public var updated: String
    /// The OS user who saved this revision (absent in files written by other tools).
    public var updatedBy: String?
    public var revision: Int
    public var retention: Retention?
    public var extras: [JSONMember] = []
    public var position: SourcePosition = .none

    public init(id: String, pseudonym: String, district: String, children: [Child] = [], needs: [String] = [],
                languages: [String] = [], referrals: [Referral] = [], followUp: Day? = nil, notes: String? = nil,
                owner: String, status: Status = .open, created: String, updated: String, revision: Int = 1,
                retention: Retention? = nil) {
        self.id = id
        self.pseudonym = pseudonym
        self.district = district
        self.children = children
        self.needs = needs
        self.languages = languages
        self.referrals = referrals
        self.followUp = followUp
        self.notes = notes
        self.owner = owner
        self.status = status
        self.created = created
        self.updated = updated
        self.revision = revision
        self.retention = retention
    }

    public static func == (a: Case, b: Case) -> Bool { a.json == b.json }
    public func hash(into h: inout Hasher) { h.combine(id); h.combine(revision) }
}

extension Case {
    /// Accepts `YYYY-MM-DDTHH:MM:SSZ` (optionally with fractional seconds or an offset).
    static func isTimestamp(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.count >= 20, let _ = Day(String(decoding: u[0..<10], as: UTF8.self)), u[10] == UInt8(ascii: "T") else {
            return false
        }
        let time = String(decoding: u[11..<19], as: UTF8.self).split(separator: ":")
        guard time.count == 3, let h = Int(time[0]), let m = Int(time[1]), let sec = Int(time[2]),
              (0...23).contains(h), (0...59).contains(m), (0...60).contains(sec) else { return false }
        return true
    }

    init?(json node: JSONNode, path: String, file: String, sink: DiagnosticSink) {
        guard var r = ObjectReader(node, path: path, file: file, sink: sink) else { return nil }
        let id = r.id(), pseudonym = r.string("pseudonym"), district = r.string("district")
        var children: [Child] = []
        for (i, c) in (r.array("children") ?? []).enumerated() {
            guard var cr = ObjectReader(c, path: "\(r.childPath("children"))[\(i)]", file: file, sink: sink) else { continue }
            let alias = cr.string("alias"), month = cr.month("birthMonth")
            let expected = cr.bool("expected", required: false) ?? false
            guard let alias, let month else { continue }
            var child = Child(alias: alias, birthMonth: month, expected: expected)
            child.extras = cr.extras()
            children.append(child)
        }
        let needs = r.stringArray("needs", required: false)
        let languages = r.languages("languages", required: false)
        var referrals: [Referral] = []
        for (i, e) in (r.array("referrals", required: false) ?? []).enumerated() {
            if let ref = Referral(json: e, path: "\(r.childPath("referrals"))[\(i)]", file: file, sink: sink) {
                referrals.append(ref)
            }
        }
        let followUp = r.day("followUp", required: false)
        let notes = r.string("notes", required: false)
        var entries: [Entry] = []
        for (i, e) in (r.array("entries", required: false) ?? []).enumerated() {
            guard var er = ObjectReader(e, path: "\(r.childPath("entries"))[\(i)]", file: file, sink: sink) else { continue }
            let day = er.day("day"), text = er.string("text")
            let entrusted = er.bool("entrusted", required: false) ?? false
            guard let day, let text else { continue }
            var entry = Entry(day: day, text: text, entrusted: entrusted)
            entry.extras = er.extras()
            entries.append(entry)
        }
        let owner = r.string("owner"), status = r.enumeration("status", Status.self)
        let closed = r.day("closed", required: false)
        let created = r.string("created"), updated = r.string("updated"), revision = r.int("revision")
        let updatedBy = r.string("updatedBy", required: false)
        for (key, value) in [("created", created), ("updated", updated)] {
            if let value, !Case.isTimestamp(value) {
                r.report("expected a timestamp YYYY-MM-DDTHH:MM:SSZ, found \"\(TerminalText.escaped(value))\"", key: key)
            }
        }
        var retention: Retention?
        if let node = r.value("retention", required: false),
           var rr = ObjectReader(node, path: r.childPath("retention"), file: file, sink: sink),
           let rule = rr.string("rule"), let until = rr.day("until") {
            retention = Retention(rule: rule, until: until)
            retention?.extras = rr.extras()
        }
        guard let id, let pseudonym, let district, let owner, let status, let created, let updated, let revision else {
            return nil
        }
        self.init(id: id, pseudonym: pseudonym, district: district, children: children, needs: needs,
                  languages: languages, referrals: referrals, followUp: followUp, notes: notes, owner: owner,
                  status: status, created: created, updated: updated, revision: revision, retention: retention)
        self.entries = entries
        self.closed = closed
        self.updatedBy = updatedBy
        extras = r.extras()
        position = r.position
    }

    public var json: JSONNode {
        var b = JSONObjectBuilder()
        b.add("id", id)
        b.add("pseudonym", pseudonym)
        b.add("district", district)
        b.add("children", .array(children.map { c in
            var cb = JSONObjectBuilder()
            cb.add("alias", c.alias)
            cb.add("birthMonth", c.birthMonth.description)
            if c.expected { cb.add("expected", true) }
            return cb.build(extras: c.extras)
        }))
        b.add("needs", needs)
        b.add("languages", languages)
        b.add("referrals", .array(referrals.map(\.json)))
        if let followUp { b.add("followUp", followUp.description) }
        b.addIfPresent("notes", notes)
        if !entries.isEmpty {
            b.add("entries", .array(entries.map { e in
                var eb = JSONObjectBuilder()
                eb.add("day", e.day.description)
                eb.add("text", e.text)
                if e.entrusted { eb.add("entrusted", true) }
                return eb.build(extras: e.extras)
            }))
        }
        b.add("owner", owner)
        b.add("status", status.rawValue)
        if let closed { b.add("closed", closed.description) }
        b.add("created", created)
        b.add("updated", updated)
        b.addIfPresent("updatedBy", updatedBy)
        b.add("revision", revision)
        if let retention {
            var rb = JSONObjectBuilder()
            rb.add("rule", retention.rule)
            rb.add("until", retention.until.description)
            b.add("retention", rb.build(extras: retention.extras))
        }
        return b.build(extras: extras)
    }
}
