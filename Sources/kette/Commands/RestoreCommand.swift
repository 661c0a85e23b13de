import ArgumentParser
import Foundation
import KetteCore

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "List or bring back earlier versions of a store file.",
        discussion: """
            Every save keeps the replaced version in .history/ beside the file (the newest \(StoreHistory.keep) per file).
            Without --revision the kept versions are listed. With --revision N that version becomes the current one
            (saved as a new revision, so the version it replaces is kept too and the restore can itself be undone).
            """
    )

    @OptionGroup var options: StoreOptions
    @Argument(help: "The file inside the store, e.g. offers.json or cases/F-1.json.") var file: String
    @Option(help: "The revision to bring back.") var revision: Int?

    func run() throws {
        let language = try options.language
        let de = language == .de
        guard let directory = options.source() as? DirectoryStoreSource else {
            throw CLIError(de ? "Der Demo-Datenbestand hat keine früheren Versionen; bitte --store VERZEICHNIS angeben"
                              : "the bundled demo store has no history; use --store DIR")
        }
        let shown = TerminalText.escaped(file)
        guard !file.contains(".."), !file.hasPrefix("/") else {
            throw CLIError(de ? "\(shown): bitte einen Pfad innerhalb des Datenbestands angeben" : "\(shown): give a path inside the store")
        }
        let versions = StoreHistory.versions(of: file, in: directory.path)
        guard let revision else {
            if versions.isEmpty {
                Console.out(de ? "\(shown): keine früheren Versionen aufbewahrt\n" : "\(shown): no earlier versions kept\n")
                return
            }
            Console.out(de ? "Revision  gesichert am          Bytes\n" : "Revision  saved at              Bytes\n")
            for v in versions {
                let date = Date(timeIntervalSince1970: TimeInterval(v.savedAt))
                let text = ISO8601DateFormatter.string(from: date, timeZone: .current, formatOptions: [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate, .withSpaceBetweenDateAndTime])
                Console.out(String(v.revision).padding(toLength: 10, withPad: " ", startingAt: 0) + text.padding(toLength: 22, withPad: " ", startingAt: 0) + String(v.size) + "\n")
            }
            return
        }
        // Restoring a case is a write of case data: the roles apply and the audit log records it.
        var caseStore: DirectoryCaseStore?
        if file.hasPrefix(StoreFile.casesDirectory + "/") {
            let plain = try options.load(quiet: true)
            do { caseStore = try DirectoryCaseStore(path: directory.path, store: plain.store) } catch {
                throw CLIError(error.message(language))
            }
        }
        guard let version = versions.first(where: { $0.revision == revision }) else {
            let kept = versions.map { String($0.revision) }.joined(separator: ", ")
            throw CLIError(de ? "\(shown): Revision \(revision) ist nicht aufbewahrt\(kept.isEmpty ? "" : " (vorhanden: \(kept))")"
                              : "\(shown): revision \(revision) is not kept\(kept.isEmpty ? "" : " (kept: \(kept))")")
        }
        do {
            let lock = try StoreLock(storePath: directory.path)
            let path = directory.displayPath(of: file)
            let currentText = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            let current = (try? JSONParser.parse(currentText))?["revision"]?.intValue ?? 0
            let old = try JSONParser.parse(Array(FileManager.default.contents(atPath: version.path) ?? Data()))
            guard var members = old.objectValue else {
                let p = TerminalText.escaped(version.path)
                throw CLIError(de ? "\(p): kein JSON-Objekt" : "\(p): not a JSON object")
            }
            members.removeAll { $0.key == "revision" }
            members.append(JSONMember("revision", .int(current + 1)))
            try StoreWriter.replace(file, with: JSONWriter.pretty(.object(members)), in: directory.path,
                                    expecting: current, lock: lock)
            if let caseStore {
                let id = String((file as NSString).lastPathComponent.dropLast(5))
                do { try caseStore.record(.restore, ids: [id]) } catch { Console.error(error.message(language)) }
            }
            Console.out(de ? "\(shown): Revision \(revision) als Revision \(current + 1) wiederhergestellt\n"
                           : "\(shown): revision \(revision) restored as revision \(current + 1)\n")
        } catch let e as JSONSyntaxError {
            throw CLIError("\(TerminalText.escaped(version.path)):\(e.line):\(e.column): \(e.message)")
        } catch let e as StoreWriteError {
            throw CLIError(e.message(language))
        }
        // Case files are read only through the case store (roles, audit log), never by this check.
        let loaded = try StoreLoader.load(from: directory, includeCases: false)
        if !loaded.isValid {
            for d in loaded.errors.prefix(20) { Console.error(d.description) }
            Console.error(de ? "Der Datenbestand hat nach dem Wiederherstellen \(loaded.errors.count) Fehler; `kette restore \(shown)` zeigt die Versionen, zu denen Sie zurückkehren können"
                             : "the store has \(loaded.errors.count) errors after the restore; `kette restore \(shown)` lists the versions to go back to")
            throw ExitCode(1)
        }
    }
}
