/// A colour as a theme names it: the terminal's own default, or an entry of the 256-colour palette.
///
/// Indices 0–7 are the basic colours every colour terminal has, 8–15 their bright variants,
/// 16–231 the xterm 6×6×6 colour cube and 232–255 the grey ramp.
public enum ThemeColor: Sendable, Hashable {
    /// The terminal's default foreground or background (ncurses colour -1 with `use_default_colors`).
    case terminalDefault
    /// A palette entry 0–255.
    case indexed(Int)

    /// The names of colours 0–7, in palette order. Bright variants are `bright-` plus these names.
    public static let basicNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// A colour from its name in a theme file: a basic name, `bright-` plus a basic name, `default`,
    /// or a number 0–255. Names are case-insensitive. Nil for anything else (including numbers out of range).
    public init?(name: String) {
        let lowered = name.lowercased()
        if lowered == "default" {
            self = .terminalDefault
        } else if let index = Self.basicNames.firstIndex(of: lowered) {
            self = .indexed(index)
        } else if lowered.hasPrefix("bright-"),
                  let index = Self.basicNames.firstIndex(of: String(lowered.dropFirst("bright-".count))) {
            self = .indexed(index + 8)
        } else if let number = Self.decimalNumber(lowered), (0...255).contains(number) {
            self = .indexed(number)
        } else {
            return nil
        }
    }

    /// The name a theme file would use: `default`, a colour name for 0–15, otherwise the number.
    public var name: String {
        switch self {
        case .terminalDefault:
            return "default"
        case .indexed(let index) where (0..<8).contains(index):
            return Self.basicNames[index]
        case .indexed(let index) where (8..<16).contains(index):
            return "bright-" + Self.basicNames[index - 8]
        case .indexed(let index):
            return String(index)
        }
    }

    /// This colour on a terminal with only the 8 basic colours: indices from 8 up become the nearest
    /// basic colour (see `nearestBasicColor(to:)`); `terminalDefault` and 0–7 stay as they are.
    public var basic: ThemeColor {
        switch self {
        case .terminalDefault:
            return self
        case .indexed(let index):
            return .indexed(Self.nearestBasicColor(to: index))
        }
    }

    /// The basic colour 0–7 nearest to a 256-colour index.
    ///
    /// 0–7 map to themselves and the bright colours 8–15 to their normal variants. For the colour cube
    /// (16–231) and the grey ramp (232–255) the xterm RGB value is compared by Euclidean distance with
    /// the eight basic colours taken as the corners of the RGB cube (black 0,0,0 … white 255,255,255;
    /// the palette index is red + 2·green + 4·blue). Examples: 24 → blue, 196 → red, 231 → white,
    /// 16 → black, 244 (mid grey) → white, 243 → black. Out-of-range indices are clamped to 0–255.
    public static func nearestBasicColor(to index: Int) -> Int {
        let index = min(max(index, 0), 255)
        if index < 16 { return index % 8 }
        let (red, green, blue) = rgb(ofIndex: index)
        var best = 0
        var bestDistance = Int.max
        for candidate in 0..<8 {
            let corner = (candidate & 1 != 0 ? 255 : 0, candidate & 2 != 0 ? 255 : 0, candidate & 4 != 0 ? 255 : 0)
            let distance = square(red - corner.0) + square(green - corner.1) + square(blue - corner.2)
            if distance < bestDistance {
                best = candidate
                bestDistance = distance
            }
        }
        return best
    }

    /// The xterm RGB value of a colour-cube or grey-ramp index (16–255).
    static func rgb(ofIndex index: Int) -> (Int, Int, Int) {
        if index >= 232 {
            let level = 8 + (index - 232) * 10
            return (level, level, level)
        }
        let cube = index - 16
        func level(_ step: Int) -> Int { step == 0 ? 0 : 55 + step * 40 }
        return (level(cube / 36), level(cube / 6 % 6), level(cube % 6))
    }

    /// The value of a string of ASCII digits (at most 9 of them), else nil. No signs, no spaces.
    static func decimalNumber(_ text: String) -> Int? {
        guard !text.isEmpty, text.count <= 9,
              text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return Int(text)
    }

    private static func square(_ value: Int) -> Int { value * value }
}
