import Foundation
import Testing
@testable import KetteCore
import KetteDemo

/// The Open Referral HSDS 3.0 export and import: schema validity (checked with Python's
/// `jsonschema` against the official compiled schema kept in Sources/KetteCore/Schemas/hsds), stable
/// ids, lossless round trips, foreign data, and errors with line and column.
@Suite struct HSDSTests {
    static let today = Day("2026-11-21")!
    static let schema = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/KetteCore/Schemas/hsds/service_with_definitions.json").path

    var demo: Store { try! StoreLoader.load(from: DemoStore.source()).store }
    var fixture: Store { try! Fixture.load().store }

    func plan(_ json: String, store: Store? = nil) -> OfferImportPlan {
        try! HSDSImport.plan(Array(json.utf8), store: store ?? fixture, today: Self.today)
    }

    /// Validates a file holding an array of services against the HSDS service schema, with formats
    /// (uuid, email, date-time) checked.
    static func validate(_ path: String) throws -> (status: Int32, output: String) {
        let script = """
        import json, sys, jsonschema
        with open(sys.argv[1]) as f: schema = json.load(f)
        with open(sys.argv[2]) as f: services = json.load(f)
        v = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
        bad = 0
        for i, s in enumerate(services):
            for e in v.iter_errors(s):
                bad += 1
                if bad <= 20: print(i, list(e.absolute_path), e.message)
        print("services:", len(services), "problems:", bad)
        sys.exit(1 if bad else 0)
        """
        return try SchemaTests.run(["python3", "-c", script, schema, path])
    }

    @Test(.enabled(if: SchemaTests.pythonHasJSONSchema, "python3 with jsonschema is needed (.ci/run installs it)"))
    func demoExportIsValidHSDS() throws {
        let path = Fixture.temporaryDirectory() + "/demo.json"
        try HSDSExport.render(demo.offers, store: demo).write(toFile: path, atomically: true, encoding: .utf8)
        let r = try Self.validate(path)
        #expect(r.status == 0, "\(r.output)")
        #expect(r.output.contains("services: 293 problems: 0"))
    }

    @Test(.enabled(if: SchemaTests.pythonHasJSONSchema, "python3 with jsonschema is needed (.ci/run installs it)"))
    func theValidationCatchesAnInvalidService() throws {
        // The check must be able to fail: a service without a name, a bad status and a non-UUID id.
        let path = Fixture.temporaryDirectory() + "/bad.json"
        try #"[{"id": "o-0001", "status": "open"}]"#.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try Self.validate(path)
        #expect(r.status == 1)
        #expect(r.output.contains("problems: 3"), "\(r.output)")
    }

    @Test func idsAreStableUUIDsDerivedFromTheStore() throws {
        let a = try HSDSExport.render(demo.offers, store: demo)
        let b = try HSDSExport.render(demo.offers, store: demo)
        #expect(a == b)
        let services = try #require(try JSONParser.parse(a).arrayValue)
        let first = try #require(services.first)
        #expect(first["id"]?.stringValue == HSDSVocabulary.serviceID(offer: demo.offers[0].id))
        #expect(first["organization"]?["id"]?.stringValue == first["organization_id"]?.stringValue)
        // Every id in the output is a UUID, and no two objects of one service share one except by reference.
        var ids: [String] = []
        func collect(_ n: JSONNode) {
            for m in n.objectValue ?? [] {
                if m.key == "id" || m.key.hasSuffix("_id"), let s = m.value.stringValue { ids.append(s) }
                collect(m.value)
            }
            for e in n.arrayValue ?? [] { collect(e) }
        }
        collect(.array(services))
        #expect(!ids.isEmpty && ids.allSatisfy(NameBasedUUID.isUUID))
        let serviceIDs = services.compactMap { $0["id"]?.stringValue }
        #expect(Set(serviceIDs).count == 293)
    }

    @Test func demoRoundTripKeepsEveryMappedField() throws {
        let store = demo
        let json = Array(try HSDSExport.render(store.offers, store: store).utf8)
        let same = try HSDSImport.plan(json, store: store, today: Self.today)
        #expect(same.rejected.isEmpty, "\(same.rejected.prefix(3))")
        #expect(same.unchanged.count == 293 && !same.hasChanges)
        #expect(same.notes.isEmpty, "\(same.notes)")

        var empty = store
        empty.offers = []
        let fresh = try HSDSImport.plan(json, store: empty, today: Self.today)
        #expect(fresh.rejected.isEmpty, "\(fresh.rejected.prefix(3))")
        #expect(fresh.added.count == 293)
        for (a, o) in zip(fresh.added.map(\.offer), store.offers) {
            #expect(a == o, "\(o.id): \(OfferImportPlan.differences(o, a))")
        }
    }

    @Test func awkwardValuesSurviveTheRoundTrip() throws {
        var s = fixture
        s.offers[0].contact = Offer.Contact(phone: "0211 1", email: "kein at-zeichen", web: "www.ohne-schema.example")
        s.offers[0].address = "Im Rathaus, Zimmer 3"
        s.offers[0].hours = "nach Vereinbarung"
        s.offers[0].cost = Offer.Cost(free: false, note: "5 € pro Termin")
        s.offers[1].address = "Hauptstr. 1, 40210 Düsseldorf"
        s.offers[1].eligibility = "Alle"
        s.offers[2].tags = ["a b", "ß"]
        let json = Array(try HSDSExport.render(s.offers, store: s).utf8)
        var empty = s
        empty.offers = []
        let p = try HSDSImport.plan(json, store: empty, today: Self.today)
        #expect(p.rejected.isEmpty, "\(p.rejected)")
        #expect(p.added.map(\.offer) == s.offers)
        // The e-mail and web address that are not valid for HSDS are not in its `email` and `url`.
        let first = try #require(try JSONParser.parse(json).arrayValue?.first)
        #expect(first["email"] == nil && first["url"] == nil)
        let address = first["service_at_locations"]?.arrayValue?.first?["location"]?["addresses"]?.arrayValue?.first
        #expect(address?["address_1"]?.stringValue == "Im Rathaus, Zimmer 3")
        let second = try #require(try JSONParser.parse(json).arrayValue?[1])
        let parsed = second["service_at_locations"]?.arrayValue?.first?["location"]?["addresses"]?.arrayValue?.first
        #expect(parsed?["postal_code"]?.stringValue == "40210" && parsed?["city"]?.stringValue == "Düsseldorf")
    }

    @Test func foreignHSDSMapsWhatMapsAndReportsTheRest() throws {
        let json = """
            [{
              "id": "2f1c7a38-0b5e-4a57-9c2c-3d8f2b1e9a10",
              "name": "Hebammensprechstunde",
              "status": "active",
              "minimum_age": 0, "maximum_age": 2,
              "organization": {"id": "0c4f0b1e-4bd2-4d5b-8f55-4d2a0d1c0f11", "name": "Hebammenverein", "description": "x"},
              "languages": [{"id": "8e0f2d5a-1f4b-4a8e-9d2f-2c0b1a9e8d71", "code": "tur"}],
              "service_areas": [{"id": "5b9c2d1e-3f4a-4b5c-8d6e-7f8091a2b3c4", "name": "Südstadt"}],
              "funding": [{"id": "6c0d3e2f-4a5b-4c6d-9e7f-8091a2b3c4d5", "source": "Land"}],
              "cost_options": [{"id": "7d1e4f30-5b6c-4d7e-8f90-91a2b3c4d5e6", "option": "Free", "amount": 0}],
              "schedules": [{"id": "8e2f5041-6c7d-4e8f-9a01-a2b3c4d5e6f7", "byday": "MO", "opens_at": "09:00", "closes_at": "11:00"}],
              "attributes": [{"id": "9f306152-7d8e-4f90-8a12-b3c4d5e6f708",
                              "taxonomy_term": {"id": "a0417263-8e9f-4a01-9b23-c4d5e6f70819", "name": "Midwife", "description": "d",
                                                "taxonomy": "openeligibility", "code": "123"}}]
            }]
            """
        let p = plan(json)
        #expect(p.rejected.isEmpty, "\(p.rejected)")
        let o = try #require(p.added.first?.offer)
        #expect(o.id == "hsds-2f1c7a38-0b5e-4a57-9c2c-3d8f2b1e9a10")
        #expect(o.title == "Hebammensprechstunde" && o.provider == "Hebammenverein")
        #expect(o.stages == ["baby"])  // 0–24 months overlaps only "baby" (0–36)
        #expect(o.languages == ["tr"])
        #expect(o.districts == ["sued"] && !o.citywide)
        #expect(o.cost.free)
        #expect(o.hours == "MO 09:00–11:00")
        #expect(o.updated == Self.today)
        #expect(o.field == .soziales)
        let notes = p.notes.map(\.kind)
        #expect(notes.contains(.notImported(key: "funding", count: 1)))
        #expect(notes.contains(.notImported(key: "attributes (taxonomy openeligibility)", count: 1)))
        #expect(notes.contains(.assumed(key: "kette-field", value: "soziales")))
        #expect(notes.contains(.assumed(key: "assured_date", value: "2026-11-21")))
        #expect(notes.contains(.newID("hsds-2f1c7a38-0b5e-4a57-9c2c-3d8f2b1e9a10")))
    }

    @Test func errorsNameLineAndColumn() throws {
        // A syntax error.
        let syntax = plan("[\n  {\"name\": \"x\",,}\n]")
        #expect(syntax.rejected.count == 1)
        #expect(syntax.rejected.first?.line == 2)
        if case .jsonSyntax = syntax.rejected.first?.kind {} else { Issue.record("\(syntax.rejected)") }

        // An unknown stage and district, a bad type, a duplicate id.
        var s = fixture
        let json = String(decoding: Array(try HSDSExport.render([s.offers[0], s.offers[1]], store: s).utf8), as: UTF8.self)
            .replacingOccurrences(of: "\"code\": \"kita\"", with: "\"code\": \"mond\"")
            .replacingOccurrences(of: "urn:kette:district:nord", with: "urn:kette:district:west")
        let bad = plan(json)
        #expect(bad.rejected.map(\.kind).contains(.unknownStage("mond")))
        #expect(bad.rejected.map(\.kind).contains(.unknownDistrict("west")))
        let lines = json.split(separator: "\n", omittingEmptySubsequences: false)
        for problem in bad.rejected {
            // The reported place is inside the file, at a "{" that opens the offending object.
            let line = try #require(lines.indices.contains(problem.line - 1) ? lines[problem.line - 1] : nil)
            let column = try #require(problem.column)
            #expect(Array(line)[column - 1] == "{", "\(problem) \(line)")
        }
        #expect(bad.rejectedLines == [2])  // only the first service; the second is fine

        s.offers = []
        let twice = "[" + JSONWriter.compact(HSDSExport.service(fixture.offers[0], store: fixture)) + ",\n"
            + JSONWriter.compact(HSDSExport.service(fixture.offers[0], store: fixture)) + "]"
        let dup = try HSDSImport.plan(Array(twice.utf8), store: s, today: Self.today)
        #expect(dup.rejected.map(\.kind) == [.duplicateID("o1", firstLine: 1)])
        #expect(dup.rejected.first?.line == 2)

        let wrongJSON = "[{\"id\": \"\(HSDSVocabulary.serviceID(offer: "o1"))\", \"name\": 5}]"
        let wrongType = plan(wrongJSON)
        #expect(wrongType.rejected.map(\.kind) == [.hsdsShape(key: "name", expected: .string, found: .number), .missingValue("name")])
        #expect(ExchangeText.german.problem(wrongType.rejected[0], file: "x.json").hasSuffix(": error: name: erwartet Text (string), nicht eine Zahl"))
        let five = try #require(wrongJSON.range(of: ": 5}")?.lowerBound)
        #expect(wrongType.rejected.first?.column == wrongJSON.distance(from: wrongJSON.startIndex, to: five) + 3)
        #expect(wrongType.rejected.first?.line == 1)
        #expect(plan(#"{"services": []}"#).rejected.map(\.kind) == [.hsdsShape(key: "(root)", expected: .services, found: .object)])
    }
}
