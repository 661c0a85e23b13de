import Foundation
import Testing
@testable import KetteCore

@Suite struct DirectoryStoreTests {
    func mode(_ path: String) -> Int {
        (try! FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue
    }

    @Test func createWritesAValidStoreWithProtectedCases() throws {
        let dir = Fixture.temporaryDirectory() + "/store"
        try StoreWriter.create(files: Fixture.files, at: dir)
        let loaded = try StoreLoader.load(from: DirectoryStoreSource(path: dir), includeCases: true)
        #expect(loaded.isValid, "\(loaded.lines)")
        #expect(loaded.store.cases.count == 1)
        #expect(mode(dir + "/cases") == 0o700)
        #expect(mode(dir + "/cases/c1.json") == 0o600)
        // No temporary files are left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).allSatisfy { !$0.contains(".tmp-") })
    }

    @Test func createRefusesANonEmptyDirectoryAndChangesNothing() throws {
        let dir = Fixture.temporaryDirectory()
        try "keep me".write(toFile: dir + "/offers.json", atomically: true, encoding: .utf8)
        #expect(throws: StoreWriteError.exists(path: dir)) { try StoreWriter.create(files: Fixture.files, at: dir) }
        #expect(try String(contentsOfFile: dir + "/offers.json", encoding: .utf8) == "keep me")
    }

    @Test func emptyStoreIsValid() throws {
        let dir = Fixture.temporaryDirectory() + "/empty"
        try StoreWriter.create(StoreWriter.emptyStore(municipality: "Neustadt"), at: dir)
        let loaded = try StoreLoader.load(from: DirectoryStoreSource(path: dir), includeCases: true)
        #expect(loaded.isValid, "\(loaded.lines)")
        #expect(loaded.store.info.municipality == "Neustadt")
        #expect(loaded.store.offers.isEmpty)
        #expect(loaded.store.stages.first?.fromMonths == -9 && loaded.store.stages.last?.toMonths == 300)
    }

    @Test func openCaseFilesAreReported() throws {
        let dir = Fixture.temporaryDirectory() + "/store"
        try StoreWriter.create(files: Fixture.files, at: dir)
        chmod(dir + "/cases/c1.json", 0o644)
        chmod(dir + "/cases", 0o755)
        let loaded = try StoreLoader.load(from: DirectoryStoreSource(path: dir), includeCases: true)
        #expect(loaded.hasError(file: "cases/c1.json", containing: "run `chmod 600"), "\(loaded.lines)")
        #expect(loaded.hasError(file: "cases", containing: "run `chmod 700"))
    }

    @Test func missingOrWrongDirectoryIsRefused() throws {
        let missing = Fixture.temporaryDirectory() + "/nope"
        #expect(throws: StoreLoadError.notFound(path: missing)) { try StoreLoader.load(from: DirectoryStoreSource(path: missing), includeCases: true) }
        let file = Fixture.temporaryDirectory() + "/file"
        #expect(FileManager.default.createFile(atPath: file, contents: Data()))
        #expect(throws: StoreLoadError.notADirectory(path: file)) { try StoreLoader.load(from: DirectoryStoreSource(path: file), includeCases: true) }
    }

    @Test func atomicWriteReplacesWholeFiles() throws {
        let dir = Fixture.temporaryDirectory()
        let path = dir + "/x.json"
        try AtomicFile.write(Array("one".utf8), to: path)
        try AtomicFile.write(Array("two".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["x.json"])
    }
}
