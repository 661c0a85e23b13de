/// Case records in one list, with the problems found while reading them.
public struct CaseListing: Sendable {
    public var cases: [Case]
    /// Case files that were skipped or have broken references, `kette validate` style.
    public var problems: [Diagnostic]
    /// The same problems as errors, in the same order, for a message in the interface language.
    public var errors: [CaseStoreError]
    public init(cases: [Case], problems: [Diagnostic] = [], errors: [CaseStoreError] = []) {
        self.cases = cases
        self.problems = problems
        self.errors = errors
    }

    /// The problems for the user: English as `kette validate` names them; in German a file that
    /// was not opened (permissions, a link, a system error) is named with the German message, while
    /// a file whose content is broken keeps the `FILE:LINE:COLUMN: error:` form of `kette validate`.
    public func problemTexts(_ language: Language) -> [String] {
        problems.indices.map { i in
            guard language != .en, errors.indices.contains(i) else { return problems[i].description }
            return errors[i].isBrokenContent ? problems[i].description : errors[i].message(language)
        }
    }
}

extension CaseStoreError {
    /// A case file that was read but is not a valid case (its problem has a place in the file).
    public var isBrokenContent: Bool {
        if case .unreadable(_, .content) = self { return true }
        return false
    }
}

/// Where case records are read and written: the only way to case data. Every implementation checks
/// the store's roles before reading, writes an audit line for every read and write, and refuses
/// a save based on an outdated revision.
public protocol CaseStore: AnyObject, Sendable {
    /// Who is working (owner of new cases, named in the audit log).
    var user: OSUser { get }
    /// The store the cases refer to: districts, needs, offers and the case settings.
    var store: Store { get }
    var clock: Clock { get }
    /// True when saves go to memory only (the bundled demo).
    var isTransient: Bool { get }

    /// Every case (summary use: the list screen, follow-ups). Audited as `list` per case.
    func list() throws(CaseStoreError) -> CaseListing
    /// One case in full. Audited as `read`.
    func read(_ id: String) throws(CaseStoreError) -> Case
    /// Stores a new case: gives it an id (when empty), the user as owner, timestamps, revision 1
    /// and its retention record. Audited as `create`.
    func create(_ draft: Case) throws(CaseStoreError) -> Case
    /// Saves a changed case loaded at `c.revision`; throws ``CaseStoreError/conflict(mine:theirs:)``
    /// when someone saved it meanwhile. Returns the case as saved. Audited as `update`.
    func save(_ c: Case) throws(CaseStoreError) -> Case
    /// Closed cases past their retention date: deleted (with their history and drafts) unless
    /// `dryRun`. Each deletion is audited as `purge`.
    func purge(dryRun: Bool) throws(CaseStoreError) -> [Case]
    /// The audit log, oldest first.
    func auditEntries() throws(CaseStoreError) -> [AuditEntry]
    /// The same cases checked against a store that was reloaded (the roles are checked again).
    func reopened(with store: Store) throws(CaseStoreError) -> any CaseStore

    /// Drafts of forms being typed (key: a case id, or "new"), kept per user so that a dropped
    /// connection loses nothing. The text is opaque to the store.
    func saveDraft(_ text: String, key: String) throws(CaseStoreError)
    func draft(key: String) -> String?
    func removeDraft(key: String)
}

extension CaseStore {
    public var settings: CaseSettings { store.info.cases }

    /// Checks the case and fills in what the program decides: timestamps, closing date and retention.
    func prepared(_ c: Case, revision: Int) throws(CaseStoreError) -> Case {
        let today = clock.today()
        let problems = CaseValidator.problems(c, store: store, today: today)
        if problems.contains(where: { $0.severity == .error }) { throw .invalid(problems) }
        var out = c
        out.updated = clock.timestamp()
        out.updatedBy = user.name
        out.revision = revision
        switch out.status {
        case .closed: if out.closed == nil { out.closed = today }
        case .open: out.closed = nil
        }
        let rule = settings.retention.rule(for: out)
        if let until = settings.retention.until(for: out, closedOn: out.closed ?? today) {
            var record = Case.Retention(rule: rule, until: until)
            record.extras = out.retention?.extras ?? []
            out.retention = record
        }
        return out
    }

    /// The next free id of the form `c-YYYY-NNNN` for the current year.
    func nextID(after existing: [String]) -> String {
        let prefix = "c-\(clock.today().year)-"
        let used = existing.compactMap { $0.hasPrefix(prefix) ? Int($0.dropFirst(prefix.count)) : nil }
        return prefix + zeroPadded((used.max() ?? 0) + 1, 4)
    }

    func entries(_ action: AuditAction, _ ids: [String]) -> [AuditEntry] {
        let time = clock.timestamp()
        return ids.map { AuditEntry(time: time, user: user.name, action: action, caseID: $0) }
    }
}
