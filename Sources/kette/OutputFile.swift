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
    static func write(_ bytes: [UInt8], to path: String) throws {
        var target = path
        var st = stat()
        if lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) {
            target = String(cString: resolved)
            free(resolved)
        }
        if stat(target, &st) == 0, st.st_mode & S_IFMT != S_IFREG {
            guard st.st_mode & S_IFMT != S_IFDIR else { throw CLIError("\(path): \(String(cString: strerror(EISDIR)))") }
            let fd = open(target, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw CLIError("\(path): \(String(cString: strerror(errno)))") }
            defer { close(fd) }
            var done = 0
            while done < bytes.count {
                let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, bytes.count - done) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw CLIError("\(path): \(String(cString: strerror(errno)))")
                }
                done += n
            }
            return
        }
        do {
            try AtomicFile.write(bytes, to: target)
        } catch {
            throw CLIError(error.description)
        }
    }
}
