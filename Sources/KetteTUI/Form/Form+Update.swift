import KetteCore

extension Form {
    /// Applies one key. Save (Ctrl-S, F2) validates and returns `.submit` when everything passes;
    /// Esc returns `.cancel`, after asking when something was changed. A failed validation keeps
    /// every value and moves the focus to the first field with an error.
    /// The answer to a yes/no question: `j`/`y` yes, `n`/Esc no, nil for any other key.
    static func answer(_ e: Event) -> Bool? {
        switch e {
        case .character("j"), .character("J"), .character("y"), .character("Y"): true
        case .character("n"), .character("N"), .escape: false
        default: nil
        }
    }

    public mutating func update(_ e: Event, strings: Strings, validator: FormValidator = .none) -> FormAction {
        // A question on the form takes only its answer; any other key leaves it open.
        if isConfirmingQuit || isConfirmingDiscard {
            guard let yes = Self.answer(e) else { return .none }
            let action: FormAction = isConfirmingQuit ? .quit : .cancel
            isConfirmingQuit = false
            isConfirmingDiscard = false
            return yes ? action : .none
        }
        if Self.isSave(e) {
            picker = nil
            return validate(strings: strings, validator: validator) ? .submit : .none
        }
        if picker != nil {
            updatePicker(e)
            return .none
        }
        switch e {
        case .escape:
            if isDirty {
                isConfirmingDiscard = true
                return .none
            }
            return .cancel
        case .tab:
            moveFocus(by: 1)
        case .backTab:
            moveFocus(by: -1)
        case .pageDown:
            moveFocus(by: 5)
        case .pageUp:
            moveFocus(by: -5)
        case .up, .down:
            if fields.indices.contains(focus), fields[focus].kind == .multiline, !fields[focus].isReadOnly,
               moveLine(up: e == .up) {
                break
            }
            moveFocus(by: e == .up ? -1 : 1)
        default:
            updateField(e)
        }
        return .none
    }

    static func isSave(_ e: Event) -> Bool { e == .ctrlS || e == .function(2) }

    /// Runs the form's own checks, then the validator; stores the errors. True when there are none.
    @discardableResult
    public mutating func validate(strings: Strings, validator: FormValidator = .none) -> Bool {
        var found = basicErrors(strings: strings)
        if found.isEmpty { found = validator.check(values) }
        errors = found
        notice = nil
        if let first = fields.firstIndex(where: { found[$0.key] != nil }) { focus = first }
        return found.isEmpty
    }

    /// Required fields that are empty, dates and months that do not parse.
    public func basicErrors(strings: Strings) -> [String: String] {
        var out: [String: String] = [:]
        for f in fields {
            if f.isRequired && f.isEmpty {
                out[f.key] = strings.formRequired
                continue
            }
            let t = (f.value.text ?? "").trimmingWhitespace
            switch f.kind {
            case .date where !t.isEmpty && Day(t) == nil: out[f.key] = strings.formInvalidDate
            case .month where !t.isEmpty && Month(t) == nil: out[f.key] = strings.formInvalidMonth
            default: break
            }
        }
        return out
    }

    /// The next (or previous) field that can be edited; stays at the ends.
    mutating func moveFocus(by step: Int) {
        let editable = fields.indices.filter { !fields[$0].isReadOnly }
        guard !editable.isEmpty else { return }
        let current = editable.lastIndex { $0 <= focus } ?? 0
        let target = min(max(0, current + step), editable.count - 1)
        // When the focus sat on a read-only field before the first editable one, one step forward lands on it.
        focus = editable[focus < editable[0] && step > 0 ? 0 : target]
    }

    // MARK: Editing the focused field

    mutating func updateField(_ e: Event) {
        guard fields.indices.contains(focus), !fields[focus].isReadOnly else { return }
        let i = focus
        switch fields[i].kind {
        case .text, .date, .month, .multiline:
            if e == .enter && fields[i].kind != .multiline {
                moveFocus(by: 1)
                return
            }
            mutateField(i) { $0.edit(e) }
        case .toggle:
            if e == .enter || e == .character(" ") {
                mutateField(i) { $0.value = .flag(!($0.value.flag ?? false)) }
            }
        case .choice, .multiChoice:
            switch e {
            case .enter, .character(" "), .right:
                picker = FormPicker(field: i)
            case .delete:
                if case .choice = fields[i].kind { mutateField(i) { $0.value = .selection([]) } }
            case .character(let c):
                // Typing opens the list already narrowed.
                picker = FormPicker(field: i, query: String(c))
            default:
                break
            }
        }
    }

    /// ↑/↓ inside a multi-line field: to the same column of the line above or below. False at the
    /// first or last line (then the focus moves to the neighbouring field).
    mutating func moveLine(up: Bool) -> Bool {
        let f = fields[focus]
        let chars = Array(f.value.text ?? "")
        let cursor = min(f.cursor, chars.count)
        let lineStart = (chars[..<cursor].lastIndex(of: "\n") ?? -1) + 1
        let column = cursor - lineStart
        if up {
            guard lineStart > 0 else { return false }
            let prevStart = (chars[..<(lineStart - 1)].lastIndex(of: "\n") ?? -1) + 1
            fields[focus].cursor = min(prevStart + column, lineStart - 1)
        } else {
            guard let lineEnd = chars[cursor...].firstIndex(of: "\n") else { return false }
            let nextEnd = chars[(lineEnd + 1)...].firstIndex(of: "\n") ?? chars.count
            fields[focus].cursor = min(lineEnd + 1 + column, nextEnd)
        }
        return true
    }

    // MARK: The picker

    mutating func updatePicker(_ e: Event) {
        guard var p = picker, fields.indices.contains(p.field) else {
            picker = nil
            return
        }
        let field = fields[p.field]
        let options = field.kind.options
        let matches = p.matches(options)
        let isSingle: Bool
        if case .choice = field.kind { isSingle = true } else { isSingle = false }
        switch e {
        case .escape, .tab, .backTab, .left:
            picker = nil
            return
        case .up: p.selection -= 1
        case .down: p.selection += 1
        case .pageUp: p.selection -= 10
        case .pageDown: p.selection += 10
        case .home: p.selection = 0
        case .end: p.selection = matches.count - 1
        case .enter, .character(" "):
            guard matches.indices.contains(p.selection) else { break }
            let id = options[matches[p.selection]].id
            var chosen = field.value.selection ?? []
            if isSingle {
                // Enter chooses; Space on the chosen option clears a field that may stay empty.
                chosen = e == .character(" ") && chosen == [id] && !field.isRequired ? [] : [id]
                mutateField(p.field) { $0.value = .selection(chosen) }
                picker = nil
                return
            }
            if let k = chosen.firstIndex(of: id) { chosen.remove(at: k) } else { chosen = ordered(chosen + [id], by: options) }
            mutateField(p.field) { $0.value = .selection(chosen) }
        case .backspace:
            if !p.query.isEmpty { p.query.removeLast() }
            p.selection = 0
        case .character(let c):
            p.query.append(c)
            p.selection = 0
        default:
            break
        }
        let count = p.matches(options).count
        p.selection = max(0, min(p.selection, count - 1))
        picker = p
    }

    /// Chosen ids in the order of the options (unknown ids, kept from the data, at the end).
    func ordered(_ ids: [String], by options: [FormOption]) -> [String] {
        let rank = Dictionary(options.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        return ids.enumerated().sorted { (rank[$0.element] ?? Int.max, $0.offset) < (rank[$1.element] ?? Int.max, $1.offset) }
            .map(\.element)
    }
}
