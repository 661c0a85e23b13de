import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Saves a family handout from the navigator: the same page as `kette handout`, as HTML (to print
/// from a browser) and plain text, in a folder of the user's own (created 0700, files 0600).
public enum HandoutFile {
    public enum Failure: Error, Sendable, Equatable {
        case handout(Handout.Failure)
        case write(StoreWriteError)
    }

    /// `$KETTE_HANDOUTS`, else `~/kette-ausdrucke`.
    public static func defaultDirectory(environment: [String: String]) -> String {
        if let dir = environment["KETTE_HANDOUTS"], !dir.isEmpty { return dir }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSTemporaryDirectory()
        return (home as NSString).appendingPathComponent("kette-ausdrucke")
    }

    /// Writes `ausdruck-DATE-N.html` and `.txt` (N: the first free number) and returns both paths.
    public static func save(store: Store, offerIDs: [String], directory: String, date: Day,
                            note: String? = nil) throws(Failure) -> [String] {
        let html: String, text: String
        do {
            html = try Handout.render(store: store, offerIDs: offerIDs, format: .html, note: note, date: date)
            text = try Handout.render(store: store, offerIDs: offerIDs, format: .txt, note: note, date: date)
        } catch {
            throw .handout(error)
        }
        do { try OfferTextSource.check(store.offers) } catch { throw .write(error) }
        if mkdir(directory, 0o700) != 0 && errno != EEXIST {
            throw .write(.io(path: directory, operation: .creatingFolder, reason: AtomicFile.errnoText()))
        }
        var n = 1
        while FileManager.default.fileExists(atPath: "\(directory)/ausdruck-\(date)-\(n).html") { n += 1 }
        let base = "\(directory)/ausdruck-\(date)-\(n)"
        do {
            try AtomicFile.write(Array(html.utf8), to: base + ".html", mode: 0o600)
            try AtomicFile.write(Array(text.utf8), to: base + ".txt", mode: 0o600)
        } catch {
            throw .write(error)
        }
        return [base + ".html", base + ".txt"]
    }
}
