import Foundation
import Testing
@testable import KetteCore
import KetteDemo
#if canImport(Glibc)
import Glibc
#endif

/// A store held as raw bytes, so that tests can hand the loader what no Swift `String` can hold:
/// invalid UTF-8, cut-off sequences, NUL bytes.
struct ByteStoreSource: StoreSource {
    var files: [String: [UInt8]]
    var displayName: String { "test" }
    var isWritable: Bool { false }

    init(_ changes: [String: [UInt8]?] = [:], base: [String: String] = Fixture.files) {
        var f = base.mapValues { Array($0.utf8) }
        for (k, v) in changes { f[k] = v }
        files = f
    }

    func displayPath(of relativePath: String) -> String { "test/\(relativePath)" }
    func read(_ relativePath: String) throws(StoreLoadError) -> [UInt8]? { files[relativePath] }
    func caseFileNames() throws(StoreLoadError) -> [String] {
        files.keys.filter { $0.hasPrefix("cases/") }.map { String($0.dropFirst(6)) }.sorted()
    }
    func caseProtectionProblems(settings: CaseSettings) -> [Diagnostic] { [] }
}

/// Broken and hostile store files: each gives a diagnostic naming file, line and column (or a
/// ``StoreLoadError``) with a clear message, never a crash.
@Suite struct HostileInputTests {
    func load(_ changes: [String: [UInt8]?]) throws -> LoadedStore {
        try StoreLoader.load(from: ByteStoreSource(changes), includeCases: true)
    }

    /// Line and column (in scalars) just after `bytes`: where a parser stops at the end of them.
    func endPosition(_ bytes: ArraySlice<UInt8>) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for b in bytes {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    // MARK: Truncated files

    @Test func truncatedFilesAreReportedWhereTheyEnd() throws {
        for (name, text) in DemoStore.files where !name.hasPrefix("cases/") {
            let bytes = Array(text.utf8)
            for cut in stride(from: 0, to: bytes.count, by: 997) {
                let prefix = bytes[0..<cut]
                let end = endPosition(prefix)
                if (try? JSONParser.parse(Array(prefix))) != nil { continue }  // only trailing white space cut off
                if name == "store.json" {
                    let e = #expect(throws: StoreLoadError.self) { try load([name: Array(prefix)]) }
                    guard case .invalidStoreFile(_, let line, _, let message) = e else {
                        Issue.record("\(name) cut at \(cut): \(String(describing: e))")
                        continue
                    }
                    #expect(line == end.line && !message.isEmpty)
                    continue
                }
                let loaded = try load([name: Array(prefix)])
                let d = loaded.errors.first { $0.file == "test/\(name)" }
                guard let d else {
                    Issue.record("\(name) cut at byte \(cut): no error for the file; \(loaded.lines)")
                    continue
                }
                // The parser stops at the end of what is there (a cut literal or UTF-8 sequence is
                // reported where it starts, on the same line).
                #expect(d.line == end.line && d.column <= end.column && d.column >= 1,
                        "\(name) cut at byte \(cut): \(d) (end at \(end))")
                #expect(d.message.contains("end of file") || d.message.contains("expected") || d.message.contains("UTF-8"),
                        "\(name) cut at byte \(cut): \(d)")
            }
        }
    }

    @Test func truncatedOffersNameTheirLastLine() throws {
        let bytes = Array(DemoStore.files["offers.json"]!.utf8)
        let cut = bytes.count / 2
        let loaded = try load(["offers.json": Array(bytes[0..<cut])])
        let end = endPosition(bytes[0..<cut])
        #expect(loaded.lines.contains { $0.hasPrefix("test/offers.json:\(end.line):") }, "\(loaded.lines)")
        // Everything else is still there, read-only.
        #expect(loaded.store.stages.count == 4 && loaded.store.offers.isEmpty && !loaded.isValid)
    }

    // MARK: Invalid UTF-8

    func offersWith(_ bytes: [UInt8], replacing marker: String) -> [UInt8] {
        let text = "{\"offers\": [\n" + Fixture.offer("o1", title: "Sprachförderung") + "\n]}"
        let parts = text.components(separatedBy: marker)
        precondition(parts.count == 2, "marker \(marker) must occur once")
        return Array(parts[0].utf8) + bytes + Array(parts[1].utf8)
    }

    @Test func invalidUTF8InAStringIsReportedWithItsPosition() throws {
        let cases: [([UInt8], String)] = [
            ([0xFF], "invalid UTF-8 byte 0xFF"),
            ([0xC3, 0x28], "invalid UTF-8 sequence"),              // a lead byte without continuation
            ([0xC0, 0xAF], "invalid UTF-8 byte 0xC0"),             // overlong "/"
            ([0xE0, 0x80, 0xAF], "invalid UTF-8 sequence"),        // overlong, three bytes
            ([0xED, 0xA0, 0x80], "invalid UTF-8 sequence"),        // a UTF-16 surrogate
            ([0xF4, 0x90, 0x80, 0x80], "invalid UTF-8 sequence"),  // above U+10FFFF
            ([0x80], "invalid UTF-8 byte 0x80"),                   // a lone continuation byte
        ]
        for (bad, message) in cases {
            let loaded = try load(["offers.json": offersWith(bad, replacing: "förderung")])
            // Line 2: `{"id": "o1", "title": "Sprach` is 29 scalars, so the bad byte is column 30.
            #expect(loaded.hasError(file: "offers.json", line: 2, containing: "offers.json:2:30: error: \(message)"),
                    "\(bad): \(loaded.lines)")
            #expect(loaded.lines.allSatisfy { !$0.unicodeScalars.contains(where: TerminalText.isUnsafe) })
        }
        // Cut inside a sequence at the very end of the file.
        let cut = Array("{\"offers\": [\"a".utf8) + [0xE2, 0x82]
        let loaded = try load(["offers.json": cut])
        #expect(loaded.hasError(file: "offers.json", line: 1, containing: "1:15: error: truncated UTF-8 sequence"), "\(loaded.lines)")
    }

    @Test func invalidUTF8InAKeyIsReported() throws {
        let loaded = try load(["offers.json": offersWith([0x74, 0x69, 0xC3, 0x28, 0x74, 0x6C, 0x65], replacing: "title")])
        #expect(loaded.hasError(file: "offers.json", line: 2, containing: "offers.json:2:17: error: invalid UTF-8 sequence"),
                "\(loaded.lines)")
        let stores = #expect(throws: StoreLoadError.self) {
            try load(["store.json": Array("{\"form".utf8) + [0xFE] + Array("at\": 1}".utf8)])
        }
        #expect(stores == .invalidStoreFile(path: "test/store.json", line: 1, column: 7,
                                            message: "invalid UTF-8 byte 0xFE; the file must be saved as UTF-8"))
    }

    @Test func latin1FilesAreRecognisedAsNotUTF8() throws {
        // "Südstadt" saved as ISO-8859-1 by an old editor.
        let latin1 = Array("{\"districts\": [{\"id\": \"sued\", \"name\": \"S".utf8) + [0xFC] + Array("dstadt\"}]}".utf8)
        let loaded = try load(["districts.json": latin1])
        #expect(loaded.hasError(file: "districts.json", line: 1, containing: "1:41: error: invalid UTF-8 byte 0xFC; the file must be saved as UTF-8"),
                "\(loaded.lines)")
    }

    // MARK: Huge strings

    @Test func aTenMegabyteStringLoadsAndIsTruncatedForTheTerminal() throws {
        let huge = String(repeating: "Sprachförderung für alle Kinder \u{1B}[2J ", count: 10_000_000 / 38)
        let bytes = huge.utf8.count
        #expect(bytes >= 10_000_000)
        let escapedJSON = huge.replacingOccurrences(of: "\u{1B}", with: "\\u001b")
        let offers = "{\"offers\": [\n" + Fixture.offer("o1", title: escapedJSON, description: escapedJSON) + "\n]}"
        let loaded = try load(["offers.json": Array(offers.utf8), "cases/c1.json": nil])
        #expect(loaded.isValid, "\(loaded.lines.prefix(3))")
        let title = try #require(loaded.store.offer(id: "o1")?.title)
        let titleBytes = title.utf8.count
        #expect(titleBytes == bytes)
        let cut = TerminalText.truncate(TerminalText.escaped(title), to: 40)
        #expect(TerminalText.width(cut) == 40 && cut.hasSuffix("…"))
        #expect(!cut.unicodeScalars.contains(where: TerminalText.isUnsafe))
        #expect(TerminalText.truncate(title, to: 1) == "…")
        #expect(TerminalText.fit(title, to: 12).count == 12)
        // One word of ten megabytes is wrapped between characters.
        let word = String(repeating: "ä\u{1B}", count: 5_000_000)
        let escaped = TerminalText.escaped(word)
        let lines = TerminalText.wrap(escaped, to: 80)
        #expect(lines.count == (escaped.count + 79) / 80)
        #expect(lines.allSatisfy { TerminalText.width($0) <= 80 })
        #expect(TerminalText.escapedPrefix(word, cells: 10) == "ä\\x1Bä\\x1Bä")  // the first character beyond 10 cells ends it
    }

    // MARK: Deep nesting

    @Test func deepNestingIsRefusedWithoutAStackOverflow() throws {
        let depth = 100_000
        let documents: [(String, [UInt8])] = [
            ("arrays", Array(String(repeating: "[", count: depth).utf8) + Array(String(repeating: "]", count: depth).utf8)),
            ("objects", Array(String(repeating: "{\"a\":", count: depth).utf8) + [0x31] + Array(String(repeating: "}", count: depth).utf8)),
            ("unclosed", Array(String(repeating: "[{\"k\": ", count: depth / 2).utf8)),
        ]
        for (what, bytes) in documents {
            let e = #expect(throws: JSONSyntaxError.self, "\(what)") { try JSONParser.parse(bytes) }
            #expect(e?.message == "nesting deeper than \(JSONParser.maximumDepth) levels", "\(what)")
            #expect(e?.line == 1)
            let loaded = try load(["offers.json": bytes])
            #expect(loaded.hasError(file: "offers.json", line: 1, containing: "nesting deeper than 256 levels"), "\(loaded.lines)")
        }
        // Inside an offer, on the line where it happens.
        let nested = "{\"offers\": [\n{\"id\": \"o1\", \"title\": " + String(repeating: "[", count: depth) + "]}"
        let loaded = try load(["offers.json": Array(nested.utf8)])
        #expect(loaded.hasError(file: "offers.json", line: 2, containing: "offers.json:2:"), "\(loaded.lines)")
        // store.json too: the store cannot be opened, with a message saying why.
        let store = #expect(throws: StoreLoadError.self) { try load(["store.json": documents[0].1]) }
        #expect(store?.description.contains("test/store.json:1:257: error: nesting deeper than 256 levels") == true,
                "\(String(describing: store))")
        // Exactly at the limit is fine.
        let limit = String(repeating: "[", count: JSONParser.maximumDepth) + String(repeating: "]", count: JSONParser.maximumDepth)
        #expect(throws: Never.self) { try JSONParser.parse(limit) }
    }

    // MARK: Wrong types

    /// Every key of an offer with the value it must have.
    static let offerMembers: [(key: String, value: String)] = [
        ("id", #""o1""#), ("title", #""Titel""#), ("provider", #""Träger""#), ("field", #""bildung""#),
        ("stages", #"["kita"]"#), ("transitions", "[]"), ("citywide", "false"), ("districts", #"["nord"]"#),
        ("description", #""Text""#), ("address", #""Weg 1""#),
        ("contact", #"{"phone": "0211", "email": "a@b.de", "web": "https://x.de"}"#),
        ("languages", #"["de"]"#), ("cost", #"{"free": false, "note": "5 €"}"#), ("accessible", "true"),
        ("eligibility", #""alle""#), ("hours", #""Mo 9–12""#), ("tags", #"["sprache"]"#),
        ("updated", #""2026-01-15""#), ("status", #""active""#),
    ]

    /// An offers.json with one member per line (line 3 onward), one of them replaced.
    func offersFile(replacing key: String, with value: String) -> (text: String, line: Int, column: Int) {
        var lines = ["{\"offers\": [", "  {"]
        var at = (0, 0)
        for (i, m) in Self.offerMembers.enumerated() {
            let prefix = "    \"\(m.key)\": "
            let v = m.key == key ? value : m.value
            if m.key == key { at = (lines.count + 1, prefix.unicodeScalars.count + 1) }
            lines.append(prefix + v + (i == Self.offerMembers.count - 1 ? "" : ","))
        }
        lines += ["  }", "]}"]
        return (lines.joined(separator: "\n"), at.0, at.1)
    }

    @Test func theOfferFileUsedForWrongTypesIsValid() throws {
        let loaded = try load(["offers.json": Array(offersFile(replacing: "", with: "").text.utf8)])
        #expect(loaded.isValid, "\(loaded.lines)")
    }

    @Test func wrongTypesForEveryOfferFieldNameFileLineAndColumn() throws {
        let candidates = ["42", "-1.5e3", "true", "null", #""text""#, "[1, 2]", #"{"a": 1}"#]
        for m in Self.offerMembers {
            let right = try JSONParser.parse(m.value)
            for wrong in candidates {
                let node = try JSONParser.parse(wrong)
                guard node.typeName != right.typeName else { continue }
                // null means "absent" for optional strings.
                if wrong == "null", ["description", "address", "eligibility", "hours"].contains(m.key) { continue }
                let file = offersFile(replacing: m.key, with: wrong)
                let loaded = try load(["offers.json": Array(file.text.utf8)])
                let here = loaded.errors.filter {
                    $0.file == "test/offers.json" && $0.line == file.line && $0.column == file.column
                        && $0.path == "offers[0].\(m.key)"
                }
                #expect(!here.isEmpty, "\(m.key) = \(wrong): \(loaded.lines)")
                #expect(here.allSatisfy { $0.message.hasPrefix("expected") && $0.message.contains(node.typeName) },
                        "\(m.key) = \(wrong): \(here)")
            }
        }
    }

    @Test func wrongTypesInsideArraysAndNestedObjects() throws {
        let nested: [(key: String, value: String, path: String, message: String)] = [
            ("stages", #"["kita", 7]"#, "offers[0].stages[1]", "expected a string, found a number"),
            ("tags", #"[["x"]]"#, "offers[0].tags[0]", "expected a string, found an array"),
            ("languages", #"[null]"#, "offers[0].languages[0]", "expected a string, found null"),
            ("cost", #"{"free": "ja"}"#, "offers[0].cost.free", "expected true or false, found a string"),
            ("cost", #"{"free": true, "note": 5}"#, "offers[0].cost.note", "expected a string, found a number"),
            ("contact", #"{"phone": 211}"#, "offers[0].contact.phone", "expected a string, found a number"),
            ("contact", #"{"email": ["a@b.de"]}"#, "offers[0].contact.email", "expected a string, found an array"),
        ]
        for n in nested {
            let loaded = try load(["offers.json": Array(offersFile(replacing: n.key, with: n.value).text.utf8)])
            #expect(loaded.errors.contains { $0.path == n.path && $0.message == n.message && $0.line > 2 },
                    "\(n.key) = \(n.value): \(loaded.lines)")
        }
        // A top level of the wrong shape.
        for (text, message) in [("[]", "expected an object, found an array"), (#"{"offers": {}}"#, "expected an array, found an object"),
                                (#"{"offers": [1]}"#, "expected an object, found a number"), ("\"offers\"", "expected an object, found a string")] {
            let loaded = try load(["offers.json": Array(text.utf8)])
            #expect(loaded.errors.contains { $0.file == "test/offers.json" && $0.message == message }, "\(text): \(loaded.lines)")
        }
    }

    @Test func wrongTypesInEveryOtherFile() throws {
        let files: [(String, String, String)] = [
            ("stages.json", #"{"stages": [{"id": "a", "title": 1, "fromMonths": "-9", "toMonths": 300}], "transitions": []}"#,
             "stages[0].fromMonths: expected a whole number, found a string"),
            ("districts.json", #"{"districts": [{"id": "nord", "name": "N", "children": 1.5}]}"#,
             "districts[0].children: expected a whole number, found a number"),
            ("needs.json", #"{"needs": [{"id": "n", "title": false}]}"#, "needs[0].title: expected a string, found a boolean"),
            ("indicators.json", #"{"indicators": [], "values": [{"indicator": "x", "district": "nord", "year": "2024", "value": 1}]}"#,
             "values[0].year: expected a whole number, found a string"),
            ("leitbild.json", #"{"title": "L", "preamble": "", "goals": {}, "principles": []}"#,
             "goals: expected an array, found an object"),
            ("cases/c1.json", #"{"id": "c1", "pseudonym": ["A"]}"#, "pseudonym: expected a string, found an array"),
        ]
        for (name, text, message) in files {
            let loaded = try load([name: Array(text.utf8)])
            #expect(loaded.hasError(file: name, line: 1, containing: message), "\(name): \(loaded.lines)")
        }
        let store = #expect(throws: StoreLoadError.self) {
            try load(["store.json": Array(#"{"format": "kette-store", "version": "1"}"#.utf8)])
        }
        #expect(store?.description.contains("\"version\" must be a whole number") == true)
    }

    // MARK: Duplicate ids

    @Test func duplicateIdsInEveryFile() throws {
        let cases: [(String, String, String)] = [
            ("stages.json", Fixture.stages.replacingAll(#""id": "baby""#, with: #""id": "schwanger""#), "stages[1].id: duplicate id \"schwanger\""),
            ("stages.json", Fixture.stages.replacingAll(#""id": "t-einschulung""#, with: #""id": "t-geburt""#), "transitions[1].id: duplicate id \"t-geburt\""),
            ("stages.json", Fixture.stages.replacingAll(#""id": "t-geburt""#, with: #""id": "kita""#), "transitions[0].id: duplicate id \"kita\""),
            ("districts.json", Fixture.districts.replacingAll(#""id": "sued""#, with: #""id": "nord""#), "districts[1].id: duplicate id \"nord\""),
            ("needs.json", #"{"needs": [{"id": "a", "title": "A"}, {"id": "a", "title": "B"}]}"#, "needs[1].id: duplicate id \"a\""),
            ("offers.json", Fixture.offers.replacingAll(#""id": "o2""#, with: #""id": "o1""#), "offers[1].id: duplicate id \"o1\""),
            ("indicators.json", Fixture.indicators.replacingAll(#"{"id": "sgb2", "title": "SGB-II-Quote", "unit": "%", "better": "lower", "source": "Statistik", "stages": ["baby"]}"#,
                                                               with: #"{"id": "sgb2", "title": "A", "unit": "%", "better": "lower", "source": "S", "stages": []}, {"id": "sgb2", "title": "B", "unit": "%", "better": "lower", "source": "S", "stages": []}"#),
             "indicators[1].id: duplicate id \"sgb2\""),
            ("indicators.json", Fixture.indicators.replacingAll(#""district": "sued", "year": 2024"#, with: #""district": "nord", "year": 2024"#),
             "a second value for sgb2 in nord 2024"),
            ("leitbild.json", #"{"title": "L", "preamble": "", "goals": [{"id": "g", "title": "A", "text": "a"}, {"id": "g", "title": "B", "text": "b"}], "principles": []}"#,
             "goals[1].id: duplicate id \"g\""),
            ("leitbild.json", #"{"title": "L", "preamble": "", "goals": [], "principles": [{"id": "p", "text": "a"}, {"id": "p", "text": "b"}]}"#,
             "principles[1].id: duplicate id \"p\""),
            ("offers.json", #"{"offers": [], "offers": []}"#, "duplicate key \"offers\""),
        ]
        for (name, text, message) in cases {
            let loaded = try load([name: Array(text.utf8)])
            #expect(loaded.hasError(file: name, containing: message), "\(name): \(loaded.lines)")
            #expect(loaded.errors.allSatisfy { $0.line >= 1 && $0.column >= 1 })
        }
        // Two case files for one case: the second names the first's id.
        var files = Fixture.files
        files["cases/c2.json"] = files["cases/c1.json"]
        let loaded = try StoreLoader.load(from: MemoryStoreSource(name: "test", files: files), includeCases: true)
        #expect(loaded.hasError(file: "cases/c2.json", line: 1, containing: "case id \"c1\" does not match the file name c2.json"))
    }

    // MARK: NUL bytes and control characters

    @Test func nulBytesAreReported() throws {
        let cases: [([UInt8], Int, Int, String)] = [
            (offersWith([0x00], replacing: "förderung"), 2, 30, "control character 0x0 inside a string; write it as an escape such as \\u0000"),
            (Array("{\"offers\": [".utf8) + [0x00] + Array("]}".utf8), 1, 13,
             "expected a value (object, array, string, number, true, false or null), found byte 0x0"),
            (Array("{\"offers\": []}".utf8) + [0x00], 1, 15, "expected end of file after the top-level value, found byte 0x0"),
            // A file zeroed by a crash or a full disk.
            ([UInt8](repeating: 0, count: 4096), 1, 1, "expected a value (object, array, string, number, true, false or null), found byte 0x0"),
        ]
        for (bytes, line, column, message) in cases {
            let loaded = try load(["offers.json": bytes])
            #expect(loaded.hasError(file: "offers.json", line: line, containing: "offers.json:\(line):\(column): error: \(message)"),
                    "\(loaded.lines)")
        }
        let store = #expect(throws: StoreLoadError.self) { try load(["store.json": [UInt8](repeating: 0, count: 10)]) }
        #expect(store?.description.hasPrefix("test/store.json:1:1: error: expected a value") == true)
    }

    @Test func escapedControlCharactersLoadAndAreShownEscaped() throws {
        let offers = "{\"offers\": [\n" + Fixture.offer("o1", title: #"A\u0000B\u001b[2J\u009b\u0007\u202e"#,
                                                        provider: #"P\r\n\t"#) + "\n]}"
        let loaded = try load(["offers.json": Array(offers.utf8), "cases/c1.json": nil])
        #expect(loaded.isValid, "\(loaded.lines)")
        let o = try #require(loaded.store.offer(id: "o1"))
        #expect(o.title == "A\u{0}B\u{1B}[2J\u{9B}\u{7}\u{202E}")
        #expect(TerminalText.escaped(o.title) == "A\\x00B\\x1B[2J\\x9B\\x07\\u{202E}")
        #expect(TerminalText.escaped(o.provider) == "P\\x0D\\x0A ")
    }

    @Test func messagesQuotingHostileKeysAndValuesAreEscaped() throws {
        let hostile = #"\u001b[2J\u009b\u0007"#
        let texts = [
            ("offers.json", #"{"offers": [{"\#(hostile)": 1, "\#(hostile)": 2}]}"#),
            ("offers.json", #"{"offers": [], "k\#(hostile)" 1}"#),
            ("offers.json", "{\"offers\": [\n" + Fixture.offer("o1", title: "T", status: hostile, field: hostile)
                .replacingAll(#""updated": "2026-01-15""#, with: #""updated": "\#(hostile)""#) + "\n]}"),
            ("stages.json", Fixture.stages.replacingAll(#""id": "baby""#, with: #""id": "\#(hostile)""#)),
            ("indicators.json", Fixture.indicators.replacingAll(#""indicator": "sgb2", "district": "nord""#,
                                                               with: #""indicator": "\#(hostile)", "district": "\#(hostile)""#)),
        ]
        for (name, text) in texts {
            let loaded = try load([name: Array(text.utf8)])
            #expect(!loaded.isValid)
            for line in loaded.lines {
                #expect(!line.unicodeScalars.contains(where: TerminalText.isUnsafe), "\(name): \(line)")
            }
        }
        let store = #expect(throws: StoreLoadError.self) {
            try load(["store.json": Array(#"{"format": "kette-store", "\#(hostile)" 1}"#.utf8)])
        }
        #expect(store.map { !$0.description.unicodeScalars.contains(where: TerminalText.isUnsafe) } == true,
                "\(String(describing: store))")
    }
}

/// Symbolic links in a store directory: a link that leads out of the store is refused.
@Suite struct StoreSymlinkTests {
    func newStore() throws -> String {
        let dir = Fixture.temporaryDirectory() + "/store"
        try StoreWriter.create(files: Fixture.files, at: dir)
        return dir
    }

    func link(_ target: String, at path: String) throws {
        try? FileManager.default.removeItem(atPath: path)
        #expect(symlink(target, path) == 0, "symlink \(path) -> \(target): \(String(cString: strerror(errno)))")
    }

    @Test func aStoreFileLinkedOutsideIsRefusedWithItsTarget() throws {
        let dir = try newStore()
        try link("/etc/passwd", at: dir + "/offers.json")
        let loaded = try StoreLoader.load(from: DirectoryStoreSource(path: dir), includeCases: true)
        #expect(loaded.lines.contains(
            "\(dir)/offers.json:1:1: error: is a symbolic link to /etc/passwd, outside the store; Kette reads only files inside the store directory"),
                "\(loaded.lines)")
        // The rest of the store is still read (and shown read-only).
        #expect(loaded.store.stages.count == 4 && loaded.store.offers.isEmpty && !loaded.isValid)
        // A relative link that climbs out, and a chain of links whose end is outside.
        let outside = Fixture.temporaryDirectory()
        try Fixture.offers.write(toFile: outside + "/offers.json", atomically: true, encoding: .utf8)
        try link("../../" + (outside as NSString).lastPathComponent + "/offers.json", at: dir + "/offers.json")
        try link(outside + "/offers.json", at: dir + "/elsewhere.json")
        try link("elsewhere.json", at: dir + "/districts.json")
        let again = try StoreLoader.load(from: DirectoryStoreSource(path: dir), includeCases: true)
        let real = DirectoryStoreSource.realPath(outside)! + "/offers.json"
        #expect(again.hasError(file: "offers.json", line: 1, containing: "is a symbolic link to \(real), outside the store"), "\(again.lines)")
        #expect(again.hasError(file: "districts.json", line: 1, containing: "is a symbolic link to \(real), outside the store"))
        #expect(again.store.offers.isEmpty)
    }

    @Test func storeJSONLinkedOutsideMeansTheStoreCannotBeOpened() throws {
        let dir = try newStore()
        let outside = Fixture.temporaryDirectory() + "/store.json"
        try Fixture.store.write(toFile: outside, atomically: true, encoding: .utf8)
        try link(outside, at: dir + "/store.json")
        let e = #expect(throws: StoreLoadError.self) { try StoreLoader.load(from: DirectoryStoreSource(path: dir), includeCases: true) }
        #expect(e == .outsideStore(path: dir + "/store.json", target: DirectoryStoreSource.realPath(outside)!))
        #expect(e?.description.contains("store.json is a symbolic link to /") == true)
        #expect(e?.description.hasSuffix("outside the store; Kette reads only files inside the store directory") == true)
    }

    @Test func aCasesDirectoryLinkedOutsideIsNotRead() throws {
        let dir = try newStore()
        let outside = Fixture.temporaryDirectory() + "/cases"
        try FileManager.default.moveItem(atPath: dir + "/cases", toPath: outside)
        try link(outside, at: dir + "/cases")
        let loaded = try StoreLoader.load(from: DirectoryStoreSource(path: dir), includeCases: true)
        #expect(loaded.store.cases.isEmpty, "the case files behind the link must not be read")
        let real = DirectoryStoreSource.realPath(outside)!
        #expect(loaded.hasError(file: "cases", line: 1, containing:
            "the cases directory is a symbolic link to \(real), outside the store; Kette reads only files inside the store directory"),
                "\(loaded.lines)")
    }

    @Test func linksThatStayInsideTheStoreAreAccepted() throws {
        let dir = try newStore()
        try FileManager.default.createDirectory(atPath: dir + "/data", withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: dir + "/offers.json", toPath: dir + "/data/offers-2026.json")
        try link("data/offers-2026.json", at: dir + "/offers.json")
        let loaded = try StoreLoader.load(from: DirectoryStoreSource(path: dir), includeCases: true)
        #expect(loaded.isValid, "\(loaded.lines)")
        #expect(loaded.store.offers.count == 5)
        // The store directory itself may be reached through a link.
        let alias = Fixture.temporaryDirectory() + "/alias"
        try link(dir, at: alias)
        let viaAlias = try StoreLoader.load(from: DirectoryStoreSource(path: alias), includeCases: true)
        #expect(viaAlias.isValid, "\(viaAlias.lines)")
        #expect(viaAlias.store.offers.count == 5)
    }

    @Test func caseFileLinksAreStillReported() throws {
        let dir = try newStore()
        try FileManager.default.moveItem(atPath: dir + "/cases/c1.json", toPath: dir + "/c1.json")
        try link("../c1.json", at: dir + "/cases/c1.json")
        let inside = try StoreLoader.load(from: DirectoryStoreSource(path: dir), includeCases: true)
        #expect(inside.hasError(file: "cases/c1.json", containing: "case file is a symbolic link"), "\(inside.lines)")
        let outside = Fixture.temporaryDirectory() + "/c1.json"
        try FileManager.default.moveItem(atPath: dir + "/c1.json", toPath: outside)
        try link(outside, at: dir + "/cases/c1.json")
        let out = try StoreLoader.load(from: DirectoryStoreSource(path: dir), includeCases: true)
        #expect(out.hasError(file: "cases/c1.json", containing: "case file is a symbolic link"), "\(out.lines)")
        #expect(out.hasError(file: "cases/c1.json", containing: "outside the store"))
        #expect(out.store.cases.isEmpty)
    }

    @Test func danglingLinksFIFOsAndDirectoriesGiveAClearMessage() throws {
        let dir = try newStore()
        try link("nirgends.json", at: dir + "/needs.json")
        unlink(dir + "/offers.json")
        #expect(mkfifo(dir + "/offers.json", 0o644) == 0)  // would block a plain open()
        try FileManager.default.removeItem(atPath: dir + "/districts.json")
        try FileManager.default.createDirectory(atPath: dir + "/districts.json", withIntermediateDirectories: false)
        let loaded = try StoreLoader.load(from: DirectoryStoreSource(path: dir), includeCases: true)
        #expect(loaded.hasError(file: "needs.json", line: 1, containing: "it is a symbolic link to nirgends.json, which does not exist"),
                "\(loaded.lines)")
        #expect(loaded.hasError(file: "offers.json", line: 1, containing: "cannot be read: not a regular file"))
        #expect(loaded.hasError(file: "districts.json", line: 1, containing: "cannot be read: not a regular file"))
    }

    @Test func linkTargetsWithControlCharactersAreShownEscaped() throws {
        let dir = try newStore()
        let outside = Fixture.temporaryDirectory() + "/evil\u{1B}[2J\u{07}.json"
        try Fixture.offers.write(toFile: outside, atomically: true, encoding: .utf8)
        try link(outside, at: dir + "/offers.json")
        let loaded = try StoreLoader.load(from: DirectoryStoreSource(path: dir), includeCases: true)
        #expect(loaded.hasError(file: "offers.json", containing: "evil\\x1B[2J\\x07.json, outside the store"), "\(loaded.lines)")
        #expect(loaded.lines.allSatisfy { !$0.unicodeScalars.contains(where: TerminalText.isUnsafe) })
    }
}

/// A store the user cannot write: reading works, nothing is written.
@Suite struct ReadOnlyStoreTests {
    @Test func aStoreWithoutWritePermissionLoads() throws {
        let dir = Fixture.temporaryDirectory() + "/store"
        try StoreWriter.create(files: Fixture.files, at: dir)
        for f in StoreFile.allCases { chmod(dir + "/" + f.fileName, 0o444) }
        chmod(dir + "/cases/c1.json", 0o400)
        chmod(dir + "/cases", 0o500)
        chmod(dir, 0o555)
        defer { chmod(dir, 0o755); chmod(dir + "/cases", 0o700) }
        let loaded = try StoreLoader.load(from: DirectoryStoreSource(path: dir), includeCases: true)
        #expect(loaded.isValid, "\(loaded.lines)")
        #expect(loaded.store.offers.count == 5 && loaded.store.cases.count == 1)
        // Root may write anyway; anybody else may not.
        #expect(DirectoryStoreSource(path: dir).isWritable == (geteuid() == 0))
    }
}
