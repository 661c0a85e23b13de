import Foundation

/// Repeated measurements of one thing (seconds, or bytes), summarised as min / median / max.
struct Stat {
    var samples: [Double]

    init(_ samples: [Double]) { self.samples = samples.sorted() }

    var isEmpty: Bool { samples.isEmpty }
    var min: Double { samples.first ?? .nan }
    var max: Double { samples.last ?? .nan }
    var median: Double {
        guard !samples.isEmpty else { return .nan }
        let n = samples.count
        return n % 2 == 1 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2
    }

    /// "12.3 ms (11.9–13.0)"
    var timeText: String { isEmpty ? "–" : "\(fmtTime(median)) (\(fmtTime(min))–\(fmtTime(max)))" }
}

/// Runs `body` at least `runs` times and, while it is cheap, more often (up to `maxRuns`, within
/// `budget` seconds); returns the wall time of each run.
func measure(runs: Int, maxRuns: Int = 31, budget: Double = 1.0, _ body: () -> Void) -> Stat {
    var samples: [Double] = []
    let start = now()
    while samples.count < runs || (samples.count < maxRuns && now() - start < budget) {
        let t0 = now()
        body()
        samples.append(now() - t0)
    }
    return Stat(samples)
}

func fmtTime(_ s: Double) -> String {
    if s.isNaN { return "–" }
    if s < 0.001 { return String(format: "%.3f ms", s * 1000) }
    if s < 0.01 { return String(format: "%.2f ms", s * 1000) }
    if s < 1 { return String(format: "%.0f ms", s * 1000) }
    return String(format: "%.2f s", s)
}

func fmtBytes(_ b: Double) -> String {
    if b.isNaN { return "–" }
    if b < 10_000 { return String(format: "%.0f B", b) }
    if b < 10_000_000 { return String(format: "%.0f KB", b / 1000) }
    return String(format: "%.1f MB", b / 1_000_000)
}

func fmtMiB(_ b: Double) -> String { String(format: "%.0f MiB", b / 1_048_576) }

func fmtRatio(_ r: Double) -> String {
    if r.isNaN || r.isInfinite { return "–" }
    return r < 0.1 ? String(format: "%.3f×", r) : String(format: "%.2f×", r)
}

func sizeLabel(_ n: Int) -> String { n % 1000 == 0 ? "\(n / 1000)k" : "\(n)" }

/// A Markdown table with columns padded for reading in a terminal too.
func markdownTable(_ header: [String], _ rows: [[String]]) -> String {
    var widths = header.map(\.count)
    for r in rows { for (i, c) in r.enumerated() where i < widths.count { widths[i] = Swift.max(widths[i], c.count) } }
    func line(_ cells: [String]) -> String {
        "| " + cells.enumerated().map { i, c in c + String(repeating: " ", count: Swift.max(0, widths[i] - c.count)) }
            .joined(separator: " | ") + " |"
    }
    var out = line(header) + "\n"
    out += "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|\n"
    for r in rows { out += line(r + Array(repeating: "", count: Swift.max(0, header.count - r.count))) + "\n" }
    return out
}
