import ArgumentParser
import KetteCore
import KetteDemo

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new store: a copy of the demo municipality, or an empty valid store."
    )

    @OptionGroup var options: StoreOptions
    @Argument(help: "The new store directory (must not exist, or be empty).") var directory: String
    @Flag(help: "Write an empty store (standard chain, no offers) instead of the demo.") var empty = false
    @Option(help: "Municipality name for an empty store.") var municipality: String = "Musterstadt"

    func run() throws {
        do {
            if empty {
                try StoreWriter.create(StoreWriter.emptyStore(municipality: municipality), at: directory)
            } else {
                try StoreWriter.create(files: DemoStore.files, at: directory)
            }
        } catch {
            throw CLIError(error.message((try? options.language) ?? .de))
        }
        // Prove what was written: a store that does not load is reported at once.
        let loaded = try StoreLoader.load(from: DirectoryStoreSource(path: directory))
        if !loaded.isValid {
            for d in loaded.errors { Console.error(d.description) }
            throw ExitCode(1)
        }
        Console.out(options.strings.initDone(directory) + "\n")
    }
}
