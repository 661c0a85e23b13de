import Foundation

/// The result tables: measurements per size, reference tools with ratios, and the targets.
struct Report {
    var options: BenchOptions
    var tools: Tools
    var machine: Machine
    var results: [SizeResult]
    var totalSeconds: Double
    var command: String
    var loadAtStart: String

    func markdown() -> String {
        var out = "## Kette benchmark results\n\n"
        out += "Machine: \(machine.oneLine). Medians of repeated runs, min–max in brackets; warm page cache.\n"
        out += "Runs per size: " + results.map { "\(sizeLabel($0.n)): \($0.runs)" }.joined(separator: ", ")
            + String(format: ". Whole benchmark: %.0f s.\n", totalSeconds)
        out += "Load average (1/5/15 min) at start: \(loadAtStart); at end: \(Machine.loadAverage()) — other work on the machine inflates the numbers.\n"
        out += "Command: `\(command)`\n\n"
        out += measurementTable() + "\n"
        out += referenceTable() + "\n"
        out += targetTable() + "\n"
        out += phaseTable() + "\n"
        var notes = tools.notes
        for r in results { notes += r.notes.map { "\(sizeLabel(r.n)): \($0)" } }
        notes.append("first frame = `kette-bench --load-only` as a new process, from spawn to the moment the first frame is in the buffer: StoreLoader.load (read, parse, map, validate) + AppState (monitoring, gaps, title order) + one render of the start screen; the search index is then built in the background (`kette` starts it once its first screen is drawn); \"search index ready\" = spawn to the moment the index is built; the child waits for the index before it exits, so peak memory includes it; the pty rows run the real `kette` in a 100×30 pseudo-terminal (first byte = ncurses starting after the load; frame complete = last byte of the first frame).")
        notes.append("search keystroke = `AppState.update(.character(c))` after `/`, per prefix of each query; worst = slowest prefix (median over runs). fzf/grep are whole processes over one line per offer (title | provider | description), output read through a pipe.")
        out += notes.map { "- \($0)" }.joined(separator: "\n") + "\n"
        return out
    }

    private var header: [String] { ["measure"] + results.map { "\(sizeLabel($0.n)) offers" } }

    private func row(_ name: String, _ cell: (SizeResult) -> String) -> [String] { [name] + results.map(cell) }

    func measurementTable() -> String {
        var rows: [[String]] = []
        rows.append(row("store on disk (offers.json)") { "\(fmtBytes(Double($0.storeBytes))) (\(fmtBytes(Double($0.offersBytes))))" })
        rows.append(row("launch → first frame (new process)") { $0.load.timeText })
        rows.append(row("launch → search index ready") { $0.indexReady.timeText })
        rows.append(row("peak memory of that process") { "\(fmtMiB($0.peak.median)) = \(fmtRatio($0.peak.median / Double($0.storeBytes))) store" })
        rows.append(row("  at the end: private / mapped code and files") {
            "\(fmtMiB($0.residentAnon.median)) (\(fmtRatio($0.residentAnon.median / Double($0.storeBytes))) store) / \(fmtMiB($0.residentFile.median))"
        })
        rows.append(row("`kette validate` (new process)") { $0.validate?.timeText ?? "–" })
        rows.append(row("filter stage+district+language") { "\($0.filter.timeText), \($0.filterHits) hits" })
        rows.append(row("search keystroke, worst prefix") { fmtTime($0.worstKeystroke) })
        rows.append(row("search keystroke, median prefix") { fmtTime($0.typicalKeystroke) })
        for q in options.queries {
            rows.append(row("  \"\(q)\" worst / 1st key / last key") { r in
                guard let ks = r.keystrokes[q], !ks.isEmpty else { return "–" }
                return "\(fmtTime(ks.map(\.median).max()!)) / \(fmtTime(ks.first!.median)) / \(fmtTime(ks.last!.median)) (\(r.hits[q] ?? 0) hits)"
            })
        }
        rows.append(row("keystroke + render results, worst") { r in
            fmtTime(r.keystrokesWithRender.values.flatMap { $0.map(\.median) }.max() ?? .nan)
        })
        rows.append(row("render offer list 120×40") { "\($0.renderList.timeText) (\($0.listCount) offers)" })
        rows.append(row("render start screen 120×40") { $0.renderChain.timeText })
        rows.append(row("pty `kette`: first byte / frame complete") { r in
            guard r.ptyFirstBytes != nil else { return "–" }
            return "\(fmtTime(r.ptyFirstByte ?? .nan)) / \(fmtTime(r.ptyFirstTime ?? .nan))"
        })
        rows.append(row("pty: first frame bytes") { r in r.ptyFirstBytes.map { fmtBytes(Double($0)) } ?? "–" })
        rows.append(row("pty: bytes per Down in an offer list") { r in
            r.ptyListMoves.isEmpty ? "–" : fmtBytes(r.ptyListMoves.median)
        })
        rows.append(row("pty: chain, one Down then rest: the move / the deferred preview") { r in
            r.ptyChainMoves.isEmpty ? "–" : "\(fmtBytes(r.ptyChainMoves.median)) / \(fmtBytes(r.ptyChainPreviews.median))"
        })
        rows.append(row("pty: chain walked, \(Bench.ptyWalkSteps) Downs \(Int(Bench.ptyWalkPace * 1000)) ms apart: "
                        + "each move (max) / final preview / whole walk per move") { r in
            r.ptyWalkMoves.isEmpty ? "–"
                : "\(fmtBytes(r.ptyWalkMoves.median)) (\(fmtBytes(r.ptyWalkMoves.max))) / \(fmtBytes(r.ptyWalkPreviews.median)) / "
                + fmtBytes(r.ptyWalkPerMove.median)
        })
        return "### Measurements\n\n" + markdownTable(header, rows)
    }

    func referenceTable() -> String {
        var rows: [[String]] = []
        rows.append(row("python3 json.load offers.json") { $0.python?.timeText ?? "not installed" })
        rows.append(row("  (python3 -c pass: start-up alone)") { $0.pythonStartup?.timeText ?? "–" })
        rows.append(row("  first frame ÷ python") { r in r.python.map { fmtRatio(r.load.median / $0.median) } ?? "–" })
        rows.append(row("jq length offers.json") { $0.jq?.timeText ?? "not installed" })
        rows.append(row("  first frame ÷ jq") { r in r.jq.map { fmtRatio(r.load.median / $0.median) } ?? "–" })
        rows.append(row("peak memory: python3 json.load / jq length") { r in
            guard let p = r.pythonPeak, let j = r.jqPeak else { return "–" }
            return "\(fmtMiB(p.median)) (\(fmtRatio(p.median / Double(r.storeBytes))) store) / \(fmtMiB(j.median)) (\(fmtRatio(j.median / Double(r.storeBytes))) store)"
        })
        rows.append(row("  Kette's peak ÷ python / jq") { r in
            guard let p = r.pythonPeak, let j = r.jqPeak else { return "–" }
            return "\(fmtRatio(r.peak.median / p.median)) / \(fmtRatio(r.peak.median / j.median))"
        })
        for q in options.queries {
            rows.append(row("fzf --filter \"\(q)\"") { r in
                r.fzf[q].map { "\($0.timeText), \(r.fzfHits[q] ?? 0) lines" } ?? "not installed"
            })
            rows.append(row("  worst keystroke ÷ fzf") { r in
                guard let f = r.fzf[q], let ks = r.keystrokes[q] else { return "–" }
                return fmtRatio(ks.map(\.median).max()! / f.median)
            })
            rows.append(row("  fresh full-query search ÷ fzf") { r in
                guard let f = r.fzf[q], let s = r.fresh[q] else { return "–" }
                return "\(fmtRatio(s.median / f.median)) (\(fmtTime(s.median)))"
            })
            rows.append(row("grep -ci -F \"\(q)\"") { r in
                r.grep[q].map { "\($0.timeText), \(r.grepHits[q] ?? 0) lines" } ?? "–"
            })
            rows.append(row("  fresh full-query search ÷ grep") { r in
                guard let g = r.grep[q], let s = r.fresh[q] else { return "–" }
                return fmtRatio(s.median / g.median)
            })
        }
        return "### Reference tools (whole processes) and ratios (Kette ÷ reference)\n\n" + markdownTable(header, rows)
    }

    func targetTable() -> String {
        var rows: [[String]] = []
        func verdict(_ ok: Bool?) -> String { ok.map { $0 ? "PASS" : "MISS" } ?? "not measured" }
        let large = results.first { $0.n == 150_000 } ?? results.filter { $0.n >= 100_000 }.max { $0.n < $1.n }
        let small = results.first { $0.n == 5_000 } ?? results.filter { $0.n <= 10_000 }.min { $0.n < $1.n }

        if let r = large {
            rows.append(["\(sizeLabel(r.n)): first frame ≤ 1.0 s", fmtTime(r.load.median), verdict(r.load.median <= 1.0)])
            let ratio = r.python.map { r.load.median / $0.median }
            rows.append(["\(sizeLabel(r.n)): first frame ≤ 0.5× python json.load",
                         ratio.map { "\(fmtRatio($0)) (python \(fmtTime(r.python!.median)))" } ?? "python3 missing",
                         verdict(ratio.map { $0 <= 0.5 })])
        } else {
            rows.append(["150k: first frame ≤ 1.0 s and ≤ 0.5× python", "–", "not measured"])
        }
        if let r = small {
            rows.append(["\(sizeLabel(r.n)): first frame ≤ 100 ms", fmtTime(r.load.median), verdict(r.load.median <= 0.1)])
            rows.append(["\(sizeLabel(r.n)): search keystroke ≤ 3 ms (worst prefix)", fmtTime(r.worstKeystroke),
                         verdict(r.worstKeystroke <= 0.003)])
        } else {
            rows.append(["5k: first frame ≤ 100 ms, keystroke ≤ 3 ms", "–", "not measured"])
        }
        if let r = large {
            rows.append(["\(sizeLabel(r.n)): search keystroke ≤ 30 ms (worst prefix)", fmtTime(r.worstKeystroke),
                         verdict(r.worstKeystroke <= 0.030)])
        }
        // Faster than fzf: every query at every size, slowest keystroke against fzf on the full query.
        var fzfParts: [String] = []
        var fzfOK: Bool? = nil
        for r in results {
            var worst = 0.0
            for q in options.queries {
                guard let f = r.fzf[q], let ks = r.keystrokes[q] else { continue }
                worst = max(worst, ks.map(\.median).max()! / f.median)
            }
            if !r.fzf.isEmpty {
                fzfParts.append("\(sizeLabel(r.n)) \(fmtRatio(worst))")
                fzfOK = (fzfOK ?? true) && worst < 1
            }
        }
        rows.append(["search keystroke faster than fzf --filter (worst keystroke ÷ fzf)",
                     fzfParts.isEmpty ? "fzf missing" : fzfParts.joined(separator: " · "), verdict(fzfOK)])
        rows.append(perSize("render of a screen ≤ 5 ms (offer list 120×40)", { fmtTime($0.renderList.median) },
                            { $0.renderList.median <= 0.005 }))
        rows.append(perSize("peak memory ≤ 2.5× store on disk", { fmtRatio($0.peak.median / Double($0.storeBytes)) },
                            { $0.peak.median <= 2.5 * Double($0.storeBytes) }))
        let ptyResults = results.filter { !$0.ptyChainMoves.isEmpty }
        if ptyResults.isEmpty {
            rows.append(["≤ 200 bytes per selection move (pty 100×30)", "–", "not measured"])
        } else {
            // In an offer list a move changes only the selection. On the chain a move moves the
            // marker; the preview (the offers of the newly selected row: new content) follows once
            // the selection rests — its bytes are stated next to the move, not hidden in it.
            rows.append(["≤ 200 bytes per selection move in an offer list (pty 100×30)",
                         ptyResults.map { "\(sizeLabel($0.n)) \(Int($0.ptyListMoves.median.rounded())) B" }.joined(separator: " · "),
                         verdict(ptyResults.allSatisfy { $0.ptyListMoves.median <= 200 })])
            rows.append(["≤ 200 bytes per selection move on the chain (pty 100×30): the move, one Down / "
                            + "each Down of a walk at \(Int(Bench.ptyWalkPace * 1000)) ms (max)",
                         ptyResults.map {
                             "\(sizeLabel($0.n)) \(Int($0.ptyChainMoves.median.rounded())) B / \(Int($0.ptyWalkMoves.median.rounded())) B "
                                 + "(\(Int($0.ptyWalkMoves.max.rounded())) B)"
                         }.joined(separator: " · "),
                         verdict(ptyResults.allSatisfy { $0.ptyChainMoves.median <= 200 && $0.ptyWalkMoves.median <= 200 })])
            rows.append(["chain: the preview, drawn once the selection rests (\(Bench.previewRestMilliseconds) ms without a key), not per move: "
                            + "after one Down / a walk of \(Bench.ptyWalkSteps) Downs incl. its final preview, per move",
                         ptyResults.map {
                             "\(sizeLabel($0.n)) \(Int($0.ptyChainPreviews.median.rounded())) B / \(Int($0.ptyWalkPerMove.median.rounded())) B"
                         }.joined(separator: " · "),
                         "not a move: once per rest"])
        }
        return "### Targets (issue 8)\n\n" + markdownTable(["target", "measured", "result"], rows)
    }

    private func perSize(_ name: String, _ value: (SizeResult) -> String, _ ok: (SizeResult) -> Bool) -> [String] {
        guard !results.isEmpty else { return [name, "–", "not measured"] }
        return [name, results.map { "\(sizeLabel($0.n)) \(value($0))" }.joined(separator: " · "),
                results.allSatisfy(ok) ? "PASS" : "MISS"]
    }

    func phaseTable() -> String {
        var names: [String] = []
        for r in results { for p in r.phases where p.seconds > 0 && !names.contains(p.name) { names.append(p.name) } }
        guard !names.isEmpty else { return "" }
        var rows: [[String]] = []
        for name in names {
            rows.append(row(name) { r in
                guard let p = r.phases.first(where: { $0.name == name }) else { return "–" }
                return "\(fmtTime(p.seconds)) · RSS \(fmtMiB(Double(p.rss)))"
            })
        }
        return "### Where the time goes (one `--load-only --phases` run; each step timed on its own)\n\n"
            + markdownTable(["step"] + results.map { "\(sizeLabel($0.n)) offers" }, rows)
    }
}
