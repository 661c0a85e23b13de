import Foundation
import Testing
@testable import KetteCore
import CXattr
#if canImport(Glibc)
import Glibc
#endif

/// Case data whose mode looks closed but whose ACL lets a named user or group in is refused like an
/// open mode, with the `setfacl` that removes the entries.
@Suite struct CaseACLTests {
    /// An ACL attribute as the kernel stores it: version 2, then (tag, permissions, id) entries.
    static func acl(_ entries: [(tag: UInt16, perm: UInt16, id: UInt32)]) -> [UInt8] {
        var b: [UInt8] = [2, 0, 0, 0]
        for e in entries {
            b += [UInt8(e.tag & 0xFF), UInt8(e.tag >> 8), UInt8(e.perm & 0xFF), UInt8(e.perm >> 8)]
            b += [UInt8(e.id & 0xFF), UInt8((e.id >> 8) & 0xFF), UInt8((e.id >> 16) & 0xFF), UInt8(e.id >> 24)]
        }
        return b
    }

    static let none = UInt32.max
    /// owner rw, a named user (`nobody`, 65534) r, group r, mask r, others nothing.
    static let namedUser = acl([(0x01, 6, none), (0x02, 4, 65534), (0x04, 4, none), (0x10, 4, none), (0x20, 0, none)])

    @Test func namedEntriesThatGrantSomethingAreFound() {
        #expect(CaseACL.grants(in: Self.namedUser, owningGroup: 0) == [.init(kind: .user, id: 65534, permissions: "r--")])
        // The mask limits named entries: with a mask of nothing they reach no one.
        let masked = Self.acl([(0x01, 6, Self.none), (0x02, 6, 65534), (0x04, 0, Self.none), (0x10, 0, Self.none), (0x20, 0, Self.none)])
        #expect(CaseACL.grants(in: masked, owningGroup: 0).isEmpty)
        // A named entry for the file's own group reaches no one the group bits do not.
        let ownGroup = Self.acl([(0x01, 6, Self.none), (0x08, 6, 1000), (0x04, 6, Self.none), (0x10, 6, Self.none), (0x20, 0, Self.none)])
        #expect(CaseACL.grants(in: ownGroup, owningGroup: 1000).isEmpty)
        #expect(CaseACL.grants(in: ownGroup, owningGroup: 1001) == [.init(kind: .group, id: 1000, permissions: "rw-")])
        // A named entry for the file's owner reaches no one the owner bits do not.
        #expect(CaseACL.grants(in: Self.namedUser, owner: 65534, owningGroup: 0).isEmpty)
        // Not an ACL of this format: nothing is claimed.
        #expect(CaseACL.grants(in: [1, 0, 0, 0] + Array(Self.namedUser.dropFirst(4)), owningGroup: 0).isEmpty)
        #expect(CaseACL.grants(in: Array(Self.namedUser.dropLast(3)), owningGroup: 0).isEmpty)
        #expect(CaseACL.describe([.init(kind: .user, id: 4_000_000_001, permissions: "r--")]) == "user:4000000001:r--")
    }

    /// Sets an ACL attribute on a path; false where the file system keeps no ACLs.
    static func set(_ name: String, _ value: [UInt8], on path: String) -> Bool {
        value.withUnsafeBytes { setxattr(path, name, $0.baseAddress, value.count, 0) } == 0
    }
    func set(_ name: String, _ value: [UInt8], on path: String) -> Bool { Self.set(name, value, on: path) }

    /// Whether the temporary directory's file system keeps POSIX ACLs (ext4, xfs, btrfs, tmpfs do;
    /// where it does not, no ACL can open case data either).
    static let fileSystemKeepsACLs: Bool = {
        let file = Fixture.temporaryDirectory() + "/probe"
        return FileManager.default.createFile(atPath: file, contents: Data()) && set(CaseACL.accessAttribute, namedUser, on: file)
    }()

    @Test(.enabled(if: fileSystemKeepsACLs, "the file system keeps no POSIX ACLs"))
    func theCaseStoreAndValidateRefuseCaseDataSharedThroughAnACL() throws {
        let dir = Fixture.temporaryDirectory() + "/store"
        try StoreWriter.create(files: Fixture.files, at: dir)
        let file = dir + "/cases/c1.json"
        try #require(set(CaseACL.accessAttribute, Self.namedUser, on: file), "this file system keeps no ACLs (\(String(cString: strerror(errno))))")
        var st = stat()
        #expect(stat(file, &st) == 0 && st.st_mode & 0o007 == 0, "the mode alone looks closed")
        guard case .open(let mode, let fix) = CaseProtection.check(file, isDirectory: false, team: false) else {
            Issue.record("an ACL for another user was accepted")
            return
        }
        let nobody = getpwuid(65534).map { String(cString: $0.pointee.pw_name) } ?? "65534"
        #expect(mode.hasSuffix("+ACL user:\(nobody):r--"), "\(mode)")
        #expect(fix == "setfacl -b \(file)")
        // The case store does not open it, and says the fix.
        let store = try StoreLoader.load(from: DirectoryStoreSource(path: dir)).store
        let cases = try DirectoryCaseStore(path: dir, store: store, user: OSUser(name: "fk1", groups: ["fk1"]))
        #expect {
            _ = try cases.read("c1")
        } throws: { e in
            guard case .unprotected(_, _, let f) = e as? CaseStoreError else { return false }
            return f == "setfacl -b \(file)"
        }
        let validate = try StoreLoader.load(from: DirectoryStoreSource(path: dir), includeCases: true).errors.map(\.message)
        #expect(validate.contains { $0.contains("+ACL user:\(nobody):r--") && $0.contains("setfacl -b") }, "\(validate)")
        // Removing the entries (what setfacl -b does) makes it readable again.
        #expect(removexattr(file, CaseACL.accessAttribute) == 0)
        #expect(throws: Never.self) { _ = try cases.read("c1") }
    }

    /// A default ACL on the case directory hands the entry to every new case file.
    @Test(.enabled(if: fileSystemKeepsACLs, "the file system keeps no POSIX ACLs"))
    func aDefaultACLOnTheCaseDirectoryIsRefusedToo() throws {
        let dir = Fixture.temporaryDirectory() + "/store"
        try StoreWriter.create(files: Fixture.files, at: dir)
        try #require(set(CaseACL.defaultAttribute, Self.namedUser, on: dir + "/cases"), "this file system keeps no ACLs")
        guard case .open(let mode, let fix) = CaseProtection.check(dir + "/cases", isDirectory: true, team: false) else {
            Issue.record("a default ACL for another user was accepted")
            return
        }
        #expect(mode.contains("+ACL user:"))
        #expect(fix == "setfacl -b -k \(dir)/cases")
    }
}
