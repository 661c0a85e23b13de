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
        Console.out("\(TerminalText.escaped(loaded.source.displayName)): \(summary) — \(s.stages.count) stages, \(s.transitions.count) transitions, \(s.districts.count) districts, \(s.offers.count) offers, \(s.indicators.count) indicators, \(s.cases.count) cases\n")
        if !loaded.isValid { throw ExitCode(1) }
    }
}
