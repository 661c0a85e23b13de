import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Serialises a ``Store`` into its files and writes them.
public enum StoreWriter {
    /// The JSON text of one store file, with its revision and unknown keys.
    public static func render(_ file: StoreFile, of store: Store, revision: Int? = nil) -> String {
        var b = JSONObjectBuilder()
        let meta = store.meta[file] ?? FileMeta()
        switch file {
        case .store:
            return JSONWriter.pretty(store.info.json)
        case .leitbild:
            b.add("title", store.leitbild.title)
            b.add("preamble", store.leitbild.preamble)
            b.add("goals", .array(store.leitbild.goals.map(\.json)))
            b.add("principles", .array(store.leitbild.principles.map(\.json)))
        case .stages:
            b.add("stages", .array(store.stages.map(\.json)))
            b.add("transitions", .array(store.transitions.map(\.json)))
        case .districts:
            b.add("districts", .array(store.districts.map(\.json)))
        case .needs:
            b.add("needs", .array(store.needs.map(\.json)))
        case .offers:
            b.add("offers", .array(store.offers.map(\.json)))
        case .indicators:
            b.add("indicators", .array(store.indicators.map(\.json)))
            b.add("values", .array(store.values.map(\.json)))
        }
        if let r = revision ?? (meta.revision > 0 ? meta.revision : nil) { b.add("revision", r) }
        return JSONWriter.pretty(b.build(extras: meta.extras))
    }

    /// Replaces one file of a store, if it is still the version the change was based on.
    ///
    /// Under the caller's lock: reads the file's current revision (a missing file counts as 0), refuses
    /// with ``StoreWriteError/conflict(path:expected:found:)`` when it is not `expected`, keeps the
    /// current version in the history (``StoreHistory``), then writes `text` atomically.
    public static func replace(_ relativePath: String, with text: String, in store: String, expecting expected: Int,
                               mode: mode_t? = nil, lock: StoreLock) throws(StoreWriteError) {
        withExtendedLifetime(lock) {}
        let path = "\(store)/\(relativePath)"
        var current: [UInt8]?
        if let handle = FileHandle(forReadingAtPath: path) {
            current = Array(handle.readDataToEndOfFile())
            try? handle.close()
        }
        let found = current.flatMap { try? JSONParser.parse($0) }?["revision"]?.intValue ?? 0
        guard found == expected else { throw .conflict(path: path, expected: expected, found: found) }
        let dir = (path as NSString).deletingLastPathComponent
        let mode = mode ?? AtomicFile.defaultMode(for: path, in: dir)
        if let current { try StoreHistory.keep(current, revision: found, of: relativePath, in: store, mode: mode) }
        try AtomicFile.write(Array(text.utf8), to: path, mode: mode)
        // Whoever holds the lock is the only writer: temporary files found now were left by a writer
        // that was killed, and can go.
        AtomicFile.removeLeftovers(in: dir)
        AtomicFile.removeLeftovers(in: StoreHistory.directory(for: relativePath, in: store))
    }

    /// Saves one file of a loaded store with its revision increased by one; refuses when the file
    /// on disk is no longer the revision the store was loaded with. Returns the new revision.
    @discardableResult
    public static func save(_ file: StoreFile, of store: Store, in directory: String) throws(StoreWriteError) -> Int {
        precondition(file != .store, "store.json carries no revision and is written by init only")
        let lock = try StoreLock(storePath: directory)
        let base = store.meta[file]?.revision ?? 0
        let text = render(file, of: store, revision: base + 1)
        // After the texts were read for the rendering: none of them may come from a changed file.
        if file == .offers { try OfferTextSource.check(store.offers) }
        try replace(file.fileName, with: text, in: directory, expecting: base, lock: lock)
        return base + 1
    }

    /// Writes a new store into `path` (which must not exist or be empty): every file and the
    /// case files, with the case directory at mode 0700 and case files at 0600.
    public static func create(_ store: Store, at path: String) throws(StoreWriteError) {
        var files: [String: String] = [:]
        for file in StoreFile.allCases { files[file.fileName] = render(file, of: store) }
        for c in store.cases { files["\(StoreFile.casesDirectory)/\(c.id).json"] = JSONWriter.pretty(c.json) }
        try create(files: files, at: path)
    }

    /// Writes files given by their path inside the store (e.g. the bundled demo's) into a new store.
    public static func create(files: [String: String], at path: String) throws(StoreWriteError) {
        var st = stat()
        if stat(path, &st) == 0 {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? ["?"]
            guard st.st_mode & S_IFMT == S_IFDIR, entries.isEmpty else { throw .exists(path: path) }
        } else if mkdir(path, 0o755) != 0 {
            throw .io(path: path, operation: .creatingDirectory, reason: AtomicFile.errnoText())
        }
        let lock = try StoreLock(storePath: path)
        defer { withExtendedLifetime(lock) {} }
        let cases = "\(path)/\(StoreFile.casesDirectory)"
        if mkdir(cases, 0o700) != 0 || chmod(cases, 0o700) != 0 {
            throw .io(path: cases, operation: .creatingCaseDirectory, reason: AtomicFile.errnoText())
        }
        let storeFile = StoreFile.store.fileName
        // store.json last: a directory without it is not mistaken for a finished store.
        for (name, text) in files.sorted(by: { $0.key < $1.key }) where name != storeFile {
            guard !name.contains(".."), !name.hasPrefix("/") else { continue }
            let isCase = name.hasPrefix(StoreFile.casesDirectory + "/")
            try AtomicFile.write(Array(text.utf8), to: "\(path)/\(name)", mode: isCase ? caseFileMode(in: path) : 0o644)
        }
        if let text = files[storeFile] {
            try AtomicFile.write(Array(text.utf8), to: "\(path)/\(storeFile)")
        }
    }

    /// Case files are 0600, or 0660 when the case directory is shared with the team's group (0770).
    public static func caseFileMode(in store: String) -> mode_t {
        AtomicFile.isGroupShared("\(store)/\(StoreFile.casesDirectory)") ? 0o660 : 0o600
    }

    /// A new, empty but valid store: a standard chain of stages and transitions and no offers.
    public static func emptyStore(municipality: String) -> Store {
        let stages = [
            Stage(id: "schwangerschaft", title: "Schwangerschaft und Geburt", fromMonths: -9, toMonths: 0),
            Stage(id: "kleinkind", title: "Kleinkind (0–3 Jahre)", fromMonths: 0, toMonths: 36),
            Stage(id: "kita", title: "Kita (3–6 Jahre)", fromMonths: 36, toMonths: 72),
            Stage(id: "grundschule", title: "Grundschule (6–10 Jahre)", fromMonths: 72, toMonths: 120),
            Stage(id: "sek1", title: "Sekundarstufe I (10–16 Jahre)", fromMonths: 120, toMonths: 192),
            Stage(id: "beruf", title: "Übergang Schule–Beruf (16–25 Jahre)", fromMonths: 192, toMonths: 300),
        ]
        let transitions = [
            Transition(id: "t-geburt", from: "schwangerschaft", to: "kleinkind", title: "Geburt: Ankommen in der Familie"),
            Transition(id: "t-kita", from: "kleinkind", to: "kita", title: "Eintritt in die Kita"),
            Transition(id: "t-einschulung", from: "kita", to: "grundschule", title: "Kita → Grundschule (Einschulung)"),
            Transition(id: "t-weiterfuehrend", from: "grundschule", to: "sek1", title: "Grundschule → weiterführende Schule"),
            Transition(id: "t-beruf", from: "sek1", to: "beruf", title: "Schule → Ausbildung und Beruf"),
        ]
        return Store(info: StoreInfo(municipality: municipality),
                     leitbild: Leitbild(title: "Leitbild Prävention \(municipality)"),
                     stages: stages, transitions: transitions)
    }
}
