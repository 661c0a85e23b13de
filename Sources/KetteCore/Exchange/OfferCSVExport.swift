/// Writes offers as a CSV file for spreadsheets: every column of ``OfferCSVColumn`` with German (or
/// English) headers, `;` as separator (what German Excel expects), CRLF line ends, lists joined with
/// `, `, yes/no as `ja`/`nein` (`yes`/`no` in English). ``OfferCSVImport`` reads it back unchanged.
///
/// Text is written as it is stored, line breaks and tabs included (quoted); other control
/// characters (escape sequences) are written as visible escapes (`\x1B`), never as they are. A cell
/// that starts with `=` or `@` gets a leading `'`, so a spreadsheet shows it as text instead of
/// running it as a formula; the import removes that `'` again.
public enum OfferCSVExport {
    public static func render(_ offers: [Offer], language: Language = .de, delimiter: Character = ";",
                              progress: ExchangeProgress = .none) throws(ExchangeCancelled) -> String {
        let yes = language == .en ? "yes" : "ja", no = language == .en ? "no" : "nein"
        func flag(_ b: Bool) -> String { b ? yes : no }
        var out = row(OfferCSVColumn.allCases.map { $0.name(language) }, delimiter)
        for (i, o) in offers.enumerated() {
            try progress.tick(i + 1, of: offers.count)
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
            out += row(cells, delimiter)
        }
        return out
    }

    /// The bytes of the file: UTF-8 with a byte order mark (so Excel reads umlauts), or Windows-1252.
    /// Fails with the first character Windows-1252 cannot represent.
    /// The ids of the offers whose CSV row cannot be written in Windows-1252.
    public static func offersNotInWindows1252(_ offers: [Offer], language: Language = .de) -> [String] {
        offers.filter { o in
            guard let row = try? render([o], language: language) else { return false }
            if case .failure = encode(row, as: .windows1252) { return true }
            return false
        }.map(\.id)
    }

    public static func encode(_ text: String, as encoding: TextEncodingDetection.Encoding) -> Result<[UInt8], TextEncodingDetection.Unencodable> {
        switch encoding {
        case .utf8: .success(Array(text.utf8))
        case .utf8WithBOM: .success([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        case .windows1252: TextEncodingDetection.encodeWindows1252(text)
        }
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
