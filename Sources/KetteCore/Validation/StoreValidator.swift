import Dispatch

/// Checks what no single file can: unique ids, references between files, and that the stages
/// cover a whole childhood without gaps or overlaps.
public enum StoreValidator {
    /// The chain must start in pregnancy and reach at least this far.
    public static let requiredStart = -9
    public static let requiredEnd = 300

    static func check(_ store: Store, source: any StoreSource, sink: DiagnosticSink) {
        var check = Checker(sink: sink, source: source)
        check.run(store)
    }

    private struct Checker {
        let sink: DiagnosticSink
        let source: any StoreSource

        func report(_ file: StoreFile, _ position: SourcePosition, _ path: String, _ message: String,
                    severity: Diagnostic.Severity = .error) {
            report(path: source.displayPath(of: file.fileName), position, path, message, severity: severity)
        }

        func report(path file: String, _ position: SourcePosition, _ path: String, _ message: String,
                    severity: Diagnostic.Severity = .error) {
            sink.add(Diagnostic(file: file, line: position.line, column: position.column, path: path,
                                message: message, severity: severity))
        }

        func unique<T>(_ items: [T], _ file: StoreFile, _ key: String, id: (T) -> String, position: (T) -> SourcePosition) {
            var seen: [String: SourcePosition] = [:]
            seen.reserveCapacity(items.count)
            for item in items {
                let p = position(item)
                if let first = seen[id(item)] {
                    report(file, p, "\(key)[\(p.index)].id",
                           "duplicate id \"\(TerminalText.escaped(id(item)))\" (first used on line \(first.line))")
                } else {
                    seen[id(item)] = p
                }
            }
        }

        mutating func run(_ store: Store) {
            checkChain(store)
            checkLeitbild(store)
            unique(store.districts, .districts, "districts", id: \.id, position: \.position)
            unique(store.needs, .needs, "needs", id: \.id, position: \.position)
            checkOffers(store)
            checkIndicators(store)
            checkCases(store)
        }

        func checkChain(_ store: Store) {
            // Stages and transitions share one namespace: a filter names either.
            var seen: [String: SourcePosition] = [:]
            for (key, items) in [("stages", store.stages.map { ($0.id, $0.position) }),
                                 ("transitions", store.transitions.map { ($0.id, $0.position) })] {
                for (id, p) in items {
                    if let first = seen[id] {
                        report(.stages, p, "\(key)[\(p.index)].id",
                               "duplicate id \"\(TerminalText.escaped(id))\" (first used on line \(first.line))")
                    } else {
                        seen[id] = p
                    }
                }
            }
            let stages = store.stages
            let file = source.displayPath(of: StoreFile.stages.fileName)
            guard !stages.isEmpty else {
                if store.meta[.stages] != nil {
                    report(path: file, SourcePosition(line: 1, column: 1), "stages", "the chain has no stages")
                }
                return
            }
            if stages[0].fromMonths > Self.requiredStartMonths {
                report(.stages, stages[0].position, "stages[\(stages[0].position.index)].fromMonths",
                       "the first stage starts at \(stages[0].fromMonths) months; the chain must begin in pregnancy (≤ \(Self.requiredStartMonths))")
            }
            for (a, b) in zip(stages, stages.dropFirst()) {
                if b.fromMonths > a.toMonths {
                    report(.stages, b.position, "stages[\(b.position.index)].fromMonths",
                           "gap between \"\(a.id)\" (ends at \(a.toMonths)) and \"\(b.id)\" (starts at \(b.fromMonths)); stages must be in life order without gaps")
                } else if b.fromMonths < a.toMonths {
                    report(.stages, b.position, "stages[\(b.position.index)].fromMonths",
                           "\"\(b.id)\" (from \(b.fromMonths)) overlaps \"\(a.id)\" (until \(a.toMonths)); stages must be in life order without overlaps")
                }
            }
            if let last = stages.last, last.toMonths < Self.requiredEndMonths {
                report(.stages, last.position, "stages[\(last.position.index)].toMonths",
                       "the last stage ends at \(last.toMonths) months; the chain must reach at least \(Self.requiredEndMonths) (25 years)")
            }
            let order = Dictionary(stages.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            for t in store.transitions {
                let path = "transitions[\(t.position.index)]"
                let from = order[t.from], to = order[t.to]
                if from == nil { report(.stages, t.position, "\(path).from", "unknown stage \"\(TerminalText.escaped(t.from))\"") }
                if to == nil { report(.stages, t.position, "\(path).to", "unknown stage \"\(TerminalText.escaped(t.to))\"") }
                if let from, let to, from >= to {
                    report(.stages, t.position, path, "transition goes from \"\(t.from)\" back to \"\(t.to)\"; \"from\" must come before \"to\" in life order")
                }
            }
        }

        static let requiredStartMonths = StoreValidator.requiredStart
        static let requiredEndMonths = StoreValidator.requiredEnd

        func checkLeitbild(_ store: Store) {
            unique(store.leitbild.goals, .leitbild, "goals", id: \.id, position: \.position)
            unique(store.leitbild.principles, .leitbild, "principles", id: \.id, position: \.position)
            let indicators = Set(store.indicators.map(\.id))
            for g in store.leitbild.goals {
                for (i, ref) in g.indicators.enumerated() where !indicators.contains(ref) {
                    report(.leitbild, g.position, "goals[\(g.position.index)].indicators[\(i)]",
                           "unknown indicator \"\(TerminalText.escaped(ref))\"")
                }
            }
        }

        func checkOffers(_ store: Store) {
            // Unique ids and references are checked at the same time on two threads (each into
            // its own sink), and reported in the same order as one after the other.
            let idSink = DiagnosticSink(), referenceSink = DiagnosticSink()
            // Each thread has its own checker and sink; the store is only read.
            nonisolated(unsafe) let ids = Checker(sink: idSink, source: source)
            nonisolated(unsafe) let references = Checker(sink: referenceSink, source: source)
            let parallel = store.offers.count >= 10_000
            let work: @Sendable (Int) -> Void = { k in
                if k == 0 {
                    ids.uniqueOfferIDs(store)
                } else {
                    references.checkOfferReferences(store)
                }
            }
            if parallel {
                DispatchQueue.concurrentPerform(iterations: 2, execute: work)
            } else {
                work(0)
                work(1)
            }
            for d in idSink.diagnostics + referenceSink.diagnostics { sink.add(d) }
        }

        /// ``unique(_:_:_:id:position:)`` for offers, through the store's own index of first ids
        /// (no second dictionary of every id): an offer whose id first appears at another index
        /// is a duplicate.
        func uniqueOfferIDs(_ store: Store) {
            for (i, o) in store.offers.enumerated() {
                guard let first = store.firstOfferIndex(id: o.id), first != i else { continue }
                report(.offers, o.position, "offers[\(o.position.index)].id",
                       "duplicate id \"\(TerminalText.escaped(o.id))\" (first used on line \(store.offers[first].position.line))")
            }
        }

        func checkOfferReferences(_ store: Store) {
            let stages = Set(store.stages.map(\.id)), transitions = Set(store.transitions.map(\.id))
            let districts = Set(store.districts.map(\.id))
            // Offers share their lists (the reader keeps one array per distinct text): a list found
            // valid once is not looked up again.
            // One set per kind: the same array may be valid as stages and not as districts.
            var valid: [Set<UnsafeRawPointer>] = [[], [], []]
            func isKnownValid(_ list: [String], _ known: Set<String>, _ kind: Int) -> Bool {
                guard let p = list.withUnsafeBufferPointer({ $0.baseAddress.map(UnsafeRawPointer.init) }) else { return true }
                if valid[kind].contains(p) { return true }
                guard list.allSatisfy(known.contains) else { return false }
                valid[kind].insert(p)
                return true
            }
            for o in store.offers {
                let stagesValid = isKnownValid(o.stages, stages, 0), transitionsValid = isKnownValid(o.transitions, transitions, 1)
                let districtsValid = isKnownValid(o.districts, districts, 2)
                if stagesValid && transitionsValid && districtsValid { continue }
                let path = "offers[\(o.position.index)]"
                for (i, s) in o.stages.enumerated() where !stages.contains(s) {
                    report(.offers, o.position, "\(path).stages[\(i)]", "unknown stage \"\(TerminalText.escaped(s))\"")
                }
                for (i, t) in o.transitions.enumerated() where !transitions.contains(t) {
                    report(.offers, o.position, "\(path).transitions[\(i)]", "unknown transition \"\(TerminalText.escaped(t))\"")
                }
                for (i, d) in o.districts.enumerated() where !districts.contains(d) {
                    report(.offers, o.position, "\(path).districts[\(i)]", "unknown district \"\(TerminalText.escaped(d))\"")
                }
            }
        }

        func checkIndicators(_ store: Store) {
            unique(store.indicators, .indicators, "indicators", id: \.id, position: \.position)
            let indicators = Set(store.indicators.map(\.id)), districts = Set(store.districts.map(\.id))
            let stages = Set(store.stages.map(\.id))
            for ind in store.indicators {
                for (i, s) in ind.stages.enumerated() where !stages.contains(s) {
                    report(.indicators, ind.position, "indicators[\(ind.position.index)].stages[\(i)]",
                           "unknown stage \"\(TerminalText.escaped(s))\"")
                }
            }
            struct Key: Hashable { var i: String, d: String, y: Int }
            var seen: [Key: Int] = [:]
            for v in store.values {
                let path = "values[\(v.position.index)]"
                if !indicators.contains(v.indicator) {
                    report(.indicators, v.position, "\(path).indicator", "unknown indicator \"\(TerminalText.escaped(v.indicator))\"")
                }
                if !districts.contains(v.district) {
                    report(.indicators, v.position, "\(path).district", "unknown district \"\(TerminalText.escaped(v.district))\"")
                }
                let key = Key(i: v.indicator, d: v.district, y: v.year)
                if let line = seen[key] {
                    report(.indicators, v.position, path,
                           "a second value for \(v.indicator) in \(v.district) \(v.year) (first on line \(line))")
                } else {
                    seen[key] = v.position.line
                }
            }
        }

        func checkCases(_ store: Store) {
            let districts = Set(store.districts.map(\.id)), needs = Set(store.needs.map(\.id))
            for c in store.cases {
                let file = source.displayPath(of: "\(StoreFile.casesDirectory)/\(c.id).json")
                if !districts.contains(c.district) {
                    report(path: file, c.position, "district", "unknown district \"\(TerminalText.escaped(c.district))\"")
                }
                for (i, n) in c.needs.enumerated() where !needs.contains(n) {
                    report(path: file, c.position, "needs[\(i)]", "unknown need \"\(TerminalText.escaped(n))\" (the vocabulary is in needs.json)")
                }
                for (i, r) in c.referrals.enumerated() where store.offer(id: r.offer) == nil {
                    report(path: file, r.position, "referrals[\(i)].offer", "unknown offer \"\(TerminalText.escaped(r.offer))\"")
                }
            }
        }
    }
}
