import Foundation
import Testing
@testable import KetteCore
import KetteDemo

/// The CSV import of indicator values, on the test fixture: districts nord "Nordstadt" and sued
/// "Südstadt", indicator sgb2 "SGB-II-Quote"; nord 2024 = 20.5, sued 2024 suppressed.
@Suite struct IndicatorImportTests {
    typealias Import = IndicatorCSVImport

    var store: Store { try! Fixture.load().store }

    func plan(_ text: String) -> Import.Plan { Import.plan(text, store: store) }

    func value(_ store: Store, _ district: String, _ year: Int) -> IndicatorValue? {
        store.values.first { $0.indicator == "sgb2" && $0.district == district && $0.year == year }
    }

    /// A writable copy of the fixture in a new directory.
    func directoryStore(indicators: String? = nil) throws -> String {
        let dir = Fixture.temporaryDirectory() + "/store"
        var files = Fixture.files
        if let indicators { files["indicators.json"] = indicators }
        try StoreWriter.create(files: files, at: dir)
        return dir
    }

    func load(_ dir: String) throws -> LoadedStore { try StoreLoader.load(from: DirectoryStoreSource(path: dir)) }

    // MARK: Reading

    @Test func semicolonGermanHeadersDecimalCommaAndBOM() throws {
        let p = plan("\u{FEFF}Stadtteil;Jahr;Indikator;Wert\nnord;2025;sgb2;12,5\nSüdstadt;2025;SGB-II-Quote;gesperrt\nnord;2024;sgb2;20,5\n")
        #expect(p.rejected.isEmpty, "\(p.rejected)")
        #expect(p.delimiter == ";")
        #expect(p.added.map(\.line) == [2, 3])
        #expect(p.added[0].value == IndicatorValue(indicator: "sgb2", district: "nord", year: 2025, value: 12.5))
        #expect(p.added[1].value == IndicatorValue(indicator: "sgb2", district: "sued", year: 2025, value: nil, suppressed: true))
        #expect(p.unchanged.map(\.line) == [4])
        #expect(p.changed.isEmpty)
        #expect(p.isApplicable && p.hasChanges)
    }

    @Test func commaEnglishHeadersAnyOrderExtraColumnsAndQuotes() throws {
        let text = """
            Value,INDICATOR,note,District,year
            "21.0",sgb2,"he said ""hi"", twice",nord,2024
            "12,5",sgb2,,sued,2024
            x,sgb2,"two
            lines",nord,2023

            """
        let p = plan(text)
        #expect(p.rejected.isEmpty, "\(p.rejected)")
        #expect(p.delimiter == ",")
        #expect(p.changed.count == 2)
        let nord = try #require(p.changed.first)
        #expect(nord.line == 2 && nord.old.value == 20.5 && nord.new.value == 21)
        let sued = try #require(p.changed.last)
        #expect(sued.line == 3 && sued.old.suppressed && sued.new.value == 12.5 && !sued.new.suppressed)
        #expect(p.added.map(\.line) == [4])
        #expect(p.added.first?.value.suppressed == true)
    }

    @Test func crlfLineEndingsAndBlankLines() {
        let p = plan("district;year;indicator;value\r\n\r\nnord;2025;sgb2;1\r\n;;;\r\nsued;2025;sgb2;Weststadt\r\n")
        #expect(p.added.map(\.line) == [3])
        #expect(p.rejected == [Import.Problem(line: 5, kind: .notANumber("Weststadt"))])
    }

    @Test func namesInsteadOfIdsWithGermanFolding() throws {
        let p = plan("Stadtteil;Jahr;Indikator;Wert\nSUEDSTADT;2025;sgb-ii-quote;3\nnordstadt;2025;SGB2;4\n  Südstadt ;2026; SGB-II-Quote ;5\n")
        #expect(p.rejected.isEmpty, "\(p.rejected)")
        #expect(p.added.map(\.value.district) == ["sued", "nord", "sued"])
        #expect(p.added.map(\.value.indicator) == ["sgb2", "sgb2", "sgb2"])
    }

    @Test func ambiguousNamesAreRejected() {
        var s = store
        s.districts.append(District(id: "sued2", name: "Suedstadt"))
        let p = Import.plan("district;year;indicator;value\nSüdstadt;2025;sgb2;1\nsued;2025;sgb2;2\n", store: s)
        #expect(p.rejected == [Import.Problem(line: 2, kind: .ambiguousDistrict("Südstadt", candidates: ["sued", "sued2"]))])
        #expect(p.added.map(\.line) == [3])  // the exact id is never ambiguous
    }

    @Test func everyRowErrorWithItsLine() {
        let text = """
            district;year;indicator;value
            nord;2023;sgb2;19,0

            Weststadt;2023;sgb2;1
            nord;20x4;sgb2;1
            nord;2022;sgb2;abc
            nord;2023;sgb2;19,5
            nord;2021;sgb2
            nord;2021;mond;1
            nord;1800;sgb2;1
            ;2021;sgb2;1
            nord;2020;sgb2;"1
            2"
            Mondstadt;2019;sgb2;1,2,3
            nord;2018;sgb2;"5
            """
        let p = plan(text)
        #expect(p.added.map(\.line) == [2])
        let expected: [Import.Problem] = [
            .init(line: 4, kind: .unknownDistrict("Weststadt")),
            .init(line: 5, kind: .notAYear("20x4")),
            .init(line: 6, kind: .notANumber("abc")),
            .init(line: 7, kind: .duplicate(firstLine: 2, indicator: "sgb2", district: "nord", year: 2023)),
            .init(line: 8, kind: .fieldCount(expected: 4, found: 3)),
            .init(line: 9, kind: .unknownIndicator("mond")),
            .init(line: 10, kind: .yearOutOfRange(1800)),
            .init(line: 11, kind: .emptyField(.district)),
            .init(line: 12, kind: .notANumber("1\n2")),
            .init(line: 14, kind: .unknownDistrict("Mondstadt")),
            .init(line: 14, kind: .notANumber("1,2,3")),
            .init(line: 15, kind: .unterminatedQuote),
        ]
        #expect(p.rejected == expected)
        #expect(p.rejectedLines == [4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15])
        #expect(!p.isApplicable)
        let english = p.rejected.map(\.description)
        #expect(english.contains("line 4: unknown district \"Weststadt\""))
        #expect(english.contains("line 5: year \"20x4\" is not a year"))
        #expect(english.contains("line 6: value \"abc\" is not a number"))
        #expect(english.contains("line 7: duplicate: sgb2 · nord · 2023 is already in line 2"))
        #expect(english.contains("line 8: expected 4 fields, found 3"))
        #expect(english.contains("line 15: a quoted field is not closed"))
        let german = p.rejected.map(ReportText.german.importProblem)
        #expect(german.contains("Zeile 4: unbekannter Stadtteil „Weststadt“"))
        #expect(german.contains("Zeile 5: Jahr „20x4“ ist keine Jahreszahl"))
        #expect(german.contains("Zeile 6: Wert „abc“ ist keine Zahl"))
    }

    @Test func fileAndHeaderErrors() {
        #expect(plan("").rejected == [.init(line: 1, kind: .empty)])
        #expect(plan("\u{FEFF}\n\n").rejected == [.init(line: 1, kind: .empty)])
        #expect(plan("district year indicator value\n").rejected == [.init(line: 1, kind: .noDelimiter)])
        #expect(plan("Stadtteil;Jahr;Indikator\nnord;2024;sgb2\n").rejected == [.init(line: 1, kind: .missingColumns([.value]))])
        #expect(plan("\nStadtteil;Jahr;Jahr;Indikator;Wert\n").rejected == [.init(line: 2, kind: .duplicateColumn("Jahr"))])
        #expect(plan("Ort;Jahr;Indikator;Wert\n").rejected.map(\.description) == ["line 1: missing column \"district\" (Stadtteil)"])
        // Windows-1252 "ä" in line 3: not UTF-8.
        let latin1 = Array("district;year;indicator;value\nnord;2024;sgb2;1\n".utf8) + [0x53, 0xFC, 0x64, 0x3B] + Array("2024;sgb2;1\n".utf8)
        let p = Import.plan(latin1, store: store)
        #expect(p.rejected == [.init(line: 3, kind: .notUTF8)])
        #expect(p.added.isEmpty)
    }

    @Test func numbersAndSuppressionMarkers() {
        let numbers: [(String, Double?)] = [
            ("12,5", 12.5), ("12.5", 12.5), ("-3", -3), ("\u{2212}3,25", -3.25), ("+4", 4), (" 7 ", 7), ("0,05", 0.05),
            ("1.234,5", nil), ("1e3", nil), (",5", nil), ("12,", nil), ("abc", nil), ("12 %", nil), ("--1", nil),
        ]
        for (text, expected) in numbers {
            #expect(Import.parseNumber(text) == expected, "\(text)")
        }
        for marker in ["", " ", "gesperrt", "GESPERRT", "Suppressed", "*", "x", "X"] {
            #expect(Import.isSuppressionMarker(marker), "\(marker)")
        }
        #expect(!Import.isSuppressionMarker("0"))
        #expect(!Import.isSuppressionMarker("-"))
    }

    // MARK: Applying

    @Test func applyMergesWritesAndIncrementsTheRevision() throws {
        // A value with an unknown key: replacing its number keeps the key.
        let indicators = """
            {"indicators": [{"id": "sgb2", "title": "SGB-II-Quote", "unit": "%", "better": "lower", "source": "Statistik", "stages": ["baby"]}],
             "values": [
              {"indicator": "sgb2", "district": "nord", "year": 2024, "value": 20.5, "note": "Stichtag 31.12."},
              {"indicator": "sgb2", "district": "sued", "year": 2024, "suppressed": true}
            ], "source": "kept"}
            """
        let dir = try directoryStore(indicators: indicators)
        let loaded = try load(dir)
        #expect(loaded.store.meta[.indicators]?.revision == 0)
        let p = Import.plan("district;year;indicator;value\nnord;2024;sgb2;21,5\nsued;2025;sgb2;8\n", store: loaded.store)
        #expect(try Import.apply(p, to: loaded) == 1)

        let after = try load(dir)
        #expect(after.isValid, "\(after.lines)")
        #expect(after.store.meta[.indicators]?.revision == 1)
        #expect(after.store.values.count == 3)
        let nord = try #require(value(after.store, "nord", 2024))
        #expect(nord.value == 21.5 && nord.extras.first?.key == "note")
        #expect(after.store.values.first == nord)  // replaced in place
        #expect(value(after.store, "sued", 2025)?.value == 8)
        #expect(value(after.store, "sued", 2024)?.suppressed == true)
        let text = try String(contentsOfFile: dir + "/indicators.json", encoding: .utf8)
        #expect(text.contains("\"revision\": 1") && text.contains("\"source\": \"kept\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).allSatisfy { !$0.contains(".tmp-") })

        // A second import goes on from there.
        let p2 = Import.plan("district;year;indicator;value\nnord;2025;sgb2;gesperrt\n", store: after.store)
        #expect(try Import.apply(p2, to: after) == 2)
        let again = try load(dir)
        #expect(again.store.meta[.indicators]?.revision == 2)
        let suppressed = try #require(value(again.store, "nord", 2025))
        #expect(suppressed.suppressed && suppressed.value == nil)
        #expect(try !String(contentsOfFile: dir + "/indicators.json", encoding: .utf8).contains("\"value\": null"))
    }

    @Test func aFileWithOneBadRowChangesNothing() throws {
        let dir = try directoryStore()
        let before = try Data(contentsOf: URL(fileURLWithPath: dir + "/indicators.json"))
        let loaded = try load(dir)
        let p = Import.plan("district;year;indicator;value\nnord;2025;sgb2;1\nsued;2025;sgb2;zwei\nnord;2026;sgb2;3\n",
                            store: loaded.store)
        #expect(p.added.count == 2 && p.rejectedLines == [3])
        #expect(throws: StoreMergeError.rejected(entries: 1)) { try Import.apply(p, to: loaded) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/indicators.json")) == before)
    }

    @Test func planningNeverWrites() throws {
        let dir = try directoryStore()
        let before = try Data(contentsOf: URL(fileURLWithPath: dir + "/indicators.json"))
        let loaded = try load(dir)
        let p = Import.plan("district;year;indicator;value\nnord;2025;sgb2;1\n", store: loaded.store)
        #expect(p.hasChanges)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/indicators.json")) == before)
    }

    @Test func nothingToChangeWritesNothing() throws {
        let dir = try directoryStore()
        let before = try Data(contentsOf: URL(fileURLWithPath: dir + "/indicators.json"))
        let loaded = try load(dir)
        let p = Import.plan("district;year;indicator;value\nnord;2024;sgb2;20,5\nsued;2024;sgb2;*\n", store: loaded.store)
        #expect(p.unchanged.count == 2 && !p.hasChanges)
        #expect(try Import.apply(p, to: loaded) == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/indicators.json")) == before)
    }

    @Test func theDemoStoreIsRefused() throws {
        let demo = try StoreLoader.load(from: DemoStore.source(name: "Demo"))
        let p = Import.plan("district;year;indicator;value\naltstadt;2026;sgb2-u15;1\n", store: demo.store)
        #expect(p.isApplicable && p.hasChanges)
        #expect(throws: StoreMergeError.demo(store: "Demo")) { try Import.apply(p, to: demo) }
        #expect(StoreMergeError.demo(store: "Demo").message(.de).contains("schreibgeschützt"))
        #expect(StoreMergeError.demo(store: "Demo").description.contains("read-only"))
    }

    @Test func aStoreWithErrorsIsRefused() throws {
        let dir = try directoryStore()
        try #"{"districts": [{"id": "nord", "name": "Nordstadt"}, {"id": "nord", "name": "Doppelt"}, {"id": "sued", "name": "Südstadt"}]}"#
            .write(toFile: dir + "/districts.json", atomically: true, encoding: .utf8)
        let loaded = try load(dir)
        #expect(!loaded.isValid)
        let before = try Data(contentsOf: URL(fileURLWithPath: dir + "/indicators.json"))
        let p = Import.plan("district;year;indicator;value\nsued;2025;sgb2;1\n", store: loaded.store)
        #expect(throws: StoreMergeError.self) { try Import.apply(p, to: loaded) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/indicators.json")) == before)
    }

    @Test func aPlanMadeBeforeAnotherWriteIsRefused() throws {
        let dir = try directoryStore()
        let first = try load(dir)
        let p1 = Import.plan("district;year;indicator;value\nnord;2025;sgb2;1\n", store: first.store)
        let p2 = Import.plan("district;year;indicator;value\nsued;2025;sgb2;2\n", store: first.store)
        #expect(try Import.apply(p1, to: first) == 1)
        #expect(throws: StoreMergeError.changedMeanwhile(path: dir + "/indicators.json")) { try Import.apply(p2, to: first) }
        let after = try load(dir)
        #expect(after.store.meta[.indicators]?.revision == 1)
        #expect(value(after.store, "sued", 2025) == nil)
    }
}
