import Foundation
import Testing
import KetteCore

/// `kette case …` and `kette audit`, run as a script would run them.
@Suite struct CaseCommandTests {
    /// A copy of the demo store in a temporary directory.
    func makeStore() throws -> String {
        let dir = KetteBinary.temporaryDirectory() + "/store"
        #expect(try KetteBinary.run(["init", dir]).status == 0)
        return dir
    }

    func kette(_ args: [String], store: String, launcher: [String] = []) throws -> KetteBinary.Result {
        try KetteBinary.run(args + ["--store", store, "--today", "2026-11-21"], launcher: launcher)
    }

    func json(_ text: String) throws -> JSONNode { try JSONParser.parse(text) }

    @Test func createReferEditAndShowACase() throws {
        let store = try makeStore()
        let created = try kette(["case", "new", "--pseudonym", "Familie Eiche", "--district", "altstadt",
                                 "--child", "Kind 1:2020-09", "--child", "Baby:2027-03:expected",
                                 "--language", "tr", "--need", "sprache", "--follow-up", "2026-12-01", "--json"], store: store)
        #expect(created.status == 0, "\(created.stderr)")
        let c = try json(created.stdout)
        let id = try #require(c["id"]?.stringValue)
        #expect(id == "c-2026-0001")
        #expect(c["owner"]?.stringValue == OSUser.current().name)
        #expect(c["placements"]?.arrayValue?.map { $0["stage"]?.stringValue } == ["grundschule", "schwangerschaft"])
        #expect(c["placements"]?.arrayValue?.last?["dueInMonths"]?.intValue == 4)

        let referred = try kette(["case", "refer", id, "o-0002", "--status", "vermittelt"], store: store)
        #expect(referred.status == 0, "\(referred.stderr)")
        #expect(referred.stderr.contains("ohne gültige Einwilligung"), "a referral passed on without consent is warned about")
        let consent = try kette(["case", "refer", id, "o-0002", "--consent-scope", "Kontaktdaten",
                                 "--consent-recipient", "Geburtsklinik", "--json"], store: store)
        #expect(consent.status == 0, "\(consent.stderr)")
        let ref = try json(consent.stdout)["referrals"]?.arrayValue?.first
        #expect(ref?["status"]?.stringValue == "vermittelt")
        #expect(ref?["consent"]?["recipient"]?.stringValue == "Geburtsklinik")
        #expect(!consent.stderr.contains("Einwilligung"))

        // An illegal status change is refused with the rule.
        let illegal = try kette(["case", "refer", id, "o-0002", "--status", "vorgeschlagen"], store: store)
        #expect(illegal.status != 0 && illegal.stderr.contains("erlaubt: angenommen, abgelehnt"))

        let edited = try kette(["case", "edit", id, "--add-entry", "Vater erzählt von Schulden", "--entrusted"], store: store)
        #expect(edited.status == 0, "\(edited.stderr)")
        let shown = try kette(["case", "show", id], store: store)
        #expect(shown.stdout.contains("Vater erzählt von Schulden") && shown.stdout.contains("anvertraut (§ 65 SGB VIII)"))
        #expect(shown.stdout.contains("Geburt: Ankommen in der Familie in 4 Monaten"))
        let exported = try kette(["case", "show", id, "--json"], store: store)
        #expect(!exported.stdout.contains("Schulden"), "entrusted entries never leave in an export")
        #expect(try json(exported.stdout)["entrustedWithheld"]?.intValue == 1)

        // The list and the Wiedervorlagen see it; the file is private.
        let list = try kette(["case", "list", "--json", "--mine"], store: store)
        #expect(try json(list.stdout).arrayValue?.map { $0["id"]?.stringValue } == [id])
        let due = try kette(["case", "due", "--json"], store: store)
        let dueCases = try json(due.stdout)["followUps"]?.arrayValue?.compactMap { $0["case"]?.stringValue } ?? []
        #expect(dueCases.contains("demo-001") && !dueCases.contains(id), "follow-up 2026-12-01 is not due yet")
        var st = stat()
        stat("\(store)/cases/\(id).json", &st)
        #expect(st.st_mode & 0o777 == 0o600)
    }

    @Test func aHandoutForACasePrintsItsOffersAndNothingOfTheCase() throws {
        let store = try makeStore()
        _ = try kette(["case", "edit", "demo-001", "--notes", "Vertrauliche Notiz", "--add-entry", "Anvertraut", "--entrusted"], store: store)
        let c = try json(try kette(["case", "show", "demo-001", "--json"], store: store).stdout)
        let referred = (c["referrals"]?.arrayValue ?? []).filter { $0["status"]?.stringValue != "abgelehnt" }
            .compactMap { $0["offer"]?.stringValue }
        let r = try KetteBinary.run(["handout", "--case", "demo-001", "--store", store])
        #expect(r.status == 0, "\(r.stderr)")
        for id in referred {
            let title = try json(try KetteBinary.run(["show", id, "--format", "json", "--store", store]).stdout)["title"]?.stringValue
            #expect(title.map { r.stdout.contains($0) } == true, "\(id) missing")
        }
        for secret in ["Familie Ahorn", "Vertrauliche Notiz", "Anvertraut", "demo-001"] {
            #expect(!r.stdout.contains(secret), "\(secret) must not be on the handout")
        }
        let audit = try String(contentsOfFile: "\(store)/cases/.audit.log", encoding: .utf8)
        #expect(audit.split(separator: "\n").last?.hasSuffix("\tread\tdemo-001") == true)
    }

    /// An offer is removed from offers.json after a family was referred to it. The case must still
    /// be editable and closable (it was refused: "unknown offer", and no command removes a
    /// referral, so the case could never be closed and its retention never start). New referrals
    /// to an unknown offer are still refused.
    @Test func aCaseReferringToARemovedOfferCanStillBeEditedAndClosed() throws {
        let store = try makeStore()
        let file = "\(store)/cases/demo-002.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try #require(text.contains("\"offer\": \"o-0171\""))
        try text.replacingOccurrences(of: "\"offer\": \"o-0171\"", with: "\"offer\": \"o-entfernt\"")
            .write(toFile: file, atomically: false, encoding: .utf8)
        let edited = try kette(["case", "edit", "demo-002", "--notes", "Angebot eingestellt"], store: store)
        #expect(edited.status == 0, "\(edited.stderr)")
        #expect(edited.stderr.contains("o-entfernt"), "the unknown offer is still pointed out: \(edited.stderr)")
        let closed = try kette(["case", "edit", "demo-002", "--close", "--json"], store: store)
        #expect(closed.status == 0, "\(closed.stderr)")
        #expect(try json(closed.stdout)["status"]?.stringValue == "closed")
        let shown = try kette(["case", "show", "demo-002"], store: store)
        #expect(shown.status == 0 && shown.stdout.contains("o-entfernt"), "\(shown.stdout)")
        let refer = try kette(["case", "refer", "demo-001", "o-entfernt"], store: store)
        #expect(refer.status != 0 && refer.stderr.contains("o-entfernt"), "\(refer.stderr)")
    }

    /// `--today` (for demos and tests) moves ages, due dates and retention — but must not let a
    /// user date an access in the audit log: the log records the real time.
    @Test func theAuditLogRecordsTheRealTimeWhateverTodaySays() throws {
        let store = try makeStore()
        let before = String(Clock.system.timestamp().prefix(10))
        let shown = try KetteBinary.run(["case", "show", "demo-001", "--store", store, "--today", "2019-01-01"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let after = String(Clock.system.timestamp().prefix(10))
        let audit = try KetteBinary.run(["audit", "--json", "--case", "demo-001", "--store", store])
        let times = try json(audit.stdout).arrayValue?.compactMap { $0["time"]?.stringValue } ?? []
        #expect(times.count == 1, "\(audit.stdout)")
        #expect(times.allSatisfy { !$0.hasPrefix("2019-01-01") }, "the audit log took the time from --today: \(times)")
        #expect(times.allSatisfy { $0.prefix(10) == before || $0.prefix(10) == after }, "\(times), today \(before)")
    }

    /// A case file that cannot be read is not silently passed over by the purge: it may be past
    /// its retention date, so it is named (with line and column) on stderr, the others are purged.
    @Test func purgeNamesCaseFilesItCannotCheck() throws {
        let store = try makeStore()
        #expect(try kette(["case", "edit", "demo-005", "--close"], store: store).status == 0)
        try "{\n  \"id\": \"c-alt\",\n  \"status\": \"closed\",,\n}\n".write(toFile: "\(store)/cases/c-alt.json", atomically: false, encoding: .utf8)
        chmod("\(store)/cases/c-alt.json", 0o600)
        let dry = try KetteBinary.run(["case", "purge", "--dry-run", "--store", store, "--today", "2031-01-02"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("demo-005"), "\(dry.stdout)")
        #expect(dry.stderr.contains("cases/c-alt.json:3:22"), "the unreadable file is named: \(dry.stderr)")
        let purged = try KetteBinary.run(["case", "purge", "--store", store, "--today", "2031-01-02"])
        #expect(purged.status == 0 && purged.stdout.contains("demo-005"), "\(purged.stdout)\(purged.stderr)")
        #expect(purged.stderr.contains("c-alt.json"), "\(purged.stderr)")
        #expect(FileManager.default.fileExists(atPath: "\(store)/cases/c-alt.json"))
    }

    /// `kette indicators import` and `kette restore` of a store file that is not a case check the
    /// store under the lock / afterwards — without reading case files: they read them all (no
    /// role check, no audit line), failed over a case file's problem and (restore) printed it,
    /// with case content, to a user outside the roles.
    @Test func importAndRestoreOfStoreFilesDoNotReadTheCaseFiles() throws {
        let store = try makeStore()
        try #"{"format": "kette-store", "version": 1, "municipality": "Musterstadt", "locale": "de-DE", "cases": {"users": ["leitung"]}}"#
            .write(toFile: "\(store)/store.json", atomically: false, encoding: .utf8)
        let file = "\(store)/cases/demo-002.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\"offer\": \"o-0171\"", with: "\"offer\": \"Familie Geheim\"")
            .write(toFile: file, atomically: false, encoding: .utf8)
        let csv = KetteBinary.temporaryDirectory() + "/werte.csv"
        try "Stadtteil;Jahr;Indikator;Wert\nAltstadt;2040;sgb2-u15;10\n".write(toFile: csv, atomically: true, encoding: .utf8)
        // The import re-reads the store under the lock: not the case files either.
        let imported = try KetteBinary.run(["indicators", "import", csv, "--store", store])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(!(imported.stdout + imported.stderr).contains("Geheim"))
        let log = "\(store)/cases/.audit.log"
        let before = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""

        // The user running this is not among the store's case roles.
        let r = try KetteBinary.run(["restore", "indicators.json", "--revision", "0", "--store", store])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(!(r.stdout + r.stderr).contains("Geheim"), "case content shown to a user outside the roles: \(r.stderr)")
        #expect(((try? String(contentsOfFile: log, encoding: .utf8)) ?? "") == before)
    }

    @Test func staleRevisionIsAConflictShowingTheSavedVersion() throws {
        let store = try makeStore()
        #expect(try kette(["case", "edit", "demo-001", "--notes", "erste Änderung"], store: store).status == 0)
        let stale = try kette(["case", "edit", "demo-001", "--notes", "zweite Änderung", "--revision", "1"], store: store)
        #expect(stale.status != 0)
        #expect(stale.stderr.contains("nichts wurde gespeichert") && stale.stderr.contains("erste Änderung"), "\(stale.stderr)")
        let saved = try #require(try json(kette(["case", "show", "demo-001", "--json"], store: store).stdout)["revision"]?.intValue)
        #expect(stale.stderr.contains("r\(saved) gespeichert, Ihre Änderung beruht auf r1"), "\(stale.stderr)")
        #expect(!stale.stderr.contains("nothing was saved") && !stale.stderr.contains("your change"), "\(stale.stderr)")
        let staleEnglish = try kette(["case", "edit", "demo-001", "--notes", "zweite Änderung", "--revision", "1", "--lang", "en"], store: store)
        #expect(staleEnglish.status != 0)
        #expect(staleEnglish.stderr.contains("nothing was saved") && staleEnglish.stderr.contains("revision \(saved) on disk"), "\(staleEnglish.stderr)")
        let shown = try kette(["case", "show", "demo-001", "--json"], store: store)
        #expect(try json(shown.stdout)["notes"]?.stringValue == "erste Änderung")
    }

    @Test func invalidInputNamesTheFieldAndWritesNothing() throws {
        let store = try makeStore()
        let r = try kette(["case", "new", "--pseudonym", "", "--district", "mond", "--child", "K:2030-01"], store: store)
        #expect(r.status != 0)
        #expect(r.stderr.contains("pseudonym: Pflichtfeld"))
        #expect(r.stderr.contains("district: unbekannter Stadtteil „mond“"))
        #expect(r.stderr.contains("children[0].birthMonth"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(store)/cases").filter { $0.hasPrefix("c-") }.isEmpty)
    }

    @Test func auditShowsWhoDidWhatWithoutContent() throws {
        let store = try makeStore()
        _ = try kette(["case", "show", "demo-002"], store: store)
        _ = try kette(["case", "edit", "demo-002", "--notes", "geheim"], store: store)
        let audit = try kette(["audit", "--case", "demo-002", "--json"], store: store)
        #expect(audit.status == 0, "\(audit.stderr)")
        let entries = try json(audit.stdout).arrayValue ?? []
        #expect(entries.map { $0["action"]?.stringValue } == ["read", "read", "update"])
        #expect(entries.allSatisfy { $0["user"]?.stringValue == OSUser.current().name })
        let raw = try String(contentsOfFile: "\(store)/cases/.audit.log", encoding: .utf8)
        #expect(!raw.contains("geheim") && !raw.contains("Familie"))
        // validate reads the case files only when asked, and says so in the log.
        #expect(try KetteBinary.run(["validate", "--store", store]).status == 0)
        #expect(try String(contentsOfFile: "\(store)/cases/.audit.log", encoding: .utf8) == raw)
        #expect(try KetteBinary.run(["validate", "--cases", "--store", store]).status == 0)
        let after = try String(contentsOfFile: "\(store)/cases/.audit.log", encoding: .utf8)
        #expect(after.contains("\tvalidate\tdemo-002"))
    }

    @Test func purgeDryRunThenDelete() throws {
        let store = try makeStore()
        _ = try kette(["case", "edit", "demo-003", "--close"], store: store)
        // Closed on 2026-11-21: kept until 2029-12-31; on 2030-01-02 it is due.
        let early = try KetteBinary.run(["case", "purge", "--dry-run", "--json", "--store", store, "--today", "2029-12-31"])
        #expect(try json(early.stdout)["wouldDelete"]?.arrayValue?.compactMap { $0["id"]?.stringValue }.contains("demo-003") == false)
        let dry = try KetteBinary.run(["case", "purge", "--dry-run", "--store", store, "--today", "2030-01-02"])
        #expect(dry.stdout.contains("demo-003"))
        #expect(FileManager.default.fileExists(atPath: "\(store)/cases/demo-003.json"))
        let real = try KetteBinary.run(["case", "purge", "--store", store, "--today", "2030-01-02"])
        #expect(real.status == 0 && real.stdout.contains("Gelöscht") && real.stdout.contains("demo-003"))
        #expect(!FileManager.default.fileExists(atPath: "\(store)/cases/demo-003.json"))
        let audit = try String(contentsOfFile: "\(store)/cases/.audit.log", encoding: .utf8)
        #expect(audit.contains("\tpurge\tdemo-003"))
    }

    @Test func theDemoShowsOnlyItsOwnCasesEvenWithARealStoreSet() throws {
        let store = try makeStore()
        _ = try kette(["case", "new", "--pseudonym", "Familie Real", "--district", "altstadt"], store: store)
        let demo = try KetteBinary.run(["case", "list", "--json", "--all", "--demo"], environment: ["KETTE_STORE": store])
        let ids = try json(demo.stdout).arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
        #expect(!ids.isEmpty && ids.allSatisfy { $0.hasPrefix("demo-") })
        let created = try KetteBinary.run(["case", "new", "--pseudonym", "Familie Test", "--district", "altstadt", "--demo"])
        #expect(created.status == 0 && created.stderr.contains("nicht gespeichert"))
    }

    @Test func openCaseFilesAreRefusedWithTheFix() throws {
        let store = try makeStore()
        chmod("\(store)/cases/demo-001.json", 0o644)
        let r = try kette(["case", "show", "demo-001"], store: store)
        #expect(r.status != 0)
        #expect(r.stderr.contains("chmod 600 \(store)/cases/demo-001.json"))
        // `kette validate` names the same fix.
        let v = try KetteBinary.run(["validate", "--store", store])
        #expect(v.status == 1)
        #expect(v.stdout.contains("\(store)/cases/demo-001.json:1:1: error: case file permissions 0644 are too open: others can read or change it; run `chmod 600 \(store)/cases/demo-001.json`"), "\(v.stdout)")
    }

    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "needs root and setpriv"))
    func usersOutsideTheRolesSeeNoCases() throws {
        let store = try makeStore()
        let info = #"{"format": "kette-store", "version": 1, "municipality": "Musterstadt", "locale": "de-DE", "cases": {"users": ["fachkraft1"]}}"#
        try info.write(toFile: "\(store)/store.json", atomically: true, encoding: .utf8)
        // Everyone may read the store itself; cases stay behind the roles and the file modes.
        chmod(store, 0o755)
        chmod("\(store)/store.json", 0o644)
        chmod((store as NSString).deletingLastPathComponent, 0o755)
        let other = ["/usr/bin/setpriv", "--reuid=4802", "--regid=4802", "--clear-groups"]
        let r = try kette(["case", "list"], store: store, launcher: other)
        #expect(r.status != 0)
        #expect(r.stderr.contains("darf keine Fälle sehen") && r.stderr.contains("dem Benutzer fachkraft1"), "\(r.stderr)")
        let english = try kette(["case", "list", "--lang", "en"], store: store, launcher: other)
        #expect(english.stderr.contains("may not see case records") && english.stderr.contains("fachkraft1"), "\(english.stderr)")
        // Offers are still there for them.
        let offers = try KetteBinary.run(["list", "--stage", "kita", "--store", store], launcher: other)
        #expect(offers.status == 0, "\(offers.stderr)")
        // root is not in the list either: roles are checked for every user.
        #expect(try kette(["case", "list"], store: store).stderr.contains("darf keine Fälle sehen"))
    }
}
