/// A store read from its source, with every problem found on the way.
public struct LoadedStore: Sendable {
    public var store: Store
    public var diagnostics: [Diagnostic]
    public var source: any StoreSource

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    /// A store with errors is shown read-only and never written back.
    public var isValid: Bool { errors.isEmpty }
}

/// Reads a store: parses each file, maps it onto the model, then checks every reference.
///
/// Only problems that make the store unusable as a whole (no store.json, a foreign format, a newer
/// version) are thrown; everything else becomes a ``Diagnostic`` so that `kette validate` can list
/// all problems at once.
public enum StoreLoader {
    /// Case files are not read unless `includeCases` is set (the bundled demo, `kette validate
    /// --cases`, tests): case data is read through a ``CaseStore``, which checks who may see it and
    /// writes the audit log.
    public static func load(from source: any StoreSource, includeCases: Bool = false) throws(StoreLoadError) -> LoadedStore {
        if let dir = source as? DirectoryStoreSource { try dir.checkDirectory() }
        let sink = DiagnosticSink()
        let info = try readInfo(from: source, sink: sink)
        var store = Store(info: info)

        func parse(_ relativePath: String, required: Bool) throws(StoreLoadError) -> JSONNode? {
            let display = source.displayPath(of: relativePath)
            // A file that cannot be read (no permission, too large, a link out of the store) is a
            // problem of that file only: the rest of the store is still shown, read-only.
            let read: [UInt8]?
            do { read = try source.read(relativePath) } catch {
                sink.add(Diagnostic(file: display, line: 1, column: 1, message: error.reason))
                return nil
            }
            guard let bytes = read else {
                if required { sink.add(Diagnostic(file: display, line: 1, column: 1, message: "file is missing")) }
                return nil
            }
            do {
                return try JSONParser.parse(bytes)
            } catch {
                sink.add(Diagnostic(file: display, line: error.line, column: error.column, message: error.message))
                return nil
            }
        }

        for file in StoreFile.allCases where file != .store {
            if file == .offers, let fast = readOffersFast(from: source) {
                // The happy path: a valid offers.json read straight into offers. Any problem sends
                // the file through the full path below, which reports it with its position.
                store.offers = fast.offers
                store.meta[file] = FileMeta(revision: fast.revision)
                continue
            }
            guard let root = try parse(file.fileName, required: file.isRequired) else { continue }
            let display = source.displayPath(of: file.fileName)
            guard var r = ObjectReader(root, path: "", file: display, sink: sink) else { continue }
            var meta = FileMeta()
            if let revision = r.int("revision", required: false) {
                if revision < 0 { r.report("revision must not be negative", key: "revision") }
                meta.revision = revision
            }
            switch file {
            case .store: break
            case .leitbild:
                let title = r.string("title") ?? ""
                let preamble = r.string("preamble", nonEmpty: false) ?? ""
                let goals = records(&r, "goals", file: display, sink: sink, Leitbild.Goal.init(json:path:file:sink:))
                let principles = records(&r, "principles", file: display, sink: sink, Leitbild.Principle.init(json:path:file:sink:))
                store.leitbild = Leitbild(title: title, preamble: preamble, goals: goals, principles: principles)
            case .stages:
                store.stages = records(&r, "stages", file: display, sink: sink, Stage.init(json:path:file:sink:))
                store.transitions = records(&r, "transitions", file: display, sink: sink, Transition.init(json:path:file:sink:))
            case .districts:
                store.districts = records(&r, "districts", file: display, sink: sink, District.init(json:path:file:sink:))
            case .needs:
                store.needs = records(&r, "needs", file: display, sink: sink, Need.init(json:path:file:sink:))
            case .offers:
                store.offers = records(&r, "offers", file: display, sink: sink, Offer.init(json:path:file:sink:))
            case .indicators:
                store.indicators = records(&r, "indicators", file: display, sink: sink, Indicator.init(json:path:file:sink:))
                store.values = records(&r, "values", file: display, sink: sink, IndicatorValue.init(json:path:file:sink:))
            }
            meta.extras = r.extras()
            store.meta[file] = meta
        }

        // A cases directory the user may not read (case data is often restricted to a few staff)
        // leaves the rest of the store usable.
        var caseNames: [String] = []
        if includeCases {
            do { caseNames = try source.caseFileNames() } catch {
                sink.add(Diagnostic(file: source.displayPath(of: StoreFile.casesDirectory), line: 1, column: 1,
                                    message: error.reason + "; the case files were not read"))
            }
        }
        for name in caseNames {
            let relative = "\(StoreFile.casesDirectory)/\(name)"
            guard let root = try parse(relative, required: true) else { continue }
            let display = source.displayPath(of: relative)
            guard let c = Case(json: root, path: "", file: display, sink: sink) else { continue }
            if c.id + ".json" != name {
                sink.add(Diagnostic(file: display, line: root.line, column: root.column, path: "id",
                                    message: "case id \"\(TerminalText.escaped(c.id))\" does not match the file name \(name)"))
            }
            store.cases.append(c)
        }
        for problem in source.caseProtectionProblems(settings: store.info.cases) { sink.add(problem) }

        StoreValidator.check(store, source: source, sink: sink)
        return LoadedStore(store: store, diagnostics: sink.diagnostics, source: source)
    }

    /// offers.json read on the fast path (``OfferFileReader``), or nil when the file is missing,
    /// unreadable or has anything the full path would report.
    ///
    /// From a directory, the file stays open and the offers' long texts are read from it when they
    /// are used instead of being held (``OfferTextSource``); the bundled demo holds them.
    static func readOffersFast(from source: any StoreSource) -> OfferFileReader.Result? {
        if let directory = source as? DirectoryStoreSource {
            guard var read = (try? directory.readKeepingOpen(StoreFile.offers.fileName)) ?? nil else { return nil }
            let texts = read.texts
            // In place: a copy of the array would be copied on write, the bytes then held twice.
            return OfferFileReader.read(consuming: &read.bytes, texts: texts)
        }
        guard var bytes = (try? source.read(StoreFile.offers.fileName)) ?? nil else { return nil }
        return OfferFileReader.read(consuming: &bytes)
    }

    private static func records<T>(_ r: inout ObjectReader, _ key: String, file: String, sink: DiagnosticSink,
                                   _ make: (JSONNode, String, String, DiagnosticSink) -> T?) -> [T] {
        guard let elements = r.array(key) else { return [] }
        var out: [T] = []
        out.reserveCapacity(elements.count)
        for (i, e) in elements.enumerated() {
            if let v = make(e, "\(key)[\(i)]", file, sink) { out.append(v) }
        }
        return out
    }

    private static func readInfo(from source: any StoreSource, sink: DiagnosticSink) throws(StoreLoadError) -> StoreInfo {
        let name = StoreFile.store.fileName
        let display = source.displayPath(of: name)
        guard let bytes = try source.read(name) else { throw .missingStoreFile(path: display) }
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw .invalidStoreFile(path: display, line: error.line, column: error.column, message: error.message)
        }
        guard root.objectValue != nil else {
            throw .invalidStoreFile(path: display, line: root.line, column: root.column,
                                    message: "expected an object, found \(root.typeName)")
        }
        guard let format = root["format"]?.stringValue, format == StoreInfo.format else {
            throw .foreignFormat(path: display, found: root["format"].map { $0.stringValue ?? $0.typeName })
        }
        guard let versionNode = root["version"], let version = versionNode.intValue, version >= 1 else {
            let n = root["version"] ?? root
            throw .invalidStoreFile(path: display, line: n.line, column: n.column,
                                    message: "\"version\" must be a whole number ≥ 1 (this program writes version \(StoreInfo.currentVersion))")
        }
        if version > StoreInfo.currentVersion {
            throw .newerVersion(path: display, found: version, supported: StoreInfo.currentVersion)
        }
        var r = ObjectReader(root, path: "", file: display, sink: sink)!
        _ = r.value("format", required: true)
        _ = r.value("version", required: true)
        let municipality = r.string("municipality") ?? ""
        let locale = r.string("locale") ?? "de-DE"
        var info = StoreInfo(municipality: municipality, locale: locale, version: version)
        if let node = r.value("cases", required: false),
           let settings = CaseSettings(json: node, path: "cases", file: display, sink: sink) {
            info.cases = settings
        }
        info.extras = r.extras()
        // Kept as an extra (written back as it was), but said when it cannot count: the navigator
        // would otherwise keep 12 months without a word.
        if let n = root["staleAfterMonths"], info.staleAfterMonths == nil {
            sink.add(Diagnostic(file: display, line: n.line, column: n.column, path: "staleAfterMonths",
                                message: "\"staleAfterMonths\" must be a whole number ≥ 1, found \(n.intValue.map(String.init) ?? n.typeName); stale offers are those not updated for \(StaleOffers.defaultMonths) months",
                                severity: .warning))
        }
        return info
    }
}
