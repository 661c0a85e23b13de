import Foundation
import KetteCore

/// The form for creating and editing a case: only pseudonym and district are required. Children
/// are typed one per line ("Kind 1, 2020-09" or "Baby, 2027-03, erwartet"), so a family of any
/// size fits without sub-forms. Checks are those of ``CaseValidator``, mapped onto the fields.
enum CaseForm {
    static func make(_ c: Case, isNew: Bool, store: Store, strings s: Strings, labels l: CaseLabels) -> Form {
        let districts = store.districts.map { FormOption(id: $0.id, label: $0.name) }
        let needs = store.needs.map { FormOption(id: $0.id, label: $0.title) }
        let rules = [FormOption(id: Retention.counselling, label: l.ruleCounselling),
                     FormOption(id: Retention.longTerm, label: l.ruleLongTerm)]
        var fields: [FormField] = [
            .text("pseudonym", l.pseudonym, c.pseudonym, required: true, hint: l.hintPseudonym),
            .choice("district", l.district, options: districts, selected: c.district.isEmpty ? nil : c.district, required: true),
            .multiline("children", l.fieldChildren, childrenText(c.children, labels: l), hint: l.hintChildren),
            .multiChoice("needs", l.needs, options: needs, selected: c.needs),
            .multiChoice("languages", l.languages, options: OfferForm.languageOptions(store: store, strings: s, keeping: c.languages),
                         selected: c.languages),
            .date("followUp", l.followUp, c.followUp?.description ?? ""),
            .multiline("notes", l.notes, c.notes ?? ""),
            .multiline("entry", l.fieldNewEntry, ""),
            .toggle("entrusted", l.fieldEntrusted, false),
            .choice("rule", l.fieldRule, options: rules, selected: c.retention?.rule ?? Retention.counselling),
        ]
        if !isNew { fields.append(.toggle("closed", l.fieldClosed, c.status == .closed)) }
        return Form(title: isNew ? l.formNew : l.formEdit(TerminalText.escaped(c.id)), fields: fields)
    }

    static func childrenText(_ children: [Case.Child], labels l: CaseLabels) -> String {
        children.map { "\($0.alias), \($0.birthMonth)" + ($0.expected ? ", \(l.expected)" : "") }.joined(separator: "\n")
    }

    /// Children from the text field; the 1-based numbers of lines that do not parse.
    static func children(from text: String) -> (children: [Case.Child], bad: [Int]) {
        var out: [Case.Child] = [], bad: [Int] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            let parts = line.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 || parts.count == 3, !parts[0].isEmpty, let month = Month(parts[1]) else {
                bad.append(i + 1)
                continue
            }
            let expected = parts.count == 3
            if expected, !["erwartet", "expected"].contains(parts[2].lowercased()) {
                bad.append(i + 1)
                continue
            }
            out.append(Case.Child(alias: parts[0], birthMonth: month, expected: expected))
        }
        return (out, bad)
    }

    /// The case the values describe, based on `base` (whose referrals, unknown keys and history
    /// fields are kept). A new journal entry is dated `today`.
    static func value(from v: [String: FormValue], base: Case, today: Day) -> Case {
        var c = base
        c.pseudonym = (v["pseudonym"]?.text ?? "").trimmingCharacters(in: .whitespaces)
        c.district = v["district"]?.selection?.first ?? ""
        c.children = children(from: v["children"]?.text ?? "").children
        c.needs = v["needs"]?.selection ?? []
        c.languages = v["languages"]?.selection ?? []
        c.followUp = (v["followUp"]?.text).flatMap { Day($0.trimmingCharacters(in: .whitespaces)) }
        let notes = v["notes"]?.text ?? ""
        c.notes = notes.allSatisfy(\.isWhitespace) ? nil : notes
        let entry = v["entry"]?.text ?? ""
        if !entry.allSatisfy(\.isWhitespace) {
            c.entries.append(Case.Entry(day: today, text: entry, entrusted: v["entrusted"]?.flag ?? false))
        }
        if let rule = v["rule"]?.selection?.first, rule != c.retention?.rule {
            c.retention = Case.Retention(rule: rule, until: c.retention?.until ?? today)
        }
        if let closed = v["closed"]?.flag { c.status = closed ? .closed : .open }
        return c
    }

    static func validator(base: Case, store: Store, today: Day, language: Language) -> FormValidator {
        FormValidator { values in
            var errors: [String: String] = [:]
            let labels = CaseLabels.forLanguage(language), text = CaseText.forLanguage(language)
            if let bad = children(from: values["children"]?.text ?? "").bad.first {
                errors["children"] = labels.childLineInvalid(bad)
            }
            let c = value(from: values, base: base, today: today)
            for p in CaseValidator.errors(c, store: store, today: today) {
                let key = fieldKey(p.field)
                if errors[key] == nil { errors[key] = p.message(text) }
            }
            return errors
        }
    }

    /// The form field a problem's JSON path belongs to.
    static func fieldKey(_ path: String) -> String {
        let head = path.prefix { $0 != "[" && $0 != "." }
        switch head {
        case "pseudonym", "district", "children", "needs", "languages", "followUp", "notes": return String(head)
        default: return ""
        }
    }

    /// What differs between the input and the version saved meanwhile, as "Label: value" pairs.
    static func differences(_ mine: [String: FormValue], _ theirs: Form) -> [String] {
        theirs.fields.compactMap { f in
            guard f.key != "entry", f.key != "entrusted", let m = mine[f.key], m != f.value else { return nil }
            let shown: String
            switch f.value {
            case .text(let t): shown = "„\(t.replacingOccurrences(of: "\n", with: " / "))“"
            case .flag(let b): shown = b ? "✓" : "–"
            case .selection(let ids): shown = ids.joined(separator: ", ")
            }
            return "\(f.label) = \(shown)"
        }
    }
}
