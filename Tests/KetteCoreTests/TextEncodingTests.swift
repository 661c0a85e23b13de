import Foundation
import Testing
@testable import KetteCore

/// Reading spreadsheet exports: UTF-8 with and without BOM, Windows-1252, and what is refused.
@Suite struct TextEncodingTests {
    typealias D = TextEncodingDetection

    func decode(_ bytes: [UInt8]) -> (String, D.Encoding)? {
        if case .success(let r) = D.decode(bytes) { return (r.text, r.encoding) }
        return nil
    }

    func failure(_ bytes: [UInt8]) -> D.Failure? {
        if case .failure(let f) = D.decode(bytes) { return f }
        return nil
    }

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try #require(decode(Array("Grüße;€".utf8)))
        #expect(plain.0 == "Grüße;€" && plain.1 == .utf8)
        let bom = try #require(decode([0xEF, 0xBB, 0xBF] + Array("Grüße".utf8)))
        #expect(bom.0 == "Grüße" && bom.1 == .utf8WithBOM)
    }

    @Test func windows1252() throws {
        // "Müller € „ok“" as Excel writes it on German Windows.
        let bytes: [UInt8] = [0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x20, 0x80, 0x20, 0x84, 0x6F, 0x6B, 0x93]
        let r = try #require(decode(bytes))
        #expect(r.0 == "Müller € „ok“")
        #expect(r.1 == .windows1252)
        // And back.
        guard case .success(let again) = D.encodeWindows1252(r.0) else { Issue.record("not encodable"); return }
        #expect(again == bytes)
        guard case .failure(let bad) = D.encodeWindows1252("Київ") else { Issue.record("Cyrillic encoded"); return }
        #expect(bad.character == "К")
    }

    @Test func neitherUTF8NorWindows1252() throws {
        // Line 2, third byte: 0x81 is undefined in Windows-1252 and not UTF-8 either.
        let f = try #require(failure(Array("a;b\n".utf8) + [0x78, 0x79, 0x81, 0x0A]))
        #expect(f.line == 2 && f.column == 3)
        #expect(f.reason == .neither(byte: 0x81))
    }

    @Test func oldMacLineEndsCountToo() throws {
        let f = try #require(failure(Array("a;b\rc;d\r\ne".utf8) + [0x8F]))
        #expect(f.line == 3 && f.column == 2)
    }

    @Test func mixedEncodingsAreRefused() throws {
        // Line 1 is UTF-8 ("ü"), line 3 has a Windows-1252 "ü" (0xFC): decoding either way garbles one.
        let bytes = Array("Tür;x\nok\n".utf8) + [0x54, 0xFC, 0x72]
        let f = try #require(failure(bytes))
        #expect(f.reason == .mixed)
        #expect(f.line == 3 && f.column == 2)
    }

    @Test func invalidUTF8AfterBOM() throws {
        let f = try #require(failure([0xEF, 0xBB, 0xBF, 0x61, 0xFC]))
        #expect(f.reason == .invalidUTF8AfterBOM)
        #expect(f.line == 1 && f.column == 5)
    }

    @Test func utf16IsRefusedWithAHint() throws {
        let f = try #require(failure([0xFF, 0xFE, 0x49, 0x00, 0x44, 0x00]))
        #expect(f.reason == .utf16 && f.line == 1 && f.column == 1)
        #expect(ExchangeText.german.message(.encoding(.utf16)).contains("CSV UTF-8"))
    }
}
