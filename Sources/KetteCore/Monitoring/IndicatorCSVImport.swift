/// Imports indicator values from a CSV file as statistics offices deliver them.
///
/// The file has a header row naming the columns `district`, `year`, `indicator` and `value` (German:
/// `Stadtteil`, `Jahr`, `Indikator`, `Wert`; any case, any order, further columns ignored), separated by
/// `;` or `,` (detected from the header row). Fields may be quoted (`"…"`, a quote inside doubled).
/// The text is UTF-8, with or without a byte order mark. A value may use a decimal comma (`12,5`) or
/// point (`12.5`); an empty value or `gesperrt`, `suppressed`, `*`, `x` marks it as suppressed.
/// Districts and indicators are named by id or by their name or title (case-insensitive, with
/// German folding).
///
/// ``plan(_:store:)`` checks every row and compares it with the store; nothing is written. A plan
/// with any rejected row cannot be applied: a file is imported completely or not at all.
public enum IndicatorCSVImport {
    /// The columns the import reads.
    public enum Column: String, Sendable, CaseIterable, Hashable {
        case district, year, indicator, value

        /// The German header name.
        public var germanName: String {
            switch self {
            case .district: "Stadtteil"
            case .year: "Jahr"
            case .indicator: "Indikator"
            case .value: "Wert"
            }
        }

        /// The column a header cell names, if any.
        public static func named(_ header: String) -> Column? {
            let folded = GermanFolding.foldToString(header.trimmingSpaces())
            return allCases.first { c in
                folded == GermanFolding.foldToString(c.rawValue) || folded == GermanFolding.foldToString(c.germanName)
            }
        }
    }

    /// The words (besides an empty field) that mark a value as suppressed.
    public static let suppressionMarkers = ["gesperrt", "suppressed", "*", "x"]

    /// Years outside this range are refused (the store's own limit).
    public static let years = 1900...2200

    /// One problem with the file, at a 1-based line of the file.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public enum Kind: Sendable, Hashable {
            case notUTF8
            case empty
            case noDelimiter
            case missingColumns([Column])
            case duplicateColumn(String)
            case unterminatedQuote
            case fieldCount(expected: Int, found: Int)
            case emptyField(Column)
            case unknownDistrict(String)
            case ambiguousDistrict(String, candidates: [String])
            case unknownIndicator(String)
            case ambiguousIndicator(String, candidates: [String])
            case notAYear(String)
            case yearOutOfRange(Int)
            case notANumber(String)
            case duplicate(firstLine: Int, indicator: String, district: String, year: Int)
        }

        public var line: Int
        public var kind: Kind

        public init(line: Int, kind: Kind) {
            self.line = line
            self.kind = kind
        }

        /// `line N: message`, in English.
        public var description: String { ReportText.english.importProblem(self) }
    }

    /// A value read from a row of the file.
    public struct Entry: Sendable, Hashable {
        public var line: Int
        public var value: IndicatorValue
    }

    /// A value that replaces a different one in the store.
    public struct Change: Sendable, Hashable {
        public var line: Int
        public var old: IndicatorValue
        public var new: IndicatorValue
    }

    /// What an import would do.
    public struct Plan: Sendable {
        /// Values for (indicator, district, year) keys the store does not have yet.
        public var added: [Entry] = []
        /// Values that differ from the store's value for the same key.
        public var changed: [Change] = []
        /// Values the store already has, exactly.
        public var unchanged: [Entry] = []
        /// Every problem found, in line order; a row may have several.
        public var rejected: [Problem] = []
        /// The field separator found in the header row.
        public var delimiter: Character?

        /// The lines of rejected rows (line 1 for problems with the file or its header).
        public var rejectedLines: [Int] { Array(Set(rejected.map(\.line))).sorted() }
        /// Only a file without problems is imported.
        public var isApplicable: Bool { rejected.isEmpty }
        /// Whether applying the plan would change the store.
        public var hasChanges: Bool { !added.isEmpty || !changed.isEmpty }

        /// The store's values with the plan merged in: a changed value replaces the one with the
        /// same key in place (its unknown keys kept), new values are appended in file order.
        public func merged(into values: [IndicatorValue]) -> [IndicatorValue] {
            var result = values
            var index: [ValueKey: Int] = [:]
            for (i, v) in result.enumerated() where index[ValueKey(v)] == nil { index[ValueKey(v)] = i }
            for new in changed.map(\.new) + added.map(\.value) {
                if let i = index[ValueKey(new)] {
                    result[i].value = new.value
                    result[i].suppressed = new.suppressed
                } else {
                    index[ValueKey(new)] = result.count
                    result.append(new)
                }
            }
            return result
        }
    }

    struct ValueKey: Hashable {
        var indicator: String
        var district: String
        var year: Int
        init(_ v: IndicatorValue) {
            indicator = v.indicator
            district = v.district
            year = v.year
        }
    }

    // MARK: Planning

    /// Reads a CSV file and compares it with the store. Never writes.
    public static func plan(_ bytes: [UInt8], store: Store) -> Plan {
        var plan = Plan()
        if let badLine = firstInvalidUTF8Line(bytes) {
            plan.rejected = [Problem(line: badLine, kind: .notUTF8)]
            return plan
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        let scalars = Array(text.unicodeScalars)
        guard let delimiter = detectDelimiter(scalars) else {
            let blank = scalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
            plan.rejected = [Problem(line: 1, kind: blank ? .empty : .noDelimiter)]
            return plan
        }
        plan.delimiter = Character(delimiter)
        let (records, tokenProblems) = tokenize(scalars, delimiter: delimiter)
        plan.rejected += tokenProblems
        guard let header = records.first else {
            plan.rejected.append(Problem(line: 1, kind: .empty))
            return plan
        }
        var columns: [Column: Int] = [:]
        for (i, name) in header.fields.enumerated() {
            guard let c = Column.named(name) else { continue }
            if columns[c] != nil {
                plan.rejected.append(Problem(line: header.line, kind: .duplicateColumn(name.trimmingSpaces())))
            } else {
                columns[c] = i
            }
        }
        let missing = Column.allCases.filter { columns[$0] == nil }
        if !missing.isEmpty {
            plan.rejected.append(Problem(line: header.line, kind: .missingColumns(missing)))
        }
        guard missing.isEmpty else {
            plan.rejected = inLineOrder(plan.rejected)
            return plan
        }

        let resolver = Resolver(store: store)
        var existing: [ValueKey: IndicatorValue] = [:]
        for v in store.values where existing[ValueKey(v)] == nil { existing[ValueKey(v)] = v }
        var seen: [ValueKey: Int] = [:]

        for record in records.dropFirst() {
            let line = record.line
            guard record.fields.count == header.fields.count else {
                plan.rejected.append(Problem(line: line, kind: .fieldCount(expected: header.fields.count,
                                                                            found: record.fields.count)))
                continue
            }
            func field(_ c: Column) -> String { record.fields[columns[c]!].trimmingSpaces() }
            var problems: [Problem.Kind] = []

            var districtID: String?
            switch resolver.district(field(.district)) {
            case .found(let id): districtID = id
            case .empty: problems.append(.emptyField(.district))
            case .unknown(let t): problems.append(.unknownDistrict(t))
            case .ambiguous(let t, let ids): problems.append(.ambiguousDistrict(t, candidates: ids))
            }

            var year: Int?
            let yearText = field(.year)
            if yearText.isEmpty {
                problems.append(.emptyField(.year))
            } else if let y = parseYear(yearText) {
                if years.contains(y) { year = y } else { problems.append(.yearOutOfRange(y)) }
            } else {
                problems.append(.notAYear(yearText))
            }

            var indicatorID: String?
            switch resolver.indicator(field(.indicator)) {
            case .found(let id): indicatorID = id
            case .empty: problems.append(.emptyField(.indicator))
            case .unknown(let t): problems.append(.unknownIndicator(t))
            case .ambiguous(let t, let ids): problems.append(.ambiguousIndicator(t, candidates: ids))
            }

            var number: Double?
            var suppressed = false
            let valueText = field(.value)
            if isSuppressionMarker(valueText) {
                suppressed = true
            } else if let x = parseNumber(valueText) {
                number = x
            } else {
                problems.append(.notANumber(valueText))
            }

            guard problems.isEmpty, let districtID, let year, let indicatorID else {
                plan.rejected += problems.map { Problem(line: line, kind: $0) }
                continue
            }
            let value = IndicatorValue(indicator: indicatorID, district: districtID, year: year, value: number,
                                       suppressed: suppressed)
            let key = ValueKey(value)
            if let first = seen[key] {
                plan.rejected.append(Problem(line: line, kind: .duplicate(firstLine: first, indicator: indicatorID,
                                                                          district: districtID, year: year)))
                continue
            }
            seen[key] = line
            if let old = existing[key] {
                if old.suppressed == value.suppressed && old.value == value.value {
                    plan.unchanged.append(Entry(line: line, value: old))
                } else {
                    plan.changed.append(Change(line: line, old: old, new: value))
                }
            } else {
                plan.added.append(Entry(line: line, value: value))
            }
        }
        plan.rejected = inLineOrder(plan.rejected)
        return plan
    }

    /// Reads a CSV text (already decoded) and compares it with the store.
    public static func plan(_ text: String, store: Store) -> Plan { plan(Array(text.utf8), store: store) }

    // MARK: Applying

    /// Merges the plan into the store's indicators.json with ``StoreWriter/merge(_:into:isCancelled:_:)``:
    /// under the store's lock, only if indicators.json is still what the plan was made from, with its
    /// revision increased by one. Returns the new revision (the current one when the plan changes
    /// nothing; then nothing is written).
    @discardableResult
    public static func apply(_ plan: Plan, to loaded: LoadedStore) throws(StoreMergeError) -> Int {
        guard plan.isApplicable else { throw .rejected(entries: plan.rejectedLines.count) }
        guard plan.hasChanges else { return loaded.store.meta[.indicators]?.revision ?? 0 }
        return try StoreWriter.merge(.indicators, into: loaded) { store in store.values = plan.merged(into: store.values) }
    }

    /// Problems sorted by line; problems of one line keep the order they were found in.
    static func inLineOrder(_ problems: [Problem]) -> [Problem] {
        problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }

    // MARK: Reading the file

    struct Record {
        var line: Int
        var fields: [String]
    }

    /// The 1-based line of the first byte that is not valid UTF-8, or nil.
    static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int? {
        var line = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): if s == "\n" { line += 1 }
            case .emptyInput: return nil
            case .error: return line
            }
        }
    }

    /// The separator of the header row: whichever of `;`, `,` and tab occurs most often outside
    /// quotes in the first non-blank line; nil when none does.
    static func detectDelimiter(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar? {
        var counts: [Unicode.Scalar: Int] = [";": 0, ",": 0, "\t": 0]
        var inQuotes = false
        var sawText = false
        for s in scalars {
            if s == "\"" { inQuotes.toggle(); sawText = true; continue }
            if inQuotes { continue }
            if s == "\n" || s == "\r" {
                if sawText { break }
                continue
            }
            if counts[s] != nil { counts[s]! += 1 }
            if s != " " { sawText = true }
        }
        let best = [";", ",", "\t"].map { Unicode.Scalar($0)! }.max { counts[$0]! < counts[$1]! }!
        return counts[best]! > 0 ? best : nil
    }

    /// Splits the text into records of fields (RFC 4180 quoting; CR, LF and CRLF line ends).
    /// Each record carries the line it starts on. Blank lines and lines of empty fields are skipped.
    static func tokenize(_ scalars: [Unicode.Scalar], delimiter: Unicode.Scalar) -> ([Record], [Problem]) {
        var records: [Record] = []
        var problems: [Problem] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var i = 0
        let n = scalars.count

        func endRecord() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            if !fields.allSatisfy({ $0.trimmingSpaces().isEmpty }) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
        }

        while i < n {
            let c = scalars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < n, scalars[i + 1] == "\"" {
                        field.append("\"")
                        i += 2
                        continue
                    }
                    inQuotes = false
                } else if c == "\r" || c == "\n" {
                    if c == "\r", i + 1 < n, scalars[i + 1] == "\n" { i += 1 }
                    field.append("\n")
                    line += 1
                } else {
                    field.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case "\"" where field.allSatisfy({ $0 == " " }):
                field = String.UnicodeScalarView()
                inQuotes = true
            case delimiter:
                fields.append(String(field))
                field = String.UnicodeScalarView()
            case "\r", "\n":
                if c == "\r", i + 1 < n, scalars[i + 1] == "\n" { i += 1 }
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(c)
            }
            i += 1
        }
        if inQuotes {
            problems.append(Problem(line: recordLine, kind: .unterminatedQuote))
        } else if !fields.isEmpty || !field.isEmpty {
            endRecord()
        }
        return (records, problems)
    }

    // MARK: Reading values

    static func isSuppressionMarker(_ text: String) -> Bool {
        let t = text.trimmingSpaces().lowercased()
        return t.isEmpty || suppressionMarkers.contains(t)
    }

    /// A year: four digits (surrounding spaces allowed).
    static func parseYear(_ text: String) -> Int? {
        let t = text.trimmingSpaces()
        guard !t.isEmpty, t.count <= 4, t.unicodeScalars.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) else { return nil }
        return Int(t)
    }

    /// A number with an optional sign and at most one decimal separator (comma or point), digits on
    /// both sides of it: `12`, `12,5`, `-0.75`. Thousands separators and exponents are not accepted.
    public static func parseNumber(_ text: String) -> Double? {
        var scalars = Array(text.trimmingSpaces().unicodeScalars)
        var negative = false
        if let first = scalars.first, first == "-" || first == "+" || first == "\u{2212}" {
            negative = first != "+"
            scalars.removeFirst()
        }
        var integer = "", fraction = ""
        var seenSeparator = false
        for s in scalars {
            if s.value >= 0x30 && s.value <= 0x39 {
                if seenSeparator { fraction.unicodeScalars.append(s) } else { integer.unicodeScalars.append(s) }
            } else if (s == "," || s == ".") && !seenSeparator {
                seenSeparator = true
            } else {
                return nil
            }
        }
        guard !integer.isEmpty, !seenSeparator || !fraction.isEmpty else { return nil }
        guard let x = Double(fraction.isEmpty ? integer : integer + "." + fraction), x.isFinite else { return nil }
        return negative ? -x : x
    }

    /// Finds districts and indicators by id, or by name or title with German folding.
    struct Resolver {
        enum Result {
            case found(String)
            case empty
            case unknown(String)
            case ambiguous(String, [String])
        }

        let districts: [(id: String, names: [[UInt8]])]
        let indicators: [(id: String, names: [[UInt8]])]
        let districtIDs: Set<String>
        let indicatorIDs: Set<String>

        init(store: Store) {
            districts = store.districts.map { ($0.id, [GermanFolding.fold($0.id), GermanFolding.fold($0.name)]) }
            indicators = store.indicators.map { ($0.id, [GermanFolding.fold($0.id), GermanFolding.fold($0.title)]) }
            districtIDs = Set(store.districts.map(\.id))
            indicatorIDs = Set(store.indicators.map(\.id))
        }

        func district(_ text: String) -> Result { resolve(text, ids: districtIDs, in: districts) }
        func indicator(_ text: String) -> Result { resolve(text, ids: indicatorIDs, in: indicators) }

        private func resolve(_ text: String, ids: Set<String>, in items: [(id: String, names: [[UInt8]])]) -> Result {
            guard !text.isEmpty else { return .empty }
            if ids.contains(text) { return .found(text) }
            let folded = GermanFolding.fold(text)
            var matches: [String] = []
            for item in items where item.names.contains(folded) && !matches.contains(item.id) {
                matches.append(item.id)
            }
            switch matches.count {
            case 0: return .unknown(text)
            case 1: return .found(matches[0])
            default: return .ambiguous(text, matches)
            }
        }
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and no-break spaces.
    func trimmingSpaces() -> String {
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0 == "\u{202F}" }
        var s = Substring(self).unicodeScalars
        while let f = s.first, isSpace(f) { s.removeFirst() }
        while let l = s.last, isSpace(l) { s.removeLast() }
        return String(s)
    }
}
