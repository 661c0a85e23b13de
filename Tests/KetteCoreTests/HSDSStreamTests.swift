import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import KetteCore
import KetteDemo

/// The streamed HSDS export: byte for byte what rendering every service as a `JSONNode` and
/// pretty-printing the whole array gives (the way the export worked before it was streamed), handed
/// on in chunks while it is made, and cancelled cleanly.
@Suite struct HSDSStreamTests {
    var demo: Store { try! StoreLoader.load(from: DemoStore.source()).store }

    /// The reference: every service as a node, the array pretty-printed by the String writer.
    static func reference(_ offers: [Offer], store: Store) -> String {
        JSONWriter.pretty(.array(offers.map { HSDSExport.service($0, store: store) }))
    }

    static func streamed(_ offers: [Offer], store: Store, chunkSize: Int = 256 * 1024) throws -> (text: String, chunks: [Int]) {
        var bytes: [UInt8] = []
        var chunks: [Int] = []
        try HSDSExport.write(offers, store: store, chunkSize: chunkSize) { chunk in
            chunks.append(chunk.count)
            bytes.append(contentsOf: chunk)
        }
        return (String(decoding: bytes, as: UTF8.self), chunks)
    }

    /// Offers with text that needs every kind of escape, ids the store does not know, and awkward contacts.
    static func awkwardOffers(_ store: Store) -> [Offer] {
        var offers = OfferFileReaderTests.variedOffers(300)
        let nasty = "C1 \u{85}\u{9F} DEL \u{7F} LS \u{2028} PS \u{2029} RLO \u{202E} LRI \u{2066}\u{2069} "
            + "near misses \u{A0}\u{2027}\u{202F}\u{2065}\u{206A} NUL \u{0} ESC \u{1B} \u{8}\u{C} \"q\" \\ / 😀 ẞ"
        offers[0].title = nasty
        offers[0].tags = [nasty, "ß", "a b", "kita"]
        offers[0].contact = Offer.Contact(phone: nasty, email: "kein at-zeichen", web: "www.ohne-schema.example")
        offers[1].districts = ["gibt-es-nicht"]
        offers[1].citywide = false
        offers[2].stages = ["unbekannt"]
        offers[3].provider = offers[4].provider
        return offers + store.offers.prefix(20)
    }

    @Test func demoStreamIsTheNodeRender() throws {
        let store = demo
        let reference = Self.reference(store.offers, store: store)
        let (text, chunks) = try Self.streamed(store.offers, store: store)
        #expect(text == reference)
        #expect(try HSDSExport.render(store.offers, store: store) == reference)
        // 3.4 MB in chunks of at least 256 KB, the last one smaller.
        #expect(chunks.count > 10 && chunks.dropLast().allSatisfy { $0 >= 256 * 1024 }, "\(chunks)")
    }

    @Test func generatedOffersStreamIsTheNodeRender() throws {
        let store = demo
        let offers = Self.awkwardOffers(store)
        let reference = Self.reference(offers, store: store)
        #expect(reference.contains("\\u0085") && reference.contains("\\u2028") && reference.contains("\\u202e")
            && reference.contains("\\u2066") && reference.contains("\\u007f") && reference.contains("\\u0000"))
        for chunkSize in [1, 1000, 1 << 20] {
            #expect(try Self.streamed(offers, store: store, chunkSize: chunkSize).text == reference, "chunk size \(chunkSize)")
        }
        #expect(try Self.streamed([], store: store).text == JSONWriter.pretty(.array([])))
        #expect(try Self.streamed(Array(offers.prefix(1)), store: store).text == Self.reference(Array(offers.prefix(1)), store: store))
    }

    @Test func compactLayoutHoldsTheSameServicesOnePerLine() throws {
        let store = demo
        var bytes: [UInt8] = []
        try HSDSExport.write(store.offers, store: store, layout: .compact, chunkSize: 1000) { bytes.append(contentsOf: $0) }
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 293 + 3 && lines.first == "[" && lines[lines.count - 2] == "]" && lines.last == "")
        #expect(lines.dropFirst().dropLast(2).allSatisfy { $0.hasPrefix("{\"id\":") })
        #expect(try JSONParser.parse(text) == JSONParser.parse(HSDSExport.render(store.offers, store: store)))
        #expect(bytes.count * 4 < Array(try HSDSExport.render(store.offers, store: store).utf8).count * 3)
    }

    @Test func emailCheckOnBytes() {
        for good in ["a@b.de", "a.b@c.d.e", "ü@ß.example", "a+b@c-d.example"] { #expect(HSDSVocabulary.looksLikeEmail(good), "\(good)") }
        for bad in ["", "@b.de", "a@", "a@b", "a@.b", "a@b.", "a@@b.de", "a@b@c.de", "a b@c.de", "a@b.de ", "a\"@b.de",
                    "a\u{7F}@b.de", "a\u{1}@b.de", "kein at-zeichen", "a.b"] {
            #expect(!HSDSVocabulary.looksLikeEmail(bad), "\(bad)")
        }
    }

    @Test func theWriterHandsOnChunksWhileItWorks() throws {
        // Small chunks: by the time two thirds of the offers are done (the report for 200 of 293), more
        // than half of the bytes have gone to the sink, and no chunk holds more than one chunk size
        // and one service.
        let store = demo
        nonisolated(unsafe) var received = 0
        nonisolated(unsafe) var receivedAt200 = -1
        #expect(store.offers.count == 293)
        let progress = ExchangeProgress(report: { done, _ in if done == 200 { receivedAt200 = received } })
        var chunks: [Int] = []
        try HSDSExport.write(store.offers, store: store, progress: progress, chunkSize: 16 * 1024) { chunk in
            chunks.append(chunk.count)
            received += chunk.count
        }
        let largestService = store.offers.map { o in
            var b: [UInt8] = []
            JSONByteWriter.appendPretty(HSDSExport.service(o, store: store), indent: 2, into: &b)
            return b.count
        }.max() ?? 0
        #expect(receivedAt200 > received / 2, "\(receivedAt200) of \(received) bytes handed on at 200 of 293")
        #expect(chunks.max()! < 16 * 1024 + largestService + 16, "\(chunks.max()!)")
        #expect(chunks.count > received / (16 * 1024 + largestService))
    }

    @Test func cancellingStopsTheStream() throws {
        let store = demo
        // Cancelled at the first check (after 99 services).
        let progress = ExchangeProgress(isCancelled: { true })
        var received = 0
        #expect(throws: ExchangeCancelled.self) {
            try HSDSExport.write(store.offers, store: store, progress: progress, chunkSize: 1024) { received += $0.count }
        }
        #expect(received > 0 && received < 3_482_081 / 2)
    }
}
