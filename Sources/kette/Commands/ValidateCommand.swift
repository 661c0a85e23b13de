import ArgumentParser
import KetteCore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the whole store and print every problem as FILE:LINE:COLUMN: message.",
        discussion: """
            Exit status 0 only for a valid store (warnings allowed). Case files are checked for their
            permissions only; --cases also reads and checks their content — allowed for the users the
            store's roles name, and recorded in the audit log.
            """
    )

    @OptionGroup var options: StoreOptions
    @Flag(help: "Also read and check the case files (audited).") var cases = false

    func run() throws {
        // Case files are checked only for users the store's roles allow, and the reading is audited.
        let language = (try? options.language) ?? .de
        let notChecked = language == .de ? "; die Falldateien wurden nicht geprüft" : "; case files were not checked"
        var caseStore: DirectoryCaseStore?
        var mayReadCases = cases
        if cases, let dir = options.source() as? DirectoryStoreSource {
            let plain = try options.load(quiet: true)
            do {
                caseStore = try DirectoryCaseStore(path: dir.path, store: plain.store)
            } catch {
                mayReadCases = false
                Console.error(error.message(language) + notChecked)
            }
        }
        if let caseStore {
            // The reading is recorded before it happens; without a log, the files stay unread.
            let ids = ((try? caseStore.source.caseFileNames()) ?? []).map { String($0.dropLast(5)) }
            do { try caseStore.record(.validate, ids: ids) } catch {
                Console.error(error.message(language) + notChecked)
                mayReadCases = false
            }
        }
        let loaded = try options.load(quiet: true, includeCases: mayReadCases)
        for d in loaded.diagnostics { Console.out(d.description + "\n") }
        let s = loaded.store
        let summary = options.strings.validationSummary(loaded.errors.count, loaded.warnings.count)
        let counts = options.strings.storeSummary(s.stages.count, s.transitions.count, s.districts.count,
                                                  s.offers.count, s.indicators.count, s.cases.count)
        Console.out("\(TerminalText.escaped(loaded.source.displayName)): \(summary) — \(counts)\n")
        if !loaded.isValid { throw ExitCode(1) }
    }
}
