import Testing
@testable import KetteCore

@Suite struct JSONParserTests {
    @Test func parsesValuesWithPositions() throws {
        let node = try JSONParser.parse("{\n  \"a\": [1, true, null],\n  \"ü\": \"x\"\n}")
        let members = try #require(node.objectValue)
        #expect(members.map(\.key) == ["a", "ü"])
        let a = try #require(node["a"])
        #expect(a.line == 2 && a.column == 8)
        #expect(a.arrayValue?.count == 3)
        #expect(node["ü"]?.line == 3)
        #expect(node["ü"]?.stringValue == "x")
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let node = try JSONParser.parse(#"{"ä": "öü", "b": 1}"#)
        #expect(node["b"]?.column == 18)
    }

    @Test func decodesEscapesAndSurrogates() throws {
        let node = try JSONParser.parse(#"["a\"b\\c\n", "\u00e4\ud83d\ude00", "\/"]"#)
        #expect(node.arrayValue?.map(\.stringValue) == ["a\"b\\c\n", "ä😀", "/"])
    }

    private func error(_ text: String) -> JSONSyntaxError? {
        do {
            _ = try JSONParser.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func trailingCommaIsReportedWithPosition() throws {
        let e = try #require(error("{\n  \"a\": 1,\n}"))
        #expect(e.line == 3 && e.column == 1)
        #expect(e.message.contains("trailing comma"))
    }

    @Test func missingCommaSaysWhatWasExpected() throws {
        let e = try #require(error("[1 2]"))
        #expect(e.line == 1 && e.column == 4)
        #expect(e.message.contains("expected ',' or ']'"))
    }

    @Test func missingColonNamesTheKey() throws {
        let e = try #require(error(#"{"title" "x"}"#))
        #expect(e.message.contains("expected ':' after key \"title\""))
    }

    @Test func rejectsInvalidInput() throws {
        #expect(error("")?.message.contains("empty file") == true)
        #expect(error("{\"a\": \"unterminated")?.message.contains("close the string") == true)
        #expect(error("{\"a\": \"line\nbreak\"}")?.message.contains("end of the line") == true)
        #expect(error("[01]")?.message.contains("leading zeros") == true)
        #expect(error("[1.]")?.message.contains("decimal point") == true)
        #expect(error("[tru]")?.message.contains("'true'") == true)
        #expect(error("{} x")?.message.contains("end of file after the top-level value") == true)
        #expect(error("// comment\n{}")?.message.contains("expected a value") == true)
        #expect(error("\u{FEFF}{}")?.message.contains("byte-order mark") == true)
        #expect(error("[\"\\x\"]")?.message.contains("expected one of") == true)
        #expect(error("[\"\\ud800\"]")?.message.contains("surrogate") == true)
    }

    @Test func rejectsInvalidUTF8WithPosition() throws {
        var bytes = Array("{\n \"a\": \"ok".utf8)
        bytes += [0xC3, 0x28]  // invalid continuation
        bytes += Array("\"}".utf8)
        do {
            _ = try JSONParser.parse(bytes)
            Issue.record("accepted invalid UTF-8")
        } catch {
            #expect(error.line == 2)
            #expect(error.message.contains("UTF-8"))
        }
        // Overlong encoding of "/" and a lone continuation byte
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse([0x22, 0xC0, 0xAF, 0x22]) }
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse([0x22, 0x80, 0x22]) }
    }

    @Test func rejectsDeepNesting() throws {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let e = try #require(error(deep))
        #expect(e.message.contains("nesting deeper"))
        let fine = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(error(fine) == nil)
    }

    @Test func writerRoundTripsAndEscapesControlCharacters() throws {
        let text = #"{"a": [1, 2.50, -3e2], "b": {"c": "x\u001b[31my\nz", "ü": null}, "d": []}"#
        let node = try JSONParser.parse(text)
        let written = JSONWriter.pretty(node)
        #expect(!written.contains("\u{1B}"))
        #expect(written.contains(#"\u001b[31m"#))
        #expect(written.contains("2.50"))  // number literals kept exactly
        #expect(try JSONParser.parse(written) == node)
        #expect(try JSONParser.parse(JSONWriter.compact(node)) == node)
    }
}
