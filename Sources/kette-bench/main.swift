// kette-bench: generates synthetic stores of several sizes and measures Kette against the targets
// of issue 8 (load, validation, filter, incremental search, render, memory, terminal bytes) next to
// reference tools (python json.load, jq, fzf, grep). Measurement only.
//
//     swift build -c release && swift run -c release kette-bench [--sizes 5000,50000,150000] [--runs 5] [--out DIR]
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--load-only" {
    // Hidden: the child process whose launch-to-ready time and peak memory the parent measures.
    LoadChild.run(Array(arguments.dropFirst()))
}
Bench.main(arguments)
