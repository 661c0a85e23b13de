import ArgumentParser
import Foundation
import KetteCore

/// `kette report`: the self-contained committee report (HTML or Markdown).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the committee report: chain, gaps, monitoring with charts, Leitbild.",
        discussion: """
            HTML is one self-contained file (inline styles and SVG charts, no external assets) that
            prints on A4; Markdown has the same content with tables and text bars. Without -o the
            report goes to standard output.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, md
    }

    @OptionGroup var options: StoreOptions
    @Option(help: "Output format: html or md.") var format: Format = .html
    @Option(name: [.short, .long], help: ArgumentHelp("The file to write.", valueName: "FILE")) var output: String?
    @Option(help: ArgumentHelp("The report's date (default: today).", valueName: "YYYY-MM-DD")) var date: String?

    func run() throws {
        let text = ReportText(language: try options.language)
        let day: Day
        if let date {
            guard let d = Day(date) else { throw CLIError(text.badDate(date)) }
            day = d
        } else {
            day = Clock.system.today()
        }
        let store = try options.load().store
        let report = CommitteeReport(store: store, date: day, text: text)
        let content = report.render(format == .html ? .html : .md)
        guard let output else {
            Console.out(content)
            return
        }
        try OutputFile.write(Array(content.utf8), to: output, language: text.language)
        Console.out(text.reportWritten(output) + "\n")
    }
}
