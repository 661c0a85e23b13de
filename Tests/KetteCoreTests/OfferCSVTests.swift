import Foundation
import Testing
@testable import KetteCore
import KetteDemo

/// The offer CSV export and import (`kette export/import --format csv`), on the fixture (stages
/// schwanger, baby, kita, schule; transitions t-geburt, t-einschulung; districts nord "Nordstadt",
/// sued "Südstadt"; offers o1–o5) and on the demo store.
@Suite struct OfferCSVTests {
    static let today = Day("2026-11-21")!

    var store: Store { try! Fixture.load().store }

    func plan(_ text: String, store: Store? = nil) -> OfferImportPlan {
        try! OfferCSVImport.plan(Array(text.utf8), store: store ?? self.store, today: Self.today)
    }

    func kinds(_ p: OfferImportPlan) -> [OfferImportProblem.Kind] { p.rejected.map(\.kind) }

    // MARK: Round trips

    @Test func demoStoreRoundTripChangesNothing() throws {
        let demo = try StoreLoader.load(from: DemoStore.source()).store
        #expect(demo.offers.count == 293)
        let csv = try OfferCSVExport.render(demo.offers)
        guard case .success(let bytes) = OfferCSVExport.encode(csv, as: .utf8WithBOM) else { Issue.record("encode"); return }
        let same = try OfferCSVImport.plan(bytes, store: demo, today: Self.today)
        #expect(same.rejected.isEmpty, "\(same.rejected.prefix(3))")
        #expect(same.unchanged.count == 293 && same.added.isEmpty && same.changed.isEmpty)

        // Into a store without offers: every offer comes back equal, field by field.
        var empty = demo
        empty.offers = []
        let fresh = try OfferCSVImport.plan(bytes, store: empty, today: Self.today)
        #expect(fresh.rejected.isEmpty, "\(fresh.rejected.prefix(3))")
        #expect(fresh.added.count == 293)
        for (a, o) in zip(fresh.added.map(\.offer), demo.offers) {
            #expect(a == o, "\(o.id): \(OfferImportPlan.differences(o, a))")
        }
    }

    @Test func englishHeadersCommaAndWindows1252RoundTrip() throws {
        var s = store
        s.offers[0].description = "Zeile 1\nZeile 2; mit \"Zitat\", Komma"
        s.offers[0].cost.note = " 5 € "  // outer spaces are trimmed on import
        let csv = try OfferCSVExport.render(s.offers, language: .en, delimiter: ",")
        #expect(csv.hasPrefix("id,title,provider,field,stages,"))
        guard case .success(let bytes) = OfferCSVExport.encode(csv, as: .windows1252) else { Issue.record("encode"); return }
        #expect(!bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(bytes.contains(0xFC) && bytes.contains(0x80))  // ü and € as single bytes
        var empty = s
        empty.offers = []
        let p = try OfferCSVImport.plan(bytes, store: empty, today: Self.today)
        #expect(p.encoding == "Windows-1252" && p.delimiter == ",")
        #expect(p.rejected.isEmpty, "\(p.rejected)")
        var expected = s.offers
        expected[0].cost.note = "5 €"
        #expect(p.added.map(\.offer) == expected)
    }

    // MARK: Reading what people type

    @Test func germanHeadersNamesListsAndPartialColumns() throws {
        let text = """
            Kennung;Titel;Lebensphase;Stadtteile;Sprachen;Barrierefrei;Stand;Notiz
            o1;Sprachförderung neu;Kita | Schule;Nordstadt, Suedstadt;Deutsch, tr, Arabisch;x;01.02.2026;egal
            o2;Familienbüro;baby;;de;nein;2026-01-15;
            """
        let p = plan(text)
        #expect(p.rejected.isEmpty, "\(p.rejected)")
        #expect(p.notes.map(\.kind) == [.unknownColumn("Notiz")])
        #expect(p.notes.first?.column == 8)
        let change = try #require(p.changed.first)
        #expect(change.line == 2)
        #expect(change.new.title == "Sprachförderung neu")
        #expect(change.new.stages == ["kita", "schule"])
        #expect(change.new.districts == ["nord", "sued"])
        #expect(change.new.languages == ["de", "tr", "ar"])
        #expect(change.new.accessible)
        #expect(change.new.updated == Day("2026-02-01"))
        // Columns the file does not have stay as they are.
        #expect(change.new.provider == change.old.provider && change.new.description == change.old.description)
        #expect(change.keys == ["title", "stages", "districts", "languages", "accessible", "updated"])
        // o2 is city-wide, so no districts are fine; only "barrier-free" changed.
        #expect(p.changed.count == 2)
        #expect(p.changed[1].keys == ["accessible"])
    }

    @Test func yesNoAndStatusWords() throws {
        for yes in ["ja", "Ja", "JA", "yes", "true", "TRUE", "wahr", "x", "X", "1", " ja "] { #expect(CellValues.bool(yes) == true, "\(yes)") }
        for no in ["nein", "no", "false", "False", "falsch", "", "0", "-"] { #expect(CellValues.bool(no) == false, "\(no)") }
        for neither in ["vielleicht", "tru", "2", "jaa"] { #expect(CellValues.bool(neither) == nil, "\(neither)") }
        #expect(CellValues.status("Aktiv") == .active && CellValues.status("ARCHIVED") == .archived && CellValues.status("weg") == nil)
        #expect(CellValues.day("1.2.2026") == Day("2026-02-01") && CellValues.day("2026-02-30") == nil && CellValues.day("01.02.26") == nil)
    }

    @Test func newOfferNeedsTheRequiredColumns() throws {
        let full = """
            ID;Titel;Träger;Bereich;Lebensphasen;Stadtweit;Kostenlos
            neu-1;Neues Angebot;Verein;Gesundheit;kita;ja;ja
            """
        let ok = plan(full)
        #expect(ok.rejected.isEmpty, "\(ok.rejected)")
        let added = try #require(ok.added.first?.offer)
        #expect(added.field == .gesundheit && added.citywide && added.cost.free && added.updated == Self.today)
        let missing = plan("ID;Titel;Lebensphasen\nneu-1;Neues Angebot;kita\n")
        #expect(kinds(missing) == [.missingValue("Träger"), .missingValue("Bereich"), .missingValue("Kostenlos"), .noDistricts])
        #expect(missing.rejected.allSatisfy { $0.line == 2 })
    }

    // MARK: Errors with lines and columns

    @Test func malformedRowsArePreciselyReported() throws {
        let text = """
            ID;Titel;Lebensphasen;Stadtteile;Sprachen;Stadtweit;Geprüft am
            o1;A;kita;nord;de;nein;2026-01-01
            o2;B;Weltall;Weststadt;klingonisch;vielleicht;31.02.2026
            o3;"zwei
            Zeilen";kita;sued;de;nein;2026-01-01
            o5;zu wenig
            o1;doppelt;kita;nord;de;nein;2026-01-01
            böse id;X;kita;nord;de;nein;2026-01-01
            """
        let p = plan(text)
        let rows = p.rejected.map { "\($0.line):\($0.column.map(String.init) ?? "-")" }
        #expect(rows == ["3:3", "3:4", "3:5", "3:6", "3:7", "6:-", "7:1", "8:1"], "\(p.rejected)")
        #expect(kinds(p) == [
            .unknownStage("Weltall"), .unknownDistrict("Weststadt"), .invalidLanguage("klingonisch"),
            .invalidBool("vielleicht"), .invalidDate("31.02.2026"), .fieldCount(expected: 7, found: 2),
            .duplicateID("o1", firstLine: 2), .invalidID("böse id"),
        ])
        #expect(p.rejected[0].columnName == "Lebensphasen")
        // The row spanning lines 4–5 is fine and counted from its first line.
        #expect(p.changed.map(\.line) == [2, 4])
        #expect(!p.isApplicable)
        let message = ExchangeText.english.problem(p.rejected[0], file: "a.csv")
        #expect(message == "a.csv:3:3: error: Lebensphasen: unknown stage \"Weltall\"")
        let german = ExchangeText.german.problem(p.rejected[5], file: "a.csv")
        #expect(german == "a.csv:6: error: 2 Felder, erwartet 7 wie in der Kopfzeile")
    }

    @Test func fileLevelProblems() throws {
        #expect(kinds(plan("")) == [.empty])
        #expect(kinds(plan("Titel;Träger\nA;B\n")) == [.missingIDColumn])
        #expect(kinds(plan("ID;Titel;title\no1;A;B\n")) == [.duplicateColumn("title")])
        #expect(kinds(plan("ID;Titel\no1;\"offen\n")) == [.unterminatedQuote])
        let bad = try OfferCSVImport.plan(Array("ID;Titel\no1;".utf8) + [0x81], store: store, today: Self.today)
        #expect(bad.rejected.map { "\($0.line):\($0.column ?? 0)" } == ["2:4"])
        #expect(kinds(bad) == [.encoding(.neither(byte: 0x81))])
    }

    @Test func ambiguousNamesMustBeIDs() throws {
        var s = store
        s.districts.append(District(id: "nord2", name: "Nordstadt"))
        let p = plan("ID;Stadtteile\no1;Nordstadt\n", store: s)
        #expect(kinds(p) == [.ambiguous("Nordstadt", candidates: ["nord", "nord2"])])
    }

    // MARK: Writing

    @Test func rejectedFileLeavesTheStoreUntouchedAndAGoodOneIsWritten() throws {
        let dir = Fixture.temporaryDirectory() + "/store"
        try StoreWriter.create(files: Fixture.files, at: dir)
        let path = dir + "/offers.json"
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let loaded = try StoreLoader.load(from: DirectoryStoreSource(path: dir))
        let bad = try OfferCSVImport.plan(Array("ID;Titel;Lebensphasen\no1;Neu;kita\no2;X;Mars\n".utf8), store: loaded.store, today: Self.today)
        #expect(bad.changed.count == 1 && bad.rejected.count == 1)
        #expect(throws: StoreMergeError.self) { try OfferImport.apply(bad, to: loaded) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)

        // Cancelled just before the rename: the old file stays, no temporary file is left.
        let good = try OfferCSVImport.plan(Array("ID;Titel\no1;Neu\n".utf8), store: loaded.store, today: Self.today)
        #expect(throws: StoreMergeError.self) {
            try OfferImport.apply(good, to: loaded, progress: ExchangeProgress(isCancelled: { true }))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).allSatisfy { !$0.contains(".tmp-") })

        let revision = try OfferImport.apply(good, to: loaded)
        #expect(revision == 1)
        let after = try StoreLoader.load(from: DirectoryStoreSource(path: dir))
        #expect(after.isValid)
        #expect(after.store.offer(id: "o1")?.title == "Neu")
        #expect(after.store.offers.count == 5)
        #expect(FileManager.default.fileExists(atPath: dir + "/.history/offers.json.r0"))
        // The same file again changes nothing.
        let again = try OfferCSVImport.plan(Array("ID;Titel\no1;Neu\n".utf8), store: after.store, today: Self.today)
        #expect(!again.hasChanges && again.unchanged.count == 1)
    }

    @Test func aColleaguesSaveInBetweenIsNotOverwritten() throws {
        let dir = Fixture.temporaryDirectory() + "/store"
        try StoreWriter.create(files: Fixture.files, at: dir)
        let loaded = try StoreLoader.load(from: DirectoryStoreSource(path: dir))
        let plan = try OfferCSVImport.plan(Array("ID;Titel\no1;Mein Titel\n".utf8), store: loaded.store, today: Self.today)
        // A colleague saves offers.json after the plan was made.
        var theirs = loaded.store
        theirs.offers[1].title = "Ihr Titel"
        try StoreWriter.save(.offers, of: theirs, in: dir)
        let saved = try Data(contentsOf: URL(fileURLWithPath: dir + "/offers.json"))
        do {
            try OfferImport.apply(plan, to: loaded)
            Issue.record("applied over a newer file")
        } catch {
            guard case .changedMeanwhile = error else { Issue.record("\(error)"); return }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/offers.json")) == saved)
    }

    @Test func cancellingThePlanStopsIt() {
        let rows = (1...2000).map { "n\($0);T" }.joined(separator: "\n")
        #expect(throws: ExchangeCancelled.self) {
            _ = try OfferCSVImport.plan(Array(("ID;Titel\n" + rows).utf8), store: store, today: Self.today,
                                        progress: ExchangeProgress(isCancelled: { true }))
        }
    }

    @Test func formulasAreDefusedAndComeBack() throws {
        var s = store
        s.offers[0].title = "=HYPERLINK(\"http://x.example\";\"klick\")"
        s.offers[1].provider = "@SUMME(A1)"
        s.offers[2].title = "+49 bleibt"
        let csv = try OfferCSVExport.render(s.offers)
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x.example\"\";\"\"klick\"\")\""))
        #expect(csv.contains(";'@SUMME(A1);"))
        #expect(csv.contains(";+49 bleibt;"))
        #expect(!csv.contains(";=") && !csv.contains(";@") && !csv.contains("\"="))
        let p = try OfferCSVImport.plan(Array(csv.utf8), store: s, today: Self.today)
        #expect(p.rejected.isEmpty && !p.hasChanges && p.unchanged.count == 5, "\(p.rejected)")
    }

    @Test func dryRunLinesAndMessagesNeverCarryEscapeSequences() throws {
        let p = plan("ID;Titel;Lebensphasen\no1;Neu\u{1B}[2J;kita\no2;X;Mond\u{1B}[31m\u{07}\n")
        let lines = ExchangeText.german.planLines(p, file: "a\u{1B}.csv") + p.rejected.map { ExchangeText.german.problem($0, file: "a.csv") }
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { !$0.unicodeScalars.contains(where: TerminalText.isUnsafe) }, "\(lines)")
        #expect(lines[0] == "a\\x1B.csv:2: geändert o1: title „Sprachförderung in der Kita“ → „Neu\\x1B[2J“")
        #expect(lines[1].contains("„Mond\\x1B[31m\\x07“"))
    }

    @Test func exportNeverWritesEscapeSequences() throws {
        var s = store
        s.offers[0].title = "Böse\u{1B}[31mrot"
        let csv = try OfferCSVExport.render(s.offers)
        #expect(!csv.contains("\u{1B}"))
        #expect(csv.contains("Böse\\x1B[31mrot"))
    }
}
