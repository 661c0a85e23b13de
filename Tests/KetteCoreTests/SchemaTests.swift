import Foundation
import Testing
@testable import KetteCore
import KetteDemo

/// The published JSON Schemas (Sources/KetteCore/Schemas) must accept what Kette itself reads
/// and writes. Checked with Python's `jsonschema`, an independent implementation.
@Suite struct SchemaTests {
    static let schemaDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/KetteCore/Schemas").path

    static var pythonHasJSONSchema: Bool {
        (try? run(["python3", "-c", "import jsonschema"]).status) == 0
    }

    static func run(_ args: [String]) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = args
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Validates every file of the store in `dir` against its schema; returns the problems.
    static func validate(storeAt dir: String) throws -> (status: Int32, output: String) {
        let script = """
        import json, os, sys, jsonschema
        store, schemas = sys.argv[1], sys.argv[2]
        bad = 0
        def check(path, schema):
            global bad
            with open(os.path.join(schemas, schema)) as f: s = json.load(f)
            with open(path) as f: doc = json.load(f)
            for e in jsonschema.Draft202012Validator(s).iter_errors(doc):
                bad += 1
                print(path, list(e.absolute_path), e.message)
        names = ["store", "leitbild", "stages", "districts", "needs", "offers", "indicators"]
        for n in names:
            p = os.path.join(store, n + ".json")
            if os.path.exists(p): check(p, n + ".schema.json")
        cases = os.path.join(store, "cases")
        for c in sorted(os.listdir(cases)) if os.path.isdir(cases) else []:
            check(os.path.join(cases, c), "case.schema.json")
        print("checked, problems:", bad)
        sys.exit(1 if bad else 0)
        """
        return try run(["python3", "-c", script, dir, schemaDirectory])
    }

    @Test(.enabled(if: SchemaTests.pythonHasJSONSchema, "python3 with jsonschema is needed (.ci/run installs it)"))
    func demoStoreMatchesTheSchemas() throws {
        let dir = Fixture.temporaryDirectory() + "/demo"
        try StoreWriter.create(files: DemoStore.files, at: dir)
        let r = try Self.validate(storeAt: dir)
        #expect(r.status == 0, "\(r.output)")
        #expect(r.output.contains("problems: 0"))
    }

    @Test(.enabled(if: SchemaTests.pythonHasJSONSchema, "python3 with jsonschema is needed (.ci/run installs it)"))
    func whatKetteWritesMatchesTheSchemas() throws {
        let loaded = try StoreLoader.load(from: DemoStore.source(), includeCases: true)
        let dir = Fixture.temporaryDirectory() + "/rewritten"
        try StoreWriter.create(loaded.store, at: dir)
        let r = try Self.validate(storeAt: dir)
        #expect(r.status == 0, "\(r.output)")
        // And the rewritten store loads back to the same model.
        let again = try StoreLoader.load(from: DirectoryStoreSource(path: dir), includeCases: true)
        #expect(again.isValid)
        #expect(again.store.offers == loaded.store.offers)
        #expect(again.store.cases == loaded.store.cases)
        #expect(again.store.values == loaded.store.values)
    }

    @Test(.enabled(if: SchemaTests.pythonHasJSONSchema, "python3 with jsonschema is needed (.ci/run installs it)"))
    func schemasRejectWhatTheValidatorRejects() throws {
        let dir = Fixture.temporaryDirectory() + "/bad"
        var files = Fixture.files
        files["offers.json"] = "{\"offers\": [" + Fixture.offer("a", title: "A", stages: "[]") + "]}"
        try StoreWriter.create(files: files, at: dir)
        let r = try Self.validate(storeAt: dir)
        #expect(r.status == 1, "\(r.output)")
        #expect(try Fixture.load(["offers.json": files["offers.json"]!]).hasError(file: "offers.json", containing: "at least one stage"))
    }
}
