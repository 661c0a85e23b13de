/// A problem with a theme: a file that cannot be read or parsed, or a theme name that is not known.
///
/// `description` reads `FILE:LINE: message`, like a compiler. Problems that concern no particular line
/// (unknown theme name, unreadable file) have `line` 0 and read `FILE: message`.
public struct ThemeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user knows it: its path, `built-in NAME.theme`, or the theme name asked for.
    public var file: String
    /// 1-based line number, 0 when the problem is not on a line.
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
    }
}

/// The contents of one theme file, before inheritance is applied.
public struct ThemeDefinition: Sendable, Equatable {
    /// The built-in theme named by `inherit = NAME`, if any.
    public var inherit: String?
    /// The line of `inherit = NAME`, 0 without one.
    public var inheritLine: Int
    /// The roles the file sets, each replacing the inherited style as a whole.
    public var styles: [Role: Style]
    /// The line on which each role was set.
    public var lines: [Role: Int]

    public init(inherit: String? = nil, inheritLine: Int = 0, styles: [Role: Style] = [:], lines: [Role: Int] = [:]) {
        self.inherit = inherit
        self.inheritLine = inheritLine
        self.styles = styles
        self.lines = lines
    }
}

/// Reads the theme file format.
///
/// ```
/// # comment                      (a # at the start of a line or after a blank starts a comment)
/// inherit = default              (optional, before the first role: start from a built-in theme)
/// [colors]                       (optional section header; no other section exists)
/// selected  = white on blue bold (role = FG [on BG] [attribute ...])
/// heading   = bold               (attributes only: terminal default colours)
/// ```
///
/// Roles are the raw values of `Role`; colours are `black red green yellow blue magenta cyan white`,
/// the same with `bright-` (8–15), `default` (the terminal's own colour) or a number 0–255; attributes
/// are `bold underline reverse dim`. Names are case-insensitive. The text must be UTF-8.
public enum ThemeParser {
    /// Parses theme text. `file` names the source in errors.
    public static func parse(_ text: String, file: String) throws(ThemeError) -> ThemeDefinition {
        try parse(bytes: Array(text.utf8), file: file)
    }

    /// Parses theme bytes (UTF-8). `file` names the source in errors.
    public static func parse(bytes: [UInt8], file: String) throws(ThemeError) -> ThemeDefinition {
        var definition = ThemeDefinition()
        var rawLines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if let first = rawLines.first, first.starts(with: [0xEF, 0xBB, 0xBF]) {
            rawLines[0] = first.dropFirst(3)  // byte order mark
        }
        for (offset, rawLine) in rawLines.enumerated() {
            let lineNumber = offset + 1
            func failure(_ message: String) -> ThemeError {
                ThemeError(file: file, line: lineNumber, message: message)
            }
            guard let decoded = strictUTF8(rawLine) else { throw failure("not valid UTF-8 text") }
            let line = trimmed(withoutComment(decoded))
            if line.isEmpty { continue }
            let comment = String(decoded.dropFirst(withoutComment(decoded).count))

            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else { throw failure("section header \(line) lacks its closing \"]\"") }
                let section = trimmed(String(line.dropFirst().dropLast())).lowercased()
                guard section == "colors" || section == "colours" else {
                    throw failure("unknown section \(line); the only section is [colors]")
                }
                continue
            }

            guard let equals = line.firstIndex(of: "=") else {
                throw failure("missing \"=\" in \"\(line)\"; expected \"role = colour [on colour] [attributes]\"")
            }
            let key = trimmed(String(line[..<equals]))
            let value = trimmed(String(line[line.index(after: equals)...]))
            guard !key.isEmpty else { throw failure("missing role name before \"=\"") }

            if key.lowercased() == "inherit" {
                guard definition.styles.isEmpty else {
                    throw failure("\"inherit\" must come before the first role")
                }
                guard definition.inherit == nil else {
                    throw failure("\"inherit\" is given twice (first on line \(definition.inheritLine))")
                }
                let name = value.lowercased()
                guard ThemeCatalog.builtInNames.contains(name) else {
                    throw failure("cannot inherit from \"\(value)\"; built-in themes are "
                        + ThemeCatalog.builtInNames.joined(separator: ", "))
                }
                definition.inherit = name
                definition.inheritLine = lineNumber
                continue
            }

            guard let role = Role.allCases.first(where: { $0.rawValue.lowercased() == key.lowercased() }) else {
                throw failure("unknown role \"\(key)\"; valid roles are "
                    + Role.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if let first = definition.lines[role] {
                throw failure("duplicate role \"\(role.rawValue)\" (first set on line \(first))")
            }
            if value.isEmpty, let hex = comment.split(whereSeparator: \.isWhitespace).first,
               hex.count == 4 || hex.count == 7, hex.dropFirst().allSatisfy(\.isHexDigit) {
                throw failure("hex colours such as \(hex) are not supported (and \"#\" after a blank starts a comment); "
                    + "use a colour name or a number 0–255")
            }
            do {
                definition.styles[role] = try parseStyle(value)
            } catch {
                throw failure(error.message)
            }
            definition.lines[role] = lineNumber
        }
        return definition
    }

    /// A problem inside a style value; the caller adds file and line.
    struct StyleProblem: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    static let colourHelp = "colours are " + ThemeColor.basicNames.joined(separator: ", ")
        + ", bright-black … bright-white, default, or a number 0–255"
    static let attributeHelp = "attributes are " + Attributes.names.map(\.name).joined(separator: ", ")

    /// Parses `FG [on BG] [attribute ...]`, `on BG [attribute ...]` or `attribute ...`.
    static func parseStyle(_ value: String) throws(StyleProblem) -> Style {
        let tokens = value.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !tokens.isEmpty else {
            throw StyleProblem("no style after \"=\"; write e.g. \"white on blue bold\" or \"reverse\"")
        }
        var style = Style()
        var index = 0
        if tokens[0].lowercased() != "on", attribute(tokens[0]) == nil {
            if let colour = ThemeColor(name: tokens[0]) {
                style.foreground = colour
                index = 1
            } else if isNumber(tokens[0]) {
                throw StyleProblem("colour number \(tokens[0]) is out of range; use 0–255")
            } else {
                throw StyleProblem("unknown colour or attribute \"\(tokens[0])\"; \(colourHelp); \(attributeHelp)")
            }
        }
        if index < tokens.count, tokens[index].lowercased() == "on" {
            guard index + 1 < tokens.count else { throw StyleProblem("\"on\" must be followed by a background colour") }
            style.background = try colour(tokens[index + 1])
            index += 2
        }
        for token in tokens[index...] {
            if let value = attribute(token) {
                style.attributes.insert(value)
            } else if token.lowercased() == "on" {
                throw StyleProblem("\"on BACKGROUND\" must come right after the foreground colour")
            } else if ThemeColor(name: token) != nil || isNumber(token) {
                throw StyleProblem("unexpected colour \"\(token)\"; write \"FOREGROUND on BACKGROUND\" before the attributes")
            } else {
                throw StyleProblem("unknown attribute \"\(token)\"; \(attributeHelp)")
            }
        }
        return style
    }

    static func colour(_ token: String) throws(StyleProblem) -> ThemeColor {
        if let colour = ThemeColor(name: token) { return colour }
        if isNumber(token) { throw StyleProblem("colour number \(token) is out of range; use 0–255") }
        throw StyleProblem("unknown colour \"\(token)\"; \(colourHelp)")
    }

    static func attribute(_ token: String) -> Attributes? {
        let lowered = token.lowercased()
        return Attributes.names.first { $0.name == lowered }?.value
    }

    static func isNumber(_ token: String) -> Bool {
        var digits = Substring(token)
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        return !digits.isEmpty && digits.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    /// The line up to a `#` that starts the line or follows a blank (so `#ff0000` is not a comment
    /// but an error about an unknown colour).
    static func withoutComment(_ line: String) -> String {
        var previousIsBlank = true
        for index in line.indices {
            let character = line[index]
            if character == "#", previousIsBlank { return String(line[..<index]) }
            previousIsBlank = character.isWhitespace
        }
        return line
    }

    static func trimmed(_ text: String) -> String {
        var slice = Substring(text)
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }

    /// The text of UTF-8 bytes, or nil when they are not valid UTF-8.
    static func strictUTF8(_ bytes: ArraySlice<UInt8>) -> String? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return String(scalars)
            case .error: return nil
            }
        }
    }
}
