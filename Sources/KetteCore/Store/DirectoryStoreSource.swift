import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A store on disk: a directory of JSON files.
public struct DirectoryStoreSource: StoreSource {
    /// Files larger than this are refused rather than read into memory.
    public static let maximumFileSize = 2 << 30

    /// The directory as the user named it.
    public let path: String
    public var displayName: String { path }
    public var isWritable: Bool { access(path, W_OK) == 0 }

    public init(path: String) {
        self.path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    public func displayPath(of relativePath: String) -> String { "\(path)/\(relativePath)" }

    public func checkDirectory() throws(StoreLoadError) {
        var st = stat()
        guard stat(path, &st) == 0 else {
            if errno == ENOENT { throw .notFound(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        guard st.st_mode & S_IFMT == S_IFDIR else { throw .notADirectory(path: path) }
    }

    /// Reads one file of the store. A file that is (or lies behind) a symbolic link is read only
    /// when the link resolves to a place inside the store directory; anything else — a link to
    /// `/etc/passwd`, a FIFO, a device — is refused with a message naming the target.
    public func read(_ relativePath: String) throws(StoreLoadError) -> [UInt8]? {
        guard let (fd, st, full) = try open(relativePath) else { return nil }
        defer { close(fd) }
        return try Self.readAll(fd, size: Int(st.st_size), path: full)
    }

    /// Like ``read(_:)``, but keeps the file open for reading its texts later (``OfferTextSource``):
    /// the bytes and the later reads come through the same descriptor, so they are of the same file
    /// even when it has been replaced meanwhile.
    public func readKeepingOpen(_ relativePath: String) throws(StoreLoadError) -> (bytes: [UInt8], texts: OfferTextSource)? {
        guard let (fd, st, full) = try open(relativePath) else { return nil }
        // The source closes the descriptor when it goes, also when reading fails.
        let texts = OfferTextSource(descriptor: fd, status: st, path: full)
        return (try Self.readAll(fd, size: Int(st.st_size), path: full), texts)
    }

    /// Opens one file of the store for reading after the checks of ``read(_:)``: the descriptor
    /// (the caller closes it), its status and the path for messages; nil when it does not exist.
    private func open(_ relativePath: String) throws(StoreLoadError) -> (Int32, stat, String)? {
        let full = displayPath(of: relativePath)
        guard let resolved = Self.realPath(full) else {
            let code = errno
            let reason = String(cString: strerror(code))
            if code == ENOENT {
                // Missing, or a link to something that does not exist.
                guard let target = Self.linkTarget(full) else { return nil }
                throw .brokenLink(path: full, target: target)
            }
            throw .unreadable(path: full, reason: reason)
        }
        let root = try resolvedRoot()
        guard Self.isInside(resolved, root: root) else { throw .outsideStore(path: full, target: resolved) }
        // O_NOFOLLOW: a link put in place after the check is not followed; O_NONBLOCK: a FIFO
        // does not block the open (it is refused below as not a regular file).
        let fd = Glibc.open(resolved, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw .unreadable(path: full, reason: Self.errnoText())
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let reason = Self.errnoText()
            close(fd)
            throw .unreadable(path: full, reason: reason)
        }
        guard st.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw .unreadable(path: full, reason: "not a regular file")
        }
        let size = Int(st.st_size)
        guard size <= Self.maximumFileSize else {
            close(fd)
            throw .tooLarge(path: full, bytes: size, limit: Self.maximumFileSize)
        }
        return (fd, st, full)
    }

    /// The file's `size` bytes, read from its start.
    private static func readAll(_ fd: Int32, size: Int, path full: String) throws(StoreLoadError) -> [UInt8] {
        // Read into uninitialized memory: zero-filling 200 MB first costs as much as a third of the read.
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buf, count in
            var done = 0
            while done < size {
                let n = Glibc.read(fd, buf.baseAddress! + done, size - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if n == 0 { break }
                done += n
            }
            count = done
        }
        if failure != 0 {
            errno = failure
            throw .unreadable(path: full, reason: Self.errnoText())
        }
        return bytes
    }

    // MARK: Symbolic links

    /// The store directory with every symbolic link resolved.
    func resolvedRoot() throws(StoreLoadError) -> String {
        guard let root = Self.realPath(path) else { throw .unreadable(path: path, reason: Self.errnoText()) }
        return root
    }

    /// Where `full` leads when it resolves to a place outside the store; nil when it stays inside
    /// (or cannot be resolved).
    func outsideTarget(_ full: String) -> String? {
        guard let resolved = Self.realPath(full), let root = Self.realPath(path),
              !Self.isInside(resolved, root: root) else { return nil }
        return resolved
    }

    static func realPath(_ p: String) -> String? {
        guard let r = realpath(p, nil) else { return nil }
        defer { free(r) }
        return String(cString: r)
    }

    /// The target of a symbolic link as written in the link, or nil when `p` is not a link.
    static func linkTarget(_ p: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(p, &buffer, buffer.count - 1)
        guard n >= 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func isInside(_ resolved: String, root: String) -> Bool {
        root == "/" || resolved == root || resolved.hasPrefix(root + "/")
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }

    public func caseFileNames() throws(StoreLoadError) -> [String] {
        let dir = displayPath(of: StoreFile.casesDirectory)
        // A cases directory that leads out of the store is not read (caseProtectionProblems says why).
        if outsideTarget(dir) != nil { return [] }
        guard let d = opendir(dir) else {
            if errno == ENOENT { return [] }
            throw .unreadable(path: dir, reason: String(cString: strerror(errno)))
        }
        defer { closedir(d) }
        var names: [String] = []
        while let entry = readdir(d) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name.hasSuffix(".json"), !name.hasPrefix(".") { names.append(name) }
        }
        return names.sorted()
    }

    public func caseProtectionProblems(settings: CaseSettings) -> [Diagnostic] {
        let dir = displayPath(of: StoreFile.casesDirectory)
        let team = CaseProtection.isTeamStore(path, settings: settings)
        func problem(_ file: String, _ message: String) -> Diagnostic { Diagnostic(file: file, line: 1, column: 1, message: message) }
        var problems: [Diagnostic] = []
        switch CaseProtection.check(dir, isDirectory: true, team: team) {
        case .symbolicLink:
            let message = outsideTarget(dir).map { "the cases directory \(StoreLoadError.outsideMessage($0)); its case files were not read" }
            return [problem(dir, message ?? "the cases directory is a symbolic link; case data must stay inside the store")]
        case .open(let mode, let fix):
            problems.append(problem(dir, "case directory permissions \(mode) are too open: others can reach case data; run `\(fix)`"))
        case .wrongType:
            // The case store refuses it too.
            return [problem(dir, "the cases directory is not a directory; case files cannot be kept or read there")]
        case .protected, .missing, .unreadable: break
        }
        let names = (try? caseFileNames()) ?? []
        for name in names {
            let file = "\(dir)/\(name)"
            switch CaseProtection.check(file, isDirectory: false, team: team) {
            case .symbolicLink:
                problems.append(problem(file, "case file is a symbolic link; case files must be regular files inside the store"))
            case .open(let mode, let fix):
                problems.append(problem(file, "case file permissions \(mode) are too open: others can read or change it; run `\(fix)`"))
            case .protected, .missing, .wrongType, .unreadable: break
            }
        }
        // A team store: the group named in store.json must be able to reach what is there.
        // A misspelt group is said also before `cases/` exists (a store cloned from git has none):
        // the first case would create it closed to the team.
        if let group = settings.group {
            let missing = CaseProtection.check(dir, isDirectory: true, team: true) == .missing
            for finding in CaseGroupAccess.check(directory: dir, files: names.map { "\(dir)/\($0)" }, group: group)
            where !missing || finding == .unknownGroup(group) {
                problems.append(Diagnostic(file: dir, line: 1, column: 1,
                                           message: CaseGroupAccess.message(finding, group: group, directory: dir), severity: .warning))
            }
        }
        return problems
    }
}
