// kette-bench: generates synthetic stores of several sizes and measures Kette against the targets
// of issue 8 (load, validation, filter, incremental search, render, memory, terminal bytes) next to
// reference tools (python json.load, jq, fzf, grep). Measurement only.
//
//     swift build -c release && swift run -c release kette-bench [--sizes 5000,50000,150000] [--runs 5] [--out DIR]
import Foundation
import KetteCore

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--load-only" {
    // Hidden: the child process whose launch-to-ready time and peak memory the parent measures.
    LoadChild.run(Array(arguments.dropFirst()))
}
if arguments.first == "--generate" {
    // Hidden: writes one synthetic store, and the text file for fzf and grep when a path is given
    // (the benchmark generates in a child process; .ci/link-order profiles a start on a store).
    guard arguments.count == 3 || arguments.count == 4, let n = Int(arguments[1]), n > 0 else {
        print("usage: kette-bench --generate OFFERS DIR [TEXTFILE]")
        exit(2)
    }
    let store = StoreGenerator.makeStore(offers: n)
    do {
        try StoreWriter.create(store, at: arguments[2])
        if arguments.count == 4 {
            try StoreGenerator.textLines(store.offers).write(toFile: arguments[3], atomically: true, encoding: .utf8)
        }
    } catch {
        print("writing \(arguments[2]): \(error)")
        exit(1)
    }
    exit(0)
}
Bench.main(arguments)
