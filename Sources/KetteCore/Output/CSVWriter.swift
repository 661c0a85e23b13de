/// RFC 4180 CSV output (comma, CRLF-free `\n` lines, quotes doubled), as spreadsheets read it.
public enum CSVWriter {
    public static func field(_ text: String) -> String {
        let safe = TerminalText.escaped(text)
        if safe.contains(where: { $0 == "," || $0 == "\"" || $0 == ";" }) || safe.hasPrefix(" ") || safe.hasSuffix(" ") {
            return "\"" + safe.replacingAll("\"", with: "\"\"") + "\""
        }
        return safe
    }

    public static func row(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") }

    /// One row per offer; multi-valued cells are joined with "|".
    public static func offers(_ offers: [Offer]) -> String {
        var lines = [row(["id", "title", "provider", "field", "stages", "transitions", "citywide", "districts",
                          "languages", "free", "accessible", "updated", "status"])]
        for o in offers {
            lines.append(row([o.id, o.title, o.provider, o.field.rawValue, o.stages.joined(separator: "|"),
                              o.transitions.joined(separator: "|"), String(o.citywide),
                              o.districts.joined(separator: "|"), o.languages.joined(separator: "|"),
                              String(o.cost.free), String(o.accessible), o.updated.description, o.status.rawValue]))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
