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

    public func read(_ relativePath: String) throws(StoreLoadError) -> [UInt8]? {
        let full = displayPath(of: relativePath)
        let fd = open(full, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw .unreadable(path: full, reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .unreadable(path: full, reason: String(cString: strerror(errno))) }
        guard st.st_mode & S_IFMT == S_IFREG else { throw .unreadable(path: full, reason: "not a regular file") }
        let size = Int(st.st_size)
        guard size <= Self.maximumFileSize else { throw .tooLarge(path: full, bytes: size, limit: Self.maximumFileSize) }
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = bytes.withUnsafeMutableBytes { buf in Glibc.read(fd, buf.baseAddress! + done, size - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: full, reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            done += n
        }
        if done < size { bytes.removeLast(size - done) }
        return bytes
    }

    public func caseFileNames() throws(StoreLoadError) -> [String] {
        let dir = displayPath(of: StoreFile.casesDirectory)
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

    public func caseProtectionProblems() -> [Diagnostic] {
        let dir = displayPath(of: StoreFile.casesDirectory)
        var problems: [Diagnostic] = []
        var st = stat()
        guard lstat(dir, &st) == 0 else { return [] }
        if st.st_mode & S_IFMT == S_IFLNK {
            problems.append(Diagnostic(file: dir, line: 1, column: 1,
                                       message: "the cases directory is a symbolic link; case data must stay inside the store"))
            return problems
        }
        let mode = st.st_mode & 0o777
        if mode & 0o007 != 0 {
            problems.append(Diagnostic(file: dir, line: 1, column: 1, message:
                "case directory permissions \(Self.octal(mode)) are too open: others can reach case data; run `chmod 700 \(dir)`"))
        }
        for name in (try? caseFileNames()) ?? [] {
            let file = "\(dir)/\(name)"
            var fs = stat()
            guard lstat(file, &fs) == 0 else { continue }
            if fs.st_mode & S_IFMT == S_IFLNK {
                problems.append(Diagnostic(file: file, line: 1, column: 1,
                                           message: "case file is a symbolic link; case files must be regular files inside the store"))
                continue
            }
            let m = fs.st_mode & 0o777
            if m & 0o007 != 0 {
                problems.append(Diagnostic(file: file, line: 1, column: 1, message:
                    "case file permissions \(Self.octal(m)) are too open: others can read or change it; run `chmod 600 \(file)`"))
            }
        }
        return problems
    }

    static func octal(_ mode: mode_t) -> String {
        let s = String(mode, radix: 8)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}
