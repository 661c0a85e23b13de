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
        var target = path
        var st = stat()
        if lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) {
            target = String(cString: resolved)
            free(resolved)
        }
        // AtomicFile writes a device or FIFO in place and refuses a directory.
        do {
            try AtomicFile.write(bytes, to: target)
        } catch {
            throw CLIError(error.message(language))
        }
    }
}
