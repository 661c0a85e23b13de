import Testing
@testable import KetteCore

@Suite struct StoreLoaderTests {
    @Test func loadsTheFixture() throws {
        let loaded = try Fixture.load()
        #expect(loaded.errors.isEmpty, "\(loaded.lines)")
        let s = loaded.store
        #expect(s.info.municipality == "Teststadt")
        #expect(s.stages.map(\.id) == ["schwanger", "baby", "kita", "schule"])
        #expect(s.offers.count == 5)
        #expect(s.offer(id: "o2")?.citywide == true)
        #expect(s.values.count == 2)
        #expect(s.values[1].suppressed && s.values[1].value == nil)
        #expect(s.cases.first?.children.first?.birthMonth == Month(year: 2021, month: 5))
        #expect(s.leitbild.goals.first?.indicators == ["sgb2"])
    }

    @Test func newerVersionIsRefused() throws {
        let e = #expect(throws: StoreLoadError.self) {
            try Fixture.load(["store.json": #"{"format": "kette-store", "version": 2, "municipality": "X", "locale": "de-DE"}"#])
        }
        #expect(e == .newerVersion(path: "test/store.json", found: 2, supported: 1))
        #expect(e?.description.contains("newer than this program understands") == true)
    }

    @Test func foreignOrMissingFormatIsRefused() throws {
        let foreign = #expect(throws: StoreLoadError.self) {
            try Fixture.load(["store.json": #"{"format": "other", "version": 1}"#])
        }
        #expect(foreign == .foreignFormat(path: "test/store.json", found: "other"))
        let missing = #expect(throws: StoreLoadError.self) { try Fixture.load(["store.json": #"{"version": 1}"#]) }
        #expect(missing == .foreignFormat(path: "test/store.json", found: nil))
        let none = #expect(throws: StoreLoadError.self) { try Fixture.load(["store.json": String?.none]) }
        #expect(none == .missingStoreFile(path: "test/store.json"))
        let broken = #expect(throws: StoreLoadError.self) { try Fixture.load(["store.json": "{\"format\": "]) }
        if case .invalidStoreFile(_, let line, _, _) = broken { #expect(line == 1) } else { Issue.record("\(String(describing: broken))") }
    }

    /// The schema asks for a whole number ≥ 1; anything else was ignored without a word (the
    /// navigator kept 12 months) while validate said "no problems".
    @Test func aStaleAfterMonthsThatIsNotAWholeNumberIsWarnedAbout() throws {
        for bad in [#""6""#, "0", "-3", "6.5"] {
            let loaded = try Fixture.load(["store.json": #"{"format": "kette-store", "version": 1, "municipality": "X", "locale": "de-DE", "staleAfterMonths": "# + bad + "}"])
            #expect(loaded.lines.contains { $0.contains("test/store.json:1:") && $0.contains("warning:") && $0.contains("staleAfterMonths") },
                    "\(bad): \(loaded.lines)")
            #expect(loaded.store.info.staleAfterMonths == nil)
        }
        let good = try Fixture.load(["store.json": #"{"format": "kette-store", "version": 1, "municipality": "X", "locale": "de-DE", "staleAfterMonths": 6}"#])
        #expect(!good.lines.contains { $0.contains("staleAfterMonths") }, "\(good.lines)")
        #expect(good.store.info.staleAfterMonths == 6)
    }

    @Test func syntaxErrorNamesFileLineAndColumn() throws {
        let loaded = try Fixture.load(["offers.json": "{\"offers\": [\n  {\"id\": \"x\",}\n]}"])
        #expect(loaded.lines.contains { $0.hasPrefix("test/offers.json:2:14: error:") && $0.contains("trailing comma") },
                "\(loaded.lines)")
        #expect(!loaded.isValid)
    }

    @Test func missingRequiredFileIsAnError() throws {
        let loaded = try Fixture.load(["districts.json": String?.none])
        #expect(loaded.hasError(file: "districts.json", line: 1, containing: "file is missing"))
        // needs.json is optional
        #expect(try Fixture.load(["needs.json": String?.none]).errors.allSatisfy { !$0.file.hasSuffix("needs.json") })
    }

    @Test func schemaErrorsCarryPathAndLine() throws {
        let offers = "{\"offers\": [\n" + Fixture.offer("a", title: "A") + ",\n" + """
          {"id": "b", "title": 5, "provider": "P", "field": "medizin", "stages": ["kita"], "transitions": [],
           "citywide": "ja", "districts": ["nord"], "languages": ["deu"], "cost": {}, "accessible": false,
           "updated": "2026-13-01"}
        ]}
        """
        let loaded = try Fixture.load(["offers.json": offers, "cases/c1.json": String?.none])
        let lines = loaded.lines
        func has(_ text: String) -> Bool { lines.contains { $0.contains(text) } }
        #expect(has("offers[1].title: expected a string, found a number"), "\(lines)")
        #expect(has("offers[1].field: unknown value \"medizin\""))
        #expect(has("offers[1].citywide: expected true or false, found a string"))
        #expect(has("offers[1].languages: \"deu\" is not an ISO 639-1 language code"))
        #expect(has("offers[1].cost: missing required key \"free\""))
        #expect(has("offers[1].updated: expected a date YYYY-MM-DD, found \"2026-13-01\""))
        // Every one of them is placed in the right file on the lines of offer b.
        #expect(loaded.errors.allSatisfy { $0.file == "test/offers.json" && $0.line >= 6 }, "\(lines)")
    }

    @Test func missingKeysAndEmptyValuesAreErrors() throws {
        let loaded = try Fixture.load(["districts.json": #"{"districts": [{"id": "nord"}, {"id": "", "name": "X"}]}"#])
        #expect(loaded.hasError(file: "districts.json", containing: "districts[0]: missing required key \"name\""))
        #expect(loaded.hasError(file: "districts.json", containing: "districts[1].id: must not be empty"))
    }

    @Test func invalidIdsAreReported() throws {
        let loaded = try Fixture.load(["needs.json": #"{"needs": [{"id": "../etc", "title": "x"}]}"#])
        #expect(loaded.hasError(file: "needs.json", containing: "invalid id \"../etc\""))
    }

    @Test func duplicateIdsNameTheFirstLine() throws {
        let loaded = try Fixture.load(["districts.json": "{\"districts\": [\n{\"id\": \"nord\", \"name\": \"A\"},\n{\"id\": \"nord\", \"name\": \"B\"}\n]}"])
        #expect(loaded.hasError(file: "districts.json", line: 3, containing: "duplicate id \"nord\" (first used on line 2)"),
                "\(loaded.lines)")
        let dupKey = try Fixture.load(["needs.json": #"{"needs": [{"id": "a", "id": "b", "title": "x"}]}"#])
        #expect(dupKey.hasError(file: "needs.json", containing: "duplicate key \"id\""))
    }

    @Test func unknownReferencesAreErrors() throws {
        let offers = "{\"offers\": [\n" + Fixture.offer("x", title: "X", stages: #"["kita", "mond"]"#,
                                                    transitions: #"["t-nirgends"]"#, districts: #"["west"]"#) + "\n]}"
        let loaded = try Fixture.load(["offers.json": offers, "cases/c1.json": Fixture.caseFile.replacingAll("\"o1\"", with: "\"zz\"")])
        #expect(loaded.hasError(file: "offers.json", line: 2, containing: "offers[0].stages[1]: unknown stage \"mond\""), "\(loaded.lines)")
        #expect(loaded.hasError(file: "offers.json", line: 2, containing: "offers[0].transitions[0]: unknown transition \"t-nirgends\""))
        #expect(loaded.hasError(file: "offers.json", line: 2, containing: "offers[0].districts[0]: unknown district \"west\""))
        #expect(loaded.hasError(file: "cases/c1.json", containing: "referrals[0].offer: unknown offer \"zz\""))
    }

    @Test func transitionsBetweenUnknownOrBackwardStagesAreErrors() throws {
        let stages = Fixture.stages.replacingAll(#""from": "kita", "to": "schule""#, with: #""from": "kita", "to": "mond""#)
            .replacingAll(#""from": "schwanger", "to": "baby""#, with: #""from": "baby", "to": "schwanger""#)
        let loaded = try Fixture.load(["stages.json": stages])
        #expect(loaded.hasError(file: "stages.json", containing: "transitions[1].to: unknown stage \"mond\""), "\(loaded.lines)")
        #expect(loaded.hasError(file: "stages.json", containing: "must come before \"to\""))
    }

    @Test func stagesMustCoverTheWholeChildhood() throws {
        let gap = Fixture.stages.replacingAll(#""fromMonths": 36, "toMonths": 72"#, with: #""fromMonths": 40, "toMonths": 72"#)
        #expect(try Fixture.load(["stages.json": gap]).hasError(file: "stages.json", line: 5, containing: "gap between \"baby\""))
        let overlap = Fixture.stages.replacingAll(#""fromMonths": 36, "toMonths": 72"#, with: #""fromMonths": 30, "toMonths": 72"#)
        #expect(try Fixture.load(["stages.json": overlap]).hasError(file: "stages.json", containing: "overlaps \"baby\""))
        let short = Fixture.stages.replacingAll(#""toMonths": 300"#, with: #""toMonths": 200"#)
        #expect(try Fixture.load(["stages.json": short]).hasError(file: "stages.json", containing: "must reach at least 300"))
        let late = Fixture.stages.replacingAll(#""fromMonths": -9"#, with: #""fromMonths": -3"#)
        #expect(try Fixture.load(["stages.json": late]).hasError(file: "stages.json", containing: "must begin in pregnancy"))
        let inverted = Fixture.stages.replacingAll(#""fromMonths": 36, "toMonths": 72"#, with: #""fromMonths": 72, "toMonths": 36"#)
        #expect(try Fixture.load(["stages.json": inverted]).hasError(file: "stages.json", containing: "must be less than toMonths"))
    }

    @Test func offerRulesAreChecked() throws {
        let offers = "{\"offers\": [\n" + Fixture.offer("a", title: "A", stages: "[]") + ",\n"
            + Fixture.offer("b", title: "B", citywide: false, districts: "[]") + "\n]}"
        let loaded = try Fixture.load(["offers.json": offers])
        #expect(loaded.hasError(file: "offers.json", line: 2, containing: "at least one stage or transition"))
        #expect(loaded.hasError(file: "offers.json", line: 6, containing: "citywide is false"))
    }

    @Test func indicatorAndLeitbildReferencesAreChecked() throws {
        let indicators = """
        {"indicators": [{"id": "sgb2", "title": "T", "unit": "%", "better": "best", "source": "S", "stages": []}],
         "values": [
          {"indicator": "sgb2", "district": "nord", "year": 2024, "value": 1},
          {"indicator": "sgb2", "district": "nord", "year": 2024, "value": 2},
          {"indicator": "nix", "district": "ost", "year": 2024, "value": 2},
          {"indicator": "sgb2", "district": "sued", "year": 2023, "suppressed": true, "value": 3}
        ]}
        """
        let loaded = try Fixture.load(["indicators.json": indicators])
        #expect(loaded.hasError(file: "indicators.json", containing: "better: unknown value \"best\""), "\(loaded.lines)")
        #expect(loaded.hasError(file: "indicators.json", line: 4, containing: "a second value for sgb2 in nord 2024 (first on line 3)"))
        #expect(loaded.hasError(file: "indicators.json", containing: "values[2].indicator: unknown indicator \"nix\""))
        #expect(loaded.hasError(file: "indicators.json", containing: "values[2].district: unknown district \"ost\""))
        #expect(loaded.hasError(file: "indicators.json", containing: "suppressed value must not carry a number"))
        // "better" was invalid, so sgb2 was dropped and the Leitbild's link to it is reported.
        #expect(loaded.hasError(file: "leitbild.json", containing: "goals[0].indicators[0]: unknown indicator \"sgb2\""))
    }

    @Test func caseFileNameMustMatchId() throws {
        var files = Fixture.files
        files["cases/c2.json"] = files["cases/c1.json"]
        let loaded = try StoreLoader.load(from: MemoryStoreSource(name: "test", files: files), includeCases: true)
        #expect(loaded.hasError(file: "cases/c2.json", containing: "does not match the file name c2.json"))
    }

    @Test func escapeSequencesInDataNeverReachMessages() throws {
        let loaded = try Fixture.load(["needs.json": #"{"needs": [{"id": "\u001b[2J", "title": "x"}]}"#])
        #expect(!loaded.lines.joined().contains("\u{1B}"))
        #expect(loaded.lines.joined().contains("\\x1B[2J"))
    }

    @Test func unknownKeysSurviveASave() throws {
        let offers = #"{"offers": [{"id": "a", "title": "A", "provider": "P", "field": "bildung", "stages": ["kita"], "transitions": [], "citywide": true, "districts": [], "languages": ["de"], "cost": {"free": true, "future": 1}, "accessible": false, "updated": "2026-01-01", "x-extra": {"nested": [1, "zwei"]}}], "revision": 7, "generator": "script 1.2"}"#
        let loaded = try Fixture.load(["offers.json": offers, "cases/c1.json": String?.none])
        #expect(loaded.isValid, "\(loaded.lines)")
        let written = StoreWriter.render(.offers, of: loaded.store)
        let again = try JSONParser.parse(written)
        #expect(again["generator"]?.stringValue == "script 1.2")
        #expect(again["revision"]?.intValue == 7)
        let offer = try #require(again["offers"]?.arrayValue?.first)
        #expect(offer["x-extra"] == (try JSONParser.parse(#"{"nested": [1, "zwei"]}"#)))
        #expect(offer["cost"]?["future"]?.intValue == 1)
        // And the whole store survives a write and a second load unchanged.
        var files = Fixture.files
        files["cases/c1.json"] = nil
        for f in StoreFile.allCases { files[f.fileName] = StoreWriter.render(f, of: loaded.store) }
        let reloaded = try StoreLoader.load(from: MemoryStoreSource(name: "test", files: files), includeCases: true)
        #expect(reloaded.isValid)
        #expect(reloaded.store.offers == loaded.store.offers)
        #expect(reloaded.store.stages == loaded.store.stages)
        #expect(reloaded.store.values == loaded.store.values)
        #expect(reloaded.store.leitbild == loaded.store.leitbild)
        #expect(reloaded.store.meta == loaded.store.meta)
    }
}
