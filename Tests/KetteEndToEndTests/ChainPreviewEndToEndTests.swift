import Foundation
import Testing

/// The real `kette` in tmux: walking the chain moves the marker, and the preview of the row the
/// walk ends on appears once the keys stop; with nothing held the program sleeps.
@Suite(.serialized, .enabled(if: Tmux.shouldRun, "tmux is not installed: end-to-end terminal tests skipped (CI installs tmux)"))
struct ChainPreviewEndToEndTests {
    func start(width: Int = 80, height: Int = 24) throws -> Tmux {
        try Tmux(width: width, height: height, command: [KetteBinary.path],
                 environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
    }

    /// Sends keys in one tmux command: they reach the program together, as key repeat or typing
    /// ahead over a slow link delivers them.
    func burst(_ t: Tmux, _ keys: [String]) throws {
        try t.tmux(["send-keys", "-t", t.target] + keys)
    }

    /// CPU time (user + system, in clock ticks) the `kette` in the pane has used so far.
    func cpuTicks(_ t: Tmux) throws -> Int {
        let shell = try t.tmux(["list-panes", "-t", t.target, "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let pid = try Subprocess.run(["pgrep", "-P", shell], environment: ["PATH": "/usr/bin:/bin"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
        // Fields after the command name (which is in parentheses): state is field 3, utime 14, stime 15.
        let fields = stat[stat.range(of: ")")!.upperBound...].split(separator: " ")
        return Int(fields[11])! + Int(fields[12])!
    }

    @Test(arguments: [(80, 24), (140, 30)])
    func walkingTheChainEndsWithThePreviewOfTheLastRow(width: Int, height: Int) throws {
        let t = try start(width: width, height: height)
        try t.waitFor("Schwangerschaft und Geburt: 24 Angebote – ⏎ öffnet die Liste")
        // Stage 1, then six rows down: stage 4, Kita.
        try burst(t, Array(repeating: "Down", count: 6))
        let screen = try t.waitFor("Kita (3–6 Jahre): 133 Angebote – ⏎ öffnet die Liste")
        #expect(screen.split(separator: "\n").contains { $0.hasPrefix("▶") && $0.contains("4  Kita (3–6 Jahre)") }, "\(screen)")
        #expect(!screen.contains("Schwangerschaft und Geburt: 24 Angebote"))
        // One step at a walking pace (each key answered by its own preview) works the same way.
        try t.send("Down")
        try t.waitFor("Kita → Grundschule (Einschulung): 25 Angebote")
        try t.send("q")
        #expect(try t.exitStatus() == 0)
    }

    @Test func enterRightAfterTheWalkOpensTheSelectedRow() throws {
        let t = try start()
        try t.waitFor("Schwangerschaft und Geburt: 24 Angebote")
        try burst(t, Array(repeating: "Down", count: 8) + ["Enter"])
        let list = try t.waitFor("sortiert nach Titel")
        #expect(list.contains("Grundschule (6–10 Jahre) ·"), "\(list)")
        try t.send("Escape")
        try t.waitFor("Grundschule (6–10 Jahre): 119 Angebote – ⏎ öffnet die Liste")
        try t.send("q")
        #expect(try t.exitStatus() == 0)
    }

    @Test func nothingRunsWhileNothingIsHeld() throws {
        let t = try start()
        try t.waitFor("Schwangerschaft und Geburt: 24 Angebote")
        try burst(t, ["Down", "Down"])
        try t.waitFor("Erstes Lebensjahr: 89 Angebote")
        // The preview is drawn: the program waits for a key without a timer (the demo has no
        // store to watch). A loop that woke every few milliseconds would use a good part of a core.
        usleep(200_000)
        let before = try cpuTicks(t)
        usleep(1_500_000)
        let used = try cpuTicks(t) - before
        #expect(used <= 5, "\(used) clock ticks of CPU in 1.5 s of rest")
        try t.send("q")
        #expect(try t.exitStatus() == 0)
    }
}
