import Foundation
import Testing
@testable import KetteCore

/// One rule for the modes of case data: `kette validate` (the loader's diagnostics) and the case
/// store name the same fix, and in a team store that fix keeps the colleagues' access.
@Suite struct CaseProtectionTests {
    /// The fixture store on disk with case c1; `team` gives it the README's team modes (store and
    /// case directory 2770, files 0660), `settings` a `cases` object in store.json.
    func makeStore(team: Bool = false, settings: String? = nil) throws -> String {
        let dir = Fixture.temporaryDirectory() + "/store"
        var files = Fixture.files
        if let settings {
            files["store.json"] = #"{"format": "kette-store", "version": 1, "municipality": "Teststadt", "locale": "de-DE", "cases": \#(settings)}"#
        }
        try StoreWriter.create(files: files, at: dir)
        if team {
            chmod(dir, 0o2770)
            chmod(dir + "/cases", 0o2770)
            chmod(dir + "/cases/c1.json", 0o660)
        }
        return dir
    }

    /// The case-protection errors `kette validate` reports.
    func validate(_ dir: String) throws -> [String] {
        try StoreLoader.load(from: DirectoryStoreSource(path: dir), includeCases: true).errors
            .filter { $0.message.contains("permissions") }.map(\.description)
    }

    /// The fix the case store names when it refuses to read c1 (nil when it reads it).
    func caseStoreFix(_ dir: String) throws -> String? {
        let store = try StoreLoader.load(from: DirectoryStoreSource(path: dir)).store
        let cases = try DirectoryCaseStore(path: dir, store: store, user: OSUser(name: "fk1", groups: ["fk1", "jugendamt"]))
        do {
            _ = try cases.read("c1")
            return nil
        } catch {
            guard case .unprotected(_, _, let fix) = error else { throw error }
            return fix
        }
    }

    @Test func aSoloStoreIsClosedToItsOwner() throws {
        let dir = try makeStore()
        #expect(try validate(dir).isEmpty)
        chmod(dir + "/cases/c1.json", 0o644)
        #expect(try validate(dir) == ["\(dir)/cases/c1.json:1:1: error: case file permissions 0644 are too open: others can read or change it; run `chmod 600 \(dir)/cases/c1.json`"])
        #expect(try caseStoreFix(dir) == "chmod 600 \(dir)/cases/c1.json")
        chmod(dir + "/cases", 0o755)
        #expect(try validate(dir).first == "\(dir)/cases:1:1: error: case directory permissions 0755 are too open: others can reach case data; run `chmod 700 \(dir)/cases`")
        #expect(try caseStoreFix(dir) == "chmod 700 \(dir)/cases")
    }

    @Test func aTeamStoreKeepsTheGroupsAccess() throws {
        let dir = try makeStore(team: true)
        #expect(try validate(dir).isEmpty)
        #expect(try caseStoreFix(dir) == nil)
        chmod(dir + "/cases/c1.json", 0o664)
        #expect(try validate(dir) == ["\(dir)/cases/c1.json:1:1: error: case file permissions 0664 are too open: others can read or change it; run `chmod 660 \(dir)/cases/c1.json`"])
        #expect(try caseStoreFix(dir) == "chmod 660 \(dir)/cases/c1.json")
        chmod(dir + "/cases", 0o2775)
        #expect(try validate(dir).first == "\(dir)/cases:1:1: error: case directory permissions 2775 are too open: others can reach case data; run `chmod 2770 \(dir)/cases`")
        #expect(try caseStoreFix(dir) == "chmod 2770 \(dir)/cases")
    }

    @Test func aStoreThatNamesItsCaseGroupIsATeamStore() throws {
        let dir = try makeStore(settings: #"{"group": "jugendamt"}"#)
        chmod(dir + "/cases/c1.json", 0o644)
        #expect(try validate(dir).first?.hasSuffix("run `chmod 660 \(dir)/cases/c1.json`") == true)
        #expect(try caseStoreFix(dir) == "chmod 660 \(dir)/cases/c1.json")
        // Without the group, a case directory the group may write (and others not) makes it one too;
        // a directory open to everyone does not.
        let shared = try makeStore()
        chmod(shared + "/cases", 0o2770)
        chmod(shared + "/cases/c1.json", 0o644)
        #expect(try caseStoreFix(shared) == "chmod 660 \(shared)/cases/c1.json")
        chmod(shared + "/cases", 0o777)
        #expect(try validate(shared).first?.hasSuffix("run `chmod 700 \(shared)/cases`") == true)
    }

    /// The fix is a command to copy into a shell: a path with a space (or a quote) must stay one
    /// argument, or `chmod 700 /srv/Kette Daten/cases` changes `/srv/Kette` and `Daten/cases`.
    @Test func theFixQuotesAPathAShellWouldSplit() throws {
        let base = Fixture.temporaryDirectory()
        let dir = base + "/Kette Daten's"
        try StoreWriter.create(files: Fixture.files, at: dir)
        let quoted = "'" + base + "/Kette Daten'\\''s"
        chmod(dir + "/cases/c1.json", 0o644)
        #expect(try validate(dir) == ["\(dir)/cases/c1.json:1:1: error: case file permissions 0644 are too open: others can read or change it; run `chmod 600 \(quoted)/cases/c1.json'`"])
        #expect(try caseStoreFix(dir) == "chmod 600 \(quoted)/cases/c1.json'")
        chmod(dir + "/cases", 0o755)
        #expect(try caseStoreFix(dir) == "chmod 700 \(quoted)/cases'")
        // A plain path stays as it is.
        #expect(CaseProtection.check(dir + "/cases", isDirectory: true, team: false) == .open(mode: "0755", fix: "chmod 700 \(quoted)/cases'"))
        let plain = try makeStore()
        chmod(plain + "/cases", 0o755)
        #expect(try caseStoreFix(plain) == "chmod 700 \(plain)/cases")
    }

    /// `cases` that is not a directory: the case store refuses it ("not a directory"), so
    /// `kette validate` must not call the store valid (a world-writable file used to be reported
    /// as "too open"; since the check knows the type it was not reported at all).
    @Test func aCasesPathThatIsNoDirectoryIsAnError() throws {
        let dir = try makeStore()
        try FileManager.default.removeItem(atPath: dir + "/cases")
        try "{}".write(toFile: dir + "/cases", atomically: false, encoding: .utf8)
        chmod(dir + "/cases", 0o666)
        let errors = try StoreLoader.load(from: DirectoryStoreSource(path: dir)).errors.map(\.description)
        #expect(errors == ["\(dir)/cases:1:1: error: the cases directory is not a directory; case files cannot be kept or read there"],
                "\(errors)")
    }

    @Test func linksAndOtherFileTypesAreNotCaseData() throws {
        let dir = try makeStore()
        let cases = dir + "/cases"
        #expect(CaseProtection.check(cases + "/c1.json", isDirectory: false, team: false) == .protected)
        #expect(CaseProtection.check(cases + "/c1.json", isDirectory: true, team: false) == .wrongType)
        #expect(CaseProtection.check(cases + "/none.json", isDirectory: false, team: false) == .missing)
        #expect(symlink("c1.json", cases + "/link.json") == 0)
        #expect(CaseProtection.check(cases + "/link.json", isDirectory: false, team: false) == .symbolicLink)
        #expect(mkfifo(cases + "/fifo.json", 0o666) == 0)
        #expect(CaseProtection.check(cases + "/fifo.json", isDirectory: false, team: true) == .wrongType)
    }
}
