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
    /// interface language) is introduced in that language too: "Fehler:" in a German session. A
    /// store or case error that a command let through is shown in that language as well.
    static func main() {
        let language = CLIError.language(for: CommandLine.arguments)
        func fail(_ message: String) -> Never {
            Console.error("\(CLIError.prefix(language)) \(message)")
            exit(withError: ExitCode.failure)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            fail(error.description)
        } catch let error as StoreLoadError {
            fail(error.message(language))
        } catch let error as StoreWriteError {
            fail(error.message(language))
        } catch let error as StoreMergeError {
            fail(error.message(language))
        } catch let error as CaseStoreError {
            fail(error.message(language))
        } catch {
            exit(withError: error)
        }
    }
}
