import ArgumentParser
import KetteCore

struct StagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "Print the chain in life order with offer counts per stage and transition."
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var filters: FilterOptions
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() throws {
        let store = try options.load().store
        let filter = try filters.filter(in: store, interface: try options.language)
        switch format {
        case .table, .csv:
            Console.out(ChainText(strings: options.strings, width: Console.width).render(store, filter: filter))
        case .json:
            let counts = store.chainCounts(filter)
            let stages = store.stages.map { s in
                JSONNode.object([JSONMember("id", .string(s.id)), JSONMember("title", .string(s.title)),
                                 JSONMember("fromMonths", .int(s.fromMonths)), JSONMember("toMonths", .int(s.toMonths)),
                                 JSONMember("offers", .int(counts[s.id] ?? 0))])
            }
            let transitions = store.transitions.map { t in
                JSONNode.object([JSONMember("id", .string(t.id)), JSONMember("from", .string(t.from)),
                                 JSONMember("to", .string(t.to)), JSONMember("title", .string(t.title)),
                                 JSONMember("offers", .int(counts[t.id] ?? 0))])
            }
            Console.out(JSONWriter.pretty(.object([JSONMember("stages", .array(stages)),
                                                   JSONMember("transitions", .array(transitions))])))
        }
    }
}
