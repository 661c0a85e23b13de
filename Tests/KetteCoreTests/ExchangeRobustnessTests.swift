import Foundation
import Testing
@testable import KetteCore

/// Garbage in, no crash out: the importers take any bytes and answer with problems that name a
/// line inside the file.
@Suite struct ExchangeRobustnessTests {
    /// A small deterministic generator (xorshift), so a failure can be reproduced.
    typealias Random = FastPathDifferentialTests.Rng

    static let today = Day("2026-11-21")!

    @Test func randomBytesNeverCrashTheImporters() throws {
        let store = try Fixture.load().store
        let csvAlphabet = Array("ID;Titel,Lebensphasen\"\n\r kita nord o1 ja x|".utf8) + [0xC3, 0xBC, 0xFC, 0x81, 0x00, 0x1B]
        let jsonAlphabet = Array("[]{}\":, name id attributes taxonomy_term kette-stage code 0 1 true null\n".utf8) + [0xC3, 0xFC]
        var r = Random(state: 0x9E37_79B9_7F4A_7C15)
        for round in 0..<300 {
            let length = Int(r.next() % 400)
            let csv = (0..<length).map { _ in r.byte(from: csvAlphabet) }
            let p = try OfferCSVImport.plan(csv, store: store, today: Self.today)
            // CR, LF and CRLF all end a line.
            let lines = csv.indices.filter { csv[$0] == 0x0A || (csv[$0] == 0x0D && ($0 + 1 == csv.count || csv[$0 + 1] != 0x0A)) }.count + 1
            #expect(p.rejected.allSatisfy { $0.line >= 1 && $0.line <= lines }, "round \(round): \(p.rejected.map(\.line)) of \(lines)")
            #expect(p.isApplicable || !p.rejected.isEmpty)

            let json = (0..<length).map { _ in r.byte(from: jsonAlphabet) }
            let h = try HSDSImport.plan(json, store: store, today: Self.today)
            let jsonLines = json.filter { $0 == 0x0A }.count + 1
            #expect((h.rejected + h.notes).allSatisfy { $0.line >= 0 && $0.line <= jsonLines }, "round \(round)")
        }
    }
}
