#if canImport(Glibc)
import Glibc
#endif

/// The operating-system account Kette runs as: the owner of new cases and the user named in the
/// audit log. Over SSH every member of the team has their own account, so this is who is working.
public struct OSUser: Sendable, Hashable {
    public var name: String
    /// Names of the groups the user belongs to (primary and supplementary).
    public var groups: [String]

    public init(name: String, groups: [String] = []) {
        self.name = name
        self.groups = groups
    }

    /// The effective user of this process, from the password and group databases.
    public static func current() -> OSUser {
        let uid = geteuid()
        guard let pw = getpwuid(uid), let cname = pw.pointee.pw_name else { return OSUser(name: "uid\(uid)") }
        let name = String(cString: cname)
        let primary = pw.pointee.pw_gid
        var count: Int32 = 64
        var ids = [gid_t](repeating: 0, count: Int(count))
        if getgrouplist(cname, primary, &ids, &count) < 0 {
            ids = [gid_t](repeating: 0, count: Int(count))
            _ = getgrouplist(cname, primary, &ids, &count)
        }
        var groups: [String] = []
        for gid in ids.prefix(Int(max(count, 0))) {
            if let gr = getgrgid(gid), let n = gr.pointee.gr_name { groups.append(String(cString: n)) }
        }
        return OSUser(name: name, groups: groups)
    }
}
