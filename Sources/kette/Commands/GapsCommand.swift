import ArgumentParser
import KetteCore

/// `kette gaps`: the Lückenanalyse — local offers per stage, transition and district.
struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Print the gap analysis: local offers per life stage, transition and district.",
        discussion: """
            A cell is flagged ("!") when a strained district (at least half of its indicators worse than
            the city average) has no or few (at most 2) offers of its own there. City-wide offers do not
            count as local. --format csv|json: one row per stage or transition and district.
            """
    )

    @OptionGroup var options: StoreOptions
    @Option(help: "Output format: table, csv or json.") var format: OutputFormat = .table

    func run() throws {
        let text = ReportText(language: try options.language)
        let export = MonitoringExport(store: try options.load().store, text: text)
        switch format {
        case .table: Console.out(export.gapsTable(width: Console.width))
        case .csv: Console.out(export.gapsCSV())
        case .json: Console.out(export.gapsJSON())
        }
    }
}
