import ArgumentParser
import KetteCore

/// `--today` and `--json`, shared by the case commands.
struct CaseOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Compute ages, due dates and retention as of this day (YYYY-MM-DD) — for demos and tests.", valueName: "DATE"))
    var today: String?

    @Flag(help: "Print JSON for scripts. Entrusted entries (§ 65 SGB VIII) are left out.")
    var json = false

    var clock: Clock {
        get throws {
            guard let today else { return .system }
            guard let day = Day(today) else { throw ValidationError("--today must be a date YYYY-MM-DD, not \"\(today)\"") }
            return .fixed(day)
        }
    }
}

/// The store and its case store, opened for one case command.
struct CaseSession {
    let loaded: LoadedStore
    let cases: any CaseStore
    let language: Language
    var store: Store { loaded.store }
    var today: Day { cases.clock.today() }
    var labels: CaseLabels { .forLanguage(language) }
    var text: CaseText { .forLanguage(language) }

    /// Opens the store and its cases: the demo's fictional cases in memory, or the store's case
    /// directory after the role check.
    static func open(_ options: StoreOptions, _ caseOptions: CaseOptions) throws -> CaseSession {
        let language = (try? options.language) ?? .de
        let loaded = try options.load()
        let clock = try caseOptions.clock
        let cases: any CaseStore
        if let dir = loaded.source as? DirectoryStoreSource {
            do {
                cases = try DirectoryCaseStore(path: dir.path, store: loaded.store, clock: clock)
            } catch {
                throw CLIError(error.message(language))
            }
        } else {
            cases = MemoryCaseStore(store: loaded.store, cases: loaded.store.cases, user: .current(), clock: clock)
        }
        return CaseSession(loaded: loaded, cases: cases, language: language)
    }

    /// Runs a case operation, turning its errors into messages in the interface language.
    func perform<T>(_ body: () throws(CaseStoreError) -> T) throws -> T {
        do { return try body() } catch {
            throw CLIError(message(for: error))
        }
    }

    func message(for error: CaseStoreError) -> String {
        switch error {
        case .invalid(let problems):
            return problems.filter { $0.severity == .error }
                .map { "\($0.field): \($0.message(text))" }.joined(separator: "\n")
        case .conflict(let mine, let theirs):
            return error.message(language) + "\n--- \(labels.caseTitle) \(TerminalText.escaped(theirs.id)), r\(theirs.revision) (\(TerminalText.escaped(theirs.updated))):\n"
                + CaseDetailText(language: language, width: Console.width, today: today).render(theirs, in: store)
                + (language == .de ? "--- r\(mine.revision) + Ihre Änderung wurde nicht gespeichert" : "--- r\(mine.revision) + your change was not saved")
        default:
            return error.message(language)
        }
    }

    /// Warnings about a case (a real-looking name, a referral without consent) on stderr.
    func warn(about c: Case) {
        for p in CaseValidator.problems(c, store: store, today: today) where p.severity == .warning {
            Console.error("\(language == .de ? "Warnung" : "warning"): \(p.field): \(p.message(text))")
        }
    }

    func noteTransient() {
        if cases.isTransient {
            Console.error(language == .de ? "Demo: Änderungen werden nicht gespeichert." : "demo: changes are not saved.")
        }
    }

    func print(_ c: Case, json: Bool) {
        if json {
            Console.out(JSONWriter.pretty(c.exportJSON(store: store, today: today)))
        } else {
            Console.out(CaseDetailText(language: language, width: Console.width, today: today).render(c, in: store))
        }
    }
}
