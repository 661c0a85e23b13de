/// A complete set of styles, one for every `Role`.
///
/// Themes come from theme files (see `ThemeParser` and `ThemeCatalog`). Roles a file does not mention
/// keep the style of the theme it inherits from, or else the monochrome baseline (`Theme.baseline`), so
/// `style(for:)` always has an answer. Adapt a theme to the terminal with `limited(toColors:)` (and
/// `monochrome` for `NO_COLOR` / `--no-color`) before drawing.
public struct Theme: Sendable, Equatable {
    public let name: String
    /// One style per role; `init` fills in every role the dictionary lacks from the baseline.
    public var styles: [Role: Style]

    /// A theme with the given styles; roles missing from `styles` get the baseline style.
    public init(name: String, styles: [Role: Style] = [:]) {
        self.name = name
        var complete = styles
        for role in Role.allCases where complete[role] == nil {
            complete[role] = Style(Theme.baselineAttributes(for: role))
        }
        self.styles = complete
    }

    /// The style to draw `role` in.
    public func style(for role: Role) -> Style {
        styles[role] ?? Style(Theme.baselineAttributes(for: role))
    }

    // MARK: - Baseline

    /// The built-in monochrome baseline: attributes only, terminal default colours.
    public static let baseline = Theme(name: "baseline")

    /// What keeps a role recognisable without colour. Used for roles a theme file leaves out, and
    /// added by `monochrome` to roles whose look relied on colour.
    public static func baselineAttributes(for role: Role) -> Attributes {
        switch role {
        case .normal, .border, .transition, .count, .average: []
        case .titleBar, .keyBar, .selected: .reverse
        case .statusBar, .keyName, .heading, .stage, .warning, .free, .fee, .worse: .bold
        case .better: []
        case .bar: .reverse
        case .selectedInactive, .input: .underline
        case .match: [.underline, .bold]
        case .dim: .dim
        }
    }

    // MARK: - Adapting to the terminal

    /// This theme on a terminal with `count` colours.
    ///
    /// - 256 or more: unchanged.
    /// - 8 to 255: every indexed colour from 8 up becomes its nearest basic colour 0–7
    ///   (`ThemeColor.nearestBasicColor(to:)`). Should a foreground and background that differed
    ///   collapse into the same colour, the foreground becomes black or white, whichever contrasts.
    /// - Fewer than 8 (including 0, no colour support): `monochrome`.
    public func limited(toColors count: Int) -> Theme {
        if count >= 256 { return self }
        if count < 8 { return monochrome }
        var result = self
        for (role, style) in styles {
            var mapped = style
            mapped.foreground = style.foreground.basic
            mapped.background = style.background.basic
            if style.foreground != style.background, mapped.foreground == mapped.background,
               case .indexed(let background) = mapped.background {
                // Dark basic backgrounds (black, red, blue, magenta) get white text, the others black.
                mapped.foreground = .indexed([0, 1, 4, 5].contains(background) ? 7 : 0)
            }
            result.styles[role] = mapped
        }
        return result
    }

    /// This theme without colour (`NO_COLOR`, `--no-color`, terminals without colour).
    ///
    /// Every colour becomes the terminal default and attributes are kept. A role whose style used a
    /// colour also gets its baseline attributes (`baselineAttributes(for:)`), so what colour alone
    /// marked stays visible: the selected row and the bars turn reverse, matches underline and bold,
    /// badges and warnings bold.
    public var monochrome: Theme {
        var result = self
        for (role, style) in styles {
            var attributes = style.attributes
            if style.usesColor { attributes.formUnion(Theme.baselineAttributes(for: role)) }
            result.styles[role] = Style(attributes)
        }
        return result
    }

    /// `monochrome` when colour is switched off, else `limited(toColors: count)`.
    public func adapted(toColors count: Int, noColor: Bool) -> Theme {
        noColor ? monochrome : limited(toColors: count)
    }
}
