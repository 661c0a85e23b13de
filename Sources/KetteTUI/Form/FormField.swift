/// One labelled field of a ``Form``: its kind, its value and, for text, the cursor.
/// Build fields with the static constructors (`.text`, `.date`, `.choice` …).
public struct FormField: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// One line of text.
        case text
        /// Several lines; Enter starts a new line.
        case multiline
        /// A date `YYYY-MM-DD` (checked on save).
        case date
        /// A month `YYYY-MM` (checked on save).
        case month
        /// Yes or no.
        case toggle
        /// At most one of the options (a picker opens on Enter, Space or typing).
        case choice([FormOption])
        /// Any number of the options.
        case multiChoice([FormOption])

        var isText: Bool {
            switch self {
            case .text, .multiline, .date, .month: true
            default: false
            }
        }

        var options: [FormOption] {
            switch self {
            case .choice(let o), .multiChoice(let o): o
            default: []
            }
        }
    }

    /// The field's name in exported values and in error maps.
    public var key: String
    public var label: String
    public var kind: Kind
    /// A required field must not be empty on save (marked `*`).
    public var isRequired: Bool
    /// Shown but not editable, and skipped when moving between fields.
    public var isReadOnly: Bool
    /// Shown dimmed in place of an empty value (a format or an example).
    public var hint: String?
    /// Change values through ``Form/set(_:to:)`` so that the form notices.
    public internal(set) var value: FormValue
    /// Text cursor, in characters (grapheme clusters) from the start.
    public internal(set) var cursor: Int

    init(key: String, label: String, kind: Kind, value: FormValue, required: Bool, readOnly: Bool, hint: String?) {
        self.key = key
        self.label = label
        self.kind = kind
        self.value = value
        self.isRequired = required
        self.isReadOnly = readOnly
        self.hint = hint
        self.cursor = value.text?.count ?? 0
    }

    public static func text(_ key: String, _ label: String, _ value: String = "", required: Bool = false,
                            readOnly: Bool = false, hint: String? = nil) -> FormField {
        FormField(key: key, label: label, kind: .text, value: .text(value), required: required, readOnly: readOnly, hint: hint)
    }

    public static func multiline(_ key: String, _ label: String, _ value: String = "", required: Bool = false,
                                 readOnly: Bool = false, hint: String? = nil) -> FormField {
        FormField(key: key, label: label, kind: .multiline, value: .text(value), required: required, readOnly: readOnly, hint: hint)
    }

    public static func date(_ key: String, _ label: String, _ value: String = "", required: Bool = false,
                            readOnly: Bool = false, hint: String? = nil) -> FormField {
        FormField(key: key, label: label, kind: .date, value: .text(value), required: required, readOnly: readOnly, hint: hint)
    }

    public static func month(_ key: String, _ label: String, _ value: String = "", required: Bool = false,
                             readOnly: Bool = false, hint: String? = nil) -> FormField {
        FormField(key: key, label: label, kind: .month, value: .text(value), required: required, readOnly: readOnly, hint: hint)
    }

    public static func toggle(_ key: String, _ label: String, _ value: Bool = false, readOnly: Bool = false,
                              hint: String? = nil) -> FormField {
        FormField(key: key, label: label, kind: .toggle, value: .flag(value), required: false, readOnly: readOnly, hint: hint)
    }

    public static func choice(_ key: String, _ label: String, options: [FormOption], selected: String? = nil,
                              required: Bool = false, readOnly: Bool = false, hint: String? = nil) -> FormField {
        FormField(key: key, label: label, kind: .choice(options), value: .selection(selected.map { [$0] } ?? []),
                  required: required, readOnly: readOnly, hint: hint)
    }

    public static func multiChoice(_ key: String, _ label: String, options: [FormOption], selected: [String] = [],
                                   required: Bool = false, readOnly: Bool = false, hint: String? = nil) -> FormField {
        FormField(key: key, label: label, kind: .multiChoice(options), value: .selection(selected),
                  required: required, readOnly: readOnly, hint: hint)
    }

    /// True when nothing was entered or chosen (a toggle is never empty).
    public var isEmpty: Bool {
        switch value {
        case .text(let s): s.allSatisfy(\.isWhitespace)
        case .flag: false
        case .selection(let ids): ids.isEmpty
        }
    }

    /// True when `value` has the shape this kind of field holds.
    func accepts(_ v: FormValue) -> Bool {
        switch (kind, v) {
        case (.text, .text), (.multiline, .text), (.date, .text), (.month, .text), (.toggle, .flag): true
        case (.choice, .selection(let ids)): ids.count <= 1
        case (.multiChoice, .selection): true
        default: false
        }
    }
}
