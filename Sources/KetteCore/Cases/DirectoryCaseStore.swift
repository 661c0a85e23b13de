import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Case records in a store directory (`cases/<id>.json`).
///
/// Before anything is read it checks the store's roles (``CaseAccess``) and the permissions of the
/// case directory and files: what others (world) can read or write is not opened, and the error
/// says how to fix it. Reads are written to the audit log before the data is returned; writes go
/// through ``StoreWriter/replace(_:with:in:expecting:mode:lock:)`` under the store lock, so they are
/// atomic, revision-checked and kept in the history.
public final class DirectoryCaseStore: CaseStore {
    public let path: String
    public let store: Store
    public let user: OSUser
    public let clock: Clock
    /// The time written to the audit log: the real time, whatever `clock` says (`--today` must not
    /// let anyone date an access into the past or future). Tests may fix it.
    let auditClock: Clock
    public var isTransient: Bool { false }
    public let source: DirectoryStoreSource
    let log: AuditLog

    public init(path: String, store: Store, user: OSUser = .current(), clock: Clock = .system,
                auditClock: Clock = .system) throws(CaseStoreError) {
        let access = CaseAccess.check(user, settings: store.info.cases)
        guard access.isPermitted else { throw .notPermitted(access) }
        self.path = path
        self.store = store
        self.user = user
        self.clock = clock
        self.auditClock = auditClock
        self.source = DirectoryStoreSource(path: path)
        self.log = AuditLog(storePath: path)
    }

    public func reopened(with store: Store) throws(CaseStoreError) -> any CaseStore {
        try DirectoryCaseStore(path: path, store: store, user: user, clock: clock, auditClock: auditClock)
    }

    var directory: String { "\(path)/\(StoreFile.casesDirectory)" }
    func relative(_ id: String) -> String { "\(StoreFile.casesDirectory)/\(id).json" }

    // MARK: Reading

    public func list() throws(CaseStoreError) -> CaseListing {
        guard try checkDirectory() else { return CaseListing(cases: []) }
        let names: [String]
        do { names = try source.caseFileNames() } catch { throw .unreadable(path: directory, reason: .load(error)) }
        var cases: [Case] = [], problems: [Diagnostic] = [], errors: [CaseStoreError] = []
        for name in names {
            let file = "\(directory)/\(name)"
            do { try checkFile(file) } catch {
                problems.append(Diagnostic(file: file, line: 1, column: 1, message: error.description))
                errors.append(error)
                continue
            }
            switch parseLocated(relativePath: "\(StoreFile.casesDirectory)/\(name)") {
            case .failure(let f):
                // Named with the place of the error, as `kette validate` names it.
                problems.append(Diagnostic(file: file, line: f.line, column: f.column, message: f.detail))
                errors.append(f.error)
            case .success(let c) where c.id + ".json" != name:
                let reason = CaseStoreError.Unreadable.idMismatch(id: c.id)
                problems.append(Diagnostic(file: file, line: c.position.line, column: c.position.column, path: "id",
                                           message: reason.text(.en)))
                errors.append(.unreadable(path: file, reason: reason))
            case .success(let c):
                cases.append(c)
            }
        }
        try audit(entries(.list, cases.map(\.id)))
        return CaseListing(cases: cases, problems: problems, errors: errors)
    }

    public func read(_ id: String) throws(CaseStoreError) -> Case {
        guard Identifier.isValid(id) else { throw .notFound(id: id) }
        guard try checkDirectory() else { throw .notFound(id: id) }
        let file = "\(directory)/\(id).json"
        try checkFile(file)
        let c = try parse(relativePath: relative(id))
        try audit(entries(.read, [id]))
        return c
    }

    /// Reads and maps one case file (``CaseStoreError/notFound(id:)`` when it does not exist).
    func parse(relativePath: String) throws(CaseStoreError) -> Case {
        switch parseLocated(relativePath: relativePath) {
        case .success(let c): return c
        case .failure(let f): throw f.error
        }
    }

    /// Why a case file could not be read, with the place in the file (for the list's diagnostics).
    struct ParseFailure: Error {
        var error: CaseStoreError
        var line = 1, column = 1
        /// The reason without the file name and position.
        var detail: String
    }

    func parseLocated(relativePath: String) -> Result<Case, ParseFailure> {
        let display = source.displayPath(of: relativePath)
        func failure(_ line: Int, _ column: Int, _ detail: String) -> Result<Case, ParseFailure> {
            .failure(ParseFailure(error: .unreadable(path: display, reason: .content(line: line, column: column, detail: detail)),
                                  line: line, column: column, detail: detail))
        }
        let bytes: [UInt8]?
        do { bytes = try source.read(relativePath) } catch {
            return .failure(ParseFailure(error: .unreadable(path: display, reason: .load(error)), detail: error.reason))
        }
        guard let bytes else {
            let id = String(relativePath.dropFirst(StoreFile.casesDirectory.count + 1).dropLast(5))
            return .failure(ParseFailure(error: .notFound(id: id), detail: CaseStoreError.notFound(id: id).description))
        }
        let root: JSONNode
        do { root = try JSONParser.parse(bytes) } catch {
            return failure(error.line, error.column, error.message)
        }
        let sink = DiagnosticSink()
        let c = Case(json: root, path: "", file: display, sink: sink)
        if let first = sink.diagnostics.first(where: { $0.severity == .error }) {
            return failure(first.line, first.column, (first.path.isEmpty ? "" : first.path + ": ") + first.message)
        }
        guard let c else {
            let reason = CaseStoreError.Unreadable.notACase
            return .failure(ParseFailure(error: .unreadable(path: display, reason: reason), detail: reason.text(.en)))
        }
        return .success(c)
    }

    // MARK: Writing

    public func create(_ draft: Case) throws(CaseStoreError) -> Case {
        try ensureDirectory()
        let lock: StoreLock
        do { lock = try StoreLock(storePath: path) } catch { throw .write(error) }
        var c = try prepared(draft, revision: 1)
        if c.id.isEmpty {
            let existing = ((try? source.caseFileNames()) ?? []).map { String($0.dropLast(5)) }
            c.id = nextID(after: existing)
        }
        guard Identifier.isValid(c.id) else { throw .notFound(id: c.id) }
        c.owner = user.name
        c.created = c.updated
        do {
            try StoreWriter.replace(relative(c.id), with: JSONWriter.pretty(c.json), in: path, expecting: 0,
                                    mode: StoreWriter.caseFileMode(in: path), lock: lock)
        } catch {
            if case .conflict = error { throw .idTaken(id: c.id) }
            throw .write(error)
        }
        try audit(entries(.create, [c.id]))
        return c
    }

    public func save(_ c: Case) throws(CaseStoreError) -> Case {
        guard try checkDirectory() else { throw .notFound(id: c.id) }
        let lock: StoreLock
        do { lock = try StoreLock(storePath: path) } catch { throw .write(error) }
        let file = "\(directory)/\(c.id).json"
        try checkFile(file)
        let theirs = try parse(relativePath: relative(c.id))
        guard theirs.revision == c.revision else { throw .conflict(mine: c, theirs: theirs) }
        let saved = try prepared(c, revision: c.revision + 1)
        do {
            try StoreWriter.replace(relative(c.id), with: JSONWriter.pretty(saved.json), in: path, expecting: c.revision,
                                    mode: StoreWriter.caseFileMode(in: path), lock: lock)
        } catch {
            throw .write(error)
        }
        try audit(entries(.update, [c.id]))
        return saved
    }

    public func purge(dryRun: Bool) throws(CaseStoreError) -> [Case] {
        guard try checkDirectory() else { return [] }
        let lock: StoreLock
        do { lock = try StoreLock(storePath: path) } catch { throw .write(error) }
        defer { withExtendedLifetime(lock) {} }
        var all: [Case] = []
        for name in (try? source.caseFileNames()) ?? [] {
            if let c = try? parse(relativePath: "\(StoreFile.casesDirectory)/\(name)"), c.id + ".json" == name { all.append(c) }
        }
        let due = Retention.purgeCandidates(cases: all, today: clock.today())
        guard !dryRun else { return due }
        var deleted: [Case] = []
        for c in due {
            let file = "\(directory)/\(c.id).json"
            guard unlink(file) == 0 || errno == ENOENT else {
                try? audit(entries(.purge, deleted.map(\.id)))
                throw .write(.io(path: file, operation: .deleting, reason: AtomicFile.errnoText()))
            }
            for version in StoreHistory.versions(of: relative(c.id), in: path) { unlink(version.path) }
            removeDrafts(of: c.id)
            deleted.append(c)
        }
        try audit(entries(.purge, deleted.map(\.id)))
        return deleted
    }

    public func auditEntries() throws(CaseStoreError) -> [AuditEntry] {
        _ = try checkDirectory()
        do { return try log.read().entries } catch { throw .unreadable(path: log.path, reason: .load(error)) }
    }

    // MARK: Drafts

    var draftDirectory: String { "\(directory)/.drafts/\(AuditEntry.clean(user.name).replacingOccurrences(of: "/", with: "_"))" }
    func draftPath(_ key: String) -> String? { Identifier.isValid(key) ? "\(draftDirectory)/\(key).json" : nil }

    public func saveDraft(_ text: String, key: String) throws(CaseStoreError) {
        guard let file = draftPath(key) else { throw .notFound(id: key) }
        try ensureDirectory()
        // In a team store the drafts folder is the team's (2770) and each member's folder 2730: the
        // group may not list or read it (the draft files are 0600), but may delete in it, so that
        // `kette case purge` run by any member removes a colleague's draft of a purged case.
        // Without a team group both are 0700. The modes are set whatever the umask.
        let shared = AtomicFile.isGroupShared(directory)
        for (dir, mode) in [("\(directory)/.drafts", shared ? 0o770 : 0o700), (draftDirectory, shared ? 0o730 : 0o700)] as [(String, mode_t)] {
            if mkdir(dir, mode) != 0 && errno != EEXIST {
                throw .write(.io(path: dir, operation: .creatingDraftsFolder, reason: AtomicFile.errnoText()))
            }
            AtomicFile.giveToGroup(of: (dir as NSString).deletingLastPathComponent, path: dir)
            var st = stat()
            if lstat(dir, &st) == 0, st.st_uid == geteuid(), st.st_mode & 0o777 != mode {
                chmod(dir, (st.st_mode & 0o2000) | mode)
            }
        }
        do { try AtomicFile.write(Array(text.utf8), to: file, mode: 0o600) } catch { throw .write(error) }
    }

    public func draft(key: String) -> String? {
        guard let file = draftPath(key) else { return nil }
        let fd = open(file, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        // In a team store colleagues may delete in this folder (for the purge), so they could also
        // put a file here: only a draft this user wrote is brought back into their form.
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG, st.st_uid == geteuid() else { return nil }
        let data = handle.readDataToEndOfFile()
        return String(decoding: data, as: UTF8.self)
    }

    public func removeDraft(key: String) {
        if let file = draftPath(key) { unlink(file) }
    }

    func removeDrafts(of id: String) {
        let root = "\(directory)/.drafts"
        for user in (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [] {
            unlink("\(root)/\(user)/\(id).json")
        }
    }

    // MARK: Protection

    /// False when there is no case directory yet. Throws when it is open to others or a link.
    func checkDirectory() throws(CaseStoreError) -> Bool {
        switch CaseProtection.check(directory, isDirectory: true, team: CaseProtection.isTeamStore(path, settings: settings)) {
        case .protected: return true
        case .missing: return false
        case .symbolicLink, .wrongType:
            throw .unreadable(path: directory, reason: .notADirectory)
        case .open(let mode, let fix): throw .unprotected(path: directory, mode: mode, fix: fix)
        case .unreadable(let reason): throw .unreadable(path: directory, reason: .system(reason))
        }
    }

    func checkFile(_ file: String) throws(CaseStoreError) {
        switch CaseProtection.check(file, isDirectory: false, team: CaseProtection.isTeamStore(path, settings: settings)) {
        case .protected: return
        case .missing: throw .notFound(id: ((file as NSString).lastPathComponent as NSString).deletingPathExtension)
        case .symbolicLink, .wrongType: throw .unreadable(path: file, reason: .notARegularFile)
        case .open(let mode, let fix): throw .unprotected(path: file, mode: mode, fix: fix)
        case .unreadable(let reason): throw .unreadable(path: file, reason: .system(reason))
        }
    }

    /// Creates `cases/` when missing: 0700, or 2770 owned by the team's group when the store names
    /// one — or when the store directory itself is shared with a group (the team setup of the
    /// README: 2770), so that the first case does not lock the colleagues out.
    func ensureDirectory() throws(CaseStoreError) {
        if try checkDirectory() { return }
        let group = settings.group.flatMap { name in getgrnam(name).map { $0.pointee.gr_gid } }
        let mode: mode_t = group == nil && !AtomicFile.isGroupShared(path) ? 0o700 : 0o2770
        guard mkdir(directory, 0o700) == 0 || errno == EEXIST else {
            throw .write(.io(path: directory, operation: .creatingCaseDirectory, reason: AtomicFile.errnoText()))
        }
        if let group, chown(directory, uid_t.max, group) != 0 {
            throw .write(.io(path: directory, operation: .givingCaseDirectoryToGroup(settings.group!), reason: AtomicFile.errnoText()))
        }
        if group == nil { AtomicFile.giveToGroup(of: path, path: directory) }
        chmod(directory, mode)
    }

    /// Records an access made outside this type (`kette validate` reading the case files,
    /// `kette restore` bringing back a case version).
    public func record(_ action: AuditAction, ids: [String]) throws(CaseStoreError) {
        try audit(entries(action, ids))
    }

    /// Appends to the audit log; a log that cannot be written stops the operation.
    func audit(_ entries: [AuditEntry]) throws(CaseStoreError) {
        let now = auditClock.timestamp()
        let stamped = entries.map { e in AuditEntry(time: now, user: e.user, action: e.action, caseID: e.caseID) }
        do { try log.append(stamped, mode: StoreWriter.caseFileMode(in: path)) } catch { throw .audit(error) }
    }
}
