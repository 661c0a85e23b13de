/// The one-page print-out for a family: the chosen offers with contact data, opening hours,
/// languages and cost, and a short personal note. German, with the labels optionally also in a
/// second language ("Telefon / Phone"). A pure function of the store and the offer ids, so the
/// navigator can print the same page.
///
/// Safety: in `txt` and `md` every store text is passed through ``TerminalText/escaped(_:keepNewlines:)``,
/// so no escape sequence from the data reaches a terminal; Markdown additionally escapes its markup
/// characters; `html` escapes everything (``HTMLBuilder``) and links nothing outside the file.
public enum Handout {
    public enum Format: String, Sendable, CaseIterable { case txt, md, html }

    public enum Failure: Error, Sendable, Equatable {
        case noOffers
        case unknownOffer(String)
        case archivedOffer(String)
        case unknownLanguage(String)
    }

    /// The longest description shown, in characters; longer ones are cut at a word with "…".
    public static let descriptionLimit = 280
    /// The width of the text format.
    public static let textWidth = 72

    /// The offers a case's handout prints: its referrals' offers, in order and once each, except
    /// rejected referrals and offers no longer active (archived or gone since the referral) —
    /// the same for `kette handout --case` and `P` in the navigator.
    public static func offerIDs(referredIn c: Case, store: Store) -> [String] {
        var seen = Set<String>()
        return c.referrals.filter { $0.status != .abgelehnt && store.offer(id: $0.offer)?.isActive == true }
            .map(\.offer).filter { seen.insert($0).inserted }
    }

    public static func render(store: Store, offerIDs: [String], format: Format, note: String? = nil,
                              secondLanguage: String? = nil, date: Day) throws(Failure) -> String {
        guard !offerIDs.isEmpty else { throw .noOffers }
        var offers: [Offer] = []
        for id in offerIDs {
            guard let o = store.offer(id: id) else { throw .unknownOffer(id) }
            guard o.isActive else { throw .archivedOffer(id) }
            if !offers.contains(where: { $0.id == id }) { offers.append(o) }
        }
        var second: HandoutLabels?
        if let code = secondLanguage, code.lowercased() != "de" {
            guard let l = HandoutLabels.forLanguage(code) else { throw .unknownLanguage(code) }
            second = l
        }
        let page = Page(store: store, offers: offers, note: note?.isEmpty == true ? nil : note, second: second,
                        secondCode: secondLanguage?.lowercased(), date: date)
        switch format {
        case .txt: return page.text()
        case .md: return page.markdown()
        case .html: return page.html()
        }
    }

    struct Page {
        let store: Store
        let offers: [Offer]
        let note: String?
        let second: HandoutLabels?
        let secondCode: String?
        let date: Day
        let de = HandoutLabels.german

        /// "Telefon / Phone" when there is a second language.
        func label(_ key: KeyPath<HandoutLabels, String>) -> String {
            guard let second, second[keyPath: key] != de[keyPath: key] else { return de[keyPath: key] }
            return de[keyPath: key] + " / " + second[keyPath: key]
        }

        var title: String {
            let m = store.info.municipality
            return de.title(m) + (second.map { " / " + $0.title(m) } ?? "")
        }

        var germanDate: String {
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return "\(two(date.day)).\(two(date.month)).\(date.year)"
        }

        func day(_ d: Day) -> String {
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return "\(two(d.day)).\(two(d.month)).\(d.year)"
        }

        /// The rows shown for an offer: (label, value), only those with a value.
        func rows(_ o: Offer) -> [(String, String)] {
            var rows: [(String, String)] = [(label(\.provider), o.provider)]
            if let a = o.address { rows.append((label(\.address), a)) }
            if let p = o.contact?.phone { rows.append((label(\.phone), p)) }
            if let e = o.contact?.email { rows.append((label(\.email), e)) }
            if let w = o.contact?.web { rows.append((label(\.web), w)) }
            if let h = o.hours { rows.append((label(\.hours), h)) }
            let names = o.languages.map { code -> String in
                let name = LanguageNames.name(code, in: .de)
                if let secondCode, secondCode == "en", LanguageNames.isKnown(code), LanguageNames.name(code, in: .en) != name {
                    return name + " (" + LanguageNames.name(code, in: .en) + ")"
                }
                return name
            }
            if !names.isEmpty { rows.append((label(\.languages), names.joined(separator: ", "))) }
            var cost = o.cost.free ? label(\.free) : label(\.fee)
            if let n = o.cost.note { cost += " – " + n }
            rows.append((label(\.cost), cost))
            rows.append((label(\.accessible), o.accessible ? label(\.yes) : label(\.no)))
            if let e = o.eligibility { rows.append((label(\.eligibility), e)) }
            let wherePart = o.citywide ? label(\.citywide)
                : o.districts.map { id in store.district(id: id)?.name ?? id }.joined(separator: ", ")
            if !wherePart.isEmpty { rows.append((label(\.whereAvailable), wherePart)) }
            rows.append((label(\.checked), day(o.updated)))
            return rows
        }

        func shortDescription(_ o: Offer) -> String? {
            guard let d = o.description, !d.isEmpty else { return nil }
            guard d.count > Handout.descriptionLimit else { return d }
            var cut = String(d.prefix(Handout.descriptionLimit))
            if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
            return cut + " …"
        }

        var checkedLine: String { de.asOf(germanDate) + (second.map { " / " + $0.asOf(germanDate) } ?? "") }

        // MARK: Text

        func text() -> String {
            let w = Handout.textWidth
            func safe(_ s: String) -> String { TerminalText.escaped(s) }
            var out: [String] = []
            out += TerminalText.wrap(safe(title), to: w)
            out.append(String(repeating: "=", count: min(w, TerminalText.width(safe(title)))))
            out += TerminalText.wrap(safe(de.intro + (second.map { " / " + $0.intro } ?? "")), to: w)
            out.append("")
            if let note {
                out += TerminalText.wrap(safe(label(\.note) + ": ") + TerminalText.escaped(note, keepNewlines: true), to: w)
                out.append("")
            }
            for (i, o) in offers.enumerated() {
                let heading = "\(i + 1). " + safe(o.title)
                out += TerminalText.wrap(heading, to: w)
                out.append(String(repeating: "-", count: min(w, TerminalText.width(heading))))
                if let d = shortDescription(o) { out += TerminalText.wrap(TerminalText.escaped(d, keepNewlines: true), to: w) }
                let rows = rows(o)
                let labelWidth = rows.map { TerminalText.width(safe($0.0)) }.max() ?? 0
                for (l, v) in rows {
                    if labelWidth <= 20 {
                        // Aligned columns.
                        let head = safe(l) + ":" + String(repeating: " ", count: labelWidth + 2 - TerminalText.width(safe(l) + ":"))
                        for (k, line) in TerminalText.wrap(safe(v), to: w - labelWidth - 2).enumerated() {
                            out.append((k == 0 ? head : String(repeating: " ", count: labelWidth + 2)) + line)
                        }
                    } else {
                        // Bilingual labels are long: label and value on one line, continued indented.
                        let lines = TerminalText.wrap(safe(l) + ": " + safe(v), to: w)
                        let rest = lines.dropFirst().joined(separator: " ")
                        out += lines.prefix(1) + (rest.isEmpty ? [] : TerminalText.wrap(rest, to: w - 4).map { "    " + $0 })
                    }
                }
                out.append("")
            }
            out += TerminalText.wrap(safe(checkedLine), to: w)
            return out.joined(separator: "\n") + "\n"
        }

        // MARK: Markdown

        /// Store text for Markdown: terminal-safe, line breaks as spaces, inline markup characters
        /// escaped everywhere and, for text that starts a line, block markup (`#`, `-`, `+`, `1.`).
        static func md(_ s: String, lineStart: Bool = false) -> String {
            var out = ""
            for c in TerminalText.escaped(s.replacingAll("\r\n", with: " ").replacingAll("\n", with: " ")) {
                if "\\`*_{}[]<>|~&".contains(c) { out.append("\\") }
                out.append(c)
            }
            guard lineStart else { return out }
            if let first = out.first, "#-+=>".contains(first) { out = "\\" + out }
            if let dot = out.firstIndex(where: { !$0.isNumber }), dot != out.startIndex, out[dot] == "." || out[dot] == ")" {
                out.insert("\\", at: dot)
            }
            return out
        }

        func markdown() -> String {
            var out: [String] = ["# " + Self.md(title), "", Self.md(de.intro + (second.map { " / " + $0.intro } ?? ""), lineStart: true), ""]
            if let note { out += ["> **" + Self.md(label(\.note)) + ":** " + Self.md(note), ""] }
            for (i, o) in offers.enumerated() {
                out.append("## \(i + 1)\\. " + Self.md(o.title))
                out.append("")
                if let d = shortDescription(o) { out += [Self.md(d, lineStart: true), ""] }
                for (l, v) in rows(o) { out.append("- **" + Self.md(l) + ":** " + Self.md(v)) }
                out.append("")
            }
            out.append("*" + Self.md(checkedLine) + "*")
            return out.joined(separator: "\n") + "\n"
        }

        // MARK: HTML

        func html() -> String {
            func e(_ s: String) -> String { HTMLBuilder.escape(s) }
            var h = "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\" />\n"
            h += "<meta name=\"generator\" content=\"Kette\" />\n<title>" + e(title) + "</title>\n"
            h += "<style>\n" + Self.css + "</style>\n</head>\n<body>\n"
            h += "<h1>" + e(title) + "</h1>\n<p class=\"intro\">" + e(de.intro + (second.map { " / " + $0.intro } ?? "")) + "</p>\n"
            if let note {
                h += "<p class=\"note\"><strong>" + e(label(\.note)) + ":</strong> " + e(note).replacingAll("\n", with: "<br />") + "</p>\n"
            }
            for (i, o) in offers.enumerated() {
                h += "<section class=\"offer\">\n<h2>\(i + 1). " + e(o.title) + "</h2>\n"
                if let d = shortDescription(o) { h += "<p>" + e(d) + "</p>\n" }
                h += "<table>\n"
                for (l, v) in rows(o) { h += "<tr><th scope=\"row\">" + e(l) + "</th><td>" + e(v) + "</td></tr>\n" }
                h += "</table>\n</section>\n"
            }
            h += "<footer><p>" + e(checkedLine) + "</p></footer>\n</body>\n</html>\n"
            return h
        }

        static let css = """
            @page { size: A4; margin: 15mm; }
            body { font-family: sans-serif; font-size: 10.5pt; line-height: 1.35; color: #000; margin: 0 auto; max-width: 180mm; }
            h1 { font-size: 15pt; margin: 0 0 4pt; }
            h2 { font-size: 11.5pt; margin: 8pt 0 2pt; }
            p { margin: 2pt 0; }
            .intro { font-style: italic; }
            .note { border: 1px solid #000; padding: 4pt 6pt; margin: 6pt 0; }
            .offer { break-inside: avoid; page-break-inside: avoid; border-top: 1px solid #888; }
            table { border-collapse: collapse; }
            th { text-align: left; font-weight: bold; padding: 0 8pt 0 0; vertical-align: top; white-space: nowrap; }
            td { padding: 0; vertical-align: top; }
            footer { margin-top: 8pt; font-size: 9pt; }

            """
    }
}
