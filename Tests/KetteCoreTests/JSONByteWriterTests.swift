import Testing
@testable import KetteCore

/// The byte writer of long exports writes exactly what the String writer writes.
@Suite struct JSONByteWriterTests {
    @Test func byteWriterWritesWhatTheStringWriterWrites() {
        let strings = ["", "a", "\u{0}\u{1F}\u{20}\u{7E}\u{7F}\u{80}\u{9F}\u{A0}\u{FF}", "\u{2027}\u{2028}\u{2029}\u{202A}\u{202E}\u{202F}",
                       "\u{2065}\u{2066}\u{2069}\u{206A}", "\"\\\n\r\t\u{8}\u{C}/", "Ünal-Öztürk 日本 😀 e\u{301}", String(repeating: "x", count: 25)]
        let scalars: [JSONNode] = strings.map(JSONNode.string) + [.int(-3), .double(0.5), .bool(true), .bool(false), .null]
        let nodes: [JSONNode] = scalars + [
            .array([]), .object([]), .array(scalars), .array(Array(scalars.suffix(5))), .array([.string("kurz"), .int(1)]),
            .array(Array(repeating: .int(1), count: 12)), .array(Array(repeating: .int(1), count: 13)),
            .object(strings.map { JSONMember($0, .array([.string($0), .object([JSONMember("k", .array([]))])])) }),
            .array([.array([.array([.object([JSONMember("tief", .string("unten"))])])])]),
        ]
        for node in nodes {
            var pretty: [UInt8] = []
            JSONByteWriter.appendPretty(node, indent: 0, into: &pretty)
            #expect(String(decoding: pretty, as: UTF8.self) + "\n" == JSONWriter.pretty(node))
            var compact: [UInt8] = []
            JSONByteWriter.appendCompact(node, into: &compact)
            #expect(String(decoding: compact, as: UTF8.self) == JSONWriter.compact(node))
        }
    }
}
