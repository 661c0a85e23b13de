import ArgumentParser
import Foundation
import KetteCore
import KetteDemo

/// `--store` and `--lang`, shared by every command.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Store directory (default: $KETTE_STORE, else the bundled demo).", valueName: "DIR"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp("Interface language: de or en (default: $KETTE_LANG, else de).", valueName: "LANG"))
    var lang: String?

    @Flag(name: .long, help: "Use the bundled demo store even when KETTE_STORE is set: only its fictional cases, never a real store's.")
    var demo = false

    var language: Language {
        get throws {
            if let lang {
                guard let l = Language(code: lang) else { throw ValidationError("--lang must be de or en, not \"\(lang)\"") }
                return l
            }
            if let env = ProcessInfo.processInfo.environment["KETTE_LANG"], let l = Language(code: env) { return l }
            return .de
        }
    }

    var strings: Strings { (try? language.strings) ?? .german }

    /// The source the options name: a directory, or the bundled demo.
    func source() -> any StoreSource {
        if demo { return DemoStore.source(name: strings.demoStoreName) }
        if let store { return DirectoryStoreSource(path: store) }
        if let env = ProcessInfo.processInfo.environment["KETTE_STORE"], !env.isEmpty {
            return DirectoryStoreSource(path: env)
        }
        return DemoStore.source(name: strings.demoStoreName)
    }

    /// True when the bundled demo is shown (no --store, no KETTE_STORE, or --demo).
    var isDemo: Bool { source() is MemoryStoreSource }

    /// Loads the store for reading. Problems are reported on stderr; a store with errors is
    /// still shown (read-only), one that cannot be opened ends the command. Case files are read only
    /// with `includeCases` (by `validate`); everything else goes through a ``CaseStore``.
    func load(quiet: Bool = false, includeCases: Bool = false) throws -> LoadedStore {
        do {
            let loaded = try StoreLoader.load(from: source(), includeCases: includeCases || isDemo)
            if !quiet && !loaded.errors.isEmpty {
                Console.error(strings.storeHasProblems(loaded.errors.count))
            }
            return loaded
        } catch {
            throw CLIError(error.message((try? language) ?? .de))
        }
    }
}

/// A message for the user; ArgumentParser prints it to stderr and exits with status 1.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }

    /// The language the command line asks for (`--lang`, else `KETTE_LANG`, else German) — the
    /// same choice as ``StoreOptions/language``, for an error that ends the command.
    static func language(for arguments: [String]) -> Language {
        var code: String?
        for (i, a) in arguments.enumerated() {
            if a == "--" { break }
            if a == "--lang", i + 1 < arguments.count { code = arguments[i + 1] }
            if a.hasPrefix("--lang=") { code = String(a.dropFirst(7)) }
        }
        return (code ?? ProcessInfo.processInfo.environment["KETTE_LANG"]).flatMap(Language.init(code:)) ?? .de
    }

    /// "Fehler:" or "Error:".
    static func prefix(_ language: Language) -> String { language == .de ? "Fehler:" : "Error:" }
}
