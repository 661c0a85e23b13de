import Foundation
import Testing
import KetteCore

/// Import and handouts as another municipality's coordination office would use them (QA of issue #6).
@Suite struct ExchangeQAEndToEndTests {
    func newStore() throws -> String {
        let dir = KetteBinary.temporaryDirectory() + "/s"
        let r = try KetteBinary.run(["init", dir])
        #expect(r.status == 0, "\(r.stderr)")
        return dir
    }

    func write(_ text: String, _ name: String) throws -> String {
        let path = KetteBinary.temporaryDirectory() + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func title(_ id: String, _ store: String) throws -> String {
        let r = try KetteBinary.run(["show", id, "--format", "json", "--store", store])
        return try #require(try JSONParser.parse(r.stdout)["title"]?.stringValue)
    }

    /// demo-001 refers to o-0012, o-0005 and o-0054. Archiving o-0005 afterwards (here by a CSV
    /// import) must not make the case's handout impossible: it was refused ("ist archiviert")
    /// while `P` in the navigator printed the other two.
    @Test func aCaseHandoutLeavesOutAnOfferArchivedSinceTheReferral() throws {
        let store = try newStore()
        let archived = try title("o-0005", store)
        let csv = try write("ID;Status\r\no-0005;archiviert\r\n", "archiv.csv")
        let imported = try KetteBinary.run(["import", "--format", "csv", csv, "--store", store])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try KetteBinary.run(["validate", "--cases", "--store", store]).status == 0)

        let r = try KetteBinary.run(["handout", "--case", "demo-001", "--store", store])
        #expect(r.status == 0, "\(r.stderr)")
        let kept = [try title("o-0012", store), try title("o-0054", store)]
        #expect(kept.allSatisfy { r.stdout.contains($0) }, "\(r.stdout)")
        #expect(!r.stdout.contains(archived))
        // Named explicitly, an archived offer is still refused.
        let explicit = try KetteBinary.run(["handout", "--offers", "o-0012,o-0005", "--store", store])
        #expect(explicit.status != 0 && explicit.stderr.contains("o-0005"))
    }

    /// The demo's Turkish, Arabic and Cyrillic texts cannot go into Windows-1252. The refusal named
    /// only the character ("„К“ lässt sich nicht …"), not where among 293 offers it was.
    @Test func aWindows1252ExportRefusalNamesTheOffers() throws {
        let store = try newStore()
        let file = KetteBinary.temporaryDirectory() + "/w.csv"
        let r = try KetteBinary.run(["export", "--format", "csv", "--encoding", "windows-1252", "-o", file, "--store", store])
        #expect(r.status != 0)
        #expect(r.stderr.contains("(Angebot „o-0003“ und 12 weitere) lässt sich nicht in Windows-1252 schreiben"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: file))
    }
}
