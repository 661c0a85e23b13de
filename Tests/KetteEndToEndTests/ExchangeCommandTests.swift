import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import KetteCore

/// `kette export`, `kette import` and `kette handout`, run as a user would.
@Suite(.serialized) struct ExchangeCommandTests {
    /// A writable copy of the demo.
    func newStore() throws -> String {
        let dir = KetteBinary.temporaryDirectory() + "/s"
        let r = try KetteBinary.run(["init", dir])
        #expect(r.status == 0, "\(r.stderr)")
        return dir
    }

    func contents(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    func write(_ bytes: [UInt8], _ name: String) throws -> String {
        let path = KetteBinary.temporaryDirectory() + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A named pipe given as the file (nobody writing into it): both imports refuse it at once with
    /// the reason, instead of hanging in open() until a second Ctrl-C; a directory is named as one.
    @Test func importsRefuseANamedPipeAtOnce() throws {
        let dir = try newStore()
        let fifo = KetteBinary.temporaryDirectory() + "/angebote.csv"
        #expect(mkfifo(fifo, 0o600) == 0)
        // SIGKILL: the test runner may hand down SIGTERM blocked.
        let timeout = ["/usr/bin/timeout", "-s", "KILL", "10"]
        for args in [["import", "--format", "csv", fifo], ["indicators", "import", fifo]] {
            let r = try KetteBinary.run(args + ["--store", dir, "--dry-run"], launcher: timeout)
            #expect(r.status == 1, "\(args): \(r.status) \(r.stderr)")
            #expect(r.stderr.contains("\(fifo): kann nicht gelesen werden: keine normale Datei"), "\(r.stderr)")
        }
        let folder = try KetteBinary.run(["import", "--format", "csv", KetteBinary.temporaryDirectory(), "--store", dir, "--dry-run"])
        #expect(folder.status == 1 && folder.stderr.contains("kann nicht gelesen werden: ist ein Verzeichnis"), "\(folder.stderr)")
    }

    @Test func csvExportImportRoundTripAndChange() throws {
        let dir = try newStore()
        let file = KetteBinary.temporaryDirectory() + "/angebote.csv"
        let export = try KetteBinary.run(["export", "--format", "csv", "-o", file, "--store", dir])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout == "293 Angebote nach \(file) exportiert.\n")
        #expect(export.stderr.isEmpty, "no progress on a pipe: \(export.stderr)")
        let bytes = [UInt8](try contents(file))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("ID;Titel;Träger;Bereich;Lebensphasen;"))

        let same = try KetteBinary.run(["import", "--format", "csv", file, "--store", dir])
        #expect(same.status == 0, "\(same.stderr)")
        #expect(same.stdout.contains("0 neu, 0 geändert, 293 unverändert."))
        #expect(same.stdout.contains("Keine Änderungen"))

        // Change one title (line 2 is the first offer) and add an offer; dry run first.
        var lines = text.components(separatedBy: "\r\n")
        let oldTitle = lines[1].split(separator: ";", omittingEmptySubsequences: false)[1]
        lines[1] = lines[1].replacingOccurrences(of: String(oldTitle), with: "Neuer Titel")
        // The columns in the export's order: id … stages, transitions, citywide, districts, 5 contact
        // cells, languages, free, cost note, accessible, eligibility, hours, tags, updated, status.
        let row = ["neu-1", "Elterncafé Nord", "Verein", "soziales", "kita", "", "nein", "Altstadt", "", "", "", "", "",
                   "de", "ja", "", "ja", "", "", "", "2026-11-01", "active"]
        #expect(row.count == lines[0].split(separator: ";").count)
        lines.insert(row.joined(separator: ";"), at: lines.count - 1)
        let changed = try write(Array(lines.joined(separator: "\r\n").utf8), "geaendert.csv")
        let before = try contents(dir + "/offers.json")
        let dry = try KetteBinary.run(["import", "--format", "csv", changed, "--dry-run", "--store", dir])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("\(changed):2: geändert o-0001: title"), "\(dry.stdout)")
        #expect(dry.stdout.contains("\(changed):295: neu neu-1 „Elterncafé Nord“"), "\(dry.stdout)")
        #expect(dry.stdout.contains("1 neu, 1 geändert, 292 unverändert."))
        #expect(dry.stdout.contains("Probelauf"))
        #expect(try contents(dir + "/offers.json") == before)

        let real = try KetteBinary.run(["import", "--format", "csv", changed, "--store", dir, "--lang", "en"])
        #expect(real.status == 0, "\(real.stderr)")
        #expect(real.stdout.contains("2 offers written to \(dir)/offers.json (revision 1)."), "\(real.stdout)")
        let show = try KetteBinary.run(["show", "neu-1", "--store", dir])
        #expect(show.stdout.contains("Elterncafé Nord"))
        #expect(try KetteBinary.run(["validate", "--store", dir]).status == 0)
    }

    @Test func rejectedRowsNameFileLineAndColumnAndWriteNothing() throws {
        let dir = try newStore()
        let before = try contents(dir + "/offers.json")
        let csv = try write(Array("ID;Titel;Lebensphasen;Sprachen\no-0001;Neu;kita;de\no-0002;X;Mond;de\no-0003;Y;kita;xx1\n".utf8), "bad.csv")
        let r = try KetteBinary.run(["import", "--format", "csv", csv, "--store", dir])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(csv):3:3: error: Lebensphasen: unbekannte Lebensphase „Mond“"), "\(r.stderr)")
        #expect(r.stderr.contains("\(csv):4:4: error: Sprachen: „xx1“ ist keine Sprache"), "\(r.stderr)")
        #expect(r.stderr.contains("Nichts importiert: 2 Zeilen haben Fehler."), "\(r.stderr)")
        #expect(r.stdout.contains("\(csv):2: geändert o-0001: title"))
        #expect(try contents(dir + "/offers.json") == before)
        #expect(!FileManager.default.fileExists(atPath: dir + "/.history/offers.json.r0"))

        // Windows-1252 is read; a byte that is neither encoding is refused with its place.
        let latin = try write([UInt8]("ID;Titel\no-0001;Gr".utf8) + [0xFC, 0xDF, 0x65, 0x0A], "latin.csv")
        let ok = try KetteBinary.run(["import", "--format", "csv", latin, "--dry-run", "--store", dir])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("Gelesen als Windows-1252."))
        #expect(ok.stdout.contains("1 geändert"))
        let broken = try write([UInt8]("ID;Titel\no-0001;Gr".utf8) + [0x8D, 0x0A], "broken.csv")
        let no = try KetteBinary.run(["import", "--format", "csv", broken, "--store", dir, "--lang", "en"])
        #expect(no.status == 1)
        #expect(no.stderr.contains("\(broken):2:10: error: byte 0x8D is neither UTF-8 nor Windows-1252"), "\(no.stderr)")
    }

    @Test func hsdsExportAndImport() throws {
        let dir = try newStore()
        let out = try KetteBinary.run(["export", "--format", "hsds", "--store", dir])
        #expect(out.status == 0, "\(out.stderr)")
        let services = try #require(try JSONParser.parse(out.stdout).arrayValue)
        #expect(services.count == 293)
        #expect(services.allSatisfy { $0["organization"]?["name"] != nil && $0["service_at_locations"]?.arrayValue?.count == 1 })
        let file = try write(Array(out.stdout.utf8), "hsds.json")
        let r = try KetteBinary.run(["import", "--format", "hsds", file, "--store", dir, "--dry-run"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("0 neu, 0 geändert, 293 unverändert."))
        #expect(r.stderr.isEmpty, "\(r.stderr)")

        let broken = try write(Array("[\n {\"name\": 1,\n".utf8), "broken.json")
        let bad = try KetteBinary.run(["import", "--format", "hsds", broken, "--store", dir])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("\(broken):3:1: error: kein gültiges JSON"), "\(bad.stderr)")
    }

    @Test func theListCommandsCSVIsImportable() throws {
        // `kette list --format csv`: English headers, commas, lists joined with "|", true/false.
        let list = try KetteBinary.run(["list", "--all", "--format", "csv"])
        #expect(list.status == 0)
        let file = try write(Array(list.stdout.utf8), "liste.csv")
        let r = try KetteBinary.run(["import", "--format", "csv", file, "--dry-run"])
        #expect(r.status == 0, "\(r.stderr.prefix(500))")
        #expect(r.stdout.contains("0 neu, 0 geändert, 293 unverändert."), "\(r.stdout)")
    }

    @Test func outputIntoAPipeOrThroughALinkKeepsThem() throws {
        // -o into a named pipe writes into it (renaming over it would replace it with a file,
        // as it would /dev/null); -o through a symbolic link replaces the file it points to.
        let dir = KetteBinary.temporaryDirectory()
        let fifo = dir + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        nonisolated(unsafe) var received = Data()
        let reader = Thread {
            if let h = FileHandle(forReadingAtPath: fifo) { received = h.readDataToEndOfFile() }
        }
        reader.start()
        let r = try KetteBinary.run(["export", "--format", "csv", "-o", fifo])
        #expect(r.status == 0, "\(r.stderr)")
        let deadline = Date().addingTimeInterval(10)
        while !reader.isFinished && Date() < deadline { usleep(10_000) }
        #expect(reader.isFinished, "nothing was written into the pipe")
        var st = stat()
        #expect(lstat(fifo, &st) == 0 && st.st_mode & S_IFMT == S_IFIFO)
        #expect(String(decoding: received.dropFirst(3), as: UTF8.self).hasPrefix("ID;Titel;"))

        let target = dir + "/ziel.html", link = dir + "/link.html"
        try "alt".write(toFile: target, atomically: true, encoding: .utf8)
        #expect(symlink(target, link) == 0)
        #expect(try KetteBinary.run(["handout", "--offers", "o-0002", "--format", "html", "-o", link]).status == 0)
        #expect(lstat(link, &st) == 0 && st.st_mode & S_IFMT == S_IFLNK)
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("Babylotsin"))
    }

    @Test func theDemoIsNeverWritten() throws {
        let file = KetteBinary.temporaryDirectory() + "/demo.csv"
        #expect(try KetteBinary.run(["export", "--format", "csv", "-o", file]).status == 0)
        let dry = try KetteBinary.run(["import", "--format", "csv", file, "--dry-run"])
        #expect(dry.status == 0)
        let real = try KetteBinary.run(["import", "--format", "csv", file, "--lang", "en"])
        #expect(real.status == 1)
        #expect(real.stderr.contains("bundled demo store"), "\(real.stderr)")
    }

    @Test func ctrlCDuringAnImportWritesNothing() throws {
        let dir = try newStore()
        var csv = "ID;Titel;Träger;Bereich;Lebensphasen;Stadtweit;Kostenlos\n"
        for i in 0..<120_000 { csv += "n\(i);Angebot \(i);Verein;bildung;kita;ja;ja\n" }
        let file = try write(Array(csv.utf8), "gross.csv")
        defer { try? FileManager.default.removeItem(atPath: file) }
        let before = try contents(dir + "/offers.json")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: KetteBinary.path)
        p.arguments = ["import", "--format", "csv", file, "--store", dir]
        let err = Pipe()
        p.standardOutput = FileHandle.nullDevice
        p.standardError = err
        try p.run()
        Thread.sleep(forTimeInterval: 0.5)
        p.interrupt()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationReason == .exit, "\(message)")
        #expect(p.terminationStatus == 130, "\(message)")
        #expect(message.contains("Abgebrochen; nichts wurde geschrieben."))
        #expect(try contents(dir + "/offers.json") == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).allSatisfy { !$0.contains(".tmp-") })
    }

    /// A writable store with the demo's offers 100 times over (29,300 offers, ≈ 340 MB of HSDS), so
    /// that an export takes long enough to be interrupted. (30 MB: remove its parent directory.)
    /// The CSV export is about ten times quicker: `times: 400` (117,200 offers, 120 MB, 100 MB of CSV).
    func largeStore(times: Int = 100) throws -> String {
        let dir = try newStore()
        var store = try StoreLoader.load(from: DirectoryStoreSource(path: dir)).store
        let demo = store.offers
        store.offers = (0..<times).flatMap { k in demo.map { o in
            var copy = o
            copy.id = o.id + "-" + String(k)
            return copy
        } }
        _ = try StoreWriter.save(.offers, of: store, in: dir)
        return dir
    }

    @Test func hsdsExportToAFileIsWhatGoesToStandardOutputAndToAPipe() throws {
        let dir = try newStore()
        let stdout = try KetteBinary.run(["export", "--format", "hsds", "--store", dir])
        #expect(stdout.status == 0, "\(stdout.stderr)")
        let outDir = KetteBinary.temporaryDirectory()
        let file = outDir + "/angebote.json"
        try "alt\n".write(toFile: file, atomically: true, encoding: .utf8)
        let r = try KetteBinary.run(["export", "--format", "hsds", "--store", dir, "-o", file])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "293 Angebote nach \(file) exportiert.\n")
        #expect(String(decoding: try contents(file), as: UTF8.self) == stdout.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outDir) == ["angebote.json"])

        // --compact: the same services, one per line.
        let compact = try KetteBinary.run(["export", "--format", "hsds", "--compact", "--store", dir])
        #expect(compact.status == 0, "\(compact.stderr)")
        #expect(compact.stdout.split(separator: "\n").count == 293 + 2)
        #expect(try JSONParser.parse(compact.stdout) == JSONParser.parse(stdout.stdout))
        let refused = try KetteBinary.run(["export", "--format", "csv", "--compact", "--store", dir])
        #expect(refused.status != 0 && refused.stderr.contains("--compact applies to --format hsds only"), "\(refused.stderr)")

        let fifo = outDir + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        nonisolated(unsafe) var received = Data()
        let reader = Thread {
            if let h = FileHandle(forReadingAtPath: fifo) { received = h.readDataToEndOfFile() }
        }
        reader.start()
        let piped = try KetteBinary.run(["export", "--format", "hsds", "--store", dir, "-o", fifo])
        #expect(piped.status == 0, "\(piped.stderr)")
        let deadline = Date().addingTimeInterval(10)
        while !reader.isFinished && Date() < deadline { usleep(10_000) }
        #expect(reader.isFinished, "nothing was written into the pipe")
        #expect(String(decoding: received, as: UTF8.self) == stdout.stdout)
        var st = stat()
        #expect(lstat(fifo, &st) == 0 && st.st_mode & S_IFMT == S_IFIFO)
    }

    /// Both formats stream into a temporary file next to `-o FILE`: Ctrl-C while it grows leaves the
    /// old file and no temporary file. (HSDS: the store of `largeStore()`; CSV needs more offers to
    /// still be writing when the interrupt comes.)
    @Test(arguments: [("hsds", "angebote.json", 100), ("csv", "angebote.csv", 400)])
    func ctrlCDuringAnExportLeavesTheOldFileAndNoTemporaryFile(_ format: String, _ name: String, _ times: Int) throws {
        let dir = try largeStore(times: times)
        let outDir = KetteBinary.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(atPath: (dir as NSString).deletingLastPathComponent)
            try? FileManager.default.removeItem(atPath: outDir)
        }
        let file = outDir + "/" + name
        try "alt\n".write(toFile: file, atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: KetteBinary.path)
        p.arguments = ["export", "--format", format, "--store", dir, "-o", file]
        let err = Pipe()
        p.standardOutput = FileHandle.nullDevice
        p.standardError = err
        try p.run()
        // Interrupt once the export streams into its temporary file.
        let deadline = Date().addingTimeInterval(60)
        var streaming = false
        while !streaming && p.isRunning && Date() < deadline {
            streaming = try FileManager.default.contentsOfDirectory(atPath: outDir).contains { $0.hasPrefix(".\(name).tmp-") }
            if !streaming { usleep(2_000) }
        }
        #expect(streaming, "no temporary file appeared")
        p.interrupt()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationReason == .exit, "\(message)")
        #expect(p.terminationStatus == 130, "\(message)")
        #expect(message.contains("Abgebrochen; nichts wurde geschrieben."), "\(message)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "alt\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outDir) == [name])
    }

    /// A copy of the demo without the offers Windows-1252 cannot hold (Turkish, Cyrillic, Arabic …),
    /// and how many offers it has.
    func windows1252Store() throws -> (dir: String, offers: Int) {
        let dir = try newStore()
        var store = try StoreLoader.load(from: DirectoryStoreSource(path: dir)).store
        let refused = Set(OfferCSVExport.offersNotInWindows1252(store.offers))
        #expect(!refused.isEmpty && refused.count < 50)
        store.offers.removeAll { refused.contains($0.id) }
        _ = try StoreWriter.save(.offers, of: store, in: dir)
        return (dir, store.offers.count)
    }

    /// Every encoding and separator: -o FILE holds what goes to standard output and into a pipe,
    /// and no temporary file is left.
    @Test func csvExportToAFileIsWhatGoesToStandardOutputAndToAPipe() throws {
        let (dir, count) = try windows1252Store()
        let outDir = KetteBinary.temporaryDirectory()
        let file = outDir + "/angebote.csv"
        for options in [[], ["--encoding", "utf-8-no-bom"], ["--encoding", "windows-1252", "--delimiter", "comma"],
                        ["--delimiter", "comma", "--lang", "en"]] {
            try "alt\n".write(toFile: file, atomically: true, encoding: .utf8)
            let stdout = try KetteBinary.run(["export", "--format", "csv", "--store", dir] + options)
            #expect(stdout.status == 0, "\(options): \(stdout.stderr)")
            let r = try KetteBinary.run(["export", "--format", "csv", "--store", dir, "-o", file] + options)
            #expect(r.status == 0, "\(options): \(r.stderr)")
            #expect(r.stdout == "\(count) Angebote nach \(file) exportiert.\n" || options.contains("en"), "\(r.stdout)")
            #expect(try contents(file) == Data(stdout.stdoutBytes), "\(options)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: outDir) == ["angebote.csv"])
        }
        let bytes = [UInt8](try contents(file))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF] + Array("id,title,provider,".utf8)) && bytes.count > 100_000)

        let fifo = outDir + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        nonisolated(unsafe) var received = Data()
        let reader = Thread {
            if let h = FileHandle(forReadingAtPath: fifo) { received = h.readDataToEndOfFile() }
        }
        reader.start()
        let piped = try KetteBinary.run(["export", "--format", "csv", "--store", dir, "-o", fifo, "--delimiter", "comma", "--lang", "en"])
        #expect(piped.status == 0, "\(piped.stderr)")
        let deadline = Date().addingTimeInterval(10)
        while !reader.isFinished && Date() < deadline { usleep(10_000) }
        #expect(reader.isFinished, "nothing was written into the pipe")
        #expect([UInt8](received) == bytes)
    }

    /// Windows-1252 cannot hold Cyrillic: refused before anything is written, naming the offers, to
    /// a file (left as it was, no temporary file) and to standard output (nothing on it).
    @Test func csvExportRefusedInWindows1252WritesNothing() throws {
        let (dir, _) = try windows1252Store()
        var store = try StoreLoader.load(from: DirectoryStoreSource(path: dir)).store
        store.offers[5].title = "Консультація"
        store.offers[9].tags.append("Київ")
        _ = try StoreWriter.save(.offers, of: store, in: dir)
        let outDir = KetteBinary.temporaryDirectory()
        let file = outDir + "/angebote.csv"
        try "alt\n".write(toFile: file, atomically: true, encoding: .utf8)
        let expected = "„К“ (Angebot „\(store.offers[5].id)“ und 1 weitere)"
        let r = try KetteBinary.run(["export", "--format", "csv", "--store", dir, "--encoding", "windows-1252", "-o", file])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains(expected), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "alt\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outDir) == ["angebote.csv"])
        let stdout = try KetteBinary.run(["export", "--format", "csv", "--store", dir, "--encoding", "windows-1252"])
        #expect(stdout.status == 1 && stdout.stdout.isEmpty && stdout.stderr.contains(expected), "\(stdout.stderr)")
    }

    /// Into standard output (a pipe) the export goes as it is made: Ctrl-C leaves what went out cut
    /// off, and says so.
    @Test func ctrlCDuringACSVExportToStandardOutputSaysItIsIncomplete() throws {
        let dir = try largeStore(times: 400)
        defer { try? FileManager.default.removeItem(atPath: (dir as NSString).deletingLastPathComponent) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: KetteBinary.path)
        p.arguments = ["export", "--format", "csv", "--store", dir]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // The first chunk has arrived (the export now waits for the pipe to be read).
        var received = out.fileHandleForReading.availableData
        #expect(received.starts(with: [0xEF, 0xBB, 0xBF]))
        p.interrupt()
        received += out.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationReason == .exit, "\(message)")
        #expect(p.terminationStatus == 130, "\(message)")
        #expect(message.contains("Abgebrochen; die Ausgabe ist unvollständig."), "\(message)")
        // Cut off after a whole row, far from the end (117,200 offers of ≈ 850 bytes).
        #expect(received.count < 50_000_000 && received.suffix(2) == Data("\r\n".utf8), "\(received.count)")
    }

    @Test func handoutCommand() throws {
        let r = try KetteBinary.run(["handout", "--offers", "o-0002,o-0001", "--note", "Bis Montag", "--second-language", "en",
                                     "--date", "2026-11-21"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Telefon / Phone: 0211"))
        #expect(r.stdout.contains("Hinweis / Note: Bis Montag"))
        let file = KetteBinary.temporaryDirectory() + "/blatt.html"
        let html = try KetteBinary.run(["handout", "--offers", "o-0002", "--format", "html", "-o", file])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(String(decoding: try contents(file), as: UTF8.self).contains("<h2>1. Babylotsin"))
        let unknown = try KetteBinary.run(["handout", "--offers", "o-0002,gibtsnicht"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("unbekanntes Angebot „gibtsnicht“"), "\(unknown.stderr)")
    }
}
