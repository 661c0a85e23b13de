/// What a piece of screen text is, not how it looks: a theme decides colours and attributes for
/// each role, so that views never hard-code a colour.
public enum Role: String, Sendable, CaseIterable, Hashable {
    /// Ordinary text.
    case normal
    /// The top line: program, municipality, screen.
    case titleBar
    /// The filter status line.
    case statusBar
    /// The bottom key bar, and the key names in it.
    case keyBar, keyName
    /// Box and separator lines.
    case border
    /// Column headers and section headings.
    case heading
    /// The selected row in the focused list, and in a list without focus.
    case selected, selectedInactive
    /// Secondary text (providers, ids, hints).
    case dim
    /// Stage titles on the chain and transition rows between them.
    case stage, transition
    /// Offer counts.
    case count
    /// Cost badges.
    case free, fee
    /// Search matches.
    case match
    /// Warnings: stale data, too small window, errors.
    case warning
    /// Text fields being edited (search input).
    case input
    /// Monitoring: a value better or worse than the municipal average (always with a symbol too).
    case better, worse
    /// Chart bars and the average marker in them.
    case bar, average
}

/// Display attributes independent of colour: what a monochrome terminal still shows.
public struct Attributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Attributes(rawValue: 1)
    public static let underline = Attributes(rawValue: 2)
    public static let reverse = Attributes(rawValue: 4)
    public static let dim = Attributes(rawValue: 8)
}
