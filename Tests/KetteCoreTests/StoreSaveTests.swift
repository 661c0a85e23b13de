import Foundation
import Testing
@testable import KetteCore

/// Saving a file: revision checks, history of previous versions.
@Suite struct StoreSaveTests {
    func makeStore() throws -> (dir: String, loaded: LoadedStore) {
        let dir = Fixture.temporaryDirectory() + "/store"
        try StoreWriter.create(files: Fixture.files, at: dir)
        return (dir, try StoreLoader.load(from: DirectoryStoreSource(path: dir)))
    }

    @Test func saveIncrementsTheRevisionAndKeepsThePreviousVersion() throws {
        let (dir, loaded) = try makeStore()
        var store = loaded.store
        store.districts[0].name = "Nordstadt-Mitte"
        #expect(try StoreWriter.save(.districts, of: store, in: dir) == 1)
        let again = try StoreLoader.load(from: DirectoryStoreSource(path: dir))
        #expect(again.store.districts[0].name == "Nordstadt-Mitte")
        #expect(again.store.meta[.districts]?.revision == 1)
        let versions = StoreHistory.versions(of: "districts.json", in: dir)
        #expect(versions.map(\.revision) == [0])
        let old = try String(contentsOfFile: versions[0].path, encoding: .utf8)
        #expect(old.contains("\"Nordstadt\"") && !old.contains("Nordstadt-Mitte"))
        // The history is invisible to the loader.
        #expect(again.isValid, "\(again.lines)")
    }

    @Test func aSaveBasedOnAnOldRevisionIsRefused() throws {
        let (dir, loaded) = try makeStore()
        var mine = loaded.store, theirs = loaded.store
        theirs.districts[0].name = "Von der Kollegin"
        try StoreWriter.save(.districts, of: theirs, in: dir)
        mine.districts[0].name = "Von mir"
        let path = dir + "/districts.json"
        #expect(throws: StoreWriteError.conflict(path: path, expected: 0, found: 1)) {
            try StoreWriter.save(.districts, of: mine, in: dir)
        }
        // Nothing of the refused save reached the disk.
        let onDisk = try StoreLoader.load(from: DirectoryStoreSource(path: dir)).store
        #expect(onDisk.districts[0].name == "Von der Kollegin")
        #expect(StoreWriteError.conflict(path: path, expected: 0, found: 1).description.contains("nothing was saved"))
    }

    @Test func historyKeepsTheNewestVersionsOnly() throws {
        let (dir, loaded) = try makeStore()
        var store = loaded.store
        for i in 0..<(StoreHistory.keep + 4) {
            store.districts[0].name = "Name \(i)"
            let revision = try StoreWriter.save(.districts, of: store, in: dir)
            store.meta[.districts]?.revision = revision
        }
        let versions = StoreHistory.versions(of: "districts.json", in: dir)
        #expect(versions.count == StoreHistory.keep)
        #expect(versions.first?.revision == StoreHistory.keep + 3)
        #expect(versions.last?.revision == 4)
    }
}

/// A store shared by a team (group-writable, setgid directories): saves keep files and history
/// open to the group.
@Suite struct TeamStoreModeTests {
    func mode(_ path: String) -> mode_t {
        var st = stat()
        stat(path, &st)
        return st.st_mode & 0o7777
    }

    @Test func savesKeepGroupModes() throws {
        let dir = Fixture.temporaryDirectory() + "/team"
        try StoreWriter.create(files: Fixture.files, at: dir)
        chmod(dir, 0o2770)
        chmod(dir + "/districts.json", 0o660)
        var store = try StoreLoader.load(from: DirectoryStoreSource(path: dir)).store
        store.districts[0].name = "Geändert"
        try StoreWriter.save(.districts, of: store, in: dir)
        #expect(mode(dir + "/districts.json") == 0o660)
        #expect(mode(dir + "/.history") == 0o2770)
        #expect(mode(dir + "/.history/districts.json.r0") == 0o660)
        // A store for one user keeps its modes too.
        let single = Fixture.temporaryDirectory() + "/single"
        try StoreWriter.create(files: Fixture.files, at: single)
        var s2 = try StoreLoader.load(from: DirectoryStoreSource(path: single)).store
        s2.districts[0].name = "X"
        try StoreWriter.save(.districts, of: s2, in: single)
        #expect(mode(single + "/districts.json") == 0o644)
        #expect(mode(single + "/.history") & 0o002 == 0)
    }
}

/// `-o /dev/null` and friends: a device is written to, never replaced by a plain file.
@Suite struct AtomicFileDeviceTests {
    @Test(.enabled(if: geteuid() == 0, "creating a device node needs root"))
    func aDeviceStaysADevice() throws {
        let dir = Fixture.temporaryDirectory()
        let node = dir + "/null"
        try #require(mknod(node, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0, "mknod failed")
        try AtomicFile.write(Array("Bericht".utf8), to: node)
        var st = stat()
        #expect(stat(node, &st) == 0 && st.st_mode & S_IFMT == S_IFCHR, "the null device was replaced")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["null"], "no temporary file left")
    }

    @Test func aDirectoryIsRefused() throws {
        let dir = Fixture.temporaryDirectory()
        #expect(throws: StoreWriteError.self) { try AtomicFile.write([1], to: dir) }
    }
}
