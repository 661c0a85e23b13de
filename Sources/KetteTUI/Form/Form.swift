import KetteCore

/// A form as a plain value: labelled fields, which one has focus, the errors of the last save
/// attempt, an open picker and the discard question. It knows nothing about what it edits: the
/// caller supplies the fields and a ``FormValidator``, handles ``FormAction/submit`` by saving
/// ``values``, and renders it with ``FormView``.
///
/// ```swift
/// var form = Form(title: "Neuer Fall", fields: [
///     .text("name", "Name", required: true),
///     .date("born", "Geboren"),
///     .multiChoice("needs", "Bedarfe", options: needs.map { FormOption(id: $0.id, label: $0.title) }),
/// ])
/// switch form.update(event, strings: strings, validator: myValidator) {
/// case .submit: save(form.values)       // validation passed
/// case .cancel: close()                 // Esc (a dirty form asked first)
/// case .none: break
/// }
/// let draft = form.values               // [String: FormValue], or form.exportJSON()
/// ```
public struct Form: Sendable, Equatable {
    public var title: String
    public internal(set) var fields: [FormField]
    /// Index of the focused field.
    public var focus: Int
    /// Messages of the last save attempt by field key; the key `""` is a message for the whole form.
    public var errors: [String: String] = [:]
    /// A note for the whole form (e.g. why saving failed), shown in the summary line.
    public var notice: String?
    /// The choice list of a choice field, while open.
    public var picker: FormPicker?
    /// Esc on a changed form asks "discard changes? (j/n)" first.
    public var isConfirmingDiscard = false
    /// Ctrl-C on a changed form asks "quit anyway? (j/n)" before the navigator ends (see
    /// `AppState.interrupt()`); a second Ctrl-C quits.
    public var isConfirmingQuit = false
    /// The values the form was opened with (or last saved): the form is dirty when they differ.
    public private(set) var pristine: [String: FormValue]

    public init(title: String, fields: [FormField]) {
        self.title = title
        self.fields = fields
        self.focus = fields.firstIndex { !$0.isReadOnly } ?? 0
        self.pristine = Dictionary(fields.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    // MARK: Values

    /// Every field's value by key.
    public var values: [String: FormValue] {
        Dictionary(fields.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    /// True when a value differs from the one the form was opened with.
    public var isDirty: Bool { values != pristine }

    public func index(of key: String) -> Int? { fields.firstIndex { $0.key == key } }
    public func field(_ key: String) -> FormField? { index(of: key).map { fields[$0] } }

    /// The text of a text, multi-line, date or month field ("" when there is none).
    public func text(_ key: String) -> String { field(key)?.value.text ?? "" }
    /// A toggle's value (false when there is none).
    public func flag(_ key: String) -> Bool { field(key)?.value.flag ?? false }
    /// The chosen option ids of a choice field.
    public func selection(_ key: String) -> [String] { field(key)?.value.selection ?? [] }

    /// Sets one value, if the field exists and the value fits its kind. Returns false otherwise.
    @discardableResult
    public mutating func set(_ key: String, to value: FormValue) -> Bool {
        guard let i = index(of: key), fields[i].accepts(value) else { return false }
        fields[i].value = value
        if let t = value.text { fields[i].cursor = min(fields[i].cursor, t.count) }
        return true
    }

    /// Takes values back in (a restored draft): unknown keys and values of the wrong kind are left
    /// out. The form stays dirty relative to the values it was opened with.
    public mutating func setValues(_ values: [String: FormValue]) {
        for (key, value) in values { set(key, to: value) }
        for i in fields.indices { fields[i].cursor = fields[i].value.text?.count ?? 0 }
    }

    /// After a successful save: the current values become the clean state; errors go.
    public mutating func markClean() {
        pristine = values
        errors = [:]
        notice = nil
        isConfirmingDiscard = false
        isConfirmingQuit = false
    }

    public var focusedField: FormField? { fields.indices.contains(focus) ? fields[focus] : nil }

    /// Moves the focus to a field (e.g. the first one with an error).
    public mutating func focus(on key: String) {
        if let i = index(of: key) { focus = i }
    }

    mutating func mutateField(_ i: Int, _ change: (inout FormField) -> Void) {
        guard fields.indices.contains(i) else { return }
        let before = fields[i].value
        change(&fields[i])
        if fields[i].value != before { errors[fields[i].key] = nil }
    }
}
