import Foundation
import KetteCore
#if canImport(Glibc)
import Glibc
#endif

/// Writes a command's `-o FILE`: a regular file atomically (temporary file and rename), but a
/// device, FIFO or socket (`-o /dev/null`, `-o /dev/stdout`, a named pipe) by writing into it —
/// renaming over it would replace the device with a regular file. A symbolic link is followed, so
/// the file it points to is replaced, not the link.
enum OutputFile {
    static func write(_ bytes: [UInt8], to path: String, language: Language) throws {
        // AtomicFile writes a device or FIFO in place and refuses a directory.
        do {
            try AtomicFile.write(bytes, to: resolved(path))
        } catch {
            throw CLIError(error.message(language))
        }
    }

    /// Like ``write(_:to:)`` for output made in chunks: `body` writes them as they come (into a
    /// temporary file for a regular file, renamed into place only when `body` returns and no Ctrl-C
    /// came; the temporary file is removed otherwise, and by a second Ctrl-C too). Errors of `body`
    /// other than write errors (e.g. ``ExchangeCancelled``) are passed on as they are.
    static func stream(to path: String, language: Language, body: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws {
        do {
            try AtomicFile.stream(to: resolved(path), temporaryFile: Progress.removeOnSecondInterrupt,
                                  beforeRename: { if Progress.isInterrupted { throw ExchangeCancelled() } },
                                  body: body)
        } catch let error as StoreWriteError {
            throw CLIError(error.message(language))
        }
    }

    /// True when `path` is written into as it is (a device, FIFO or socket), not replaced atomically.
    static func isWrittenInPlace(_ path: String) -> Bool {
        var st = stat()
        return stat(resolved(path), &st) == 0 && st.st_mode & S_IFMT != S_IFREG && st.st_mode & S_IFMT != S_IFDIR
    }

    /// The path itself, or the file a symbolic link points to.
    private static func resolved(_ path: String) -> String {
        var st = stat()
        if lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        return path
    }
}
