import ArgumentParser
import KetteCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List offers matching all given filters.",
        discussion: "--format json prints a JSON array of offer objects in the store's own format."
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var filters: FilterOptions
    @Option(help: "Output format: table, json or csv.") var format: OutputFormat = .table

    func run() throws {
        let store = try options.load().store
        let offers = store.offers(matching: try filters.filter(in: store, interface: try options.language))
        switch format {
        case .table:
            if offers.isEmpty {
                Console.error(options.strings.noOffers)
            } else {
                Console.out(OfferTable(strings: options.strings, width: Console.width).render(offers))
            }
        case .json: Console.out(JSONWriter.pretty(.array(offers.map(\.json))))
        case .csv: Console.out(CSVWriter.offers(offers))
        }
    }
}
