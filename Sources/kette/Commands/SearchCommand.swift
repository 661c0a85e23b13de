import ArgumentParser
import KetteCore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find offers by words in title, provider, tags and description, best first.",
        discussion: "Case-insensitive with German folding: ä = ae = a, ö, ü likewise, ß = ss. Exit status 1 when nothing matches."
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var filters: FilterOptions
    @Argument(parsing: .remaining, help: "Search words (all must occur).") var query: [String]
    @Option(help: "Output format: table, json or csv.") var format: OutputFormat = .table
    @Option(help: "Show at most this many offers.") var limit: Int = 50

    func run() throws {
        let store = try options.load().store
        let filter = try filters.filter(in: store, interface: try options.language)
        let text = query.joined(separator: " ")
        guard !SearchIndex.terms(text).isEmpty else { throw ValidationError("give at least one search word") }
        let index = SearchIndex(offers: store.offers)
        let offers = index.search(text).map { store.offers[$0.offerIndex] }.filter(filter.matches).prefix(max(0, limit))
        switch format {
        case .table where !offers.isEmpty:
            Console.out(OfferTable(strings: options.strings, width: Console.width).render(Array(offers)))
        case .table: break
        case .json: Console.out(JSONWriter.pretty(.array(offers.map(\.json))))
        case .csv: Console.out(CSVWriter.offers(Array(offers)))
        }
        // Like grep: no match is exit status 1, in every format.
        if offers.isEmpty {
            Console.error(options.strings.noMatches(TerminalText.escaped(text)))
            throw ExitCode(1)
        }
    }
}
