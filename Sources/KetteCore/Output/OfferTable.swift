/// Offers as a plain-text table that fits a given width (80 columns by default).
public struct OfferTable {
    public var strings: Strings
    public var width: Int

    public init(strings: Strings, width: Int = 80) {
        self.strings = strings
        self.width = max(60, width)
    }

    public func render(_ offers: [Offer]) -> String {
        let s = strings
        let idWidth = min(14, max(2, offers.map { TerminalText.width($0.id) }.max() ?? 2))
        let fieldWidth = Field.allCases.map { TerminalText.width(s.fieldName($0)) }.max() ?? 11
        let costWidth = max(TerminalText.width(s.freeBadge), TerminalText.width(s.cost))
        let rest = width - idWidth - fieldWidth - costWidth - 8
        let providerWidth = max(12, rest / 3)
        let titleWidth = rest - providerWidth
        func row(_ cells: [String]) -> String {
            let widths = [idWidth, titleWidth, providerWidth, fieldWidth, costWidth]
            return zip(cells, widths).map { TerminalText.fit($0, to: $1) }.joined(separator: "  ")
                .trimmingTrailingSpaces()
        }
        var lines = [row([s.id, s.title, s.provider, s.field, s.cost])]
        lines.append(String(repeating: "─", count: width))
        for o in offers {
            lines.append(row([
                // `list --all` / `search --all` show archived offers too: say so, as the navigator does.
                TerminalText.escaped(o.id), (o.isActive ? "" : s.archivedMark) + TerminalText.escaped(o.title),
                TerminalText.escaped(o.provider),
                s.fieldName(o.field), o.cost.free ? s.freeBadge : s.feeBadge,
            ]))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
