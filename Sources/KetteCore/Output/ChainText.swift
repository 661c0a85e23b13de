/// The chain in life order with offer counts: the `kette stages` output.
public struct ChainText {
    public var strings: Strings
    public var width: Int

    public init(strings: Strings, width: Int = 80) {
        self.strings = strings
        self.width = max(50, width)
    }

    /// Stages in order, each followed by the transitions that leave it.
    public static func rows(_ store: Store) -> [(stage: Stage?, transition: Transition?)] {
        var rows: [(Stage?, Transition?)] = []
        var placed = Set<String>()
        for stage in store.stages {
            rows.append((stage, nil))
            for t in store.transitions(from: stage.id) {
                rows.append((nil, t))
                placed.insert(t.id)
            }
        }
        for t in store.transitions where !placed.contains(t.id) { rows.append((nil, t)) }
        return rows
    }

    public func render(_ store: Store, filter: OfferFilter = OfferFilter()) -> String {
        let counts = store.chainCounts(filter)
        let s = strings
        let total = store.offers.filter(filter.withoutChainPosition.matches).count
        var lines = [TerminalText.escaped(s.chainSummary(store.info.municipality, store.stages.count,
                                                         store.transitions.count, total)), ""]
        let countWidth = 14
        var number = 0
        for row in Self.rows(store) {
            if let stage = row.stage {
                number += 1
                let label = "\(number < 10 ? " " : "")\(number)  " + TerminalText.escaped(stage.title)
                    + "  (\(stage.fromMonths)…\(stage.toMonths) \(s.months))"
                lines.append(TerminalText.fit(label, to: width - countWidth)
                             + TerminalText.fit(s.offersCount(counts[stage.id] ?? 0), to: countWidth, alignRight: true))
            } else if let t = row.transition {
                let label = "      ↳ " + TerminalText.escaped(t.title)
                lines.append(TerminalText.fit(label, to: width - countWidth)
                             + TerminalText.fit(s.offersCount(counts[t.id] ?? 0), to: countWidth, alignRight: true))
            }
        }
        return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n") + "\n"
    }
}
