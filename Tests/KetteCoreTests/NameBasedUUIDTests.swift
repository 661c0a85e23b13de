import Foundation
import Testing
@testable import KetteCore

/// SHA-1 against the FIPS 180 test vectors, name-based UUIDs against RFC values and Python's `uuid5`.
@Suite struct NameBasedUUIDTests {
    @Test func sha1KnownVectors() {
        #expect(SHA1.hex(Array("abc".utf8)) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(SHA1.hex([]) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(SHA1.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
        // Several 64-byte blocks (checked with Python hashlib).
        #expect(SHA1.hex(Array(repeating: UInt8(ascii: "a"), count: 1000)) == "291e9a6c66994949b57ba5e650361e98fc36b1ba")
        // Lengths around the block and padding boundaries (checked with Python hashlib).
        let vectors = [55: "ddf57317ef34bfee3b6df83d359098930eb278bc", 56: "a0d492bb0fc889d0eca3bc137066ab6f4f74f369",
                       63: "c55856749bef509bdfe6bfebfc7bf4e793e82132", 64: "bede92be29c3874e1b54ddc77988d606fc857a8e",
                       65: "b05a80522b053d6dc7e0a517d0e70212c7dad11f", 119: "504e27376a6e0f0dba8295b85cb25dc4dfa17d23",
                       120: "82134b02fb3f702491be9bed581eeab59334acb2", 128: "a09133e6730ffe899efb70204cb5646cd5dc24ee"]
        for (n, hex) in vectors {
            #expect(SHA1.hex((0..<n).map { UInt8(truncatingIfNeeded: $0 * 7 + 3) }) == hex, "\(n) bytes")
        }
    }

    @Test func version5UUIDs() {
        // RFC 9562 / Python: uuid5(NAMESPACE_DNS, "python.org")
        #expect(NameBasedUUID.v5("python.org", namespace: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")
                == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
        // Python: uuid5(UUID(ketteNamespace), …), a short name and a long non-ASCII one (two blocks).
        #expect(NameBasedUUID.v5("offer/o-0001") == "7d585078-4cbf-591b-98fb-772d116c5cbb")
        #expect(NameBasedUUID.v5("organization/Träger Ünal-Öztürk 日本 😀 " + String(repeating: "x", count: 80))
                == "8ae07ca2-5b58-5961-953b-fd2006d559c7")
        // Kette's namespace is what its documentation says it is.
        #expect(NameBasedUUID.v5("kette.example/hsds", namespace: NameBasedUUID.urlNamespace) == NameBasedUUID.ketteNamespace)
        let a = HSDSVocabulary.serviceID(offer: "o-0001")
        #expect(a == HSDSVocabulary.serviceID(offer: "o-0001"))
        #expect(a != HSDSVocabulary.serviceID(offer: "o-0002"))
        #expect(NameBasedUUID.isUUID(a))
        #expect(Array(a)[14] == "5")
        #expect("89ab".contains(Array(a)[19]))
        #expect(!NameBasedUUID.isUUID("o-0001"))
        #expect(!NameBasedUUID.isUUID("886313e1-3b8a-5372-9b90-0c9aee199e5g"))
    }
}
