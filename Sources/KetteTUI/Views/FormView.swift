import KetteCore

/// Draws a ``Form``: a heading with the field position, a summary line (hint, errors, the
/// discard question), then one row per field — label (`*` when required) and value, a multi-line
/// field over several rows, an error under its field — scrolled so that the focused field shows.
/// An open choice list is drawn as a box over the fields. Every value goes through
/// ``TerminalText`` (control characters escaped) before it reaches the buffer.
public enum FormView {
    /// Rows a multi-line field takes at least and at most.
    static let multilineRows = 3...6

    public static func draw(_ form: Form, strings s: Strings, in area: Rect, into b: inout ScreenBuffer) {
        guard area.width >= 20, area.height >= 4 else { return }
        b.fill(x: area.x, y: area.y, width: area.width, height: area.height)
        let editable = form.fields.indices.filter { !form.fields[$0].isReadOnly }
        let position = s.formFieldPosition((editable.firstIndex(of: form.focus) ?? 0) + 1, editable.count)
        let pw = TerminalText.width(position)
        b.putFitted(form.title, x: area.x, y: area.y, width: area.width - pw - 2, role: .heading)
        b.put(position, x: area.x + area.width - pw - 1, y: area.y, role: .count)
        drawSummary(form, s, x: area.x, y: area.y + 1, width: area.width, into: &b)

        let layout = Layout(form: form, width: area.width)
        let top = area.y + 2, rows = area.height - 2
        let blocks = form.fields.indices.map { layout.rows(of: $0, form: form, visibleRows: rows) }
        var starts: [Int] = []
        var total = 0
        for n in blocks {
            starts.append(total)
            total += n
        }
        let focusStart = starts.indices.contains(form.focus) ? starts[form.focus] : 0
        // Read-only fields right after the focused one come into view with it (they never get the focus).
        var last = form.focus
        while last + 1 < form.fields.count, form.fields[last + 1].isReadOnly { last += 1 }
        let focusEnd = blocks.indices.contains(last) ? starts[last] + blocks[last] : focusStart + 1
        let scroll = max(0, min(max(0, focusEnd - rows), focusStart))
        var cursor: (x: Int, y: Int)?
        for i in form.fields.indices {
            let first = starts[i] - scroll
            guard first + blocks[i] > 0, first < rows else { continue }
            if let c = drawField(form, i, s, layout: layout, x: area.x, top: top, first: first, rows: rows, into: &b) {
                cursor = c
            }
        }
        if scroll > 0 { b.put("↑", x: area.x + area.width - 1, y: top, role: .dim) }
        if total - scroll > rows { b.put("↓", x: area.x + area.width - 1, y: top + rows - 1, role: .dim) }
        b.cursor = cursor ?? (area.x, top)
        if let picker = form.picker {
            drawPicker(form, picker, s, in: area, into: &b)
        }
    }

    static func drawSummary(_ form: Form, _ s: Strings, x: Int, y: Int, width: Int, into b: inout ScreenBuffer) {
        if form.isConfirmingQuit {
            b.putFitted(question(s.formQuitQuestion, width: width), x: x, y: y, width: width, role: .warning)
            return
        }
        if form.isConfirmingDiscard {
            b.putFitted(question(s.formDiscardQuestion, width: width), x: x, y: y, width: width, role: .warning)
            return
        }
        let wrong = form.fields.filter { form.errors[$0.key] != nil }
        if !wrong.isEmpty || form.errors[""] != nil {
            var text = s.formErrorSummary(wrong.count + (form.errors[""] != nil ? 1 : 0),
                                          wrong.map(\.label).joined(separator: ", "))
            if let general = form.errors[""] { text = general + " · " + text }
            b.putFitted(text, x: x, y: y, width: width, role: .warning)
        } else if let notice = form.notice {
            b.putFitted(notice, x: x, y: y, width: width, role: .warning)
        } else {
            b.putFitted(s.formHint, x: x, y: y, width: width, role: .dim)
        }
    }

    /// A question shortened to `width` keeps its answer keys ("(j/n)") at the end: the words are cut.
    static func question(_ text: String, width: Int) -> String {
        guard TerminalText.width(text) > width, let open = text.range(of: " (", options: .backwards) else { return text }
        let keys = String(text[open.lowerBound...])
        return TerminalText.truncate(String(text[..<open.lowerBound]), to: max(1, width - TerminalText.width(keys))) + keys
    }

    /// Column positions for one width.
    struct Layout {
        var labelWidth: Int
        var valueX: Int
        var valueWidth: Int

        init(form: Form, width: Int) {
            let longest = form.fields.map { TerminalText.width($0.label) + ($0.isRequired ? 2 : 0) }.max() ?? 8
            labelWidth = min(longest, max(10, (width - 4) * 2 / 5))
            valueX = 2 + labelWidth + 2
            valueWidth = max(4, width - valueX - 2)
        }

        /// Rows of a field: its value rows plus one for an error.
        func rows(of i: Int, form: Form, visibleRows: Int) -> Int {
            let f = form.fields[i]
            var n = 1
            if f.kind == .multiline {
                let lines = FormView.visualLines(f.value.text ?? "", width: valueWidth).count
                n = min(max(FormView.multilineRows.lowerBound, lines), FormView.multilineRows.upperBound, max(1, visibleRows - 1))
            }
            return n + (form.errors[f.key] != nil ? 1 : 0)
        }
    }

    /// Draws field `i` whose first row is `first` rows below `top` (may be negative: partly
    /// scrolled out). Returns the cursor position when the field has the focus.
    static func drawField(_ form: Form, _ i: Int, _ s: Strings, layout: Layout, x: Int, top: Int, first: Int, rows: Int,
                          into b: inout ScreenBuffer) -> (x: Int, y: Int)? {
        let f = form.fields[i]
        let focused = i == form.focus && form.picker == nil && !form.isConfirmingDiscard && !form.isConfirmingQuit
        let hasFocus = i == form.focus
        let vx = x + layout.valueX, vw = layout.valueWidth
        func visible(_ row: Int) -> Bool { row >= 0 && row < rows }
        let label = f.label + (f.isRequired ? " *" : "")
        if visible(first) {
            let y = top + first
            b.putFitted(label, x: x + 2, y: y, width: layout.labelWidth, role: f.isReadOnly ? .dim : .heading)
            if hasFocus {
                b.put("▶", x: x, y: y, role: .selected)
                b.restyle(x: x + 2, y: y, width: layout.labelWidth, role: .selected)
            }
        }
        let valueRole: Role = f.isReadOnly ? .dim : hasFocus ? .input : .normal
        var cursor: (x: Int, y: Int)?
        var valueRows = 1
        switch f.kind {
        case .text, .date, .month:
            guard visible(first) else { break }
            let y = top + first
            let text = f.value.text ?? ""
            if text.isEmpty {
                if hasFocus { b.fill(x: vx, y: y, width: vw, height: 1, role: .input) }
                let placeholder = f.hint ?? (f.kind == .date ? s.formDatePlaceholder : f.kind == .month ? s.formMonthPlaceholder : "")
                b.put(placeholder, x: vx, y: y, role: .dim, maxWidth: vw)
                if focused { cursor = (vx, y) }
            } else if !hasFocus {
                // Without the focus a value reads from its start, cut with "…".
                b.putFitted(text, x: vx, y: y, width: vw, role: valueRole)
                if let hint = f.hint, f.isReadOnly {
                    let used = TerminalText.width(TerminalText.escaped(text))
                    if used + 3 < vw { b.put("(\(hint))", x: vx + used + 2, y: y, role: .dim, maxWidth: vw - used - 2) }
                }
            } else {
                let c = drawLine(Array(text), from: 0, to: text.count, cursor: f.cursor, x: vx, y: y, width: vw,
                                 role: valueRole, fill: true, into: &b)
                if focused { cursor = c }
            }
        case .multiline:
            let text = f.value.text ?? ""
            let chars = Array(text)
            let lines = visualLines(text, width: vw)
            valueRows = layout.rows(of: i, form: form, visibleRows: rows) - (form.errors[f.key] != nil ? 1 : 0)
            let cursorLine = lines.lastIndex { $0.start <= f.cursor } ?? 0
            let start = windowStart(selection: cursorLine, rows: valueRows, count: lines.count)
            for r in 0..<valueRows where visible(first + r) {
                let y = top + first + r
                if hasFocus { b.fill(x: vx, y: y, width: vw, height: 1, role: .input) }
                let li = start + r
                if text.isEmpty, r == 0, let hint = f.hint { b.put(hint, x: vx, y: y, role: .dim, maxWidth: vw) }
                guard lines.indices.contains(li) else { continue }
                let c = drawLine(chars, from: lines[li].start, to: lines[li].end,
                                 cursor: li == cursorLine ? f.cursor : nil, x: vx, y: y, width: vw + 1,
                                 role: valueRole, fill: false, into: &b)
                if focused, li == cursorLine { cursor = c }
            }
            if visible(first), start > 0 { b.put("↑", x: vx + vw + 1, y: top + first, role: .dim) }
            if visible(first + valueRows - 1), start + valueRows < lines.count {
                b.put("↓", x: vx + vw + 1, y: top + first + valueRows - 1, role: .dim)
            }
        case .toggle:
            guard visible(first) else { break }
            let on = f.value.flag ?? false
            b.put((on ? "[x] " : "[ ] ") + (on ? s.yes : s.no), x: vx, y: top + first, role: valueRole, maxWidth: vw)
            if focused { cursor = (vx + 1, top + first) }
        case .choice(let options), .multiChoice(let options):
            guard visible(first) else { break }
            let y = top + first
            let ids = f.value.selection ?? []
            if ids.isEmpty {
                b.put(f.hint ?? (f.isReadOnly ? "–" : s.formChoosePlaceholder), x: vx, y: y, role: .dim, maxWidth: vw)
            } else {
                let labels = ids.map { id in options.first { $0.id == id }?.label ?? id }
                var text = labels.joined(separator: ", ")
                if ids.count > 1 { text = "(\(ids.count)) " + text }
                b.putFitted(text, x: vx, y: y, width: vw, role: valueRole)
            }
            if focused { cursor = (x, y) }
        }
        if let error = form.errors[f.key], visible(first + valueRows) {
            b.putFitted("! " + error, x: vx, y: top + first + valueRows, width: vw, role: .warning)
        }
        if focused, cursor == nil, visible(first) { cursor = (x, top + first) }
        return cursor
    }

    /// Draws characters `from..<to` of a text in one row, scrolled sideways so that the cursor
    /// shows. Returns where the cursor is (or the row's start when `cursor` is nil).
    static func drawLine(_ chars: [Character], from: Int, to: Int, cursor: Int?, x: Int, y: Int, width: Int,
                         role: Role, fill: Bool, into b: inout ScreenBuffer) -> (x: Int, y: Int) {
        if fill { b.fill(x: x, y: y, width: width, height: 1, role: role) }
        let widths = chars[from..<to].map(cellWidth)
        var start = from
        if let cursor {
            // Leave one cell for the cursor after the last character.
            var used = widths[0..<(min(cursor, to) - from)].reduce(0, +)
            while used > width - 1, start < min(cursor, to) {
                used -= widths[start - from]
                start += 1
            }
        }
        var col = 0
        var cursorX = x
        for k in start..<to {
            if let cursor, k == cursor { cursorX = x + col }
            let w = widths[k - from]
            if col + w > width { break }
            b.put(shown(chars[k]), x: x + col, y: y, role: role, maxWidth: w)
            col += w
        }
        if let cursor, cursor >= to { cursorX = x + min(col, width - 1) }
        return (cursorX, y)
    }

    /// What a character of user or store text looks like on screen: itself, or its escape.
    static func shown(_ c: Character) -> String {
        c.unicodeScalars.contains(where: TerminalText.isUnsafe) ? TerminalText.escaped(String(c)) : String(c)
    }

    static func cellWidth(_ c: Character) -> Int {
        c.unicodeScalars.contains(where: TerminalText.isUnsafe) ? TerminalText.width(TerminalText.escaped(String(c)))
            : TerminalText.width(of: c)
    }

    /// A multi-line text broken into rows of at most `width` cells: at line breaks, after the
    /// last space that fits, or between characters in a word longer than a row. Each row is a
    /// range of character offsets (a line break belongs to no row; a space at a wrap ends its row).
    static func visualLines(_ text: String, width: Int) -> [(start: Int, end: Int)] {
        let chars = Array(text)
        let widths = chars.map(cellWidth)
        var lines: [(start: Int, end: Int)] = []
        var start = 0, col = 0, i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\n" || c == "\r\n" {
                lines.append((start, i))
                start = i + 1
                col = 0
                i += 1
                continue
            }
            if col + widths[i] > width, i > start {
                if c == " " {
                    // The space that overflows ends this row.
                    lines.append((start, i))
                    start = i + 1
                    col = 0
                    i += 1
                    continue
                }
                var end = i
                if let space = chars[start..<i].lastIndex(of: " "), space > start { end = space + 1 }
                lines.append((start, end))
                start = end
                col = widths[start..<i].reduce(0, +)
            }
            col += widths[i]
            i += 1
        }
        lines.append((start, chars.count))
        return lines
    }

    static func drawPicker(_ form: Form, _ p: FormPicker, _ s: Strings, in area: Rect, into b: inout ScreenBuffer) {
        guard form.fields.indices.contains(p.field) else { return }
        let f = form.fields[p.field]
        let options = f.kind.options
        let matches = p.matches(options)
        let chosen = Set(f.value.selection ?? [])
        let isSingle: Bool
        if case .choice = f.kind { isSingle = true } else { isSingle = false }
        let width = min(area.width - 4, 56)
        let height = min(area.height, max(6, matches.count + 4))
        let x = area.x + (area.width - width) / 2, y = area.y + max(0, (area.height - height) / 2)
        b.box(x: x, y: y, width: width, height: height, title: f.label)
        let prompt = s.formPickerFilter
        let px = x + 2 + b.put(prompt, x: x + 2, y: y + 1, role: .dim)
        var query = TerminalText.escaped(p.query)
        let room = x + width - 2 - px
        while TerminalText.width(query) > room - 1, !query.isEmpty { query.removeFirst() }
        let qw = b.put(query, x: px, y: y + 1, role: .input)
        let visible = height - 4
        if matches.isEmpty {
            b.putFitted(s.formPickerEmpty, x: x + 2, y: y + 2, width: width - 4, role: .dim)
        }
        let first = windowStart(selection: p.selection, rows: visible, count: matches.count)
        for r in 0..<min(visible, matches.count - first) {
            let k = first + r
            let option = options[matches[k]]
            let ry = y + 2 + r
            let mark = isSingle ? (chosen.contains(option.id) ? "(•) " : "( ) ") : (chosen.contains(option.id) ? "[x] " : "[ ] ")
            b.putFitted(mark + option.label, x: x + 3, y: ry, width: width - 5)
            if k == p.selection {
                b.put("▶", x: x + 1, y: ry, role: .selected)
                b.restyle(x: x + 1, y: ry, width: width - 2, role: .selected)
            }
        }
        b.putFitted(isSingle ? s.formPickerHintSingle : s.formPickerHintMultiple, x: x + 2, y: y + height - 2,
                    width: width - 4, role: .dim)
        b.cursor = (px + qw, y + 1)
    }
}
