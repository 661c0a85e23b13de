import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension AtomicFile {
    /// Like ``write(_:to:mode:)``, but the content is handed over in chunks: `body` gets a function
    /// that writes one chunk, so a large export never needs to be in memory as a whole.
    ///
    /// A regular file (or a new one) is written as a temporary file `.NAME.tmp-XXXXXX` in the same
    /// directory, flushed, and renamed over `path` only when `body` returns and `beforeRename` does not
    /// throw; when either throws (e.g. because the user pressed Ctrl-C) the temporary file is removed
    /// and `path` is left as it was. `temporaryFile` is told the temporary file's path when it is
    /// created and nil once it is renamed or removed (so that a process that must end at once can
    /// remove it). A device or FIFO is written into as it comes; a directory is refused.
    public static func stream(to path: String, mode: mode_t? = nil,
                              temporaryFile: (String?) -> Void = { _ in },
                              beforeRename: () throws -> Void = {},
                              body: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws {
        var existing = stat()
        if stat(path, &existing) == 0 {
            switch existing.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw StoreWriteError.io(path: path, operation: .writing, reason: "it is a directory")
            default: return try streamInPlace(to: path, body: body)
            }
        }
        let dir = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let mode = mode ?? defaultMode(for: path, in: dir)
        let name = (path as NSString).lastPathComponent
        var template = Array("\(dir)/.\(name).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw StoreWriteError.io(path: path, operation: .creatingTemporaryFile, reason: errnoText()) }
        let tmp = String(cString: template)
        temporaryFile(tmp)
        var renamed = false
        defer {
            if !renamed { unlink(tmp) }
            temporaryFile(nil)
        }
        do {
            defer { close(fd) }
            giveToGroup(of: dir, fd: fd)
            guard fchmod(fd, mode) == 0 else { throw StoreWriteError.io(path: tmp, operation: .settingPermissions, reason: errnoText()) }
            try body { chunk throws(StoreWriteError) in try writeAll(chunk, to: fd, path: tmp) }
            guard fsync(fd) == 0 else { throw StoreWriteError.io(path: tmp, operation: .flushing, reason: errnoText()) }
        }
        try beforeRename()
        guard rename(tmp, path) == 0 else { throw StoreWriteError.io(path: path, operation: .replacing, reason: errnoText()) }
        renamed = true
        let dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 {
            fsync(dfd)
            close(dfd)
        }
    }

    /// Streams into a device or FIFO as it is (no temporary file, no rename).
    static func streamInPlace(to path: String, body: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreWriteError.io(path: path, operation: .opening, reason: errnoText()) }
        defer { close(fd) }
        try body { chunk throws(StoreWriteError) in try writeAll(chunk, to: fd, path: path) }
    }

    /// Streams into an open descriptor (standard output), chunk by chunk.
    public static func stream(toDescriptor fd: Int32, name: String,
                              body: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws {
        try body { chunk throws(StoreWriteError) in try writeAll(chunk, to: fd, path: name) }
    }
}
