import KetteCore

// One libFuzzer target for the three readers of outside data:
//
// 1. `JSONParser.parse` on the raw bytes; a document that parses is written back with
//    `JSONWriter` and must parse again to the same tree.
// 2. `StoreLoader.load` over a small valid store with the input as `offers.json`; the offers
//    that load are written with `StoreWriter.render` and must load again unchanged. Every text
//    of every loaded offer must escape, truncate and wrap for a terminal without unsafe scalars.
// 3. `IndicatorCSVImport.plan` on the raw bytes against that store; an applicable plan must merge.
// 4. The fast path for offers.json (`OfferFileReader`, on one thread and in two halves) against the
//    full path: a file it accepts must load exactly as the same file sent down the full path.
//
// A crash, a failed `precondition` or a timeout is a finding. See `run.sh`.

/// A small valid store (the shape of the unit tests' fixture).
let baseFiles: [String: String] = [
    "store.json": #"{"format": "kette-store", "version": 1, "municipality": "Fuzzstadt", "locale": "de-DE"}"#,
    "stages.json": #"""
    {"stages": [
      {"id": "schwanger", "title": "Schwangerschaft", "fromMonths": -9, "toMonths": 0},
      {"id": "baby", "title": "Baby", "fromMonths": 0, "toMonths": 36},
      {"id": "kita", "title": "Kita", "fromMonths": 36, "toMonths": 72},
      {"id": "schule", "title": "Schule", "fromMonths": 72, "toMonths": 300}],
     "transitions": [{"id": "t-einschulung", "from": "kita", "to": "schule", "title": "Einschulung"}]}
    """#,
    "districts.json": #"{"districts": [{"id": "nord", "name": "Nordstadt", "children": 1200}, {"id": "sued", "name": "Südstadt"}]}"#,
    "needs.json": #"{"needs": [{"id": "sprache", "title": "Sprache"}]}"#,
    "indicators.json": #"""
    {"indicators": [{"id": "sgb2", "title": "SGB-II-Quote", "unit": "%", "better": "lower", "source": "Statistik", "stages": ["baby"]}],
     "values": [{"indicator": "sgb2", "district": "nord", "year": 2024, "value": 20.5},
                {"indicator": "sgb2", "district": "sued", "year": 2024, "suppressed": true}]}
    """#,
    "leitbild.json": #"{"title": "Leitbild", "preamble": "", "goals": [{"id": "g1", "title": "Armut mindern", "text": "…", "indicators": ["sgb2"]}], "principles": []}"#,
    "offers.json": #"{"offers": []}"#,
]

let baseStore: Store = {
    let loaded = try! StoreLoader.load(from: MemoryStoreSource(name: "fuzz", files: baseFiles))
    precondition(loaded.isValid, "the fuzzer's base store must be valid: \(loaded.diagnostics)")
    return loaded.store
}()

func checkTerminalText(_ s: String) {
    let escaped = TerminalText.escaped(s)
    precondition(!escaped.unicodeScalars.contains(where: TerminalText.isUnsafe), "escaped text holds an unsafe scalar")
    for cells in [1, 7, 40] {
        let cut = TerminalText.truncate(escaped, to: cells)
        precondition(TerminalText.width(cut) <= cells, "truncate(\(cells)) is too wide")
        precondition(TerminalText.truncate(TerminalText.escapedPrefix(s, cells: cells), to: cells) == cut,
                     "escapedPrefix changes what truncate shows")
    }
    for line in TerminalText.wrap(TerminalText.escaped(s, keepNewlines: true), to: 20) {
        precondition(TerminalText.width(line) <= 20 || line.count == 1, "wrap(20) gave a line of width \(TerminalText.width(line))")
    }
}

func fuzzJSON(_ bytes: [UInt8]) {
    guard let node = try? JSONParser.parse(bytes) else { return }
    let again = try? JSONParser.parse(JSONWriter.compact(node))
    precondition(again == node, "JSONWriter.compact does not round-trip")
    precondition((try? JSONParser.parse(JSONWriter.pretty(node))) == node, "JSONWriter.pretty does not round-trip")
}

func fuzzStore(_ bytes: [UInt8]) {
    var files = baseFiles
    files["offers.json"] = String(decoding: bytes, as: UTF8.self)
    guard let loaded = try? StoreLoader.load(from: MemoryStoreSource(name: "fuzz", files: files)) else { return }
    for d in loaded.diagnostics {
        precondition(d.line >= 0 && d.column >= 0, "negative position")
        precondition(!d.description.unicodeScalars.contains(where: TerminalText.isUnsafe), "unescaped diagnostic")
    }
    for o in loaded.store.offers {
        for text in [o.title, o.provider, o.description, o.address, o.hours, o.eligibility, o.contact?.phone,
                     o.contact?.email, o.contact?.web, o.cost.note].compactMap({ $0 }) + o.tags {
            checkTerminalText(text)
        }
    }
    // What was loaded is written back and loads again to the same offers.
    files["offers.json"] = StoreWriter.render(.offers, of: loaded.store)
    let reloaded = try! StoreLoader.load(from: MemoryStoreSource(name: "fuzz", files: files))
    precondition(reloaded.store.offers == loaded.store.offers, "offers change in a write and a load")
    _ = loaded.store.chainCounts(OfferFilter())
}

func fuzzCSV(_ bytes: [UInt8]) {
    let plan = IndicatorCSVImport.plan(bytes, store: baseStore)
    for problem in plan.rejected {
        precondition(problem.line >= 1, "a problem without a line")
        precondition(!ReportText.english.importProblem(problem).unicodeScalars.contains(where: TerminalText.isUnsafe),
                     "unescaped import problem")
    }
    for line in ReportText.english.importLines(plan, store: baseStore) {
        precondition(!line.unicodeScalars.contains(where: TerminalText.isUnsafe), "unescaped import line")
    }
    if plan.isApplicable { _ = plan.merged(into: baseStore.values) }
}

/// A file the fast path accepts must give the same offers, positions, revision and diagnostics as
/// the full path; the full path is forced by an unknown top-level key after the offers (kept as an
/// extra, it moves no position before it).
func fuzzFastPath(_ bytes: [UInt8]) {
    guard let one = OfferFileReader.read(bytes, parallelAbove: Int.max) else {
        precondition(OfferFileReader.read(bytes, parallelAbove: 0) == nil, "two halves accept what one thread refuses")
        return
    }
    let two = OfferFileReader.read(bytes, parallelAbove: 0)
    precondition(two?.offers == one.offers && two?.offers.map(\.position) == one.offers.map(\.position),
                 "two halves give other offers than one thread")
    guard let close = bytes.lastIndex(of: UInt8(ascii: "}")) else { preconditionFailure("accepted without a closing brace") }
    var forced = bytes
    forced.replaceSubrange(close..<(close + 1), with: Array(", \"zz-force-full-path\": 0}".utf8))
    precondition(OfferFileReader.read(forced) == nil, "the fast path accepts an unknown key")
    var files = baseFiles
    files["offers.json"] = String(decoding: bytes, as: UTF8.self)  // valid UTF-8: the fast path checked it
    let fast = try! StoreLoader.load(from: MemoryStoreSource(name: "fuzz", files: files))
    files["offers.json"] = String(decoding: forced, as: UTF8.self)
    let full = try! StoreLoader.load(from: MemoryStoreSource(name: "fuzz", files: files))
    precondition(fast.store.offers == one.offers, "the loader did not use the fast path's offers")
    precondition(full.store.offers == one.offers, "the full path gives other offers")
    precondition(full.store.offers.map(\.position) == one.offers.map(\.position), "the full path gives other positions")
    precondition(full.store.meta[.offers]?.revision == one.revision, "the full path gives another revision")
    precondition(full.diagnostics.map(\.description) == fast.diagnostics.map(\.description),
                 "the full path reports something the fast path does not")
}

/// The entry point libFuzzer calls with every input (also under its usual name, for other drivers).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    fuzzJSON(bytes)
    fuzzStore(bytes)
    fuzzCSV(bytes)
    fuzzFastPath(bytes)
    return 0
}
