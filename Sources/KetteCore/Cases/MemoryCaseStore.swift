import Foundation

/// Cases kept in memory: the bundled demo's fictional cases. Changes last as long as the process,
/// so a demo on the projector can show every step without writing anything — and never shows
/// cases from a real store.
public final class MemoryCaseStore: CaseStore, @unchecked Sendable {
    public let user: OSUser
    public let store: Store
    public let clock: Clock
    public var isTransient: Bool { true }

    private let lock = NSLock()
    private var cases: [String: Case]
    private var log: [AuditEntry] = []
    private var drafts: [String: String] = [:]

    public init(store: Store, cases: [Case], user: OSUser, clock: Clock = .system) {
        self.store = store
        self.user = user
        self.clock = clock
        self.cases = Dictionary(cases.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    private func locked<T>(_ body: () throws(CaseStoreError) -> T) throws(CaseStoreError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    public func list() throws(CaseStoreError) -> CaseListing {
        try locked { () throws(CaseStoreError) -> CaseListing in
            let all = cases.values.sorted { $0.id < $1.id }
            log += entries(.list, all.map(\.id))
            return CaseListing(cases: all)
        }
    }

    public func read(_ id: String) throws(CaseStoreError) -> Case {
        try locked { () throws(CaseStoreError) -> Case in
            guard let c = cases[id] else { throw .notFound(id: id) }
            log += entries(.read, [id])
            return c
        }
    }

    public func create(_ draft: Case) throws(CaseStoreError) -> Case {
        try locked { () throws(CaseStoreError) -> Case in
            var c = try prepared(draft, revision: 1)
            if c.id.isEmpty { c.id = nextID(after: Array(cases.keys)) }
            guard cases[c.id] == nil else { throw .idTaken(id: c.id) }
            c.owner = user.name
            c.created = c.updated
            cases[c.id] = c
            log += entries(.create, [c.id])
            return c
        }
    }

    public func save(_ c: Case) throws(CaseStoreError) -> Case {
        try locked { () throws(CaseStoreError) -> Case in
            guard let current = cases[c.id] else { throw .notFound(id: c.id) }
            guard current.revision == c.revision else { throw .conflict(mine: c, theirs: current) }
            let saved = try prepared(c, revision: c.revision + 1)
            cases[c.id] = saved
            log += entries(.update, [c.id])
            return saved
        }
    }

    public func purge(dryRun: Bool) throws(CaseStoreError) -> [Case] {
        try locked { () throws(CaseStoreError) -> [Case] in
            let due = Retention.purgeCandidates(cases: Array(cases.values), today: clock.today())
            if !dryRun {
                for c in due { cases[c.id] = nil }
                log += entries(.purge, due.map(\.id))
            }
            return due
        }
    }

    public func auditEntries() throws(CaseStoreError) -> [AuditEntry] { try locked { log } }

    public func reopened(with store: Store) throws(CaseStoreError) -> any CaseStore {
        try locked { () throws(CaseStoreError) -> any CaseStore in
            let next = MemoryCaseStore(store: store, cases: Array(cases.values), user: user, clock: clock)
            next.log = log
            next.drafts = drafts
            return next
        }
    }

    public func saveDraft(_ text: String, key: String) throws(CaseStoreError) { try locked { drafts[key] = text } }
    public func draft(key: String) -> String? { (try? locked { drafts[key] }) ?? nil }
    public func removeDraft(key: String) { try? locked { drafts[key] = nil } }
}
