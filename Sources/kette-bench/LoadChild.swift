import Foundation
import KetteCore
import KetteTUI
#if canImport(Glibc)
import Glibc
#endif

/// The hidden child modes: `kette-bench --load-only DIR` loads a store the way `kette` does before
/// its first frame (StoreLoader, AppState with monitoring and gap analysis, one render of the start
/// screen into the buffer), prints that moment, waits for the search index (built in the background
/// once the first frame is drawn, as in `kette`), prints that moment, and exits; the parent times it as a new
/// process (spawn → first frame, spawn → index ready) and reads its peak memory, index included.
/// `--phases` instead times the steps one after another and prints them.
enum LoadChild {
    static func run(_ args: [String]) -> Never {
        guard let dir = args.first else {
            FileHandle.standardError.write(Data("usage: kette-bench --load-only DIR [--phases]\n".utf8))
            exit(2)
        }
        if args.contains("--phases") { phases(dir) }
        do {
            let loaded = try StoreLoader.load(from: DirectoryStoreSource(path: dir))
            let state = AppState(store: loaded.store, strings: .german, storeLabel: loaded.store.info.municipality,
                                 isDemo: false, width: 100, height: 30)
            let frame = Renderer.render(state)
            // The first frame is ready here. As `kette` does once its first screen is drawn, start
            // the search index in the background; wait for it, so that the peak memory includes
            // it, and report both moments.
            print("frame-ready \(now())")
            print("peak-before-index \(ownPeak())")
            state.searchIndex.startBuilding()
            state.searchIndex.waitUntilBuilt()
            print("index-ready \(now())")
            // Near the peak (the index is the last thing built): how much of the process is its own
            // memory and how much is mapped code and files that every other process shares.
            print("peak-self \(ownPeak())")
            print("resident-anon \(statusBytes("RssAnon"))")
            print("resident-file \(statusBytes("RssFile"))")
            print("offers \(loaded.store.offers.count) errors \(loaded.errors.count) cells \(frame.cells.count)")
            exit(loaded.isValid ? 0 : 3)
        } catch {
            print("load failed: \(error)")
            exit(4)
        }
    }

    /// This process's peak resident memory (VmHWM), in bytes. Unlike `ru_maxrss`, it does not
    /// include the peak of the process that spawned this one (Linux carries that over into a new
    /// process's rusage), so it is the load's own peak also when the benchmark itself is large.
    static func ownPeak() -> Int { statusBytes("VmHWM") }

    /// A `kB` field of /proc/self/status (VmHWM, RssAnon, RssFile …), in bytes.
    static func statusBytes(_ key: String) -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix(key + ":") } ?? ""
        return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) * 1024
    }

    /// Resident memory now, in bytes.
    static func currentRSS() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// The process's own (anonymous) resident memory now, in bytes: the part the data costs.
    static func currentAnon() -> Int { statusBytes("RssAnon") }

    static func phases(_ dir: String) -> Never {
        let source = DirectoryStoreSource(path: dir)
        func line(_ name: String, _ seconds: Double) { print("phase\t\(name)\t\(seconds)\t\(currentRSS())\t\(currentAnon())") }
        line("start", 0)

        // 1. The whole loader (first, as in `kette`: nothing parsed before it): read + parse + map onto the model + cross-file validation.
        var t = now()
        let loaded = try! StoreLoader.load(from: source)
        line("StoreLoader.load (read+parse+map+validate)", now() - t)

        // 2. What AppState builds on top.
        t = now()
        let index = SearchIndex(offers: loaded.store.offers)
        line("SearchIndex(offers:)", now() - t)
        print("index\t" + index.footprint.map { "\($0.part) \($0.bytes)" }.joined(separator: "\t"))
        t = now()
        let monitoring = Monitoring(store: loaded.store)
        line("Monitoring(store:)", now() - t)
        t = now()
        _ = GapAnalysis(store: loaded.store, monitoring: monitoring)
        line("GapAnalysis", now() - t)
        t = now()
        let state = AppState(store: loaded.store, strings: .german, storeLabel: "x", isDemo: false, width: 100, height: 30)
        state.searchIndex.waitUntilBuilt()
        line("AppState.init (index+monitoring+gaps+rows)", now() - t)
        t = now()
        let frame = Renderer.render(state)
        line("Renderer.render start screen 100x30", now() - t)
        t = now()
        _ = loaded.store.chainCounts(OfferFilter())
        line("store.chainCounts (per frame)", now() - t)
        // 3. For comparison: reading the bytes (the store's own reader: realpath checks, read(2) into [UInt8]).
        t = now()
        let offerBytes = try? source.read(StoreFile.offers.fileName)
        line("read offers.json", now() - t)
        t = now()
        let fast = offerBytes.flatMap { OfferFileReader.read($0) }
        line("OfferFileReader.read offers.json (fast path, \(fast == nil ? "refused" : "used"))", now() - t)
        t = now()
        var files: [(String, [UInt8])] = []
        for f in StoreFile.allCases {
            if let b = try? source.read(f.fileName) { files.append((f.fileName, b)) }
        }
        line("read main files", now() - t)
        t = now()
        let caseNames = (try? source.caseFileNames()) ?? []
        var caseBytes: [[UInt8]] = []
        for name in caseNames {
            if let b = try? source.read("cases/\(name)") { caseBytes.append(b) }
        }
        line("read \(caseNames.count) case files", now() - t)

        // 4. Parsing into the JSONNode tree (kept alive to see what the tree costs in memory).
        t = now()
        var trees: [JSONNode] = []
        for (name, bytes) in files where name == StoreFile.offers.fileName { trees.append(try! JSONParser.parse(bytes)) }
        line("parse offers.json to JSONNode tree", now() - t)
        t = now()
        for (name, bytes) in files where name != StoreFile.offers.fileName { trees.append(try! JSONParser.parse(bytes)) }
        line("parse other main files", now() - t)
        t = now()
        for bytes in caseBytes { trees.append(try! JSONParser.parse(bytes)) }
        line("parse case files", now() - t)
        trees.removeAll()
        files.removeAll()
        caseBytes.removeAll()
        line("trees released", 0)
        _ = fast?.offers.count

        print("done\t\(index.count)\t\(frame.cells.count)")
        exit(0)
    }
}
