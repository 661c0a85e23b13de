import ArgumentParser
import Foundation
import KetteCore

/// `kette import`: merges offers from a CSV file or HSDS JSON into the store, by id.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import offers from a CSV file (Excel) or Open Referral HSDS JSON, merged by id.",
        discussion: """
            CSV: UTF-8 (with or without byte order mark) or Windows-1252; ";" or "," between fields;
            a header row with German or English column names (as `kette export --format csv` writes
            them); only the ID column is required — columns the file lacks stay as they are.
            HSDS: an array of HSDS 3.x service objects; what has no place in Kette is listed.
            Every problem is printed as FILE:LINE:COLUMN: message. A file with any rejected row is not
            imported at all; otherwise offers.json is replaced atomically, with its old version kept
            in the history (kette restore offers.json). --dry-run shows what would be added, changed
            and rejected and writes nothing. Ctrl-C stops without writing.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, hsds }

    @OptionGroup var options: StoreOptions
    @Option(help: "csv or hsds.") var format: Format
    @Argument(help: ArgumentHelp("The file to import.", valueName: "FILE")) var file: String
    @Flag(help: "Show what would be added, changed and rejected; write nothing.") var dryRun = false

    func run() throws {
        Progress.catchInterrupt()
        let language = try options.language
        let text = ExchangeText(language: language)
        let loaded = try options.load()
        if !dryRun, !(loaded.source is DirectoryStoreSource) {
            throw CLIError(StoreMergeError.demo(store: loaded.source.displayName).message(language))
        }
        let bytes = try IndicatorsImportCommand.read(file, text: ReportText(language: language))
        let plan: OfferImportPlan
        do {
            let progress = Progress.exchange(text.reading)
            switch format {
            case .csv: plan = try OfferCSVImport.plan(bytes, store: loaded.store, today: Clock.system.today(), progress: progress)
            case .hsds: plan = try HSDSImport.plan(bytes, store: loaded.store, today: Clock.system.today(), progress: progress)
            }
        } catch {
            Progress.clear()
            Console.error(text.cancelled)
            throw ExitCode(130)
        }
        Progress.clear()
        let lines = text.planLines(plan, file: file)
        if !lines.isEmpty { Console.out(lines.joined(separator: "\n") + "\n") }
        let messages = plan.notes.map { text.problem($0, file: file, isNote: true) } + plan.rejected.map { text.problem($0, file: file) }
        if !messages.isEmpty { Console.error(messages.joined(separator: "\n")) }
        if let encoding = plan.encoding, encoding == TextEncodingDetection.Encoding.windows1252.rawValue { Console.out(text.encodingNote(encoding) + "\n") }
        Console.out(text.summary(plan) + "\n")
        if dryRun {
            Console.out(text.dryRun + "\n")
            if !plan.isApplicable { throw ExitCode(1) }
            return
        }
        guard plan.isApplicable else { throw CLIError(StoreMergeError.rejected(entries: plan.rejectedLines.count).message(language)) }
        guard plan.hasChanges else {
            Console.out(text.nothingToDo + "\n")
            return
        }
        do {
            let revision = try OfferImport.apply(plan, to: loaded, progress: Progress.exchange(text.writing))
            Console.out(text.imported(plan.added.count + plan.changed.count,
                                      loaded.source.displayPath(of: StoreFile.offers.fileName), revision) + "\n")
        } catch .cancelled {
            Console.error(text.cancelled)
            throw ExitCode(130)
        } catch {
            throw CLIError(error.message(language))
        }
    }
}
