import Foundation
import Testing
@testable import KetteCore

/// A team store whose `store.json` names the case group: `kette validate` warns when the case
/// directory or case files are closed to that group (the colleagues would be locked out), with the
/// chgrp/chmod that fixes it. Nothing is open to others in these stores, so there is no error.
@Suite struct CaseGroupAccessTests {
    /// A group every Debian system has; the tests run as root, so files can be given to it.
    static let group = "daemon"

    func makeStore(group: String = CaseGroupAccessTests.group) throws -> String {
        let dir = Fixture.temporaryDirectory() + "/store"
        var files = Fixture.files
        files["store.json"] = #"{"format": "kette-store", "version": 1, "municipality": "Teststadt", "locale": "de-DE", "cases": {"group": "\#(group)"}}"#
        try StoreWriter.create(files: files, at: dir)
        let gid = getgrnam(Self.group)!.pointee.gr_gid
        for path in [dir, dir + "/cases", dir + "/cases/c1.json"] { chown(path, 0, gid) }
        chmod(dir, 0o2770)
        chmod(dir + "/cases", 0o2770)
        chmod(dir + "/cases/c1.json", 0o660)
        return dir
    }

    func warnings(_ dir: String) throws -> [String] {
        let loaded = try StoreLoader.load(from: DirectoryStoreSource(path: dir))
        #expect(loaded.isValid, "\(loaded.errors.map(\.description))")
        return loaded.warnings.filter { $0.message.contains("case group") || $0.message.contains("groupadd") }.map(\.description)
    }

    @Test func aTeamStoreSetUpAsTheGuideSaysHasNoWarning() throws {
        #expect(try warnings(try makeStore()).isEmpty)
    }

    @Test func aCaseDirectoryOfAnotherGroupOrClosedToTheGroupIsNamedWithTheFix() throws {
        let dir = try makeStore()
        chown(dir + "/cases", 0, 0)
        let other = try warnings(dir)
        #expect(other.count == 1)
        #expect(other.first?.contains("the cases directory (group root, mode 2770) is closed to the case group \"daemon\"") == true, "\(other)")
        #expect(other.first?.contains("run `chgrp daemon \(dir)/cases && chmod 2770 \(dir)/cases`") == true, "\(other)")
        let gid = getgrnam(Self.group)!.pointee.gr_gid
        chown(dir + "/cases", 0, gid)
        chmod(dir + "/cases", 0o700)
        let closed = try warnings(dir)
        #expect(closed.first?.contains("mode 0700") == true, "\(closed)")
    }

    @Test func caseFilesClosedToTheGroupAreCountedWithTheFix() throws {
        let dir = try makeStore()
        chmod(dir + "/cases/c1.json", 0o600)
        let found = try warnings(dir)
        #expect(found.count == 1)
        #expect(found.first?.contains("the case file \(dir)/cases/c1.json is not readable and writable for the case group \"daemon\"") == true, "\(found)")
        #expect(found.first?.contains("run `chgrp daemon \(dir)/cases/*.json && chmod 660 \(dir)/cases/*.json`") == true, "\(found)")
    }

    @Test func aGroupThatDoesNotExistIsNamed() throws {
        let dir = try makeStore(group: "kette-gibt-es-nicht")
        let found = try warnings(dir)
        #expect(found.count == 1)
        #expect(found.first?.contains("\"kette-gibt-es-nicht\", which does not exist on this machine") == true, "\(found)")
    }

    /// A store kept in git has no empty `cases/` after a clone: a misspelt group must be named
    /// before the first case creates the directory closed to the team.
    @Test func aGroupThatDoesNotExistIsNamedAlsoBeforeTheCaseDirectoryExists() throws {
        let dir = try makeStore(group: "kette-gibt-es-nicht")
        try FileManager.default.removeItem(atPath: dir + "/cases")
        let found = try warnings(dir)
        #expect(found.count == 1)
        #expect(found.first?.contains("\"kette-gibt-es-nicht\", which does not exist on this machine") == true, "\(found)")
        // An existing group with no case directory yet: nothing to say.
        let fine = try makeStore()
        try FileManager.default.removeItem(atPath: fine + "/cases")
        #expect(try warnings(fine).isEmpty)
    }

    /// Every case read is written to `cases/.audit.log` first: a log closed to the group locks the
    /// colleagues out of all cases. `chgrp … cases/*.json` (the fix for case files) skips it.
    @Test func anAuditLogClosedToTheGroupIsNamedWithItsOwnFix() throws {
        let dir = try makeStore()
        let log = dir + "/cases/.audit.log"
        #expect(FileManager.default.createFile(atPath: log, contents: Data("x\n".utf8)))
        chown(log, 0, 0)
        chmod(log, 0o600)
        let found = try warnings(dir)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.contains("the audit log \(log) (group root, mode 0600) is closed to the case group \"daemon\"") == true, "\(found)")
        #expect(found.first?.contains("run `chgrp daemon \(log) && chmod 660 \(log)`") == true, "\(found)")
        let gid = getgrnam(Self.group)!.pointee.gr_gid
        chown(log, 0, gid)
        chmod(log, 0o660)
        #expect(try warnings(dir).isEmpty)
    }

    /// The drafts folder (`cases/.drafts`) made before the team (0700): colleagues' case forms
    /// keep no draft, so their input is not kept across a dropped connection.
    @Test func aDraftsFolderClosedToTheGroupIsNamedWithItsFix() throws {
        let dir = try makeStore()
        let drafts = dir + "/cases/.drafts"
        #expect(mkdir(drafts, 0o700) == 0)
        chown(drafts, 0, 0)
        chmod(drafts, 0o700)
        let found = try warnings(dir)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.contains("the drafts folder \(drafts) (group root, mode 0700) is closed to the case group \"daemon\"") == true, "\(found)")
        #expect(found.first?.contains("run `chgrp daemon \(drafts) && chmod 2770 \(drafts)`") == true, "\(found)")
        chown(drafts, 0, getgrnam(Self.group)!.pointee.gr_gid)
        chmod(drafts, 0o2770)
        #expect(try warnings(dir).isEmpty)
    }

    @Test func aStoreWithoutACaseGroupIsNotChecked() throws {
        let dir = Fixture.temporaryDirectory() + "/store"
        try StoreWriter.create(files: Fixture.files, at: dir)
        chmod(dir + "/cases", 0o700)
        #expect(try warnings(dir).isEmpty)
    }
}
