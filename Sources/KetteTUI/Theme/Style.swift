/// How one role looks: foreground and background colour plus display attributes.
public struct Style: Sendable, Hashable, CustomStringConvertible {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: Attributes

    public init(
        foreground: ThemeColor = .terminalDefault,
        background: ThemeColor = .terminalDefault,
        attributes: Attributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// Attributes only, in the terminal's default colours.
    public init(_ attributes: Attributes) {
        self.init(foreground: .terminalDefault, background: .terminalDefault, attributes: attributes)
    }

    /// Default colours, no attributes.
    public static let plain = Style()

    /// True when the style sets a colour (foreground or background) other than the terminal default.
    public var usesColor: Bool {
        foreground != .terminalDefault || background != .terminalDefault
    }

    /// The style in a theme file's notation, e.g. `white on blue bold` or `reverse`.
    public var description: String {
        var words: [String] = []
        if usesColor {
            words.append(foreground.name)
            if background != .terminalDefault { words += ["on", background.name] }
        }
        words += Attributes.names.filter { attributes.contains($0.value) }.map(\.name)
        return words.isEmpty ? "default" : words.joined(separator: " ")
    }
}

extension Attributes {
    /// The attribute names a theme file accepts, in their canonical order.
    public static let names: [(name: String, value: Attributes)] = [
        ("bold", .bold), ("underline", .underline), ("reverse", .reverse), ("dim", .dim),
    ]
}
