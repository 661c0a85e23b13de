import Foundation
import KetteCore
import KetteTUI
#if canImport(Glibc)
import Glibc
#endif

struct BenchOptions {
    var sizes = [5_000, 50_000, 150_000]
    var runs = 5
    /// Runs for stores of 100k offers or more (each run takes seconds there).
    var largeRuns = 3
    var out = "/tmp/kette-bench"
    var reuse = false
    var kette: String?
    var markdown: String?
    var pty = true
    var queries = ["familienhebamme", "sprachförderung kita", "schulsozialarbeit"]

    func runs(for n: Int) -> Int { n >= 100_000 ? min(runs, largeRuns) : runs }

    static let usage = """
        usage: kette-bench [--sizes 5000,50000,150000] [--runs 5] [--large-runs 3] [--out DIR] [--reuse]
                           [--kette PATH] [--md FILE] [--no-pty] [--queries "a;b c;d"]
          --sizes       numbers of offers of the synthetic stores
          --runs        repetitions of every measurement (medians are reported)
          --large-runs  repetitions for stores of 100k offers or more (default 3)
          --out DIR     where the stores are generated (default /tmp/kette-bench; never inside the repo)
          --reuse       keep stores generated earlier with the same size and generator version
          --kette PATH  the kette binary (default: next to this executable)
          --md FILE     also write the result tables as Markdown
          --no-pty      skip the terminal-output measurement
        """

    static func parse(_ args: [String]) -> BenchOptions {
        var o = BenchOptions()
        var i = 0
        func value() -> String {
            i += 1
            guard i < args.count else { fail("\(args[i - 1]) needs a value") }
            return args[i]
        }
        while i < args.count {
            switch args[i] {
            case "--sizes":
                let list = value().split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")) }
                guard !list.isEmpty, list.allSatisfy({ ($0 ?? 0) > 0 }) else { fail("--sizes takes numbers like 5000,50000") }
                o.sizes = list.map { $0! }
            case "--runs": o.runs = max(1, Int(value()) ?? { fail("--runs takes a number") }())
            case "--large-runs": o.largeRuns = max(1, Int(value()) ?? { fail("--large-runs takes a number") }())
            case "--out": o.out = value()
            case "--reuse": o.reuse = true
            case "--kette": o.kette = value()
            case "--md": o.markdown = value()
            case "--no-pty": o.pty = false
            case "--queries": o.queries = value().split(separator: ";").map(String.init)
            case "-h", "--help": say(usage); exit(0)
            default: fail("unknown option \(args[i])\n\(usage)")
            }
            i += 1
        }
        return o
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("kette-bench: \(message)\n".utf8))
    exit(2)
}

/// Everything measured for one store size.
struct SizeResult {
    var n: Int
    var runs: Int
    var districts = 0
    var storeBytes = 0
    /// This process's peak when the reference tools were started (their rusage peaks cannot be lower).
    var benchPeakBeforeTools = 0
    var offersBytes = 0
    var casesBytes = 0
    var textBytes = 0
    var generateSeconds: Double?
    /// Spawn → first frame in the buffer.
    var load = Stat([])
    /// Spawn → search index built (in the background after the first frame).
    var indexReady = Stat([])
    var peak = Stat([])
    /// Resident memory of the load child once its index is built: its own (anonymous) pages, and the
    /// mapped pages of the binary, the libraries and files, which processes share.
    var residentAnon = Stat([])
    var residentFile = Stat([])
    var phases: [(name: String, seconds: Double, rss: Int, anon: Int)] = []
    var validate: Stat?
    var validateSummary = ""
    var filter = Stat([])
    var filterHits = 0
    var filterText = ""
    /// Per query: per prefix length, the keystroke's update time.
    var keystrokes: [String: [Stat]] = [:]
    var keystrokesWithRender: [String: [Stat]] = [:]
    var fresh: [String: Stat] = [:]
    var hits: [String: Int] = [:]
    var renderList = Stat([])
    var renderChain = Stat([])
    var listCount = 0
    var python: Stat?
    var pythonStartup: Stat?
    var jq: Stat?
    /// Peak memory (ru_maxrss) of the reference processes that read the same offers.json.
    var pythonPeak: Stat?
    var jqPeak: Stat?
    var fzf: [String: Stat] = [:]
    var fzfHits: [String: Int] = [:]
    var grep: [String: Stat] = [:]
    var grepHits: [String: Int] = [:]
    var ptyFirstBytes: Int?
    /// From spawn to the first byte (ncurses starting, after the load) and to the last byte of the first frame.
    var ptyFirstByte: Double?
    var ptyFirstTime: Double?
    /// The chain, one Down at a time with a rest after each: the move itself, and the preview
    /// that follows once the selection rests.
    var ptyChainMoves = Stat([])
    var ptyChainPreviews = Stat([])
    /// The chain walked with Down at key-repeat pace (``ptyWalkSteps`` keys ``ptyWalkPace`` s apart):
    /// the bytes of each move, each walk's final preview, and each walk's total (final preview
    /// included) divided by its moves.
    var ptyWalkMoves = Stat([])
    var ptyWalkPreviews = Stat([])
    var ptyWalkPerMove = Stat([])
    var ptyListMoves = Stat([])
    var notes: [String] = []

    var allKeystrokes: [Double] { keystrokes.values.flatMap { $0.map(\.median) } }
    /// The slowest keystroke (median over runs) of all prefixes of all queries.
    var worstKeystroke: Double { allKeystrokes.max() ?? .nan }
    var typicalKeystroke: Double { Stat(allKeystrokes).median }
}

struct Tools {
    var kette: String?
    var python: String?
    var jq: String?
    var fzf: String?
    var grep: String?
    var notes: [String] = []

    static func find(_ options: BenchOptions) -> Tools {
        var t = Tools()
        let sibling = (Proc.selfPath as NSString).deletingLastPathComponent + "/kette"
        if let k = options.kette ?? (access(sibling, X_OK) == 0 ? sibling : nil), access(k, X_OK) == 0 {
            t.kette = k
        } else {
            t.notes.append("kette binary not found (looked for \(options.kette ?? sibling)): validation and terminal output skipped — build it first with `swift build -c release --static-swift-stdlib`")
        }
        // The real interpreter, not a version-manager shim that would add its own start-up time.
        if let py = Proc.which("python3") {
            let r = Proc.run([py, "-c", "import sys; print(sys.executable)"])
            let exe = r.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
            t.python = r.status == 0 && !exe.isEmpty ? exe : py
        } else { t.notes.append("python3 not installed: json.load reference skipped") }
        t.jq = Proc.which("jq")
        if t.jq == nil { t.notes.append("jq not installed: `jq length` reference skipped") }
        t.fzf = Proc.which("fzf")
        if t.fzf == nil { t.notes.append("fzf not installed: `fzf --filter` reference skipped (apt-get install fzf)") }
        t.grep = Proc.which("grep")
        if t.grep == nil { t.notes.append("grep not found: `grep -ci` reference skipped") }
        return t
    }
}

enum Bench {
    static let generatorVersion = "1"

    static func main(_ args: [String]) {
        let options = BenchOptions.parse(args)
        let tools = Tools.find(options)
        let machine = Machine.describe()
        let loadAtStart = Machine.loadAverage()
        say("kette-bench — \(machine.oneLine); load average \(loadAtStart)")
        for n in tools.notes { say("note: \(n)") }
        mkdirs(options.out)
        var results: [SizeResult] = []
        let started = now()
        for n in options.sizes {
            say("\n== \(sizeLabel(n)) offers (\(options.runs(for: n)) runs) ==")
            results.append(measureSize(n, options: options, tools: tools))
        }
        let report = Report(options: options, tools: tools, machine: machine, results: results,
                            totalSeconds: now() - started, command: ([ "kette-bench" ] + args).joined(separator: " "),
                            loadAtStart: loadAtStart)
        let text = report.markdown()
        say("\n" + text)
        if let path = options.markdown {
            mkdirs((path as NSString).deletingLastPathComponent)
            do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch {
                say("could not write \(path): \(error)")
            }
            say("written: \(path)")
        }
    }

    static func mkdirs(_ path: String) {
        guard !path.isEmpty else { return }
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    static func fileSize(_ path: String) -> Int {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_size) : 0
    }

    /// Bytes of all files under `dir` (apparent size).
    static func treeSize(_ dir: String) -> Int {
        guard let e = FileManager.default.enumerator(atPath: dir) else { return 0 }
        var total = 0
        while let rel = e.nextObject() as? String {
            var st = stat()
            if lstat("\(dir)/\(rel)", &st) == 0, st.st_mode & S_IFMT == S_IFREG { total += Int(st.st_size) }
        }
        return total
    }

    // MARK: One size

    static func measureSize(_ n: Int, options: BenchOptions, tools: Tools) -> SizeResult {
        var r = SizeResult(n: n, runs: options.runs(for: n))
        let dir = "\(options.out)/store-\(n)"
        let textPath = "\(options.out)/offers-\(n).txt"
        let stampPath = "\(options.out)/store-\(n).stamp"
        let stamp = "kette-bench generator \(generatorVersion) seed \(StoreGenerator.seed) offers \(n)\n"

        // 1. The store.
        let reusable = options.reuse && (try? String(contentsOfFile: stampPath, encoding: .utf8)) == stamp
            && fileSize("\(dir)/store.json") > 0 && fileSize(textPath) > 0
        if reusable {
            say("store: reusing \(dir)")
        } else {
            let t = now()
            if FileManager.default.fileExists(atPath: dir) {
                // Only a directory this benchmark made (it has its stamp or is a store) is removed.
                guard FileManager.default.fileExists(atPath: stampPath) || fileSize("\(dir)/store.json") > 0 else {
                    fail("\(dir) exists and is not a benchmark store; choose another --out")
                }
                try? FileManager.default.removeItem(atPath: dir)
            }
            // In a child process: a generating (or loading) benchmark would carry its own peak into
            // every child's rusage peak (Linux counts the spawning process's peak for a new process).
            let g = Proc.run([Proc.selfPath, "--generate", String(n), dir, textPath])
            guard g.status == 0 else { fail("generating \(dir): \(g.stdoutText)") }
            say("store: generated and written in \(fmtTime(g.seconds))")
            do {
                try stamp.write(toFile: stampPath, atomically: true, encoding: .utf8)
            } catch { fail("writing \(stampPath): \(error)") }
            r.generateSeconds = now() - t
        }
        r.storeBytes = treeSize(dir)
        r.offersBytes = fileSize("\(dir)/offers.json")
        r.casesBytes = treeSize("\(dir)/cases")
        r.textBytes = fileSize(textPath)
        r.districts = StoreGenerator.districtCount(forOffers: n)
        say("store: \(dir) — \(fmtBytes(Double(r.storeBytes))) on disk (offers.json \(fmtBytes(Double(r.offersBytes))), "
              + String(format: "%.2f KB per offer", Double(r.offersBytes) / Double(n) / 1000)
              + ", cases \(fmtBytes(Double(r.casesBytes))), \(r.districts) districts)"
              + (r.generateSeconds.map { ", generated in \(fmtTime($0))" } ?? ""))

        let runs = r.runs
        let offersPath = "\(dir)/offers.json"

        // 2. Cold load in a new process, with peak memory.
        var loads: [Double] = [], ready: [Double] = [], peaks: [Double] = [], anon: [Double] = [], file: [Double] = []
        for _ in 0..<runs {
            let c = Proc.run([Proc.selfPath, "--load-only", dir])
            guard c.status == 0 else { fail("load child failed (\(c.status)): \(c.stdoutText)") }
            loads.append(c.moment("frame-ready") ?? c.seconds)
            ready.append(c.moment("index-ready") ?? c.seconds)
            // The child's own high-water mark: its rusage peak would include this process's.
            peaks.append(c.value("peak-self") ?? Double(c.peakBytes))
            if let a = c.value("resident-anon"), let f = c.value("resident-file") {
                anon.append(a)
                file.append(f)
            }
        }
        r.residentAnon = Stat(anon)
        r.residentFile = Stat(file)
        r.load = Stat(loads)
        r.indexReady = Stat(ready)
        r.peak = Stat(peaks)
        say("launch → first frame in buffer (new process): \(r.load.timeText); search index ready after \(r.indexReady.timeText); "
              + "peak memory \(fmtMiB(r.peak.median)) = \(fmtRatio(r.peak.median / Double(r.storeBytes))) the store "
              + "(at the end \(fmtMiB(r.residentAnon.median)) private + \(fmtMiB(r.residentFile.median)) mapped code and files)")

        let phaseRun = Proc.run([Proc.selfPath, "--load-only", dir, "--phases"])
        for line in phaseRun.stdoutText.split(separator: "\n") where line.hasPrefix("phase\t") {
            let f = line.split(separator: "\t")
            if f.count >= 5 { r.phases.append((String(f[1]), Double(f[2]) ?? 0, Int(f[3]) ?? 0, Int(f[4]) ?? 0)) }
        }
        for p in r.phases where p.seconds > 0 {
            say("  phase: \(p.name): \(fmtTime(p.seconds)), RSS after \(fmtMiB(Double(p.rss))) (own data \(fmtMiB(Double(p.anon))))")
        }

        // 3. Validation (the CLI, a new process).
        if let kette = tools.kette {
            var times: [Double] = []
            for i in 0..<runs {
                let c = Proc.run([kette, "validate", "--store", dir])
                if i == 0 {
                    r.validateSummary = c.stdoutText.split(separator: "\n").last.map(String.init) ?? ""
                    if c.status != 0 {
                        r.notes.append("kette validate exit \(c.status): \(c.stdoutText.prefix(500))")
                        say("VALIDATION FAILED:\n\(c.stdoutText.prefix(2000))")
                    }
                }
                times.append(c.seconds)
            }
            r.validate = Stat(times)
            say("kette validate: \(r.validate!.timeText) — \(r.validateSummary)")
        }

        // 4. Reference tools on the same files — before this process loads the store itself (5.):
        // a child's rusage peak includes the peak of the process that spawned it.
        r.benchPeakBeforeTools = LoadChild.ownPeak()
        if let py = tools.python {
            let script = "import json, sys\nwith open(sys.argv[1], 'rb') as f:\n    json.load(f)\n"
            let loads = (0..<runs).map { _ in Proc.run([py, "-c", script, offersPath]) }
            r.python = Stat(loads.map(\.seconds))
            r.pythonPeak = Stat(loads.map { Double($0.peakBytes) })
            r.pythonStartup = Stat((0..<runs).map { _ in Proc.run([py, "-c", "pass"]).seconds })
            say("python3 json.load offers.json (process): \(r.python!.timeText), peak memory \(fmtMiB(r.pythonPeak!.median)); "
                + "interpreter start-up alone \(r.pythonStartup!.timeText)")
        }
        if let jq = tools.jq {
            let runsOfJq = (0..<runs).map { _ in Proc.run([jq, "length", offersPath]) }
            r.jq = Stat(runsOfJq.map(\.seconds))
            r.jqPeak = Stat(runsOfJq.map { Double($0.peakBytes) })
            say("jq length offers.json (process): \(r.jq!.timeText), peak memory \(fmtMiB(r.jqPeak!.median))")
        }
        say("(the reference tools' peaks are rusage peaks, which include the benchmark's own peak when they "
            + "were started: \(fmtMiB(Double(r.benchPeakBeforeTools))); a peak at that figure means no more than that)")
        for q in options.queries {
            if let fzf = tools.fzf {
                var times: [Double] = []
                for _ in 0..<runs {
                    let c = Proc.run([fzf, "--filter", q], stdinPath: textPath,
                                     env: Proc.environment(["FZF_DEFAULT_OPTS": "", "LC_ALL": "C.UTF-8"]))
                    times.append(c.seconds)
                    r.fzfHits[q] = c.stdout.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
                }
                r.fzf[q] = Stat(times)
            }
            if let grep = tools.grep {
                var times: [Double] = []
                for _ in 0..<runs {
                    let c = Proc.run([grep, "-ci", "-F", "--", q, textPath], env: Proc.environment(["LC_ALL": "C.UTF-8"]))
                    times.append(c.seconds)
                    r.grepHits[q] = Int(c.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
                }
                r.grep[q] = Stat(times)
            }
            say("\"\(q)\": fzf --filter \(r.fzf[q]?.timeText ?? "–") (\(r.fzfHits[q].map(String.init) ?? "–") lines), "
                  + "grep -ci \(r.grep[q]?.timeText ?? "–") (\(r.grepHits[q].map(String.init) ?? "–") lines)")
        }

        // 5. In-process: filter, search keystrokes, render.
        measureInProcess(&r, dir: dir, options: options)

        // 6. Bytes to the terminal.
        if options.pty, let kette = tools.kette { measurePty(&r, kette: kette, dir: dir) }
        return r
    }

    // MARK: In-process measurements

    static func measureInProcess(_ r: inout SizeResult, dir: String, options: BenchOptions) {
        let loaded: LoadedStore
        do { loaded = try StoreLoader.load(from: DirectoryStoreSource(path: dir)) } catch { fail("loading \(dir): \(error)") }
        let store = loaded.store
        let runs = r.runs

        // A filter query as a social worker sets it: a stage, a district, a language.
        let district = store.districts[3].id
        let filter = OfferFilter(stage: "kita", district: district, language: "tr")
        var hits = 0
        r.filter = measure(runs: runs, maxRuns: 15, budget: 2) { hits = store.offers(matching: filter).count }
        r.filterHits = hits
        r.filterText = "stage kita + district \(district) + language tr"
        say("filter (\(r.filterText)): \(r.filter.timeText) — \(hits) offers")

        var base = AppState(store: store, strings: .german, storeLabel: store.info.municipality, isDemo: false,
                            width: 120, height: 40)
        // Keystrokes are timed against the built index (its build time is the "index ready" moment).
        base.searchIndex.waitUntilBuilt()

        // Incremental search: `/`, then the query key by key; each keystroke's AppState.update timed.
        for q in options.queries {
            let chars = Array(q)
            var plain = Array(repeating: [Double](), count: chars.count)
            var withRender = Array(repeating: [Double](), count: chars.count)
            for _ in 0..<runs {
                var s = base
                _ = s.update(.character("/"))
                for (i, c) in chars.enumerated() {
                    let t0 = now()
                    _ = s.update(.character(c))
                    let t1 = now()
                    let frame = Renderer.render(s)
                    let t2 = now()
                    precondition(frame.width == 120)
                    plain[i].append(t1 - t0)
                    withRender[i].append(t2 - t0)
                }
                r.hits[q] = s.search?.results.count ?? 0
            }
            r.keystrokes[q] = plain.map(Stat.init)
            r.keystrokesWithRender[q] = withRender.map(Stat.init)
            var freshHits = 0
            r.fresh[q] = measure(runs: runs, maxRuns: 11, budget: 2) { freshHits = base.searchIndex.search(q).count }
            let medians = plain.map { Stat($0).median }
            say("search \"\(q)\": keystrokes " + medians.map { fmtTime($0) }.joined(separator: " ")
                  + " — \(r.hits[q] ?? 0) results; fresh full query \(r.fresh[q]!.timeText) (\(freshHits) hits)")
        }

        // Render: the offers of a stage open, 120×40.
        let chainStat = measure(runs: runs, maxRuns: 21, budget: 2) { _ = Renderer.render(base) }
        r.renderChain = chainStat
        if let row = base.chainRows.firstIndex(of: .stage("kita")) {
            base.stack[0].selection = row
            _ = base.update(.enter)
        }
        r.listCount = base.currentList.count
        r.renderList = measure(runs: runs, maxRuns: 21, budget: 2) { _ = Renderer.render(base) }
        say("render 120×40: start screen \(r.renderChain.timeText); offer list of stage kita (\(r.listCount) offers) \(r.renderList.timeText)")
    }

    // MARK: Terminal output

    /// A walk down the chain: this many Down keys, this many seconds apart (key repeat sends 25–30
    /// keys a second; 50 ms is a slow repeat, and still well inside the preview's 130 ms rest).
    static let ptyWalkSteps = 12
    static let ptyWalkPace = 0.05
    /// How long the chain's selection must rest before the preview follows (``PreviewRest``).
    static var previewRestMilliseconds: Int {
        let c = PreviewRest.duration.components
        return Int(c.seconds) * 1000 + Int(c.attoseconds / 1_000_000_000_000_000)
    }

    static func measurePty(_ r: inout SizeResult, kette: String, dir: String) {
        var env = ProcessInfo.processInfo.environment
        for k in ["KETTE_STORE", "KETTE_LANG", "KETTE_THEME", "NO_COLOR", "LC_ALL", "TMUX"] { env[k] = nil }
        env["TERM"] = "xterm-256color"
        env["LANG"] = "C.UTF-8"
        guard let session = PtySession([kette, "--store", dir], columns: 100, rows: 30,
                                       env: env.map { "\($0.key)=\($0.value)" }) else {
            r.notes.append("could not open a pty")
            return
        }
        // ncurses writes its set-up sequences before the first frame is drawn: keep reading until
        // the program has been quiet for two seconds, so the whole first frame is counted.
        var first = session.drain(firstTimeout: 120, quiet: 0.4)
        while true {
            let more = session.drain(firstTimeout: 2, quiet: 0.4)
            if more.bytes.isEmpty { break }
            first.bytes += more.bytes
            first.lastByteAt = more.lastByteAt
        }
        r.ptyFirstBytes = first.bytes.count
        r.ptyFirstByte = first.firstByteAt.map { $0 - session.started }
        r.ptyFirstTime = first.lastByteAt.map { $0 - session.started }
        let down = "\u{1b}OB"  // kcud1 of xterm-256color in keypad mode
        let home = "\u{1b}OH"  // khome
        // The chain walked at key-repeat pace: the marker moves with each key, the preview follows
        // once the keys stop. Each move's bytes are read until the next key; the final preview after.
        var walkMoves: [Double] = [], walkPreviews: [Double] = [], walkPerMove: [Double] = []
        for _ in 0..<max(1, r.runs) {
            var moves: [Double] = []
            var next = now()
            for _ in 0..<ptyWalkSteps {
                session.send(down)
                next += ptyWalkPace
                moves.append(Double(session.collect(until: next).count))
            }
            let preview = Double(session.drain(firstTimeout: 2, quiet: 0.4).bytes.count)
            walkMoves += moves
            walkPreviews.append(preview)
            walkPerMove.append((moves.reduce(0, +) + preview) / Double(moves.count))
            session.send(home)
            _ = session.drain(firstTimeout: 15, quiet: 0.4)
        }
        // One Down at a time: the move is what comes until the program has been quiet for 60 ms
        // (the preview is due 130 ms after the key, see previewRestMilliseconds), the preview what
        // comes after that.
        var chain: [Double] = [], previews: [Double] = []
        for _ in 0..<8 {
            session.send(down)
            chain.append(Double(session.drain(firstTimeout: 15, quiet: 0.06).bytes.count))
            previews.append(Double(session.drain(firstTimeout: 2, quiet: 0.4).bytes.count))
        }
        session.send("\r")
        _ = session.drain(firstTimeout: 15, quiet: 0.3)
        var list: [Double] = []
        for _ in 0..<8 {
            session.send(down)
            list.append(Double(session.drain(firstTimeout: 15, quiet: 0.25).bytes.count))
        }
        session.finish()
        r.ptyChainMoves = Stat(chain)
        r.ptyChainPreviews = Stat(previews)
        r.ptyWalkMoves = Stat(walkMoves)
        r.ptyWalkPreviews = Stat(walkPreviews)
        r.ptyWalkPerMove = Stat(walkPerMove)
        r.ptyListMoves = Stat(list)
        func range(_ s: Stat) -> String { "\(fmtBytes(s.median)) (\(fmtBytes(s.min))–\(fmtBytes(s.max)))" }
        say("terminal 100×30: first frame \(first.bytes.count) B, first byte after \(fmtTime(r.ptyFirstByte ?? .nan)), "
            + "complete after \(fmtTime(r.ptyFirstTime ?? .nan))")
        say("  chain, one Down then rest: the move \(range(r.ptyChainMoves)), then the preview \(range(r.ptyChainPreviews))")
        say("  chain walked, \(ptyWalkSteps) Downs \(Int(ptyWalkPace * 1000)) ms apart (\(walkPerMove.count)×): "
            + "each move \(range(r.ptyWalkMoves)), the final preview \(range(r.ptyWalkPreviews)); "
            + "walk incl. final preview \(range(r.ptyWalkPerMove)) per move")
        say("  Down in an offer list \(range(r.ptyListMoves))")
    }
}

/// What machine the numbers come from.
struct Machine {
    var cores: Int
    var model: String
    var memory: String
    var swift: String
    var kernel: String
    /// Whether this process carries the Swift runtime and Foundation in itself (`--static-swift-stdlib`,
    /// as the deployment guide builds `kette`) or maps the shared libraries, which costs ≈ 7 MB more
    /// resident memory per process and so shows in the peak memory of small stores.
    var runtime: String

    var oneLine: String { "\(model), \(cores) cores (nproc), \(memory) RAM, \(kernel), \(swift), \(runtime)" }

    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    static func describe() -> Machine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last!.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let kb = meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal:") }
            .flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        var u = utsname()
        uname(&u)
        let release = withUnsafeBytes(of: u.release) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
        var swift = "Swift (version unknown)"
        if let s = Proc.which("swift") {
            let line = Proc.run([s, "--version"]).stdoutText.split(separator: "\n").first { $0.contains("Swift version") }
            if let line, let range = line.range(of: "Swift version ") {
                swift = "Swift " + (line[range.upperBound...].split(separator: " ").first.map(String.init) ?? "")
            }
        }
        return Machine(cores: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), model: model,
                       memory: String(format: "%.1f GiB", Double(kb) / 1_048_576), swift: swift + " release build",
                       kernel: "Linux \(release)", runtime: runtimeLinkage())
    }

    static func runtimeLinkage() -> String {
        let maps = (try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8)) ?? ""
        return maps.contains("libswiftCore.so") ? "Swift runtime linked dynamically" : "Swift runtime linked statically"
    }
}
