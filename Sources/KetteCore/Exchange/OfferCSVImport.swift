/// Imports offers from a CSV file as municipalities keep them in Excel.
///
/// - Encoding: UTF-8 with or without byte order mark, or Windows-1252 (see ``TextEncodingDetection``).
/// - Separator `;`, `,` or tab, whichever the header row uses; RFC 4180 quoting (`"…"`, quotes doubled,
///   line breaks inside quotes).
/// - A header row names the columns (``OfferCSVColumn``: German or English names, any order). Only
///   `ID` is required; a column the file does not have leaves that value of an existing offer as it
///   is. Columns Kette does not know are ignored (and named in the notes).
/// - List cells (stages, transitions, districts, languages, tags) separate values by `,`, `;`, `|`
///   or line breaks. Stages, transitions and districts are given by id or by title / name; languages
///   by code or German / English name. Yes/no cells take `ja`, `nein`, `x`, `true`, `1` … (empty is no).
///   Dates are `YYYY-MM-DD` or `DD.MM.YYYY`. Text cells are trimmed; an empty text cell removes
///   the value.
/// - Rows merge by id: an existing offer is changed (its unknown keys kept), a new id adds an offer,
///   which then needs title, provider, field, free, stages or transitions, and districts or citywide.
///   An empty `updated` cell of a new offer means `today`.
///
/// ``plan(_:store:today:progress:)`` reads and checks everything and writes nothing; any rejected
/// row makes the whole file rejected (see ``OfferImport/apply(_:to:progress:)``).
public enum OfferCSVImport {
    /// The columns a new offer must have.
    static let requiredForNew: [OfferCSVColumn] = [.title, .provider, .field, .free]

    public static func plan(_ bytes: [UInt8], store: Store, today: Day,
                            progress: ExchangeProgress = .none) throws(ExchangeCancelled) -> OfferImportPlan {
        var plan = OfferImportPlan()
        let text: String
        switch TextEncodingDetection.decode(bytes) {
        case .failure(let f):
            plan.rejected = [OfferImportProblem(line: f.line, column: f.column, kind: .encoding(f.reason))]
            return plan
        case .success(let decoded):
            text = decoded.text
            plan.encoding = decoded.encoding.rawValue
        }
        let scalars = Array(text.unicodeScalars)
        // Excel's separator line `sep=;` (first line) names the separator and is no header.
        let sepLine = separatorLine(scalars)
        guard let delimiter = sepLine ?? IndicatorCSVImport.detectDelimiter(scalars) else {
            let blank = scalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
            plan.rejected = [OfferImportProblem(line: 1, kind: blank ? .empty : .noDelimiter)]
            return plan
        }
        plan.delimiter = Character(delimiter)
        var (records, tokenProblems) = IndicatorCSVImport.tokenize(scalars, delimiter: delimiter)
        if sepLine != nil, records.first?.line == 1 { records.removeFirst() }
        plan.rejected += tokenProblems.map { OfferImportProblem(line: $0.line, kind: .unterminatedQuote) }
        guard let header = records.first else {
            plan.rejected.append(OfferImportProblem(line: 1, kind: .empty))
            return plan
        }

        var columns: [OfferCSVColumn: Int] = [:]
        var names: [OfferCSVColumn: String] = [:]
        for (i, raw) in header.fields.enumerated() {
            let name = raw.trimmingSpaces()
            guard let c = OfferCSVColumn.named(name) else {
                if !name.isEmpty {
                    plan.notes.append(OfferImportProblem(line: header.line, column: i + 1, columnName: name, kind: .unknownColumn(name)))
                }
                continue
            }
            if columns[c] != nil {
                plan.rejected.append(OfferImportProblem(line: header.line, column: i + 1, columnName: name, kind: .duplicateColumn(name)))
            } else {
                columns[c] = i
                names[c] = name
            }
        }
        if columns[.id] == nil {
            plan.rejected.append(OfferImportProblem(line: header.line, kind: .missingIDColumn))
        }
        guard plan.rejected.allSatisfy({ $0.kind == .unterminatedQuote }), columns[.id] != nil else {
            plan.rejected = OfferImportPlan.inOrder(plan.rejected)
            return plan
        }

        let reader = RowReader(store: store, columns: columns, names: names, today: today)
        var seen: [String: Int] = [:]
        let rows = records.dropFirst()
        for (n, record) in rows.enumerated() {
            try progress.tick(n + 1, of: rows.count)
            let width = header.fields.count
            if record.fields.count < width
                || (record.fields.count > width && !record.fields[width...].allSatisfy({ $0.trimmingSpaces().isEmpty })) {
                plan.rejected.append(OfferImportProblem(line: record.line, kind: .fieldCount(expected: width, found: record.fields.count)))
                continue
            }
            let id = record.fields[columns[.id]!].trimmingSpaces()
            if !id.isEmpty, Identifier.isValid(id) {
                if let first = seen[id] {
                    plan.rejected.append(OfferImportProblem(line: record.line, column: columns[.id]! + 1, columnName: names[.id],
                                                            kind: .duplicateID(id, firstLine: first)))
                    continue
                }
                seen[id] = record.line
            }
            let existing = store.offer(id: id)
            let (offer, problems) = reader.read(record, existing: existing)
            if let offer, problems.isEmpty {
                plan.file(offer, line: record.line, existing: existing)
            } else {
                plan.rejected += problems
            }
        }
        plan.rejected = OfferImportPlan.inOrder(plan.rejected)
        return plan
    }

    /// The separator named by an Excel separator line `sep=;` (`sep=,`, `sep=` + tab; any case) that
    /// is the file's whole first line, or nil.
    static func separatorLine(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar? {
        guard scalars.count >= 5, String(String.UnicodeScalarView(scalars[0..<4])).lowercased() == "sep=" else { return nil }
        let d = scalars[4]
        guard d == ";" || d == "," || d == "\t" else { return nil }
        var i = 5
        while i < scalars.count, scalars[i] == " " || scalars[i] == d { i += 1 }
        return i == scalars.count || scalars[i] == "\r" || scalars[i] == "\n" ? d : nil
    }

    /// A cell without white space (spaces, tabs, no-break spaces, line breaks) at either end.
    static func trimmed(_ cell: String) -> String {
        var s = Substring(cell)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

    /// A cell without the `'` the export puts before `=` and `@` (against formula injection).
    static func unprotected(_ cell: String) -> String {
        cell.hasPrefix("'=") || cell.hasPrefix("'@") ? String(cell.dropFirst()) : cell
    }

    /// Reads one row into an offer.
    struct RowReader {
        let store: Store
        let columns: [OfferCSVColumn: Int]
        let names: [OfferCSVColumn: String]
        let today: Day
        let resolver: ReferenceResolver

        init(store: Store, columns: [OfferCSVColumn: Int], names: [OfferCSVColumn: String], today: Day) {
            self.store = store
            self.columns = columns
            self.names = names
            self.today = today
            resolver = ReferenceResolver(store: store)
        }

        func read(_ record: IndicatorCSVImport.Record, existing: Offer?) -> (Offer?, [OfferImportProblem]) {
            var problems: [OfferImportProblem] = []
            func problem(_ c: OfferCSVColumn?, _ kind: OfferImportProblem.Kind) {
                problems.append(OfferImportProblem(line: record.line, column: c.flatMap { columns[$0] }.map { $0 + 1 },
                                                   columnName: c.flatMap { names[$0] }, kind: kind))
            }
            // Trimmed of all white space, line breaks included: an Excel cell ending in Alt+Enter (or
            // holding nothing else) must not become a title "\n", which `kette validate` rejects.
            func cell(_ c: OfferCSVColumn) -> String? { columns[c].map { OfferCSVImport.unprotected(OfferCSVImport.trimmed(record.fields[$0])) } }
            func text(_ c: OfferCSVColumn) -> String?? {
                guard let t = cell(c) else { return .none }
                return .some(t.isEmpty ? nil : t)
            }

            let id = cell(.id) ?? ""
            if id.isEmpty {
                problem(.id, .missingValue(names[.id] ?? "ID"))
                return (nil, problems)
            }
            guard Identifier.isValid(id) else {
                problem(.id, .invalidID(id))
                return (nil, problems)
            }
            if existing == nil {
                for c in requiredForNew where columns[c] == nil { problem(nil, .missingValue(c.germanName)) }
                if columns[.stages] == nil && columns[.transitions] == nil { problem(nil, .noStageOrTransition) }
                if columns[.districts] == nil && columns[.citywide] == nil { problem(nil, .noDistricts) }
                if !problems.isEmpty { return (nil, problems) }
            }
            var o = existing ?? Offer(id: id, title: "", provider: "", field: .soziales, languages: [],
                                      cost: Offer.Cost(free: false), updated: today)

            for c in [OfferCSVColumn.title, .provider] {
                guard let t = cell(c) else { continue }
                if t.isEmpty { problem(c, .missingValue(names[c]!)); continue }
                if c == .title { o.title = t } else { o.provider = t }
            }
            if let t = cell(.field) {
                if t.isEmpty {
                    problem(.field, .missingValue(names[.field]!))
                } else if let f = CellValues.field(t) {
                    o.field = f
                } else {
                    problem(.field, .invalidField(t))
                }
            }
            func references(_ c: OfferCSVColumn, _ resolve: (String) -> ReferenceResolver.Result,
                            _ unknown: (String) -> OfferImportProblem.Kind) -> [String]? {
                guard let t = cell(c) else { return nil }
                var ids: [String] = []
                for item in CellValues.list(t) {
                    switch resolve(item) {
                    case .found(let id): if !ids.contains(id) { ids.append(id) }
                    case .unknown(let x): problem(c, unknown(x))
                    case .ambiguous(let x, let candidates): problem(c, .ambiguous(x, candidates: candidates))
                    }
                }
                return ids
            }
            if let v = references(.stages, resolver.stage, { .unknownStage($0) }) { o.stages = v }
            if let v = references(.transitions, resolver.transition, { .unknownTransition($0) }) { o.transitions = v }
            if let v = references(.districts, resolver.district, { .unknownDistrict($0) }) { o.districts = v }
            func flag(_ c: OfferCSVColumn) -> Bool? {
                guard let t = cell(c) else { return nil }
                if let b = CellValues.bool(t) { return b }
                problem(c, .invalidBool(t))
                return nil
            }
            if let b = flag(.citywide) { o.citywide = b }
            if let b = flag(.accessible) { o.accessible = b }
            if let b = flag(.free) { o.cost.free = b }
            if let v = text(.description) { o.description = v }
            if let v = text(.address) { o.address = v }
            if let v = text(.eligibility) { o.eligibility = v }
            if let v = text(.hours) { o.hours = v }
            if let v = text(.costNote) { o.cost.note = v }
            var contact = o.contact ?? Offer.Contact()
            if let v = text(.phone) { contact.phone = v }
            if let v = text(.email) { contact.email = v }
            if let v = text(.web) { contact.web = v }
            o.contact = contact.isEmpty && contact.extras.isEmpty ? nil : contact
            if let t = cell(.languages) {
                var codes: [String] = []
                for item in CellValues.list(t) {
                    if let code = CellValues.language(item) {
                        if !codes.contains(code) { codes.append(code) }
                    } else {
                        problem(.languages, .invalidLanguage(item))
                    }
                }
                o.languages = codes
            }
            if let t = cell(.tags) { o.tags = CellValues.list(t) }
            if let t = cell(.updated) {
                if t.isEmpty {
                    if existing == nil { o.updated = today }
                } else if let d = CellValues.day(t) {
                    o.updated = d
                } else {
                    problem(.updated, .invalidDate(t))
                }
            }
            if let t = cell(.status) {
                if let s = CellValues.status(t) { o.status = s } else { problem(.status, .invalidStatus(t)) }
            }
            if problems.isEmpty {
                if o.stages.isEmpty && o.transitions.isEmpty {
                    problem(columns[.stages] != nil ? .stages : .transitions, .noStageOrTransition)
                }
                if o.districts.isEmpty && !o.citywide { problem(columns[.districts] != nil ? .districts : .citywide, .noDistricts) }
            }
            return (problems.isEmpty ? o : nil, problems)
        }
    }
}
