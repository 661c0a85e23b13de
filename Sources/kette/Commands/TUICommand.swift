import ArgumentParser
import Foundation
import KetteCore
import KetteTUI
#if canImport(Glibc)
import Glibc
#endif

struct TUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open the interactive navigator (the default command).",
        discussion: """
            Themes: default, light, projector, mono, or your own in $XDG_CONFIG_HOME/kette/themes/NAME.theme
            (or a path). NO_COLOR in the environment has the same effect as --no-color.
            """
    )

    @OptionGroup var options: StoreOptions
    @Option(help: ArgumentHelp("Colour theme: default, light, projector, mono, or a file (default: $KETTE_THEME).", valueName: "NAME"))
    var theme: String?
    @Flag(name: .customLong("no-color"), help: "No colours; bold, underline and reverse only.")
    var noColor = false
    @Flag(help: "Plain ASCII symbols and line drawing, for terminals without UTF-8.")
    var ascii = false
    @Flag(help: "Start in presentation mode (projector theme, one slide per view: chain, gaps, monitoring, Leitbild).")
    var present = false
    @Option(help: ArgumentHelp("Compute ages and due dates as of this day (YYYY-MM-DD) — for demos and tests.", valueName: "DATE"))
    var today: String?
    @Option(name: .customLong("stale-months"),
            help: ArgumentHelp("Offers not updated for more than N months are listed as stale (key v; default: staleAfterMonths in store.json, else 12).", valueName: "N"))
    var staleMonths: Int?

    func validate() throws {
        if let staleMonths, staleMonths < 1 { throw ValidationError("--stale-months must be at least 1") }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        // A broken theme is reported before the screen is taken over.
        let chosen: Theme
        do {
            chosen = try ThemeCatalog.resolve(cliTheme: theme, environment: environment)
        } catch {
            throw CLIError(error.description)
        }
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            throw CLIError(options.strings.language == .de
                ? "die Ansicht braucht ein Terminal; für Skripte gibt es `kette list`, `kette show`, `kette search`"
                : "the interactive view needs a terminal; for scripts use `kette list`, `kette show`, `kette search`")
        }
        let terminal = NcursesTerminal.terminalDecision()
        if case .unusable(let term) = terminal {
            throw CLIError(options.strings.terminalUnusable(term))
        }
        let loaded = try options.load(quiet: true)
        let watcher = (loaded.source as? DirectoryStoreSource).map(StoreWatcher.init(source:))
        let noColor = noColor || !(environment["NO_COLOR"] ?? "").isEmpty
        let projector = (try? ThemeCatalog.load("projector", environment: environment)) ?? chosen
        Navigator.run(try state(consume loaded, environment: environment), theme: chosen, presentationTheme: projector,
                      options: NcursesTerminal.Options(noColor: noColor, ascii: ascii, terminal: terminal), watcher: watcher)
    }

    /// The navigator's first state. Made here and handed over as a temporary, so that neither the
    /// loaded store nor a copy of the state lives on in ``run()`` while the navigator runs: after a
    /// reload they would keep the first store in memory (with its search index) and its offers.json open.
    private func state(_ loaded: consuming LoadedStore, environment: [String: String]) throws -> AppState {
        let strings = options.strings
        var state = AppState(store: loaded.store, strings: strings, storeLabel: loaded.store.info.municipality,
                             isDemo: loaded.source is MemoryStoreSource)
        if !loaded.isValid { state.message = strings.storeHasProblems(loaded.errors.count) }
        state.isReadOnly = !loaded.isValid || !loaded.source.isWritable
        state.presenting = present
        let clock: Clock
        if let today {
            guard let day = Day(today) else { throw ValidationError("--today must be a date YYYY-MM-DD") }
            clock = .fixed(day)
        } else {
            clock = .system
        }
        state.today = clock.today()
        state.handoutDirectory = HandoutFile.defaultDirectory(environment: environment)
        // Cases: the demo's own fictional ones in memory, or the store's after the role check.
        if let dir = loaded.source as? DirectoryStoreSource {
            do {
                state.caseStore = try DirectoryCaseStore(path: dir.path, store: loaded.store, clock: clock)
            } catch {
                if case .notPermitted(let access) = error, case .notPermitted(let user, _, _) = access {
                    state.caseAccessNote = CaseLabels.forLanguage(strings.language).noAccess(user)
                } else {
                    state.caseAccessNote = error.message(strings.language)
                }
            }
        } else {
            state.caseStore = MemoryCaseStore(store: loaded.store, cases: loaded.store.cases, user: .current(), clock: clock)
        }
        state.staleMonthsOption = staleMonths
        return state
    }
}
