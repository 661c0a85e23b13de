import ArgumentParser
import Foundation
import KetteCore

/// `kette export`: the store's offers as CSV (for spreadsheets) or Open Referral HSDS 3.0 JSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export every offer as CSV (Excel) or as Open Referral HSDS 3.0 JSON.",
        discussion: """
            CSV: German column headers (English with --lang en), ";" between fields, UTF-8 with a byte
            order mark so Excel reads umlauts (--encoding windows-1252 for old spreadsheets), lists
            joined with ", ". `kette import --format csv` reads it back.
            HSDS: one JSON array of full service objects, each valid against the HSDS 3.0 service
            schema; ids are name-based UUIDs, the same on every export. Indented like the store's
            files; --compact writes one service per line (about 30 % smaller). Written service by
            service, so memory stays small however many offers there are.
            Without -o the file goes to standard output. Archived offers are included.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, hsds }
    enum Encoding: String, ExpressibleByArgument, CaseIterable {
        case utf8 = "utf-8", utf8NoBOM = "utf-8-no-bom", windows1252 = "windows-1252"
    }
    enum Delimiter: String, ExpressibleByArgument, CaseIterable { case semicolon, comma }

    @OptionGroup var options: StoreOptions
    @Option(help: "csv or hsds.") var format: Format
    @Option(name: [.short, .long], help: ArgumentHelp("The file to write (atomically).", valueName: "FILE")) var output: String?
    @Option(help: "CSV encoding: utf-8 (with byte order mark), utf-8-no-bom or windows-1252.") var encoding: Encoding = .utf8
    @Option(help: "CSV separator: semicolon or comma.") var delimiter: Delimiter = .semicolon
    @Flag(help: "HSDS: one service per line instead of indented (about 30 % smaller).") var compact = false

    func validate() throws {
        if compact && format != .hsds { throw ValidationError("--compact applies to --format hsds only") }
    }

    func run() throws {
        Progress.catchInterrupt()
        let language = try options.language
        let text = ExchangeText(language: language)
        let store = try options.load().store
        let progress = Progress.exchange(text.writing)
        if format == .hsds { return try exportHSDS(store, progress: progress, text: text, language: language) }
        let bytes: [UInt8]
        do {
            switch format {
            case .csv:
                let csv = try OfferCSVExport.render(store.offers, language: language,
                                                    delimiter: delimiter == .comma ? "," : ";", progress: progress)
                let enc: TextEncodingDetection.Encoding = switch encoding {
                case .utf8: .utf8WithBOM
                case .utf8NoBOM: .utf8
                case .windows1252: .windows1252
                }
                switch OfferCSVExport.encode(csv, as: enc) {
                case .success(let b): bytes = b
                case .failure(let e):
                    Progress.clear()
                    throw CLIError(text.cannotEncode(e.character,
                                                     offers: OfferCSVExport.offersNotInWindows1252(store.offers, language: language)))
                }
            case .hsds:
                preconditionFailure("HSDS is streamed")
            }
        } catch is ExchangeCancelled {
            Progress.clear()
            Console.error(text.cancelled)
            throw ExitCode(130)
        }
        Progress.clear()
        guard let output else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        if Progress.isInterrupted {
            Console.error(text.cancelled)
            throw ExitCode(130)
        }
        try OutputFile.write(bytes, to: output, language: language)
        Console.out(text.exported(store.offers.count, output) + "\n")
    }

    /// HSDS is streamed service by service, so that memory stays small however many offers there
    /// are: into a temporary file renamed into place at the end (`-o FILE`), or into standard
    /// output, a pipe or a device as it comes.
    private func exportHSDS(_ store: Store, progress: ExchangeProgress, text: ExchangeText, language: Language) throws {
        let write = { (sink: ([UInt8]) throws -> Void) throws in
            try HSDSExport.write(store.offers, store: store, layout: compact ? .compact : .pretty, progress: progress, to: sink)
        }
        do {
            if let output {
                try OutputFile.stream(to: output, language: language, body: write)
            } else {
                do {
                    try AtomicFile.stream(toDescriptor: STDOUT_FILENO, name: language == .de ? "Standardausgabe" : "standard output",
                                          body: write)
                } catch let error as StoreWriteError {
                    throw CLIError(error.message(language))
                }
            }
        } catch is ExchangeCancelled {
            Progress.clear()
            Console.error(output.map(OutputFile.isWrittenInPlace) ?? true ? text.cancelledIncomplete : text.cancelled)
            throw ExitCode(130)
        } catch {
            Progress.clear()
            throw error
        }
        Progress.clear()
        if let output { Console.out(text.exported(store.offers.count, output) + "\n") }
    }
}
