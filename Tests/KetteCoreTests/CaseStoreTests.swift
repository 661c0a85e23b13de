import Foundation
import Testing
@testable import KetteCore

/// The case store on disk: access roles, permissions, audit log, revisions, purge and drafts.
@Suite struct CaseStoreTests {
    static let today = Day("2026-11-21")!
    let clock = Clock.fixed(CaseStoreTests.today, time: "09:30:00")
    let worker = OSUser(name: "fk1", groups: ["fk1", "jugendamt"])

    /// The fixture store on disk (with case c1), optionally with a `cases` object in store.json.
    func makeStore(cases settings: String? = nil) throws -> (dir: String, store: Store) {
        let dir = Fixture.temporaryDirectory() + "/store"
        var files = Fixture.files
        if let settings {
            files["store.json"] = #"{"format": "kette-store", "version": 1, "municipality": "Teststadt", "locale": "de-DE", "cases": \#(settings)}"#
        }
        try StoreWriter.create(files: files, at: dir)
        let loaded = try StoreLoader.load(from: DirectoryStoreSource(path: dir), includeCases: false)
        #expect(loaded.isValid, "\(loaded.lines)")
        #expect(loaded.store.cases.isEmpty, "without includeCases the loader reads no case file")
        return (dir, loaded.store)
    }

    func caseStore(_ s: (dir: String, store: Store), user: OSUser? = nil) throws -> DirectoryCaseStore {
        try DirectoryCaseStore(path: s.dir, store: s.store, user: user ?? worker, clock: clock, auditClock: clock)
    }

    func draft(pseudonym: String = "Familie Birke", district: String = "sued") -> Case {
        Case(id: "", pseudonym: pseudonym, district: district,
             children: [Case.Child(alias: "Kind 1", birthMonth: Month("2021-02")!)],
             needs: ["sprache"], languages: ["ar"], owner: "", created: "", updated: "")
    }

    func mode(_ path: String) -> mode_t {
        var st = stat()
        _ = stat(path, &st)
        return st.st_mode & 0o7777
    }

    func auditLines(_ dir: String) throws -> [String] {
        try String(contentsOfFile: "\(dir)/cases/.audit.log", encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test func createWritesAPrivateFileOwnedByTheUserAndAudits() throws {
        let s = try makeStore()
        let cases = try caseStore(s)
        let c = try cases.create(draft())
        #expect(c.id == "c-2026-0001")
        #expect(c.owner == "fk1" && c.revision == 1)
        #expect(c.created == "2026-11-21T09:30:00Z" && c.updated == c.created)
        #expect(c.retention?.rule == "beratung")
        #expect(c.retention?.until == Day("2029-12-31"), "open counselling case: as if closed today, + 3 years")
        let file = "\(s.dir)/cases/c-2026-0001.json"
        #expect(mode(file) == 0o600)
        #expect(mode("\(s.dir)/cases") == 0o700)
        let lines = try auditLines(s.dir)
        #expect(lines == ["2026-11-21T09:30:00Z\tfk1\tcreate\tc-2026-0001"])
        #expect(mode("\(s.dir)/cases/.audit.log") == 0o600)
        // The audit log names the case, never its content.
        let log = try String(contentsOfFile: "\(s.dir)/cases/.audit.log", encoding: .utf8)
        #expect(!log.contains("Birke") && !log.contains("sued"))
        // A second case gets the next number; the file is a valid case for the loader.
        #expect(try cases.create(draft()).id == "c-2026-0002")
        let reloaded = try StoreLoader.load(from: DirectoryStoreSource(path: s.dir), includeCases: true)
        #expect(reloaded.isValid, "\(reloaded.lines)")
        #expect(reloaded.store.cases.map(\.id).sorted() == ["c-2026-0001", "c-2026-0002", "c1"])
    }

    @Test func aNewCaseWithATakenIdIsRefusedByName() throws {
        let s = try makeStore()
        let cases = try caseStore(s)
        var taken = draft(pseudonym: "Familie Esche")
        taken.id = "c1"
        let before = try String(contentsOfFile: "\(s.dir)/cases/c1.json", encoding: .utf8)
        #expect(throws: CaseStoreError.idTaken(id: "c1")) { try cases.create(taken) }
        #expect(try String(contentsOfFile: "\(s.dir)/cases/c1.json", encoding: .utf8) == before)
        // The demo's cases in memory say the same.
        let memory = MemoryCaseStore(store: s.store, cases: [try cases.read("c1")], user: worker, clock: clock)
        #expect(throws: CaseStoreError.idTaken(id: "c1")) { try memory.create(taken) }
    }

    @Test func readsAndListsAreAuditedWithIDsOnly() throws {
        let s = try makeStore()
        let cases = try caseStore(s)
        let listing = try cases.list()
        #expect(listing.cases.map(\.id) == ["c1"] && listing.problems.isEmpty)
        let c = try cases.read("c1")
        #expect(c.pseudonym == "Familie Ahorn")
        #expect(try auditLines(s.dir) == ["2026-11-21T09:30:00Z\tfk1\tlist\tc1", "2026-11-21T09:30:00Z\tfk1\tread\tc1"])
        let entries = try cases.auditEntries()
        #expect(entries.map(\.action) == [.list, .read] && entries.allSatisfy { $0.user == "fk1" && $0.caseID == "c1" })
        #expect(throws: CaseStoreError.notFound(id: "nope")) { try cases.read("nope") }
        #expect(throws: CaseStoreError.notFound(id: "../store")) { try cases.read("../store") }
    }

    @Test func aCaseIsNotShownWhenTheAuditLogCannotBeWritten() throws {
        let s = try makeStore()
        let cases = try caseStore(s)
        // A directory where the log should be: appending fails, so reading must fail too.
        try FileManager.default.createDirectory(atPath: "\(s.dir)/cases/.audit.log", withIntermediateDirectories: false)
        #expect {
            _ = try cases.read("c1")
        } throws: { e in
            guard case .audit = e as? CaseStoreError else { return false }
            return true
        }
    }

    @Test func saveBumpsTheRevisionAndAConcurrentSaveIsAConflictThatKeepsBothVersions() throws {
        let s = try makeStore()
        let alice = try caseStore(s)
        let bob = try caseStore(s, user: OSUser(name: "fk2", groups: ["jugendamt"]))
        var a = try alice.read("c1"), b = try bob.read("c1")
        a.notes = "Termin mit der Kita vereinbart"
        b.notes = "Familie meldet sich selbst"
        let saved = try alice.save(a)
        #expect(saved.revision == 2 && saved.updated == "2026-11-21T09:30:00Z")
        #expect {
            _ = try bob.save(b)
        } throws: { e in
            guard case .conflict(let mine, let theirs) = e as? CaseStoreError else { return false }
            return mine.notes == "Familie meldet sich selbst" && mine.revision == 1
                && theirs.notes == "Termin mit der Kita vereinbart" && theirs.revision == 2
        }
        // The file on disk is Alice's; the version before is in the history.
        #expect(try alice.read("c1").notes == "Termin mit der Kita vereinbart")
        #expect(StoreHistory.versions(of: "cases/c1.json", in: s.dir).map(\.revision) == [1])
        #expect(try auditLines(s.dir).filter { $0.contains("\tupdate\t") } == ["2026-11-21T09:30:00Z\tfk1\tupdate\tc1"])
    }

    @Test func anInvalidCaseIsRefusedAndNothingIsWritten() throws {
        let s = try makeStore()
        let cases = try caseStore(s)
        var bad = draft(pseudonym: " ", district: "mond")
        bad.children.append(Case.Child(alias: "Kind 2", birthMonth: Month("2027-03")!))
        #expect {
            _ = try cases.create(bad)
        } throws: { e in
            guard case .invalid(let problems) = e as? CaseStoreError else { return false }
            let fields = Set(problems.filter { $0.severity == .error }.map(\.field))
            return fields == ["pseudonym", "district", "children[1].birthMonth"]
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(s.dir)/cases") == ["c1.json"])
    }

    @Test func closingSetsTheClosingDayAndTheRetentionFromTheStoreSettings() throws {
        let s = try makeStore(cases: #"{"counsellingYears": 2}"#)
        #expect(s.store.info.cases.retention.counsellingYears == 2)
        let cases = try caseStore(s)
        var c = try cases.read("c1")
        c.status = .closed
        let closed = try cases.save(c)
        #expect(closed.closed == Self.today)
        #expect(closed.retention == Case.Retention(rule: "beratung", until: Day("2028-12-31")!))
        var reopened = closed
        reopened.status = .open
        #expect(try cases.save(reopened).closed == nil)
    }

    @Test func rolesLimitWhoSeesCases() throws {
        let s = try makeStore(cases: #"{"group": "jugendamt", "users": ["leitung"]}"#)
        #expect(s.store.info.cases.group == "jugendamt")
        #expect(throws: Never.self) { try caseStore(s) }
        #expect(throws: Never.self) { try caseStore(s, user: OSUser(name: "leitung", groups: ["verwaltung"])) }
        let outsider = OSUser(name: "praktikant", groups: ["praktikant", "verwaltung"])
        #expect {
            _ = try caseStore(s, user: outsider)
        } throws: { e in
            guard case .notPermitted(let access) = e as? CaseStoreError else { return false }
            return access.reason.contains("praktikant") && access.reason.contains("jugendamt")
        }
        // Without roles the file permissions decide.
        let open = try makeStore()
        #expect(throws: Never.self) { try caseStore(open, user: outsider) }
    }

    @Test func caseFilesOrDirectoriesOpenToOthersAreRefusedWithAFix() throws {
        let s = try makeStore()
        let cases = try caseStore(s)
        chmod("\(s.dir)/cases/c1.json", 0o644)
        #expect {
            _ = try cases.read("c1")
        } throws: { e in
            guard case .unprotected(let path, let mode, let fix) = e as? CaseStoreError else { return false }
            return path.hasSuffix("cases/c1.json") && mode == "0644" && fix == "chmod 600 \(s.dir)/cases/c1.json"
        }
        // The list skips it with the same explanation.
        let listing = try cases.list()
        #expect(listing.cases.isEmpty && listing.problems.count == 1)
        #expect(listing.problems.first?.message.contains("chmod 600") == true)
        chmod("\(s.dir)/cases/c1.json", 0o600)
        chmod("\(s.dir)/cases", 0o755)
        #expect {
            _ = try cases.list()
        } throws: { e in
            guard case .unprotected(_, let mode, let fix) = e as? CaseStoreError else { return false }
            return mode == "0755" && fix == "chmod 700 \(s.dir)/cases"
        }
    }

    @Test func aTeamStoreKeepsGroupModes() throws {
        let s = try makeStore()
        chmod("\(s.dir)/cases", 0o2770)
        chmod("\(s.dir)/cases/c1.json", 0o660)
        let cases = try caseStore(s)
        let c = try cases.create(draft())
        #expect(mode("\(s.dir)/cases/\(c.id).json") == 0o660)
        #expect(mode("\(s.dir)/cases/.audit.log") == 0o660)
        var first = try cases.read("c1")
        first.notes = "x"
        _ = try cases.save(first)
        #expect(mode("\(s.dir)/cases/c1.json") == 0o660)
    }

    @Test func purgeDeletesClosedCasesPastTheirDateWithHistoryAndDrafts() throws {
        let s = try makeStore()
        let cases = try caseStore(s)
        // An old closed case, past its retention date, with a history version and a draft.
        var old = try cases.read("c1")
        old.status = .closed
        old.closed = Day("2020-03-01")
        old = try cases.save(old)
        #expect(old.retention?.until == Day("2023-12-31"))
        try cases.saveDraft("{}", key: "c1")
        let keep = try cases.create(draft())
        #expect(try cases.purge(dryRun: true).map(\.id) == ["c1"])
        #expect(FileManager.default.fileExists(atPath: "\(s.dir)/cases/c1.json"), "a dry run deletes nothing")
        #expect(try cases.purge(dryRun: false).map(\.id) == ["c1"])
        #expect(!FileManager.default.fileExists(atPath: "\(s.dir)/cases/c1.json"))
        #expect(StoreHistory.versions(of: "cases/c1.json", in: s.dir).isEmpty)
        #expect(cases.draft(key: "c1") == nil)
        #expect(try cases.list().cases.map(\.id) == [keep.id])
        #expect(try auditLines(s.dir).contains("2026-11-21T09:30:00Z\tfk1\tpurge\tc1"))
    }

    @Test func draftsArePrivateToTheirUser() throws {
        let s = try makeStore()
        let cases = try caseStore(s)
        try cases.saveDraft(#"{"pseudonym": "Familie Eiche"}"#, key: "new")
        #expect(cases.draft(key: "new") == #"{"pseudonym": "Familie Eiche"}"#)
        #expect(mode("\(s.dir)/cases/.drafts/fk1/new.json") == 0o600)
        #expect(mode("\(s.dir)/cases/.drafts/fk1") == 0o700)
        let other = try caseStore(s, user: OSUser(name: "fk2"))
        #expect(other.draft(key: "new") == nil)
        cases.removeDraft(key: "new")
        #expect(cases.draft(key: "new") == nil)
        // Drafts and the log are not case files.
        #expect(try cases.list().cases.map(\.id) == ["c1"])
    }

    @Test func theDemoKeepsItsCasesInMemory() throws {
        let loaded = try Fixture.load()
        let demo = MemoryCaseStore(store: loaded.store, cases: loaded.store.cases, user: worker, clock: clock)
        #expect(demo.isTransient)
        let c = try demo.create(draft())
        #expect(try demo.list().cases.map(\.id) == ["c-2026-0001", "c1"])
        var changed = try demo.read(c.id)
        changed.notes = "n"
        #expect(try demo.save(changed).revision == 2)
        #expect(throws: CaseStoreError.self) { try demo.save(changed) }
        #expect(try demo.auditEntries().map(\.action) == [.create, .list, .list, .read, .update])
    }

    @Test func settingsAreValidatedAndWrittenBack() throws {
        let bad = try Fixture.load(["store.json": #"{"format": "kette-store", "version": 1, "municipality": "T", "cases": {"counsellingYears": -1, "users": "x"}}"#])
        #expect(bad.hasError(file: "store.json", containing: "cases.counsellingYears: counsellingYears must be between 0 and 100"))
        #expect(bad.hasError(file: "store.json", containing: "cases.users"))
        var info = StoreInfo(municipality: "T")
        info.cases = CaseSettings(group: "jugendamt", users: ["a"], retention: Retention(counsellingYears: 5, longTermAge: 100))
        let text = JSONWriter.pretty(info.json)
        let again = try StoreLoader.load(from: MemoryStoreSource(name: "t", files: Fixture.files.merging(["store.json": text]) { $1 }))
        #expect(again.store.info.cases == info.cases)
    }

    // MARK: Found in QA (issue #4)

    /// A broken case file is named with the line and column of the error (not 1:1 with the place
    /// repeated in the message), and the other cases are still listed.
    @Test func aBrokenCaseFileIsListedWithTheLineAndColumnOfTheError() throws {
        let s = try makeStore()
        try "{\n  \"id\": \"c2\",\n  \"pseudonym\": \"X\",,\n}\n".write(toFile: "\(s.dir)/cases/c2.json", atomically: false, encoding: .utf8)
        chmod("\(s.dir)/cases/c2.json", 0o600)
        let listing = try caseStore(s).list()
        #expect(listing.cases.map(\.id) == ["c1"])
        let problem = try #require(listing.problems.first)
        #expect(listing.problems.count == 1)
        #expect(problem.file.hasSuffix("cases/c2.json"))
        #expect(problem.line == 3 && problem.column == 20, "\(problem)")
        #expect(problem.description.hasSuffix("cases/c2.json:3:20: error: expected a key in double quotes, found ','"), "\(problem)")
        // A file whose content is not a case is placed at the offending key.
        try "{\"id\": \"c3\", \"pseudonym\": 7}".write(toFile: "\(s.dir)/cases/c3.json", atomically: false, encoding: .utf8)
        chmod("\(s.dir)/cases/c3.json", 0o600)
        let again = try caseStore(s).list()
        let c3 = try #require(again.problems.first { $0.file.hasSuffix("c3.json") })
        #expect(!c3.message.contains("line 1, column"), "the place is not repeated in the message: \(c3)")
        // Reading it alone still names file and place.
        let alone = try caseStore(s)
        do {
            _ = try alone.read("c2")
            Issue.record("a broken case file was read")
        } catch {
            #expect(error.description.contains("c2.json: line 3, column 20: expected a key"), "\(error)")
        }
    }

    /// A team store (2770, the README's recipe) whose `cases/` does not exist yet: the first case
    /// creates it 2770 with group-readable files, not 0700 owned by whoever came first.
    @Test func theFirstCaseOfATeamStoreLeavesTheCaseDirectoryToTheTeam() throws {
        let s = try makeStore()
        try FileManager.default.removeItem(atPath: "\(s.dir)/cases")
        chmod(s.dir, 0o2770)
        let cases = try caseStore(s)
        let c = try cases.create(draft())
        #expect(mode("\(s.dir)/cases") == 0o2770)
        #expect(mode("\(s.dir)/cases/\(c.id).json") == 0o660)
        #expect(mode("\(s.dir)/cases/.audit.log") == 0o660)
        // Without a team (store 0755) it stays private.
        let own = try makeStore()
        try FileManager.default.removeItem(atPath: "\(own.dir)/cases")
        chmod(own.dir, 0o755)
        let mine = try caseStore(own).create(draft())
        #expect(mode("\(own.dir)/cases") == 0o700)
        #expect(mode("\(own.dir)/cases/\(mine.id).json") == 0o600)
    }

    /// In a team store a member's drafts folder lets the team delete (not list or read) in it, so a
    /// purge run by a colleague removes the draft of a purged case; an old 0700 folder is opened up.
    @Test func draftFoldersOfATeamStoreLetThePurgeDeleteColleaguesDrafts() throws {
        let s = try makeStore()
        chmod("\(s.dir)/cases", 0o2770)
        let cases = try caseStore(s)
        try cases.saveDraft("r1\n{}", key: "c1")
        #expect(mode("\(s.dir)/cases/.drafts") & 0o777 == 0o770)
        #expect(mode("\(s.dir)/cases/.drafts/fk1") & 0o777 == 0o730)
        #expect(mode("\(s.dir)/cases/.drafts/fk1/c1.json") == 0o600)
        chmod("\(s.dir)/cases/.drafts/fk1", 0o700)
        try cases.saveDraft("r1\n{}", key: "c1")
        #expect(mode("\(s.dir)/cases/.drafts/fk1") & 0o777 == 0o730)
        // Colleagues can put files into the folder: a draft not written by this user is not restored.
        if geteuid() == 0 {
            try "r9\n{\"notes\": \"untergeschoben\"}".write(toFile: "\(s.dir)/cases/.drafts/fk1/c1.json", atomically: false, encoding: .utf8)
            chown("\(s.dir)/cases/.drafts/fk1/c1.json", 4802, 4802)
            #expect(cases.draft(key: "c1") == nil)
        }
    }
}
