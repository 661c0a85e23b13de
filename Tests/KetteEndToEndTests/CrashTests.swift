import Foundation
import Testing
import KetteCore
#if canImport(Glibc)
import Glibc
#endif

/// Crash safety of the write path, with the real binary: writers killed with SIGKILL at random
/// moments, and writers racing each other, must never cost an acknowledged change, leave a
/// half-written file, or leave the store locked.
///
/// A change is *acknowledged* when `kette indicators import` exited 0 and printed its success
/// message. The random delays come from a seeded generator: `KETTE_CRASH_SEED=N` repeats a run's
/// schedule (the seed is printed; the kill moments still depend on the machine's timing).
@Suite(.serialized) struct CrashTests {
    /// SplitMix64: small, seedable, good enough for picking delays.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static var seed: UInt64 {
        ProcessInfo.processInfo.environment["KETTE_CRASH_SEED"].flatMap { UInt64($0) } ?? 20_260_007
    }

    /// One value a writer sets: a unique (indicator, district, year) key and a unique number.
    struct Value: Hashable, CustomStringConvertible {
        var indicator: String
        var district: String
        var year: Int
        var value: Double
        var csv: String { "indicator;district;year;value\n\(indicator);\(district);\(year);\(value)\n" }
        var description: String { "\(indicator)/\(district)/\(year)=\(value)" }
    }

    /// A writer started with posix_spawn and not yet reaped.
    struct Writer {
        var pid: pid_t
        var value: Value
        var out: String
        var err: String
    }

    struct Finished {
        var status: Int32
        var stdout: String
        var stderr: String
        var acknowledged: Bool { status == 0 && stdout.contains("imported into") }
        var killed: Bool { status == 128 + SIGKILL }
    }

    /// A writable copy of the demo store, its first indicator and its districts.
    struct Fixture {
        var store: String
        var scratch: String
        var indicator: String
        var districts: [String]
    }

    static var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["KETTE_STORE"] = nil
        env["KETTE_LANG"] = "en"
        return env
    }

    func fixture() throws -> Fixture {
        let scratch = KetteBinary.temporaryDirectory()
        let store = scratch + "/store"
        let r = try KetteBinary.run(["init", store])
        try #require(r.status == 0, "\(r.stderr)")
        let indicators = try JSONParser.parse(try bytes("\(store)/indicators.json"))
        let districts = try JSONParser.parse(try bytes("\(store)/districts.json"))
        let indicator = try #require(indicators["indicators"]?.arrayValue?.first?["id"]?.stringValue)
        let ids = try #require(districts["districts"]?.arrayValue?.compactMap { $0["id"]?.stringValue })
        try #require(ids.count >= 3)
        return Fixture(store: store, scratch: scratch, indicator: indicator, districts: ids)
    }

    func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

    /// Writes the value's CSV and starts `kette indicators import` for it.
    func start(_ value: Value, name: String, in f: Fixture) throws -> Writer {
        let csv = "\(f.scratch)/\(name).csv"
        try value.csv.write(toFile: csv, atomically: false, encoding: .utf8)
        let out = "\(f.scratch)/\(name).out", err = "\(f.scratch)/\(name).err"
        let pid = try Subprocess.spawn([KetteBinary.path, "indicators", "import", csv, "--store", f.store, "--lang", "en"],
                                       environment: Self.environment, outputPath: out, errorPath: err)
        return Writer(pid: pid, value: value, out: out, err: err)
    }

    func finish(_ w: Writer, status: Int32) -> Finished {
        let text = { (p: String) in (try? String(contentsOfFile: p, encoding: .utf8)) ?? "" }
        defer {
            unlink(w.out)
            unlink(w.err)
        }
        return Finished(status: status, stdout: text(w.out), stderr: text(w.err))
    }

    /// The values in the store's indicators.json and its revision (the file must parse).
    func storedValues(_ f: Fixture) throws -> (values: Set<Value>, revision: Int) {
        let root = try JSONParser.parse(try bytes("\(f.store)/indicators.json"))
        var values = Set<Value>()
        for v in root["values"]?.arrayValue ?? [] {
            guard let i = v["indicator"]?.stringValue, let d = v["district"]?.stringValue, let y = v["year"]?.intValue,
                  let x = v["value"]?.doubleValue else { continue }
            values.insert(Value(indicator: i, district: d, year: y, value: x))
        }
        return (values, root["revision"]?.intValue ?? 0)
    }

    func validate(_ f: Fixture) throws -> KetteBinary.Result {
        try KetteBinary.run(["validate", "--store", f.store, "--lang", "en"])
    }

    /// Files under the store (history directories included) whose name marks a temporary file.
    func temporaryFiles(_ f: Fixture) -> Set<String> {
        let all = FileManager.default.enumerator(atPath: f.store)?.allObjects as? [String] ?? []
        return Set(all.filter { ($0 as NSString).lastPathComponent.contains(".tmp-") })
    }

    /// Whether `pid` holds an flock on the file with this inode, according to /proc/locks.
    static func holdsLock(_ pid: pid_t, inode: UInt) -> Bool {
        guard let text = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return false }
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 6, fields[1] == "FLOCK", fields[4] == "\(pid)" else { continue }
            if fields[5].split(separator: ":").last == "\(inode)" { return true }
        }
        return false
    }

    static func inode(_ path: String) -> UInt {
        var st = stat()
        return stat(path, &st) == 0 ? UInt(st.st_ino) : 0
    }

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    // MARK: Kill test

    @Test func killedWritersLoseNoAcknowledgedChange() throws {
        let began = Self.now()
        let f = try fixture()
        var rng = SeededGenerator(state: Self.seed)
        let initial = try storedValues(f)

        // How long one import takes, start to exit: the range the kill moments are drawn from.
        var durations: [Double] = []
        var acknowledged: [Value] = []
        for k in 0..<3 {
            let v = Value(indicator: f.indicator, district: f.districts[0], year: 2025 - k, value: 900 + Double(k) + 0.5)
            let t0 = Self.now()
            let w = try start(v, name: "measure", in: f)
            let r = finish(w, status: Subprocess.wait(w.pid))
            durations.append(Self.now() - t0)
            try #require(r.acknowledged, "status \(r.status): \(r.stdout) \(r.stderr)")
            acknowledged.append(v)
        }
        let typical = durations.sorted()[1]
        print("crash test: seed \(Self.seed), one import takes \(Int(typical * 1000)) ms; kills drawn from 0–\(Int(typical * 1200)) ms")

        let iterations = 70
        let lockInode = Self.inode("\(f.store)/.kette.lock")
        var kills = 0, killsHoldingLock = 0, failures: [String] = []
        var strays = Set<String>(), strayAfterSuccess: [String] = []
        var validations = 0, invalid: [String] = []
        var lost: [Value] = []
        var killedButApplied = 0

        func check(_ label: String) throws {
            let r = try validate(f)
            validations += 1
            if r.status != 0 { invalid.append("\(label): \(r.stdout)\(r.stderr)") }
            let present = try storedValues(f).values
            lost = acknowledged.filter { !present.contains($0) }
        }

        for i in 0..<iterations {
            let v = Value(indicator: f.indicator, district: f.districts[i % f.districts.count], year: 2030 + i,
                          value: 1000 + Double(i) + 0.25)
            let before = temporaryFiles(f)
            let delay = Double.random(in: 0...(typical * 1.2), using: &rng)
            let w = try start(v, name: "w\(i)", in: f)
            usleep(useconds_t(delay * 1_000_000))
            var status = Subprocess.poll(w.pid)
            if status == nil {
                if Self.holdsLock(w.pid, inode: lockInode) { killsHoldingLock += 1 }
                kill(w.pid, SIGKILL)
                status = Subprocess.wait(w.pid)
            }
            let r = finish(w, status: status!)
            if r.killed {
                kills += 1
            } else if r.acknowledged {
                acknowledged.append(v)
            } else {
                failures.append("iteration \(i): status \(r.status): \(r.stdout) \(r.stderr)")
            }
            let after = temporaryFiles(f)
            let new = after.subtracting(before)
            strays.formUnion(new)
            if !r.killed && !new.isEmpty { strayAfterSuccess.append("iteration \(i): \(new.sorted())") }
            if r.killed, try storedValues(f).values.contains(v) { killedButApplied += 1 }
            // Validate after every iteration that could have left something behind.
            if r.killed || i % 10 == 9 { try check("iteration \(i)") }
        }
        try check("end")
        let final = try storedValues(f)

        // What a writer killed between creating and renaming its temporary file leaves, on purpose:
        // half a file beside indicators.json and in cases/. The loader must not pick either up.
        let whole = try bytes("\(f.store)/indicators.json")
        let planted = ["\(f.store)/.indicators.json.tmp-Planted", "\(f.store)/cases/.F-planted.json.tmp-Planted"]
        for p in planted { try Data(whole.prefix(whole.count / 2)).write(to: URL(fileURLWithPath: p)) }
        let withPlanted = try validate(f)
        let shown = try KetteBinary.run(["indicators", "--store", f.store, "--format", "csv"])
        for p in planted { unlink(p) }
        #expect(withPlanted.status == 0, "half-written temporary files were loaded: \(withPlanted.stdout)\(withPlanted.stderr)")
        #expect(shown.status == 0, "\(shown.stderr)")
        let newValues = final.values.subtracting(initial.values).count

        print("crash test: iterations \(iterations), kills \(kills), acknowledged \(acknowledged.count), lost \(lost.count), "
              + "stray temp files \(strays.count)")
        print("crash test: kills while holding the lock \(killsHoldingLock), killed but applied \(killedButApplied), "
              + "validations \(validations) (all passed: \(invalid.isEmpty), stray temp files ignored by the loader), "
              + "revision \(initial.revision) → \(final.revision), \(Int(Self.now() - began)) s")
        if !strays.isEmpty { print("crash test: stray temp files left by killed writers: \(strays.sorted().joined(separator: ", "))") }
        #expect(lost.isEmpty, "lost: \(lost)")
        #expect(invalid.isEmpty, "\(invalid)")
        #expect(failures.isEmpty, "\(failures)")
        #expect(strayAfterSuccess.isEmpty, "a writer that was not killed left temporary files: \(strayAfterSuccess)")
        #expect(kills >= iterations / 4, "too few kills to mean anything: \(kills)")
        // Every write that reached the disk raised the revision by exactly one.
        #expect(final.revision == initial.revision + newValues)
        #expect(newValues == acknowledged.count + killedButApplied)
    }

    // MARK: Concurrency

    @Test func concurrentWritersLoseNoAcknowledgedChange() throws {
        let began = Self.now()
        let f = try fixture()
        let rounds = 20, writers = 3
        let initial = try storedValues(f)
        var acknowledged: [Value] = [], refused = 0, unclear: [String] = [], roundsWithout: [Int] = []
        var messages: [String: Int] = [:]
        for round in 0..<rounds {
            var started: [Writer] = []
            for w in 0..<writers {
                let v = Value(indicator: f.indicator, district: f.districts[w], year: 2030 + round,
                              value: 2000 + Double(round * writers + w) + 0.75)
                let csv = "\(f.scratch)/c\(w).csv"
                try v.csv.write(toFile: csv, atomically: false, encoding: .utf8)
                started.append(Writer(pid: 0, value: v, out: "", err: ""))
            }
            // Spawn them back to back: all start within a millisecond or so, well inside one import.
            for w in 0..<writers {
                let out = "\(f.scratch)/c\(w).out", err = "\(f.scratch)/c\(w).err"
                started[w].pid = try Subprocess.spawn(
                    [KetteBinary.path, "indicators", "import", "\(f.scratch)/c\(w).csv", "--store", f.store, "--lang", "en"],
                    environment: Self.environment, outputPath: out, errorPath: err)
                started[w].out = out
                started[w].err = err
            }
            var succeeded = 0
            for w in started {
                let r = finish(w, status: Subprocess.wait(w.pid))
                if r.acknowledged {
                    acknowledged.append(w.value)
                    succeeded += 1
                } else {
                    refused += 1
                    let message = r.stderr.lowercased()
                    let clear = r.status != 0 && (message.contains("changed") || message.contains("another kette process")
                                                  || message.contains("lock") || message.contains("conflict"))
                    let firstLine = r.stderr.split(separator: "\n").first.map(String.init) ?? ""
                    messages[firstLine.replacingOccurrences(of: f.store, with: "DIR"), default: 0] += 1
                    if !clear { unclear.append("round \(round): status \(r.status): \(r.stdout) \(r.stderr)") }
                }
            }
            if succeeded == 0 { roundsWithout.append(round) }
        }
        let v = try validate(f)
        let final = try storedValues(f)
        let lost = acknowledged.filter { !final.values.contains($0) }
        let stray = temporaryFiles(f)
        print("concurrency test: rounds \(rounds), writers \(writers), acknowledged \(acknowledged.count), "
              + "refused \(refused), lost \(lost.count)")
        print("concurrency test: revision \(initial.revision) → \(final.revision), stray temp files \(stray.count), "
              + "\(Int(Self.now() - began)) s")
        for (m, n) in messages.sorted(by: { $0.value > $1.value }) { print("concurrency test: refused \(n)×: \(m)") }
        #expect(lost.isEmpty, "lost: \(lost)")
        #expect(acknowledged.count >= rounds, "rounds in which no writer succeeded: \(roundsWithout)")
        #expect(unclear.isEmpty, "refusals without a clear lock/conflict message: \(unclear)")
        #expect(v.status == 0, "\(v.stdout)\(v.stderr)")
        #expect(stray.isEmpty, "\(stray)")
        // Exactly the acknowledged writes reached the disk, each raising the revision by one.
        #expect(final.values.subtracting(initial.values).count == acknowledged.count)
        #expect(final.revision == initial.revision + acknowledged.count)
    }

    // MARK: No stale lock

    /// flock locks belong to the open file: the kernel drops them when the holder dies, so a writer
    /// killed while holding the store's lock never blocks the next one.
    @Test func aWriterKilledHoldingTheLockLeavesNoStaleLock() throws {
        let f = try fixture()
        let lockPath = "\(f.store)/.kette.lock"
        // Make sure the lock file exists before looking for its inode in /proc/locks.
        let first = Value(indicator: f.indicator, district: f.districts[0], year: 2030, value: 3000.5)
        let w0 = try start(first, name: "first", in: f)
        let r0 = finish(w0, status: Subprocess.wait(w0.pid))
        try #require(r0.acknowledged, "status \(r0.status): \(r0.stdout) \(r0.stderr)")
        let inode = Self.inode(lockPath)
        try #require(inode != 0)

        var caught = 0, attempts = 0
        var year = 2031
        while caught < 5 && attempts < 200 {
            attempts += 1
            year += 1
            let v = Value(indicator: f.indicator, district: f.districts[1], year: year, value: 3000 + Double(year))
            let w = try start(v, name: "victim", in: f)
            // Spin until the writer holds the lock (or has ended), then kill it at once.
            var holding = false
            var ended: Int32?
            while !holding {
                if let s = Subprocess.poll(w.pid) { ended = s; break }
                holding = Self.holdsLock(w.pid, inode: inode)
            }
            if let ended {
                _ = finish(w, status: ended)
                continue
            }
            kill(w.pid, SIGKILL)
            let r = finish(w, status: Subprocess.wait(w.pid))
            guard r.killed else { continue }
            caught += 1

            // The lock is free at once ...
            let fd = open(lockPath, O_RDWR | O_CLOEXEC)
            #expect(fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) == 0, "the dead writer's lock is still held")
            if fd >= 0 { close(fd) }
            // ... and the next writer succeeds at once (a held lock would make it wait 5 s).
            let next = Value(indicator: f.indicator, district: f.districts[2], year: year, value: 4000 + Double(year))
            let t0 = Self.now()
            let w2 = try start(next, name: "next", in: f)
            let r2 = finish(w2, status: Subprocess.wait(w2.pid))
            let took = Self.now() - t0
            #expect(r2.acknowledged, "status \(r2.status): \(r2.stdout) \(r2.stderr)")
            #expect(!r2.stderr.contains("another Kette process"))
            // A stale lock would show as the 5 s lock timeout; an import takes ~0.15 s, so 3 s leaves room for a loaded machine.
            #expect(took < 3, "the next writer took \(took) s")
        }
        print("stale lock test: \(caught) writers killed while holding the lock in \(attempts) attempts; the next writer always succeeded")
        #expect(caught >= 1, "never caught a writer holding the lock")
        let v = try validate(f)
        #expect(v.status == 0, "\(v.stdout)\(v.stderr)")
    }
}
