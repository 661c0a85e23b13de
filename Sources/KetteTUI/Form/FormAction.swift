/// What the caller has to do after an event.
public enum FormAction: Sendable, Equatable {
    /// Nothing: the form changed (or not) and stays open.
    case none
    /// Save was pressed and validation passed: save ``Form/values``; keep the form open until the
    /// save succeeded (on failure set ``Form/notice``; the input stays).
    case submit
    /// The user left the form (unchanged, or discarding was confirmed).
    case cancel
    /// Quitting the navigator was confirmed although the input is not saved.
    case quit
}
