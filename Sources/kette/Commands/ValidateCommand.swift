import ArgumentParser
import KetteCore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the whole store and print every problem as FILE:LINE:COLUMN: message.",
        discussion: "Exit status 0 only for a valid store (warnings allowed)."
    )

    @OptionGroup var options: StoreOptions

    func run() throws {
        let loaded = try options.load(quiet: true)
        for d in loaded.diagnostics { Console.out(d.description + "\n") }
        let s = loaded.store
        let summary = options.strings.validationSummary(loaded.errors.count, loaded.warnings.count)
        let counts = options.strings.storeSummary(s.stages.count, s.transitions.count, s.districts.count,
                                                  s.offers.count, s.indicators.count, s.cases.count)
        Console.out("\(TerminalText.escaped(loaded.source.displayName)): \(summary) — \(counts)\n")
        if !loaded.isValid { throw ExitCode(1) }
    }
}
