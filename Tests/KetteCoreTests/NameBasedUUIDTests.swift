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
    }

    @Test func version5UUIDs() {
        // RFC 9562 / Python: uuid5(NAMESPACE_DNS, "python.org")
        #expect(NameBasedUUID.v5("python.org", namespace: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")
                == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
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
