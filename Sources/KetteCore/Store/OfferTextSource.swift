import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `offers.json` as the fast path read it, kept open so that offers read their long texts
/// (description, address, …) when they are used instead of holding them in memory (issue 8).
///
/// The descriptor is the one the parsed bytes were read through. Kette replaces store files by
/// renaming a new file over the old one, so the descriptor goes on seeing the old, consistent
/// content. A program that rewrites the file in place (an editor saving over it) changes what the
/// descriptor sees: every read from the file is therefore followed by an `fstat` that must find
/// the size, modification time and inode of the load, and the bytes must still be the JSON string
/// that was there. Once a read finds the file changed the source is damaged for good: the offers
/// show ``unavailableText``, and writes and exports refuse (``check(_:)``).
///
/// Reads go through two cached chunks of the file, so that reading offer after offer (an export,
/// the search index) costs one `pread` per chunk rather than one per field.
public final class OfferTextSource: @unchecked Sendable {
    /// The file as the user named it (for messages).
    public let path: String
    private let fd: Int32
    private let loaded: Snapshot
    private let lock = NSLock()
    private var damaged = false
    private var chunks: [Chunk] = []
    private var clock = 0

    static let chunkSize = 32 << 10
    static let chunkCount = 2

    /// What is shown instead of a text that can no longer be read as it was loaded (both languages:
    /// the model does not know the interface language). Never written: writes and exports refuse.
    public static let unavailableText = "⚠ Text nicht verfügbar: offers.json wurde von einem anderen Programm geändert – bitte neu laden. "
        + "(Text unavailable: offers.json was changed by another program – please reload.)"

    /// What identifies the file's content as it was loaded.
    private struct Snapshot: Equatable {
        var device: UInt64, inode: UInt64, size: Int64, seconds: Int, nanoseconds: Int
        init(_ st: stat) {
            device = UInt64(st.st_dev)
            inode = UInt64(st.st_ino)
            size = Int64(st.st_size)
            seconds = Int(st.st_mtim.tv_sec)
            nanoseconds = Int(st.st_mtim.tv_nsec)
        }
    }

    private final class Chunk {
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: OfferTextSource.chunkSize)
        var start = 0
        var count = 0
        var used = 0
        deinit { bytes.deallocate() }
    }

    /// Takes over `descriptor` (closed when the source goes); `status` is its `fstat` from before
    /// the parsed bytes were read, so that a change while they were read counts too.
    init(descriptor: Int32, status: stat, path: String) {
        fd = descriptor
        loaded = Snapshot(status)
        self.path = path
    }

    deinit { close(fd) }

    /// True while the file is as it was loaded (and no read found it changed).
    public var isIntact: Bool {
        lock.lock()
        defer { lock.unlock() }
        if !damaged && !unchanged() { damaged = true }
        return !damaged
    }

    /// True when `text` carries ``unavailableText`` (its first sentence, as a form may have kept
    /// it with other words around it).
    static func isUnavailable(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { t in
            unavailableMarker.withUnsafeBufferPointer { m in
                guard t.count >= m.count else { return false }
                for i in 0...(t.count - m.count) where t[i] == m[0] {
                    if memcmp(t.baseAddress! + i, m.baseAddress!, m.count) == 0 { return true }
                }
                return false
            }
        }
    }

    private static let unavailableMarker = Array("⚠ Text nicht verfügbar: offers.json wurde von einem anderen Programm geändert".utf8)

    /// True when both were loaded from the same file with the same size and modification time:
    /// the same bytes at the same places (a later change in place is caught by ``check(_:)``).
    func holdsSameContent(as other: OfferTextSource) -> Bool { self === other || loaded == other.loaded }

    /// Refuses when a text of these offers would come from a file changed since it was loaded:
    /// every write and export calls this after it has read the texts it writes and before it
    /// commits them, so that nothing garbled or empty is written in place of a text.
    /// Also refuses an offer that holds ``unavailableText`` as one of its own texts: a form
    /// opened while the file was changed shows it in its fields, and saving that form (after a
    /// reload, based on an intact file) must not write it as the offer's text.
    public static func check(_ offers: [Offer]) throws(StoreWriteError) {
        var checked: [OfferTextSource] = []
        for o in offers {
            if o.holdsUnavailableText { throw .changedSinceLoad(path: o.textSource?.path ?? StoreFile.offers.fileName) }
            guard let s = o.textSource, !checked.contains(where: { $0 === s }) else { continue }
            guard s.isIntact else { throw .changedSinceLoad(path: s.path) }
            checked.append(s)
        }
    }

    /// The text at `ref`, or nil when the file has changed since it was loaded.
    func text(_ ref: OfferTextRef) -> String? {
        var bytes: [UInt8] = []
        guard self.bytes(ref, into: &bytes) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The UTF-8 of the text at `ref` into `out` (replacing what it held; its capacity is kept),
    /// or false when the file has changed since it was loaded.
    func bytes(_ ref: OfferTextRef, into out: inout [UInt8]) -> Bool {
        out.removeAll(keepingCapacity: true)
        if !ref.escaped {
            guard read(from: ref.offset - 1, count: ref.length + 2, into: &out),
                  out.first == UInt8(ascii: "\""), out.last == UInt8(ascii: "\"") else { return fail() }
            out.removeLast()
            out.removeFirst()
            guard out.withUnsafeBufferPointer(JSONStringBytes.isPlainContent) else { return fail() }
            return true
        }
        var raw: [UInt8] = []
        guard read(from: ref.offset - 1, count: ref.length + 2, into: &raw),
              raw.first == UInt8(ascii: "\""), raw.last == UInt8(ascii: "\"") else { return fail() }
        let ok = raw.withUnsafeBufferPointer { p in
            JSONStringBytes.unescape(UnsafeBufferPointer(rebasing: p[1..<(p.count - 1)]), into: &out)
        }
        return ok ? true : fail()
    }

    /// Bytes that are not the string the loader saw: the file changed, even if `fstat` cannot tell.
    private func fail() -> Bool {
        lock.lock()
        damaged = true
        lock.unlock()
        return false
    }

    /// Appends `count` bytes of the file from `start` to `out`, through the chunk cache.
    private func read(from start: Int, count: Int, into out: inout [UInt8]) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if damaged { return false }
        clock += 1
        for c in chunks where c.start <= start && start + count <= c.start + c.count {
            c.used = clock
            out.append(contentsOf: UnsafeBufferPointer(start: c.bytes + (start - c.start), count: count))
            return true
        }
        if count > Self.chunkSize {
            let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, n in
                n = Self.preadAll(fd, buffer.baseAddress!, count, at: start)
            }
            guard bytes.count == count, unchanged() else { return markDamaged() }
            out.append(contentsOf: bytes)
            return true
        }
        var from = start / Self.chunkSize * Self.chunkSize
        if start + count > from + Self.chunkSize { from = start }
        // The chunk a reader going through the file has just finished makes room for its next one
        // (the search index is built by two threads, each reading its half); else the least recently used.
        let c: Chunk
        if chunks.count < Self.chunkCount {
            c = Chunk()
            chunks.append(c)
        } else if let finished = chunks.first(where: { $0.start < from && from <= $0.start + $0.count }) {
            c = finished
        } else {
            c = chunks.min { $0.used < $1.used }!
        }
        c.start = from
        c.count = Self.preadAll(fd, c.bytes, Self.chunkSize, at: from)
        c.used = clock
        guard c.count >= start + count - from, unchanged() else {
            c.count = 0
            return markDamaged()
        }
        out.append(contentsOf: UnsafeBufferPointer(start: c.bytes + (start - from), count: count))
        return true
    }

    /// Under the lock.
    private func markDamaged() -> Bool {
        damaged = true
        return false
    }

    /// Under the lock: the file still has the size, modification time and inode of the load.
    private func unchanged() -> Bool {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return false }
        return Snapshot(st) == loaded
    }

    /// Reads up to `count` bytes at `offset`; how many were read (fewer at the end of the file or
    /// on an error).
    private static func preadAll(_ fd: Int32, _ p: UnsafeMutablePointer<UInt8>, _ count: Int, at offset: Int) -> Int {
        var done = 0
        while done < count {
            let n = pread(fd, p + done, count - done, off_t(offset + done))
            if n < 0 {
                if errno == EINTR { continue }
                break
            }
            if n == 0 { break }
            done += n
        }
        return done
    }
}
