import Foundation

/// Finds themes: the built-in ones compiled into the binary, the user's own under
/// `$XDG_CONFIG_HOME/kette/themes/`, and theme files given by path.
public enum ThemeCatalog {
    /// The themes shipped in `themes/` and embedded in the binary (so a copied binary keeps them).
    public static let builtInNames = ["default", "light", "projector", "mono"]

    /// The text of a built-in theme file, nil for other names.
    public static func builtInText(_ name: String) -> String? {
        builtInBytes(name).map { String(decoding: $0, as: UTF8.self) }
    }

    static func builtInBytes(_ name: String) -> [UInt8]? {
        switch name {
        case "default": PackageResources.default_theme
        case "light": PackageResources.light_theme
        case "projector": PackageResources.projector_theme
        case "mono": PackageResources.mono_theme
        default: nil
        }
    }

    /// The parsed built-in theme `name`, nil for other names.
    public static func builtIn(_ name: String) throws(ThemeError) -> Theme? {
        guard builtInNames.contains(name) else { return nil }
        return try builtIn(name, chain: [])
    }

    private static func builtIn(_ name: String, chain: [String]) throws(ThemeError) -> Theme {
        guard let bytes = builtInBytes(name) else {
            throw ThemeError(file: "built-in \(name).theme", line: 0, message: "no such built-in theme")
        }
        return try theme(parsing: bytes, name: name, file: "built-in \(name).theme", chain: chain + [name])
    }

    /// A theme from the text of a theme file: the file's roles over its `inherit` theme (or over
    /// `Theme.baseline`). `file` names the source in errors.
    public static func theme(parsing text: String, name: String, file: String) throws(ThemeError) -> Theme {
        try theme(parsing: Array(text.utf8), name: name, file: file, chain: [])
    }

    private static func theme(parsing bytes: [UInt8], name: String, file: String, chain: [String]) throws(ThemeError) -> Theme {
        let definition = try ThemeParser.parse(bytes: bytes, file: file)
        var styles: [Role: Style] = [:]
        if let parent = definition.inherit {
            guard !chain.contains(parent) else {
                throw ThemeError(file: file, line: definition.inheritLine,
                                 message: "inheritance loop: " + (chain + [parent]).joined(separator: " → "))
            }
            styles = try builtIn(parent, chain: chain).styles
        }
        styles.merge(definition.styles) { _, own in own }
        return Theme(name: name, styles: styles)
    }

    /// The directory of the user's themes: `$XDG_CONFIG_HOME/kette/themes`, or
    /// `$HOME/.config/kette/themes` when XDG_CONFIG_HOME is unset, empty or not absolute.
    public static func userThemeDirectory(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return joined(config, "kette/themes")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return joined(home, ".config/kette/themes")
        }
        return nil
    }

    /// The names of the user's themes (files `NAME.theme` in `userThemeDirectory`), sorted.
    public static func userThemeNames(environment: [String: String]) -> [String] {
        guard let directory = userThemeDirectory(environment: environment),
              let files = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return files
            .filter { $0.hasSuffix(".theme") && !$0.hasPrefix(".") }
            .map { String($0.dropLast(".theme".count)) }
            .sorted()
    }

    /// Built-in names followed by the user's theme names that are not also built-in.
    public static func availableNames(environment: [String: String]) -> [String] {
        builtInNames + userThemeNames(environment: environment).filter { !builtInNames.contains($0) }
    }

    /// Loads a theme by name or path.
    ///
    /// A value containing `/` is the path of a theme file (a leading `~/` means `$HOME`). Otherwise
    /// `NAME.theme` in `userThemeDirectory` is used if it exists (so a user theme can replace a
    /// built-in one of the same name), then the built-in theme. An unknown name throws an error that
    /// lists the available themes.
    public static func load(_ nameOrPath: String, environment: [String: String]) throws(ThemeError) -> Theme {
        if nameOrPath.contains("/") {
            var path = nameOrPath
            if path.hasPrefix("~/"), let home = environment["HOME"], !home.isEmpty {
                path = joined(home, String(path.dropFirst(2)))
            }
            let fileName = path.split(separator: "/").last.map(String.init) ?? path
            let name = fileName.hasSuffix(".theme") ? String(fileName.dropLast(".theme".count)) : fileName
            return try theme(parsing: readFile(path), name: name, file: path, chain: [])
        }
        let name = nameOrPath
        guard !name.isEmpty else {
            throw ThemeError(file: "theme", line: 0, message: "empty theme name; available themes: "
                + availableNames(environment: environment).joined(separator: ", "))
        }
        if let directory = userThemeDirectory(environment: environment) {
            let path = joined(directory, name + ".theme")
            if FileManager.default.fileExists(atPath: path) {
                return try theme(parsing: readFile(path), name: name, file: path, chain: [])
            }
        }
        if builtInNames.contains(name.lowercased()) {
            return try builtIn(name.lowercased(), chain: [])
        }
        var message = "unknown theme; available themes: "
            + availableNames(environment: environment).joined(separator: ", ")
        if let directory = userThemeDirectory(environment: environment) {
            message += " (add your own as \(joined(directory, "NAME.theme")); a value containing \"/\" is a file path)"
        }
        throw ThemeError(file: name, line: 0, message: message)
    }

    /// The theme chosen by `--theme` (`cliTheme`), else by `KETTE_THEME`, else `default`.
    public static func resolve(cliTheme: String?, environment: [String: String]) throws(ThemeError) -> Theme {
        let choice: (value: String, source: String)
        if let cliTheme, !cliTheme.isEmpty {
            choice = (cliTheme, "--theme")
        } else if let variable = environment["KETTE_THEME"], !variable.isEmpty {
            choice = (variable, "KETTE_THEME")
        } else {
            choice = ("default", "default")
        }
        do {
            return try load(choice.value, environment: environment)
        } catch {
            var error = error
            if error.line == 0, choice.source != "default" { error.message += " [from \(choice.source)]" }
            throw error
        }
    }

    /// True when colour is switched off: by `--no-color` (`flag`) or by a non-empty `NO_COLOR`
    /// (https://no-color.org). Draw with `theme.monochrome` then; bold, underline and reverse remain.
    public static func colorDisabled(flag: Bool, environment: [String: String]) -> Bool {
        flag || !(environment["NO_COLOR"] ?? "").isEmpty
    }

    static func readFile(_ path: String) throws(ThemeError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ThemeError(file: path, line: 0, message: "no such theme file")
        }
        guard !isDirectory.boolValue else {
            throw ThemeError(file: path, line: 0, message: "is a directory, not a theme file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ThemeError(file: path, line: 0, message: "cannot read the theme file")
        }
        return [UInt8](data)
    }

    private static func joined(_ directory: String, _ component: String) -> String {
        directory.hasSuffix("/") ? directory + component : directory + "/" + component
    }
}
