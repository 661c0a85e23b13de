import Testing
@testable import KetteCore

/// Every error a user can meet, in German and in English: each message keeps the facts (path,
/// revisions, what to do), and the German one carries no English left over.
@Suite struct ErrorMessageTests {
    /// Words of the English messages that must never show in a German one.
    static let englishWords = [
        "failed", "cannot", "changed by", "permissions", "nothing was saved", "already exists", "read-only",
        "the store", "store directory", "try again", "reload", "Fix:", "no such", "not a directory", "missing",
        "newer", "outside", "symbolic link to", "does not exist", "bytes is larger", "meanwhile", "someone else",
        "Permission denied", "No space left", "revision", "line ", "column", "not a regular file", "creating",
        "writing", "opening", "locking", "deleting", "audit log", "may not see", "not a case", "does not match",
        "is not", "choose", "another Kette process", "update Kette", "Error", "error:",
    ]

    static func english(in text: String) -> [String] { englishWords.filter { text.contains($0) } }

    static let path = "/srv/kette/datenbestand/offers.json"
    static let hostile = "/srv/kette/\u{1B}[2J.json"

    // MARK: StoreWriteError

    static let operations: [StoreWriteError.Operation] = [
        .creatingDirectory, .creatingHistoryDirectory, .creatingCaseDirectory, .givingCaseDirectoryToGroup("jugendamt"),
        .creatingDraftsFolder, .creatingFolder, .creatingTemporaryFile, .settingPermissions, .flushing, .writing,
        .replacing, .opening, .openingLockFile, .locking, .writingAuditLog, .deleting,
    ]

    @Test func writeErrorsKeepTheirFactsInBothLanguages() {
        let p = Self.path
        let conflict = StoreWriteError.conflict(path: p, expected: 4, found: 5)
        #expect(conflict.message(.de) == "\(p): wurde inzwischen von jemand anderem geändert (r5 gespeichert, diese Änderung "
            + "beruht auf r4); nichts wurde gespeichert – bitte neu laden und die Änderung noch einmal vornehmen")
        #expect(conflict.message(.en) == "\(p): changed by someone else meanwhile (revision 5 on disk, this change was based on "
            + "revision 4); nothing was saved — reload and apply the change again")
        #expect(conflict.description == conflict.message(.en))
        #expect(StoreWriteError.readOnly(path: p).message(.de) == "\(p): der Datenbestand ist schreibgeschützt")
        #expect(StoreWriteError.readOnly(path: p).message(.en) == "\(p): the store is read-only")
        #expect(StoreWriteError.exists(path: p).message(.de) == "\(p): gibt es schon und ist nicht leer; bitte ein neues Verzeichnis wählen")
        #expect(StoreWriteError.exists(path: p).message(.en) == "\(p): already exists and is not empty; choose a new directory")
        #expect(StoreWriteError.locked(path: p).message(.de).contains("ein anderes Kette-Programm schreibt gerade"))
        #expect(StoreWriteError.locked(path: p).message(.de).hasSuffix("bitte gleich noch einmal versuchen"))
        #expect(StoreWriteError.locked(path: p).message(.en).hasSuffix("try again in a moment"))
        let io = StoreWriteError.io(path: p, operation: .writing, reason: "No space left on device")
        #expect(io.message(.de) == "\(p): Schreiben fehlgeschlagen: kein Platz mehr auf dem Datenträger")
        #expect(io.message(.en) == "\(p): writing failed: No space left on device")
        let group = StoreWriteError.io(path: p, operation: .givingCaseDirectoryToGroup("jugendamt"), reason: "Operation not permitted")
        #expect(group.message(.de) == "\(p): Übergabe des Fallverzeichnisses an die Gruppe „jugendamt“ fehlgeschlagen: Vorgang nicht erlaubt")
        #expect(group.message(.en) == "\(p): giving the case directory to group jugendamt failed: Operation not permitted")
    }

    static var allWriteErrors: [StoreWriteError] {
        [.readOnly(path: path), .exists(path: path), .locked(path: path), .conflict(path: path, expected: 1, found: 2)]
            + operations.map { .io(path: path, operation: $0, reason: "Permission denied") }
    }

    @Test func germanWriteErrorsHaveNoEnglish() {
        for e in Self.allWriteErrors {
            let de = e.message(.de)
            #expect(Self.english(in: de).isEmpty, "\(de)")
            #expect(de.hasPrefix(Self.path) && e.message(.en).hasPrefix(Self.path))
            #expect(de != e.message(.en))
        }
        for op in Self.operations {
            #expect(StoreWriteError.io(path: Self.path, operation: op, reason: "Permission denied").message(.de)
                .hasSuffix("fehlgeschlagen: keine Berechtigung"))
        }
    }

    @Test func writeErrorsEscapeThePathForTheTerminal() {
        for e: StoreWriteError in [.readOnly(path: Self.hostile), .conflict(path: Self.hostile, expected: 1, found: 2),
                                   .io(path: Self.hostile, operation: .writing, reason: "bad\u{7}")] {
            for language in Language.allCases {
                #expect(!e.message(language).contains("\u{1B}") && e.message(language).contains("\\x1B[2J"))
                #expect(!e.message(language).contains("\u{7}"))
            }
        }
    }

    @Test func anUnknownSystemReasonIsShownAsTheSystemGaveIt() {
        let e = StoreWriteError.io(path: Self.path, operation: .writing, reason: "Exotic failure 42")
        #expect(e.message(.de) == "\(Self.path): Schreiben fehlgeschlagen: Exotic failure 42")
    }

    // MARK: StoreLoadError

    static let dir = "/srv/kette/datenbestand"

    static var allLoadErrors: [StoreLoadError] {
        [.notFound(path: dir), .notADirectory(path: dir), .unreadable(path: path, reason: "Permission denied"),
         .brokenLink(path: path, target: "nirgends.json"), .missingStoreFile(path: dir + "/store.json"),
         .foreignFormat(path: dir + "/store.json", found: "excel"), .foreignFormat(path: dir + "/store.json", found: nil),
         .newerVersion(path: dir + "/store.json", found: 9, supported: 1), .tooLarge(path: path, bytes: 300, limit: 200),
         .outsideStore(path: path, target: "/etc/passwd")]
    }

    @Test func loadErrorsKeepTheirFactsInBothLanguages() {
        let d = Self.dir, p = Self.path
        #expect(StoreLoadError.notFound(path: d).message(.de) == "\(d): dieses Verzeichnis gibt es nicht (einen neuen Datenbestand legt `kette init \(d)` an)")
        #expect(StoreLoadError.notFound(path: d).message(.en) == "\(d): no such store directory (create one with `kette init \(d)`)")
        #expect(StoreLoadError.unreadable(path: p, reason: "Permission denied").message(.de) == "\(p): nicht lesbar: keine Berechtigung")
        #expect(StoreLoadError.unreadable(path: p, reason: "Permission denied").message(.en) == "\(p): cannot be read: Permission denied")
        #expect(StoreLoadError.brokenLink(path: p, target: "nirgends.json").message(.de)
            == "\(p): nicht lesbar: ein symbolischer Link auf nirgends.json, das es nicht gibt")
        #expect(StoreLoadError.brokenLink(path: p, target: "nirgends.json").message(.en)
            == "\(p): cannot be read: it is a symbolic link to nirgends.json, which does not exist")
        let newer = StoreLoadError.newerVersion(path: d + "/store.json", found: 9, supported: 1)
        #expect(newer.message(.de).contains("Version 9") && newer.message(.de).contains("bis Version 1"))
        #expect(newer.message(.de).hasSuffix("bitte Kette aktualisieren – der Datenbestand wurde nicht verändert"))
        #expect(newer.message(.en).contains("version 9 is newer") && newer.message(.en).contains("(up to 1)"))
        let large = StoreLoadError.tooLarge(path: p, bytes: 300, limit: 200)
        #expect(large.message(.de) == "\(p): 300 Bytes sind mehr als die Grenze von 200 Bytes für eine Datei des Datenbestands")
        let outside = StoreLoadError.outsideStore(path: p, target: "/etc/passwd")
        #expect(outside.message(.de) == "\(p) ist ein symbolischer Link auf /etc/passwd, außerhalb des Datenbestands; "
            + "Kette liest nur Dateien im Verzeichnis des Datenbestands")
        #expect(StoreLoadError.foreignFormat(path: "s/store.json", found: "excel").message(.de)
            == "s/store.json:1:1: error: „format“ ist „excel“, erwartet „kette-store“; das ist kein Kette-Datenbestand")
        #expect(StoreLoadError.missingStoreFile(path: "s/store.json").message(.de).contains("jeder Datenbestand braucht eine store.json"))
        // A syntax error in store.json keeps the form and message of `kette validate`.
        let syntax = StoreLoadError.invalidStoreFile(path: "s/store.json", line: 2, column: 5, message: "expected a value")
        #expect(syntax.message(.de) == "s/store.json:2:5: error: expected a value")
        for e in Self.allLoadErrors {
            #expect(e.message(.en) == e.description)
            #expect(e.reason(.en) == e.reason)
        }
    }

    @Test func germanLoadErrorsHaveNoEnglish() {
        for e in Self.allLoadErrors {
            var de = e.message(.de)
            // The compiler-like place in front of a store.json problem is the same in every language.
            if case .foreignFormat = e { de = String(de.dropFirst("\(Self.dir)/store.json:1:1: error: ".count)) }
            #expect(Self.english(in: de).isEmpty, "\(de)")
            #expect(Self.english(in: e.reason(.de)).isEmpty || e.reason(.de).contains(":1:1: error: "), "\(e.reason(.de))")
            #expect(de != e.message(.en))
        }
    }

    @Test func loadErrorsEscapePathsAndTargets() {
        for language in Language.allCases {
            let e = StoreLoadError.outsideStore(path: Self.hostile, target: "/etc/\u{1B}]0;x\u{7}")
            #expect(!e.message(language).contains("\u{1B}") && !e.message(language).contains("\u{7}"))
            #expect(!StoreLoadError.notFound(path: Self.hostile).message(language).contains("\u{1B}"))
        }
    }

    // MARK: CaseStoreError

    static func makeCase(revision: Int, updatedBy: String?) -> Case {
        var c = Case(id: "c-2026-0007", pseudonym: "Familie Ahorn", district: "altstadt", owner: "meier",
                     created: "2026-01-02T10:00:00Z", updated: "2026-01-02T10:00:00Z")
        c.revision = revision
        c.updatedBy = updatedBy
        return c
    }

    static let caseFile = "/srv/kette/datenbestand/cases/c-2026-0007.json"

    static var allCaseErrors: [CaseStoreError] {
        let f = caseFile
        return [
            .notPermitted(.notPermitted(user: "praktikant", group: "jugendamt", users: ["meier", "schulz"])),
            .notPermitted(.hidden),
            .unprotected(path: f, mode: "0644", fix: "chmod 600 \(f)"),
            .notFound(id: "c-2026-0099"),
            .idTaken(id: "c-2026-0007"),
            .unreadable(path: f, reason: .load(.unreadable(path: f, reason: "Permission denied"))),
            .unreadable(path: f, reason: .load(.tooLarge(path: f, bytes: 300, limit: 200))),
            .unreadable(path: f, reason: .load(.outsideStore(path: f, target: "/etc/passwd"))),
            .unreadable(path: f, reason: .system("Permission denied")),
            .unreadable(path: f, reason: .notADirectory),
            .unreadable(path: f, reason: .notARegularFile),
            .unreadable(path: f, reason: .notACase),
            .unreadable(path: f, reason: .idMismatch(id: "c-1")),
            .invalid([CaseProblem(field: "district", kind: .unknownDistrict("mond"))]),
            .conflict(mine: makeCase(revision: 3, updatedBy: nil), theirs: makeCase(revision: 4, updatedBy: "schulz")),
            .conflict(mine: makeCase(revision: 3, updatedBy: nil), theirs: makeCase(revision: 4, updatedBy: nil)),
            .write(.conflict(path: f, expected: 3, found: 4)),
            .write(.io(path: f, operation: .writing, reason: "No space left on device")),
            .audit(.io(path: "/srv/kette/datenbestand/cases/.audit.log", operation: .writingAuditLog, reason: "Permission denied")),
        ]
    }

    @Test func caseErrorsKeepTheirFactsInBothLanguages() {
        let f = Self.caseFile
        let open = CaseStoreError.unprotected(path: f, mode: "0644", fix: "chmod 600 \(f)")
        #expect(open.message(.de) == "\(f): Rechte 0644 sind zu offen – andere können Falldaten erreichen; Kette öffnet sie nicht. Abhilfe: chmod 600 \(f)")
        #expect(open.message(.en) == "\(f): permissions 0644 are too open: others can reach case data; Kette does not open it. Fix: chmod 600 \(f)")
        let conflict = CaseStoreError.conflict(mine: Self.makeCase(revision: 3, updatedBy: nil), theirs: Self.makeCase(revision: 4, updatedBy: "schulz"))
        #expect(conflict.message(.de) == "Fall c-2026-0007 wurde inzwischen von schulz geändert (r4 gespeichert, Ihre Änderung beruht auf r3); nichts wurde gespeichert")
        #expect(conflict.message(.en) == "case c-2026-0007 was changed by schulz meanwhile (revision 4 on disk, this change was based on revision 3); nothing was saved")
        let roles = CaseStoreError.notPermitted(.notPermitted(user: "praktikant", group: "jugendamt", users: ["meier", "schulz"]))
        #expect(roles.message(.de) == "praktikant darf keine Fälle sehen: der Datenbestand gibt sie nur den Mitgliedern der Gruppe „jugendamt“ "
            + "und den Benutzern meier, schulz frei (store.json, „cases“)")
        #expect(roles.message(.en).contains("praktikant may not see case records") && roles.message(.en).contains("meier, schulz"))
        #expect(CaseStoreError.unreadable(path: f, reason: .system("Permission denied")).message(.de) == "\(f): nicht lesbar: keine Berechtigung")
        #expect(CaseStoreError.unreadable(path: f, reason: .system("Permission denied")).message(.en) == "\(f): Permission denied")
        #expect(CaseStoreError.unreadable(path: f, reason: .load(.unreadable(path: f, reason: "Permission denied"))).message(.de)
            == "\(f): nicht lesbar: keine Berechtigung")
        #expect(CaseStoreError.unreadable(path: f, reason: .load(.unreadable(path: f, reason: "Permission denied"))).message(.en)
            == "\(f): cannot be read: Permission denied")
        #expect(CaseStoreError.notFound(id: "c-9").message(.de) == "kein Fall „c-9“")
        #expect(CaseStoreError.idTaken(id: "c-9").message(.de) == "es gibt schon einen Fall „c-9“; nichts wurde gespeichert – bitte eine andere ID wählen")
        #expect(CaseStoreError.write(.io(path: f, operation: .writing, reason: "No space left on device")).message(.de)
            == "Speichern fehlgeschlagen: \(f): Schreiben fehlgeschlagen: kein Platz mehr auf dem Datenträger")
        #expect(CaseStoreError.audit(.io(path: "/s/cases/.audit.log", operation: .writingAuditLog, reason: "Permission denied")).message(.de)
            == "Das Zugriffsprotokoll kann nicht geschrieben werden, deshalb werden keine Falldaten gezeigt: "
            + "/s/cases/.audit.log: Schreiben des Zugriffsprotokolls fehlgeschlagen: keine Berechtigung")
        for e in Self.allCaseErrors { #expect(e.message(.en) == e.description) }
    }

    @Test func germanCaseErrorsHaveNoEnglish() {
        for e in Self.allCaseErrors {
            let de = e.message(.de)
            #expect(Self.english(in: de).isEmpty, "\(de)")
            #expect(de != e.message(.en))
        }
    }

    /// A broken case file keeps the place and message of `kette validate`; around them, German.
    @Test func aBrokenCaseFileIsNamedWithItsPlace() {
        let e = CaseStoreError.unreadable(path: Self.caseFile, reason: .content(line: 3, column: 22, detail: "expected a value"))
        #expect(e.message(.de) == "\(Self.caseFile): nicht lesbar: Zeile 3, Spalte 22: expected a value")
        #expect(e.message(.en) == "\(Self.caseFile): line 3, column 22: expected a value")
    }

    @Test func aCaseListNamesItsProblemsInTheInterfaceLanguage() {
        let f = Self.caseFile
        let open = CaseStoreError.unprotected(path: f, mode: "0644", fix: "chmod 600 \(f)")
        let broken = CaseStoreError.unreadable(path: f, reason: .content(line: 3, column: 22, detail: "expected a value"))
        let listing = CaseListing(cases: [], problems: [
            Diagnostic(file: f, line: 1, column: 1, message: open.description),
            Diagnostic(file: f, line: 3, column: 22, message: "expected a value"),
        ], errors: [open, broken])
        #expect(listing.problemTexts(.de) == [open.message(.de), "\(f):3:22: error: expected a value"])
        #expect(listing.problemTexts(.en) == listing.problems.map(\.description))
    }

    // MARK: StoreMergeError

    @Test func mergeErrorsPassTheLanguageOnToLoadAndWriteErrors() {
        let load = StoreMergeError.load(.unreadable(path: Self.path, reason: "Permission denied"))
        #expect(load.message(.de) == "\(Self.path): nicht lesbar: keine Berechtigung")
        #expect(load.message(.en) == "\(Self.path): cannot be read: Permission denied")
        let write = StoreMergeError.write(.locked(path: Self.dir))
        #expect(write.message(.de).contains("ein anderes Kette-Programm schreibt gerade"))
        #expect(write.message(.en).contains("another Kette process"))
        let all: [StoreMergeError] = [.demo(store: "Demo"), .readOnly(store: Self.dir), .invalidStore(store: Self.dir, errors: 3),
                                      .rejected(entries: 2), .changedMeanwhile(path: Self.path), .cancelled, load, write,
                                      .write(.conflict(path: Self.path, expected: 1, found: 2)),
                                      .write(.io(path: Self.path, operation: .replacing, reason: "Read-only file system"))]
        for e in all {
            #expect(Self.english(in: e.message(.de)).isEmpty, "\(e.message(.de))")
            #expect(e.description == e.message(.en))
        }
    }
}
