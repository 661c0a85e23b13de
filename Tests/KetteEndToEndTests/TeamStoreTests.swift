import Foundation
import Testing
import KetteCore

/// Two staff members (different Unix users in one group) write to the same store in turn.
/// Runs when the tests run as root (CI does), using setpriv to act as the two users.
@Suite(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                "needs root and setpriv to act as two users"))
struct TeamStoreTests {
    @Test func twoUsersOfTheGroupSaveInTurn() throws {
        let base = KetteBinary.temporaryDirectory()
        chmod(base, 0o755)
        let dir = base + "/team"
        #expect(try KetteBinary.run(["init", dir]).status == 0)
        let group = "4711"
        // The deployment recipe of the README: group, setgid directories, group-writable files.
        for cmd in [["chgrp", "-R", group, dir], ["chmod", "2770", dir], ["chmod", "2770", dir + "/cases"],
                    ["sh", "-c", "chmod 0660 \(dir)/*.json \(dir)/cases/*.json"]] {
            #expect(try Subprocess.run(cmd, environment: ["PATH": "/usr/bin:/bin"]).status == 0)
        }
        for (i, user) in ["4801", "4802", "4801"].enumerated() {
            let csv = base + "/werte-\(i).csv"
            try "Stadtteil;Jahr;Indikator;Wert\nAltstadt;\(2040 + i);sgb2-u15;\(10 + i)\n".write(toFile: csv, atomically: true, encoding: .utf8)
            chmod(csv, 0o644)
            let r = try Subprocess.run(["setpriv", "--reuid", user, "--regid", user, "--groups", group, "sh", "-c",
                                        "umask 007 && exec \(KetteBinary.path) indicators import \(csv) --store \(dir)"],
                                       environment: ["PATH": "/usr/bin:/bin", "HOME": "/tmp"])
            #expect(r.status == 0, "user \(user): \(r.output)")
        }
        let loaded = try StoreLoader.load(from: DirectoryStoreSource(path: dir))
        #expect(loaded.store.meta[.indicators]?.revision == 3)
        #expect([2040, 2041, 2042].allSatisfy { y in loaded.store.values.contains { $0.year == y } })
    }
}
