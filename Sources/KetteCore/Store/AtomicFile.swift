import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes store files so that a reader never sees half a file: write a temporary file in the
/// same directory, flush it to disk, rename it over the old one, flush the directory.
public enum AtomicFile {
    /// Without `mode`, a replaced file keeps its mode and a new one gets 0660 in a group-writable
    /// directory (a team store), else 0644.
    ///
    /// A destination that is not a regular file — `-o /dev/null`, a FIFO, a terminal — is written
    /// to directly: renaming over it would replace the device with a plain file.
    public static func write(_ data: [UInt8], to path: String, mode: mode_t? = nil) throws(StoreWriteError) {
        var existing = stat()
        if stat(path, &existing) == 0 {
            switch existing.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw .io(path: path, operation: .writing, reason: "it is a directory")
            default: return try writeInPlace(data, to: path)
            }
        }
        let dir = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let mode = mode ?? defaultMode(for: path, in: dir)
        let name = (path as NSString).lastPathComponent
        var template = Array("\(dir)/.\(name).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw .io(path: path, operation: .creatingTemporaryFile, reason: errnoText()) }
        let tmp = String(cString: template)
        var ok = false
        defer {
            if !ok { unlink(tmp) }
        }
        do {
            defer { close(fd) }
            giveToGroup(of: dir, fd: fd)
            guard fchmod(fd, mode) == 0 else { throw StoreWriteError.io(path: tmp, operation: .settingPermissions, reason: errnoText()) }
            try writeAll(data, to: fd, path: tmp)
            guard fsync(fd) == 0 else { throw StoreWriteError.io(path: tmp, operation: .flushing, reason: errnoText()) }
        } catch let e as StoreWriteError {
            throw e
        } catch {
            throw .io(path: path, operation: .writing, reason: "\(error)")
        }
        guard rename(tmp, path) == 0 else { throw .io(path: path, operation: .replacing, reason: errnoText()) }
        ok = true
        let dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 {
            fsync(dfd)
            close(dfd)
        }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }

    /// Writes to a device or FIFO as it is (no temporary file, no rename).
    static func writeInPlace(_ data: [UInt8], to path: String) throws(StoreWriteError) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .io(path: path, operation: .opening, reason: errnoText()) }
        defer { close(fd) }
        try writeAll(data, to: fd, path: path)
    }

    /// Writes every byte to an open descriptor, retrying after interrupted and short writes.
    static func writeAll(_ data: [UInt8], to fd: Int32, path: String, operation: StoreWriteError.Operation = .writing) throws(StoreWriteError) {
        var done = 0
        while done < data.count {
            let n = data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, data.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, operation: operation, reason: errnoText())
            }
            done += n
        }
    }

    /// The mode an existing file has, or the one a new file in `dir` should get.
    static func defaultMode(for path: String, in dir: String) -> mode_t {
        var st = stat()
        if stat(path, &st) == 0 { return st.st_mode & 0o777 }
        return isGroupShared(dir) ? 0o660 : 0o644
    }

    /// In a directory the team's group may write to, a new file or folder belongs to that group, as
    /// the setgid bit of the README's team setup makes it — also where that bit is missing (0770), so
    /// that a colleague whose own group is another is not locked out. The owner may give a file to a
    /// group they are in; when that fails the file stays as it is. Pass `fd`, or `path` for a folder.
    static func giveToGroup(of dir: String, fd: Int32 = -1, path: String? = nil) {
        var d = stat(), f = stat()
        guard stat(dir, &d) == 0, d.st_mode & 0o070 == 0o070 else { return }
        if let path {
            if lstat(path, &f) == 0, f.st_gid != d.st_gid { _ = lchown(path, uid_t.max, d.st_gid) }
        } else if fstat(fd, &f) == 0, f.st_gid != d.st_gid {
            _ = fchown(fd, uid_t.max, d.st_gid)
        }
    }

    /// A directory the team's group may write to (a store set up for several users).
    static func isGroupShared(_ dir: String) -> Bool {
        var st = stat()
        return stat(dir, &st) == 0 && st.st_mode & 0o070 == 0o070
    }

    /// Deletes temporary files of interrupted writes (`.NAME.tmp-XXXXXX`). Call only under the lock.
    static func removeLeftovers(in directory: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        where name.hasPrefix(".") && name.contains(".tmp-") {
            unlink("\(directory)/\(name)")
        }
    }
}
