import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An advisory lock on a store (`.kette.lock`), held by every writer while it writes.
public final class StoreLock {
    private let fd: Int32
    public let path: String

    /// Takes the lock, waiting at most `timeout` seconds; stops waiting (``StoreWriteError/locked(path:)``)
    /// as soon as `isCancelled` says so.
    public init(storePath: String, timeout: Double = 5, isCancelled: () -> Bool = { false }) throws(StoreWriteError) {
        path = "\(storePath)/.kette.lock"
        // The lock file is empty: readable for everyone who can enter the store directory, so that a
        // colleague can lock through a read-only descriptor even if the file was created before the
        // store was shared.
        let mode: mode_t = AtomicFile.isGroupShared(storePath) ? 0o664 : 0o644
        var fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, mode)
        if fd < 0 && errno == EACCES { fd = open(path, O_RDONLY | O_CLOEXEC) }  // flock needs no write access
        guard fd >= 0 else { throw .io(path: path, operation: .openingLockFile, reason: AtomicFile.errnoText()) }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno != EWOULDBLOCK && errno != EINTR {
                close(fd)
                throw .io(path: path, operation: .locking, reason: AtomicFile.errnoText())
            }
            if Date() > deadline || isCancelled() {
                close(fd)
                throw .locked(path: storePath)
            }
            usleep(20_000)
        }
        self.fd = fd
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
