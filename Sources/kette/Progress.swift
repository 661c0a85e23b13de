import Foundation
import KetteCore
#if canImport(Glibc)
import Glibc
#endif

/// Progress of long imports and exports on stderr — only when stderr is a terminal, so pipes, logs
/// and CI stay quiet — and Ctrl-C as a request to stop cleanly.
enum Progress {
    /// Set by the SIGINT handler; read by ``exchange(_:_:)``'s `isCancelled`.
    nonisolated(unsafe) private static var interrupted: sig_atomic_t = 0
    nonisolated(unsafe) private static var lastDraw: Double = 0
    /// The temporary file an export is streaming into, removed when a second Ctrl-C ends the
    /// process at once (never freed: the handler may be reading it).
    nonisolated(unsafe) private static var temporaryFile: UnsafeMutablePointer<CChar>?

    /// From now on, Ctrl-C (SIGINT) only asks the running import or export to stop; it ends at the
    /// next check without writing anything. A second Ctrl-C ends the process at once (the store is
    /// still safe: files are replaced by an atomic rename).
    static func catchInterrupt() {
        // A parent may have started us with SIGINT blocked; Ctrl-C must still arrive.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        signal(SIGINT) { _ in
            if Progress.interrupted != 0 {
                if let tmp = Progress.temporaryFile { unlink(tmp) }
                _exit(130)
            }
            Progress.interrupted = 1
        }
    }

    static var isInterrupted: Bool { interrupted != 0 }

    /// Names the temporary file to remove if a second Ctrl-C ends the process (nil: none any more).
    static func removeOnSecondInterrupt(_ path: String?) {
        temporaryFile = path.map { strdup($0) }
    }

    static var showsProgress: Bool { isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["CI"] == nil }

    /// The callbacks for the core: draws `LABEL done/total` over itself on a terminal, at most
    /// ten times a second.
    static func exchange(_ label: String) -> ExchangeProgress {
        let show = showsProgress
        return ExchangeProgress(report: { done, total in
            guard show else { return }
            let now = Date().timeIntervalSinceReferenceDate
            guard now - lastDraw >= 0.1 || done == total else { return }
            lastDraw = now
            FileHandle.standardError.write(Data("\r\u{1B}[K\(label) \(done)/\(total)".utf8))
        }, isCancelled: { isInterrupted })
    }

    /// Removes the progress line.
    static func clear() {
        if showsProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
