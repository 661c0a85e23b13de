/// A yes/no question in the status line, waiting for `j`/`y` or `n`/Esc.
public enum PendingQuestion: Sendable, Equatable {
    /// Archive this offer?
    case archive(offerID: String)
}
