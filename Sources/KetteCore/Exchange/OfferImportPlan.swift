/// What an offer import (CSV or HSDS) would do to a store's offers; made without writing anything.
///
/// Merges by offer id: a row or service with an id the store has changes that offer (keeping what
/// the file does not say and the offer's unknown keys), a new id adds an offer. A plan with any
/// rejected entry cannot be applied: a file is imported completely or not at all.
public struct OfferImportPlan: Sendable {
    public struct Entry: Sendable, Hashable {
        public var line: Int
        public var offer: Offer
    }

    public struct Change: Sendable, Hashable {
        public var line: Int
        public var old: Offer
        public var new: Offer
        /// The store keys whose values differ (`title`, `languages`, `contact.phone` …).
        public var keys: [String]
    }

    public var added: [Entry] = []
    public var changed: [Change] = []
    public var unchanged: [Entry] = []
    /// Every problem that rejects a row or service, or the file, in line order.
    public var rejected: [OfferImportProblem] = []
    /// Remarks that reject nothing: columns ignored, HSDS data not imported, values assumed.
    public var notes: [OfferImportProblem] = []
    /// How the file was decoded (CSV), e.g. "UTF-8" or "Windows-1252".
    public var encoding: String?
    /// The field separator (CSV).
    public var delimiter: Character?

    public init() {}

    public var rejectedLines: [Int] { Array(Set(rejected.map(\.entryLine))).sorted() }
    public var isApplicable: Bool { rejected.isEmpty }
    public var hasChanges: Bool { !added.isEmpty || !changed.isEmpty }

    /// The store's offers with the plan merged in: changed offers replaced in place, new ones appended
    /// in file order.
    public func merged(into offers: [Offer]) -> [Offer] {
        var result = offers
        var index: [String: Int] = [:]
        for (i, o) in result.enumerated() where index[o.id] == nil { index[o.id] = i }
        for new in changed.map(\.new) + added.map(\.offer) {
            if let i = index[new.id] {
                result[i] = new
            } else {
                index[new.id] = result.count
                result.append(new)
            }
        }
        return result
    }

    /// Files an offer that was read without problems as added, changed or unchanged.
    mutating func file(_ offer: Offer, line: Int, existing: Offer?) {
        guard let existing else {
            added.append(Entry(line: line, offer: offer))
            return
        }
        let keys = Self.differences(existing, offer)
        if keys.isEmpty {
            unchanged.append(Entry(line: line, offer: existing))
        } else {
            changed.append(Change(line: line, old: existing, new: offer, keys: keys))
        }
    }

    /// The store keys in which two offers differ.
    static func differences(_ a: Offer, _ b: Offer) -> [String] {
        var keys: [String] = []
        func check<T: Equatable>(_ key: String, _ x: T, _ y: T) { if x != y { keys.append(key) } }
        check("title", a.title, b.title)
        check("provider", a.provider, b.provider)
        check("field", a.field, b.field)
        check("stages", a.stages, b.stages)
        check("transitions", a.transitions, b.transitions)
        check("citywide", a.citywide, b.citywide)
        check("districts", a.districts, b.districts)
        check("description", a.description, b.description)
        check("address", a.address, b.address)
        check("contact.phone", a.contact?.phone, b.contact?.phone)
        check("contact.email", a.contact?.email, b.contact?.email)
        check("contact.web", a.contact?.web, b.contact?.web)
        check("languages", a.languages, b.languages)
        check("cost.free", a.cost.free, b.cost.free)
        check("cost.note", a.cost.note, b.cost.note)
        check("accessible", a.accessible, b.accessible)
        check("eligibility", a.eligibility, b.eligibility)
        check("hours", a.hours, b.hours)
        check("tags", a.tags, b.tags)
        check("updated", a.updated, b.updated)
        check("status", a.status, b.status)
        return keys
    }

    /// Problems sorted by line (then column); problems of one place keep the order they were found in.
    static func inOrder(_ problems: [OfferImportProblem]) -> [OfferImportProblem] {
        problems.enumerated().sorted {
            ($0.element.line, $0.element.column ?? 0, $0.offset) < ($1.element.line, $1.element.column ?? 0, $1.offset)
        }.map(\.element)
    }
}
