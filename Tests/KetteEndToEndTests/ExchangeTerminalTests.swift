import Foundation
import Testing
import KetteCore

/// `kette import` at a real terminal (tmux): progress on stderr, and Ctrl-C from the keyboard.
@Suite(.serialized, .enabled(if: Tmux.shouldRun, "tmux is not installed: end-to-end terminal tests skipped (CI installs tmux)"))
struct ExchangeTerminalTests {
    @Test func progressOnATerminalAndCtrlCWritesNothing() throws {
        let dir = KetteBinary.temporaryDirectory() + "/s"
        #expect(try KetteBinary.run(["init", dir]).status == 0)
        var csv = "ID;Titel;Träger;Bereich;Lebensphasen;Stadtweit;Kostenlos\n"
        for i in 0..<150_000 { csv += "n\(i);Angebot \(i);Verein;bildung;kita;ja;ja\n" }
        let file = KetteBinary.temporaryDirectory() + "/gross.csv"
        try csv.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let before = try Data(contentsOf: URL(fileURLWithPath: dir + "/offers.json"))

        // The shell ignores SIGINT so it survives to print kette's exit status; kette installs its
        // own handler. Only stdout goes to /dev/null: stderr is the terminal.
        let script = "trap '' INT; \(Tmux.quote(KetteBinary.path)) import --format csv \(Tmux.quote(file)) "
            + "--store \(Tmux.quote(dir)) >/dev/null; echo \"status=$?\"; sleep 30"
        let t = try Tmux(width: 80, height: 10, command: ["/bin/sh", "-c", script], environment: ["TERM": "xterm-256color"])
        let progress = try t.waitFor("/150000", timeout: 30)
        #expect(progress.contains("Lesen "), "\(progress)")
        try t.send("C-c")
        let end = try t.waitFor("status=", timeout: 30)
        #expect(end.contains("Abgebrochen; nichts wurde geschrieben."), "\(end)")
        #expect(end.contains("status=130"), "\(end)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/offers.json")) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).allSatisfy { !$0.contains(".tmp-") })
    }

    /// An export at a terminal shows its progress; Ctrl-C from the keyboard leaves the old file.
    /// (CSV needs more offers than HSDS to still be writing when the key comes.)
    @Test(arguments: [("hsds", "angebote.json", 100, "/29300"), ("csv", "angebote.csv", 400, "/117200")])
    func exportShowsProgressAndCtrlCLeavesTheOldFile(_ format: String, _ name: String, _ times: Int, _ total: String) throws {
        let dir = try ExchangeCommandTests().largeStore(times: times)
        let outDir = KetteBinary.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(atPath: (dir as NSString).deletingLastPathComponent)
            try? FileManager.default.removeItem(atPath: outDir)
        }
        let file = outDir + "/" + name
        try "alt\n".write(toFile: file, atomically: true, encoding: .utf8)
        // stdout (only the closing line) stays on the terminal too.
        let script = "trap '' INT; \(Tmux.quote(KetteBinary.path)) export --format \(format) --store \(Tmux.quote(dir)) "
            + "-o \(Tmux.quote(file)); echo \"status=$?\"; sleep 30"
        let t = try Tmux(width: 80, height: 10, command: ["/bin/sh", "-c", script], environment: ["TERM": "xterm-256color"])
        let progress = try t.waitFor(total, timeout: 60)
        #expect(progress.contains("Schreiben "), "\(progress)")
        try t.send("C-c")
        let end = try t.waitFor("status=", timeout: 30)
        #expect(end.contains("Abgebrochen; nichts wurde geschrieben."), "\(end)")
        #expect(end.contains("status=130"), "\(end)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "alt\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outDir) == [name])
    }
}
