/// Writes offers as a CSV file for spreadsheets: every column of ``OfferCSVColumn`` with German (or
/// English) headers, `;` as separator (what German Excel expects), CRLF line ends, lists joined with
/// `, `, yes/no as `ja`/`nein` (`yes`/`no` in English). ``OfferCSVImport`` reads it back unchanged.
///
/// Text is written as it is stored, line breaks and tabs included (quoted); other control
/// characters (escape sequences) are written as visible escapes (`\x1B`), never as they are. A cell
/// that starts with `=` or `@` gets a leading `'`, so a spreadsheet shows it as text instead of
/// running it as a formula; the import removes that `'` again.
public enum OfferCSVExport {
    /// The whole file as one String, without byte order mark (for tests and small stores;
    /// ``write(_:language:delimiter:encoding:progress:chunkSize:to:)`` streams it instead).
    public static func render(_ offers: [Offer], language: Language = .de, delimiter: Character = ";",
                              progress: ExchangeProgress = .none) throws(ExchangeCancelled) -> String {
        var bytes: [UInt8] = []
        do {
            try write(offers, language: language, delimiter: delimiter, encoding: .utf8, progress: progress) {
                bytes.append(contentsOf: $0)
            }
        } catch let e as ExchangeCancelled {
            throw e
        } catch {
            preconditionFailure("UTF-8 into a sink that cannot fail failed: \(error)")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the file into `sink` row by row, in chunks of about `chunkSize` bytes (a chunk is handed
    /// on once it holds at least `chunkSize` bytes, at the end of a row), so that only one row and one
    /// chunk are in memory at a time: the header, then one row per offer, each ending in CRLF; with
    /// `.utf8WithBOM` the byte order mark first.
    ///
    /// Throws ``ExchangeCancelled`` when `progress` says so (checked every 500 offers), whatever
    /// `sink` throws, and — in Windows-1252 — ``OfferCSVUnencodable`` at the first row it cannot hold;
    /// what was handed to `sink` until then is an incomplete file. So that a refusal comes before
    /// anything is written, check with ``windows1252Refusal(_:language:delimiter:progress:)`` first.
    /// Throws ``StoreWriteError/changedSinceLoad(path:)`` before the first and the last chunk when
    /// the offers' texts come from an offers.json changed since it was loaded (``OfferTextSource``).
    public static func write(_ offers: [Offer], language: Language = .de, delimiter: Character = ";",
                             encoding: TextEncodingDetection.Encoding = .utf8WithBOM, progress: ExchangeProgress = .none,
                             chunkSize: Int = 256 * 1024, to sink: ([UInt8]) throws -> Void) throws {
        try OfferTextSource.check(offers)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(chunkSize + 64 * 1024)
        if encoding == .utf8WithBOM { buffer.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        var rowBytes: [UInt8] = []
        /// The row as UTF-8 bytes, into the buffer as they are or as Windows-1252.
        func append(_ row: (inout [UInt8]) -> Void, of offer: Offer?) throws(OfferCSVUnencodable) {
            switch encoding {
            case .utf8, .utf8WithBOM:
                row(&buffer)
            case .windows1252:
                rowBytes.removeAll(keepingCapacity: true)
                row(&rowBytes)
                let count = buffer.count
                if !TextEncodingDetection.appendWindows1252(utf8: rowBytes, to: &buffer) {
                    buffer.removeSubrange(count...)
                    let text = String(decoding: rowBytes, as: UTF8.self)
                    throw OfferCSVUnencodable(character: TextEncodingDetection.firstUnencodableInWindows1252(text) ?? " ",
                                              offers: offer.map { [$0.id] } ?? [])
                }
            }
        }
        try append({ $0.append(contentsOf: header(language, delimiter).utf8) }, of: nil)
        for (i, o) in offers.enumerated() {
            try progress.tick(i + 1, of: offers.count)
            try append({ appendRow(o, language, delimiter, to: &$0) }, of: o)
            if buffer.count >= chunkSize {
                try sink(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try OfferTextSource.check(offers)
        try sink(buffer)
    }

    /// The check a Windows-1252 export makes before it writes anything: nil when Windows-1252 can
    /// hold every row, otherwise the first character in the file it cannot hold and the ids of all
    /// offers whose row has one. Polls `progress` for cancelling every 500 offers (without reports).
    public static func windows1252Refusal(_ offers: [Offer], language: Language = .de, delimiter: Character = ";",
                                          progress: ExchangeProgress = .none) throws(ExchangeCancelled) -> OfferCSVUnencodable? {
        var first = TextEncodingDetection.firstUnencodableInWindows1252(header(language, delimiter))
        var ids: [String] = []
        var utf8: [UInt8] = [], encoded: [UInt8] = []
        for (i, o) in offers.enumerated() {
            if (i + 1) % 500 == 0, progress.isCancelled() { throw ExchangeCancelled() }
            utf8.removeAll(keepingCapacity: true)
            encoded.removeAll(keepingCapacity: true)
            appendRow(o, language, delimiter, to: &utf8)
            if !TextEncodingDetection.appendWindows1252(utf8: utf8, to: &encoded) {
                if first == nil { first = TextEncodingDetection.firstUnencodableInWindows1252(String(decoding: utf8, as: UTF8.self)) }
                ids.append(o.id)
            }
        }
        return first.map { OfferCSVUnencodable(character: $0, offers: ids) }
    }

    /// The ids of the offers whose CSV row cannot be written in Windows-1252.
    public static func offersNotInWindows1252(_ offers: [Offer], language: Language = .de) -> [String] {
        ((try? windows1252Refusal(offers, language: language)) ?? nil)?.offers ?? []
    }

    /// The bytes of the file: UTF-8 with a byte order mark (so Excel reads umlauts), or Windows-1252.
    /// Fails with the first character Windows-1252 cannot represent.
    public static func encode(_ text: String, as encoding: TextEncodingDetection.Encoding) -> Result<[UInt8], TextEncodingDetection.Unencodable> {
        switch encoding {
        case .utf8: .success(Array(text.utf8))
        case .utf8WithBOM: .success([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        case .windows1252: TextEncodingDetection.encodeWindows1252(text)
        }
    }

    /// The header row: every column's name in `language`.
    static func header(_ language: Language, _ delimiter: Character) -> String {
        row(OfferCSVColumn.allCases.map { $0.name(language) }, delimiter)
    }

    /// One offer's row.
    static func row(_ o: Offer, _ language: Language, _ delimiter: Character) -> String {
        row(cells(o, language), delimiter)
    }

    /// One offer's row as UTF-8 bytes appended to `out`: the bytes of ``row(_:_:_:)``, made without
    /// building the row as a String (most cells take the quick way of ``appendFieldQuickly(_:delimiter:to:)``).
    static func appendRow(_ o: Offer, _ language: Language, _ delimiter: Character, to out: inout [UInt8]) {
        let cells = cells(o, language)
        guard let d = delimiter.asciiValue else { return out.append(contentsOf: row(cells, delimiter).utf8) }
        for (i, cell) in cells.enumerated() {
            if i > 0 { out.append(d) }
            if !appendFieldQuickly(cell, delimiter: d, to: &out) { out.append(contentsOf: field(cell, delimiter).utf8) }
        }
        out.append(contentsOf: [0x0D, 0x0A])
    }

    /// ``field(_:_:)`` on the UTF-8 bytes, appended to `out`, for the text it treats byte by byte:
    /// nothing to escape, and no separator, quote, leading `=`/`@` or outer space next to a non-ASCII
    /// byte (where a combining mark could make one character of the two, which the rules of
    /// ``field(_:_:)`` — on characters — would then not see), no U+037E. Returns false and appends
    /// nothing for any other text.
    static func appendFieldQuickly(_ text: String, delimiter d: UInt8, to out: inout [UInt8]) -> Bool {
        var bytes = text
        return bytes.withUTF8 { b -> Bool in
            let n = b.count
            guard n > 0 else { return true }
            var needsQuotes = false, nonASCII = false
            func besideNonASCII(_ i: Int) -> Bool { (i > 0 && b[i - 1] >= 0x80) || (i + 1 < n && b[i + 1] >= 0x80) }
            for i in 0..<n {
                let c = b[i]
                if c >= 0x80 {
                    // U+037E (Greek question mark) is canonically a `;`, and Swift compares characters so.
                    if c == 0xCD && i + 1 < n && b[i + 1] == 0xBE { return false }
                    nonASCII = true
                } else if c == d || c == 0x22 {
                    if besideNonASCII(i) { return false }
                    needsQuotes = true
                } else if c == 0x0A || c == 0x0D {
                    needsQuotes = true  // a control character is a character of its own
                } else if (c < 0x20 && c != 0x09) || c == 0x7F {
                    return false  // written as an escape
                }
            }
            if nonASCII && text.unicodeScalars.contains(where: TerminalText.isUnsafe) { return false }
            let first = b[0], last = b[n - 1]
            let formula = first == 0x3D || first == 0x40  // = @
            if (formula || first == 0x20) && besideNonASCII(0) { return false }
            if last == 0x20 && besideNonASCII(n - 1) { return false }
            if !formula && (first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09) { needsQuotes = true }
            if formula && (last == 0x20 || last == 0x09) { needsQuotes = true }
            if needsQuotes { out.append(0x22) }
            if formula { out.append(0x27) }  // '
            for c in b {
                out.append(c)
                if c == 0x22 && needsQuotes { out.append(0x22) }
            }
            if needsQuotes { out.append(0x22) }
            return true
        }
    }

    /// One offer's cells, in the order of ``OfferCSVColumn``.
    static func cells(_ o: Offer, _ language: Language) -> [String] {
        let yes = language == .en ? "yes" : "ja", no = language == .en ? "no" : "nein"
        func flag(_ b: Bool) -> String { b ? yes : no }
        let cells: [String] = OfferCSVColumn.allCases.map { c in
            switch c {
            case .id: o.id
            case .title: o.title
            case .provider: o.provider
            case .field: o.field.rawValue
            case .stages: o.stages.joined(separator: ", ")
            case .transitions: o.transitions.joined(separator: ", ")
            case .citywide: flag(o.citywide)
            case .districts: o.districts.joined(separator: ", ")
            case .description: o.description ?? ""
            case .address: o.address ?? ""
            case .phone: o.contact?.phone ?? ""
            case .email: o.contact?.email ?? ""
            case .web: o.contact?.web ?? ""
            case .languages: o.languages.joined(separator: ", ")
            case .free: flag(o.cost.free)
            case .costNote: o.cost.note ?? ""
            case .accessible: flag(o.accessible)
            case .eligibility: o.eligibility ?? ""
            case .hours: o.hours ?? ""
            case .tags: o.tags.joined(separator: ", ")
            case .updated: o.updated.description
            case .status: o.status.rawValue
            }
        }
        return cells
    }

    static func row(_ cells: [String], _ delimiter: Character) -> String {
        cells.map { field($0, delimiter) }.joined(separator: String(delimiter)) + "\r\n"
    }

    /// One field, quoted when it holds the separator, a quote, a line break or outer spaces.
    static func field(_ text: String, _ delimiter: Character) -> String {
        var safe = text
        if text.unicodeScalars.contains(where: { TerminalText.isUnsafe($0) && $0 != "\n" && $0 != "\t" && $0 != "\r" }) {
            var scalars = String.UnicodeScalarView()
            for s in text.unicodeScalars {
                if TerminalText.isUnsafe(s) && s != "\n" && s != "\t" && s != "\r" {
                    scalars.append(contentsOf: TerminalText.escaped(String(s)).unicodeScalars)
                } else {
                    scalars.append(s)
                }
            }
            safe = String(scalars)
        }
        if let first = safe.first, first == "=" || first == "@" { safe = "'" + safe }
        let needsQuotes = safe.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            || safe.hasPrefix(" ") || safe.hasSuffix(" ") || safe.hasPrefix("\t") || safe.hasSuffix("\t")
        return needsQuotes ? "\"" + safe.replacingAll("\"", with: "\"\"") + "\"" : safe
    }
}
