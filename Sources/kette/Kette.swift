import ArgumentParser
import KetteCore

/// `kette`: the Präventionskette navigator. Without a sub-command it opens the interactive UI.
@main
struct Kette: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kette",
        abstract: "Navigate a municipality's Präventionskette: stages, transitions, offers.",
        discussion: """
            Without --store (or KETTE_STORE) Kette shows the bundled demo municipality Musterstadt.
            Interface language: German; --lang en or KETTE_LANG=en for English.
            """,
        subcommands: [
            TUICommand.self, ValidateCommand.self, StagesCommand.self, ListCommand.self, ShowCommand.self,
            SearchCommand.self, InitCommand.self, RestoreCommand.self,
            IndicatorsCommand.self, GapsCommand.self, ReportCommand.self,
            ExportCommand.self, ImportCommand.self, HandoutCommand.self,
            CaseCommand.self, AuditCommand.self,
        ],
        defaultSubcommand: TUICommand.self
    )

    /// As ArgumentParser's own `main`, but a ``CLIError`` (a message for the user, already in the
    /// interface language) is introduced in that language too: "Fehler:" in a German session.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            Console.error("\(CLIError.prefix(for: CommandLine.arguments)) \(error.description)")
            exit(withError: ExitCode.failure)
        } catch {
            exit(withError: error)
        }
    }
}
