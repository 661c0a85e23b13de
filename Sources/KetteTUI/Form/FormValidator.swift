/// The caller's rules for a form: given every value by key, the error message of each field that
/// is wrong (key `""` for a message about the whole form). The form's own checks — required fields,
/// dates and months that do not parse — run first; the validator runs only when they pass.
public struct FormValidator: Sendable {
    public var check: @Sendable ([String: FormValue]) -> [String: String]

    public init(_ check: @escaping @Sendable ([String: FormValue]) -> [String: String]) {
        self.check = check
    }

    /// No rules beyond the form's own.
    public static let none = FormValidator { _ in [:] }
}
