import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import KetteCore

/// `AtomicFile.stream`: the old file stays until the new one is complete; a device is written into.
@Suite struct AtomicFileStreamTests {
    struct Stop: Error {}

    func contents(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    @Test func aCompleteStreamReplacesTheFile() throws {
        let dir = Fixture.temporaryDirectory()
        let path = dir + "/export.json"
        try "alt".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o640)
        var temporary: [String?] = []
        try AtomicFile.stream(to: path, temporaryFile: { temporary.append($0) }) { write in
            try write(Array("[\n".utf8))
            // The old file is still there while the new one is written.
            #expect(contents(path) == "alt")
            try write(Array("]\n".utf8))
        }
        #expect(contents(path) == "[\n]\n")
        #expect(temporary.count == 2 && temporary[0]?.hasPrefix(dir + "/.export.json.tmp-") == true && temporary[1] == nil)
        var st = stat()
        #expect(stat(path, &st) == 0 && st.st_mode & 0o777 == 0o640, "the mode of the replaced file is kept")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["export.json"])
    }

    @Test func aStoppedStreamLeavesTheOldFileAndNoTemporaryFile() throws {
        let dir = Fixture.temporaryDirectory()
        let path = dir + "/export.json"
        try "alt".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: Stop.self) {
            try AtomicFile.stream(to: path) { write in
                try write(Array("[\n".utf8))
                throw Stop()
            }
        }
        #expect(throws: ExchangeCancelled.self) {
            try AtomicFile.stream(to: path, beforeRename: { throw ExchangeCancelled() }) { write in try write(Array("[]\n".utf8)) }
        }
        #expect(contents(path) == "alt")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["export.json"])
        // A new file that is not completed is not created at all.
        #expect(throws: Stop.self) { try AtomicFile.stream(to: dir + "/neu.json") { _ in throw Stop() } }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["export.json"])
    }

    @Test func aPipeIsWrittenIntoAndADirectoryRefused() throws {
        let dir = Fixture.temporaryDirectory()
        let fifo = dir + "/pipe"
        try #require(mkfifo(fifo, 0o600) == 0)
        nonisolated(unsafe) var received = Data()
        let reader = Thread { if let h = FileHandle(forReadingAtPath: fifo) { received = h.readDataToEndOfFile() } }
        reader.start()
        try AtomicFile.stream(to: fifo) { write in
            for _ in 0..<100 { try write([UInt8](repeating: 0x61, count: 10_000)) }
        }
        let deadline = Date().addingTimeInterval(10)
        while !reader.isFinished && Date() < deadline { usleep(10_000) }
        #expect(received.count == 1_000_000)
        var st = stat()
        #expect(lstat(fifo, &st) == 0 && st.st_mode & S_IFMT == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["pipe"])
        #expect(throws: StoreWriteError.self) { try AtomicFile.stream(to: dir) { write in try write([1]) } }
    }

    @Test(.enabled(if: geteuid() == 0, "creating a device node needs root"))
    func aDeviceStaysADevice() throws {
        let dir = Fixture.temporaryDirectory()
        let node = dir + "/null"
        try #require(mknod(node, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0, "mknod failed")
        try AtomicFile.stream(to: node) { write in try write(Array("Bericht".utf8)) }
        var st = stat()
        #expect(stat(node, &st) == 0 && st.st_mode & S_IFMT == S_IFCHR, "the null device was replaced")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["null"], "no temporary file left")
    }
}
