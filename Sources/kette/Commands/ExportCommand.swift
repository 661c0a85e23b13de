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
            files; --compact writes one service per line (about 30 % smaller).
            Both are written as they are made (row by row, service by service), so memory stays small
            however many offers there are; -o FILE is replaced only once the export is complete.
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
        let body: Body
        switch format {
        case .hsds:
            body = { sink in
                try HSDSExport.write(store.offers, store: store, layout: compact ? .compact : .pretty, progress: progress, to: sink)
            }
        case .csv:
            let separator: Character = delimiter == .comma ? "," : ";"
            let enc: TextEncodingDetection.Encoding = switch encoding {
            case .utf8: .utf8WithBOM
            case .utf8NoBOM: .utf8
            case .windows1252: .windows1252
            }
            if enc == .windows1252 { try refuseUnencodable(store.offers, delimiter: separator, progress: progress, text: text) }
            body = { sink in
                try OfferCSVExport.write(store.offers, language: language, delimiter: separator, encoding: enc,
                                         progress: progress, to: sink)
            }
        }
        try stream(body, offers: store.offers.count, text: text, language: language)
    }

    /// Writes the export chunk by chunk into the sink it is given.
    private typealias Body = (_ sink: ([UInt8]) throws -> Void) throws -> Void

    /// Windows-1252 cannot hold every character: checked over all offers before anything is written,
    /// and refused naming the offers that have one.
    private func refuseUnencodable(_ offers: [Offer], delimiter: Character, progress: ExchangeProgress, text: ExchangeText) throws {
        let refusal: OfferCSVUnencodable?
        do {
            refusal = try OfferCSVExport.windows1252Refusal(offers, language: text.language, delimiter: delimiter, progress: progress)
        } catch {
            Progress.clear()
            Console.error(text.cancelled)
            throw ExitCode(130)
        }
        if let refusal {
            Progress.clear()
            throw CLIError(text.cannotEncode(refusal.character, offers: refusal.offers))
        }
    }

    /// Exports are streamed as they are made, so that memory stays small however many offers there
    /// are: into a temporary file renamed into place at the end (`-o FILE`), or into standard
    /// output, a pipe or a device as it comes. Ctrl-C leaves FILE as it was; what went into a stream
    /// until then is cut off (and said to be, unless nothing went out yet).
    private func stream(_ body: Body, offers: Int, text: ExchangeText, language: Language) throws {
        var handedOut = false
        let counted: Body = { sink in
            try withoutActuallyEscaping(sink) { sink in
                try body { chunk in
                    handedOut = true
                    try sink(chunk)
                }
            }
        }
        do {
            if let output {
                try OutputFile.stream(to: output, language: language, body: counted)
            } else {
                do {
                    try AtomicFile.stream(toDescriptor: STDOUT_FILENO, name: language == .de ? "Standardausgabe" : "standard output",
                                          body: counted)
                } catch let error as StoreWriteError {
                    throw CLIError(error.message(language))
                }
            }
        } catch is ExchangeCancelled {
            Progress.clear()
            let inPlace = output.map(OutputFile.isWrittenInPlace) ?? true
            Console.error(inPlace && handedOut ? text.cancelledIncomplete : text.cancelled)
            throw ExitCode(130)
        } catch {
            Progress.clear()
            throw error
        }
        Progress.clear()
        if let output { Console.out(text.exported(offers, output) + "\n") }
    }
}
