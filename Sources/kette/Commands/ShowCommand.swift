import ArgumentParser
import Foundation
import KetteCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print one offer in full.")

    @OptionGroup var options: StoreOptions
    @Argument(help: "The offer's id.") var id: String
    @Option(help: "Output format: table (readable text) or json.") var format: OutputFormat = .table

    func run() throws {
        let store = try options.load().store
        guard let offer = store.offer(id: id) else {
            throw CLIError(options.strings.unknownOffer(TerminalText.escaped(id)))
        }
        switch format {
        case .json: Console.out(JSONWriter.pretty(offer.json))
        case .table, .csv:
            Console.out(OfferText(strings: options.strings, width: Console.width, today: Clock.system.today()).render(offer, in: store))
        }
    }
}
