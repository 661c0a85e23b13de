import Foundation
import Testing
@testable import KetteTUI

// MARK: - Built-in themes

@Suite("Built-in themes")
struct BuiltInThemeTests {
    @Test("every built-in theme parses and sets every role itself", arguments: ThemeCatalog.builtInNames)
    func parsesAndDefinesEveryRole(name: String) throws {
        let text = try #require(ThemeCatalog.builtInText(name))
        let definition = try ThemeParser.parse(text, file: "\(name).theme")
        #expect(definition.inherit == nil)
        #expect(Set(definition.styles.keys) == Set(Role.allCases))
        let theme = try #require(try ThemeCatalog.builtIn(name))
        #expect(theme.name == name)
        #expect(Set(theme.styles.keys) == Set(Role.allCases))
    }

    @Test("every built-in file documents the format at the top", arguments: ThemeCatalog.builtInNames)
    func documentsFormat(name: String) throws {
        let text = try #require(ThemeCatalog.builtInText(name))
        #expect(text.hasPrefix("# Kette theme file"))
        #expect(text.contains("role = FOREGROUND [on BACKGROUND] [ATTRIBUTE ...]"))
    }

    @Test("roles that carry meaning also carry an attribute", arguments: ThemeCatalog.builtInNames)
    func meaningNotByColourAlone(name: String) throws {
        let theme = try #require(try ThemeCatalog.builtIn(name))
        let meaningful: [Role] = [.titleBar, .keyName, .heading, .selected, .selectedInactive,
                                  .free, .fee, .match, .warning, .input]
        for role in meaningful {
            #expect(!theme.style(for: role).attributes.isEmpty, "\(name): \(role) has no attribute")
        }
    }

    @Test("default, light and mono keep the terminal background and never paint black",
          arguments: ["default", "light", "mono"])
    func noHardCodedBlackBackground(name: String) throws {
        let theme = try #require(try ThemeCatalog.builtIn(name))
        #expect(theme.style(for: .normal) == .plain)
        for full in [theme, theme.limited(toColors: 8)] {
            for role in Role.allCases {
                let background = full.style(for: role).background
                #expect(background != .indexed(0) && background != .indexed(16),
                        "\(name): \(role) paints a black background")
            }
        }
    }

    @Test("light has no white or light-grey text on the terminal background")
    func lightHasNoWhiteTextOnDefault() throws {
        let theme = try #require(try ThemeCatalog.builtIn("light"))
        for full in [theme, theme.limited(toColors: 8)] {
            for role in Role.allCases where full.style(for: role).background == .terminalDefault {
                if case .indexed(let index) = full.style(for: role).foreground {
                    #expect(ThemeColor.nearestBasicColor(to: index) != 7, "light: \(role) is white on default")
                }
            }
        }
    }

    @Test("mono uses no colour; projector uses no dim; projector selection is black on bright yellow")
    func monoAndProjector() throws {
        let mono = try #require(try ThemeCatalog.builtIn("mono"))
        #expect(Role.allCases.allSatisfy { !mono.style(for: $0).usesColor })
        #expect(mono.monochrome == mono)
        let projector = try #require(try ThemeCatalog.builtIn("projector"))
        #expect(Role.allCases.allSatisfy { !projector.style(for: $0).attributes.contains(.dim) })
        let selected = projector.style(for: .selected)
        #expect(ThemeColor.nearestBasicColor(to: try #require(index(selected.foreground))) == 0)
        #expect(ThemeColor.nearestBasicColor(to: try #require(index(selected.background))) == 3)
        #expect(selected.attributes.contains(.bold))
    }

    @Test("with 8 colours every built-in stays readable: basic colours only, no text in its own background colour",
          arguments: ThemeCatalog.builtInNames)
    func eightColoursReadable(name: String) throws {
        let theme = try #require(try ThemeCatalog.builtIn(name)).limited(toColors: 8)
        for role in Role.allCases {
            let style = theme.style(for: role)
            for colour in [style.foreground, style.background] {
                if let value = index(colour) { #expect((0..<8).contains(value)) }
            }
            if style.usesColor, style.foreground != .terminalDefault, style.background != .terminalDefault {
                #expect(style.foreground != style.background, "\(name): \(role) is \(style)")
            }
        }
    }

    @Test("the 8-colour equivalents noted in the built-in files are what limited(toColors: 8) gives",
          arguments: ThemeCatalog.builtInNames)
    func eightColourCommentsAreTrue(name: String) throws {
        let text = try #require(ThemeCatalog.builtInText(name))
        let theme = try #require(try ThemeCatalog.builtIn(name)).limited(toColors: 8)
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "#", maxSplits: 1)
            guard parts.count == 2,
                  let role = Role(rawValue: String(parts[0].split(separator: "=")[0]).trimmingCharacters(in: .whitespaces))
            else { continue }
            let words = parts[1].split(separator: "(")[0].split(separator: " ").map(String.init)
            let style = theme.style(for: role)
            #expect(ThemeColor(name: words[0]) == style.foreground, "\(name): \(role)")
            if words.count >= 3, words[1] == "on" {
                #expect(ThemeColor(name: words[2]) == style.background, "\(name): \(role)")
            } else {
                #expect(style.background == .terminalDefault, "\(name): \(role)")
            }
        }
    }

    @Test("default with 8 colours: selection white on blue, free green, fee yellow, warning red")
    func defaultEightColours() throws {
        let theme = try #require(try ThemeCatalog.builtIn("default")).limited(toColors: 8)
        #expect(theme.style(for: .selected) == Style(foreground: .indexed(7), background: .indexed(4), attributes: .bold))
        #expect(theme.style(for: .free).foreground == .indexed(2))
        #expect(theme.style(for: .fee).foreground == .indexed(3))
        #expect(theme.style(for: .match).foreground == .indexed(3))
        #expect(theme.style(for: .warning).foreground == .indexed(1))
    }
}

private func index(_ colour: ThemeColor) -> Int? {
    if case .indexed(let value) = colour { return value }
    return nil
}

// MARK: - Colours

@Suite("Theme colours")
struct ThemeColorTests {
    @Test("names, numbers and default")
    func names() {
        #expect(ThemeColor(name: "black") == .indexed(0))
        #expect(ThemeColor(name: "Red") == .indexed(1))
        #expect(ThemeColor(name: "white") == .indexed(7))
        #expect(ThemeColor(name: "bright-black") == .indexed(8))
        #expect(ThemeColor(name: "bright-white") == .indexed(15))
        #expect(ThemeColor(name: "default") == .terminalDefault)
        #expect(ThemeColor(name: "0") == .indexed(0))
        #expect(ThemeColor(name: "255") == .indexed(255))
        #expect(ThemeColor(name: "256") == nil)
        #expect(ThemeColor(name: "-1") == nil)
        #expect(ThemeColor(name: "+5") == nil)
        #expect(ThemeColor(name: "purple") == nil)
        #expect(ThemeColor(name: "bright-default") == nil)
        #expect(ThemeColor.indexed(12).name == "bright-blue")
        #expect(ThemeColor.indexed(100).name == "100")
    }

    @Test("nearest basic colour", arguments: [
        (24, 4), (196, 1), (231, 7), (16, 0), (21, 4), (46, 2), (226, 3), (201, 5), (51, 6),
        (232, 0), (255, 7), (244, 7), (243, 0), (3, 3), (9, 1), (15, 7), (8, 0),
    ])
    func nearest(index: Int, basic: Int) {
        #expect(ThemeColor.nearestBasicColor(to: index) == basic)
    }

    @Test("xterm RGB values of cube and grey ramp")
    func rgb() {
        #expect(ThemeColor.rgb(ofIndex: 16) == (0, 0, 0))
        #expect(ThemeColor.rgb(ofIndex: 24) == (0, 95, 135))
        #expect(ThemeColor.rgb(ofIndex: 231) == (255, 255, 255))
        #expect(ThemeColor.rgb(ofIndex: 232) == (8, 8, 8))
        #expect(ThemeColor.rgb(ofIndex: 255) == (238, 238, 238))
    }
}

// MARK: - Adapting a theme

@Suite("Colour limits and monochrome")
struct ThemeAdaptationTests {
    let sample = Theme(name: "sample", styles: [
        .normal: Style(foreground: .indexed(252), background: .terminalDefault),
        .selected: Style(foreground: .indexed(231), background: .indexed(24)),
        .match: Style(foreground: .indexed(196), attributes: .underline),
        .free: Style(foreground: .indexed(2)),
        .keyBar: Style(foreground: .indexed(16), background: .indexed(51), attributes: .bold),
        .heading: Style(foreground: .indexed(236), background: .indexed(234)),
    ])

    @Test("256 colours and more: unchanged")
    func unchanged() {
        #expect(sample.limited(toColors: 256) == sample)
        #expect(sample.limited(toColors: 16_777_216) == sample)
    }

    @Test("8 colours: indices from 8 up become the nearest basic colour")
    func eight() {
        for count in [8, 16, 88] {
            let limited = sample.limited(toColors: count)
            #expect(limited.style(for: .normal).foreground == .indexed(7))
            #expect(limited.style(for: .selected) == Style(foreground: .indexed(7), background: .indexed(4)))
            #expect(limited.style(for: .match) == Style(foreground: .indexed(1), attributes: .underline))
            #expect(limited.style(for: .free) == Style(foreground: .indexed(2)))
            #expect(limited.style(for: .keyBar) == Style(foreground: .indexed(0), background: .indexed(6), attributes: .bold))
            #expect(limited.name == "sample")
        }
    }

    @Test("8 colours: colours that collapse into one another get a contrasting foreground")
    func collision() {
        // 236 and 234 are both dark greys: both would become black.
        #expect(sample.limited(toColors: 8).style(for: .heading) == Style(foreground: .indexed(7), background: .indexed(0)))
    }

    @Test("fewer than 8 colours: monochrome", arguments: [0, 1, 2, 7])
    func fewer(count: Int) {
        #expect(sample.limited(toColors: count) == sample.monochrome)
    }

    @Test("monochrome drops colours, keeps attributes, adds the baseline where colour carried the meaning")
    func monochrome() {
        let mono = sample.monochrome
        #expect(Role.allCases.allSatisfy { !mono.style(for: $0).usesColor })
        #expect(mono.style(for: .selected).attributes.contains(.reverse))
        #expect(mono.style(for: .match).attributes == [.underline, .bold])
        #expect(mono.style(for: .keyBar).attributes == [.bold, .reverse])
        #expect(mono.style(for: .free).attributes.contains(.bold))
        #expect(mono.style(for: .normal) == .plain)
    }

    @Test("monochrome built-ins keep the selection, matches, bars and badges visible",
          arguments: ThemeCatalog.builtInNames)
    func monochromeBuiltIns(name: String) throws {
        let theme = try #require(try ThemeCatalog.builtIn(name))
        let mono = theme.monochrome
        #expect(Role.allCases.allSatisfy { !mono.style(for: $0).usesColor })
        for role in Role.allCases {
            #expect(mono.style(for: role).attributes.isSuperset(of: theme.style(for: role).attributes))
        }
        #expect(mono.style(for: .selected).attributes.contains(.reverse))
        #expect(mono.style(for: .titleBar).attributes.contains(.reverse))
        #expect(mono.style(for: .keyBar).attributes.contains(.reverse))
        #expect(mono.style(for: .match).attributes.isSuperset(of: [.underline, .bold]))
        #expect(!mono.style(for: .selectedInactive).attributes.isEmpty)
        #expect(!mono.style(for: .free).attributes.isEmpty && !mono.style(for: .fee).attributes.isEmpty)
        #expect(!mono.style(for: .warning).attributes.isEmpty)
        #expect(theme.adapted(toColors: 256, noColor: true) == mono)
    }

    @Test("roles a file leaves out get the monochrome baseline")
    func baseline() throws {
        let theme = try ThemeCatalog.theme(parsing: "heading = red", name: "t", file: "t.theme")
        #expect(theme.style(for: .heading) == Style(foreground: .indexed(1)))
        #expect(theme.style(for: .selected) == Style(.reverse))
        #expect(theme.style(for: .titleBar) == Style(.reverse))
        #expect(theme.style(for: .keyBar) == Style(.reverse))
        #expect(theme.style(for: .keyName) == Style(.bold))
        #expect(theme.style(for: .match) == Style([.underline, .bold]))
        #expect(theme.style(for: .warning) == Style(.bold))
        #expect(theme.style(for: .dim) == Style(.dim))
        #expect(theme.style(for: .normal) == .plain)
        #expect(Set(theme.styles.keys) == Set(Role.allCases))
    }

    @Test("NO_COLOR and --no-color")
    func noColor() {
        #expect(!ThemeCatalog.colorDisabled(flag: false, environment: [:]))
        #expect(!ThemeCatalog.colorDisabled(flag: false, environment: ["NO_COLOR": ""]))
        #expect(ThemeCatalog.colorDisabled(flag: false, environment: ["NO_COLOR": "1"]))
        #expect(ThemeCatalog.colorDisabled(flag: true, environment: [:]))
    }
}

// MARK: - Parser

@Suite("Theme file parser")
struct ThemeParserTests {
    @Test("colours, background, attributes, attributes only, comments, sections, case")
    func parsesStyles() throws {
        let text = """
            \u{FEFF}# a comment

            [colors]
            selected = white on blue bold   # trailing comment
            heading  = bold underline
            match    = on 220 bold
            Warning  = Bright-Red BOLD
            border   = 240\r
            normal   = default on default
            """
        let definition = try ThemeParser.parse(text, file: "t.theme")
        #expect(definition.styles[.selected] == Style(foreground: .indexed(7), background: .indexed(4), attributes: .bold))
        #expect(definition.styles[.heading] == Style([.bold, .underline]))
        #expect(definition.styles[.match] == Style(background: .indexed(220), attributes: .bold))
        #expect(definition.styles[.warning] == Style(foreground: .indexed(9), attributes: .bold))
        #expect(definition.styles[.border] == Style(foreground: .indexed(240)))
        #expect(definition.styles[.normal] == .plain)
        #expect(definition.lines[.selected] == 4)
        #expect(definition.styles.count == 6)
    }

    @Test("errors name file and line", arguments: [
        ("normal = default\nselcted = reverse", 2, "unknown role \"selcted\"; valid roles are normal, titleBar"),
        ("\n\nselected = purple on blue", 3, "unknown colour or attribute \"purple\""),
        ("selected = white on purple", 1, "unknown colour \"purple\""),
        ("selected = white on 256", 1, "colour number 256 is out of range"),
        ("selected = 300", 1, "colour number 300 is out of range"),
        ("# x\nselected = white blink", 2, "unknown attribute \"blink\"; attributes are bold, underline, reverse, dim"),
        ("selected reverse", 1, "missing \"=\""),
        ("selected = reverse\nheading = bold\nselected = bold", 3, "duplicate role \"selected\" (first set on line 1)"),
        ("[lines]\nselected = bold", 1, "unknown section [lines]"),
        ("[colors\n", 1, "lacks its closing"),
        ("selected =", 1, "no style after \"=\""),
        ("= bold", 1, "missing role name"),
        ("selected = white on", 1, "\"on\" must be followed by a background colour"),
        ("selected = bold white", 1, "unexpected colour \"white\""),
        ("selected = #ff0000", 1, "hex colours such as #ff0000 are not supported"),
        ("selected = red#1", 1, "unknown colour or attribute \"red#1\""),
        ("inherit = solarized", 1, "cannot inherit from \"solarized\"; built-in themes are default, light, projector, mono"),
        ("selected = bold\ninherit = light", 2, "\"inherit\" must come before the first role"),
        ("inherit = light\ninherit = mono", 2, "\"inherit\" is given twice"),
    ])
    func errors(text: String, line: Int, fragment: String) {
        do {
            _ = try ThemeParser.parse(text, file: "/home/u/my.theme")
            Issue.record("no error for \(text.debugDescription)")
        } catch {
            #expect(error.file == "/home/u/my.theme")
            #expect(error.line == line)
            #expect(error.message.contains(fragment), "\(error.message)")
            #expect(error.description.hasPrefix("/home/u/my.theme:\(line): "))
        }
    }

    @Test("invalid UTF-8 is reported with its line")
    func invalidUTF8() {
        let bytes = Array("normal = default\n".utf8) + [0x73, 0xFF, 0x0A]
        #expect(throws: ThemeError(file: "x.theme", line: 2, message: "not valid UTF-8 text")) {
            try ThemeParser.parse(bytes: bytes, file: "x.theme")
        }
    }

    @Test("inherit = light starts from the built-in light theme")
    func inheritLight() throws {
        let light = try #require(try ThemeCatalog.builtIn("light"))
        let theme = try ThemeCatalog.theme(parsing: "inherit = light\nselected = reverse", name: "mine", file: "mine.theme")
        #expect(theme.name == "mine")
        #expect(theme.style(for: .selected) == Style(.reverse))
        for role in Role.allCases where role != .selected {
            #expect(theme.style(for: role) == light.style(for: role))
        }
    }

    @Test("the example in the documentation parses")
    func documentationExample() throws {
        let text = """
            # My theme for a dark terminal, based on default.
            inherit = default

            [colors]
            selected  = black on 214 bold     # black on orange
            match     = bright-yellow underline bold
            heading   = bold underline        # attributes only: terminal's own colours
            """
        let theme = try ThemeCatalog.theme(parsing: text, name: "mine", file: "mine.theme")
        #expect(theme.style(for: .selected) == Style(foreground: .indexed(0), background: .indexed(214), attributes: .bold))
        #expect(theme.style(for: .match) == Style(foreground: .indexed(11), attributes: [.underline, .bold]))
        #expect(theme.style(for: .heading) == Style([.bold, .underline]))
        #expect(theme.style(for: .free) == (try ThemeCatalog.builtIn("default"))?.style(for: .free))
    }

    @Test("an error description without a line")
    func descriptionWithoutLine() {
        #expect(ThemeError(file: "f", line: 0, message: "m").description == "f: m")
        #expect(ThemeError(file: "f", line: 7, message: "m").description == "f:7: m")
    }
}

// MARK: - Catalog

@Suite("Theme lookup")
struct ThemeCatalogTests {
    /// A fresh temporary directory, removed by `body`'s end.
    func withTemporaryDirectory(_ body: (String) throws -> Void) throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("kette-theme-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try body(path)
    }

    func write(_ text: String, to path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test("built-in themes load by name without any files")
    func builtInByName() throws {
        for name in ThemeCatalog.builtInNames {
            let theme = try ThemeCatalog.load(name, environment: ["XDG_CONFIG_HOME": "/nonexistent"])
            #expect(theme.name == name)
            #expect(theme == (try ThemeCatalog.builtIn(name)))
        }
    }

    @Test("a user theme in $XDG_CONFIG_HOME/kette/themes is found and wins over a built-in of the same name")
    func xdgUserTheme() throws {
        try withTemporaryDirectory { config in
            try write("selected = red on green bold\n", to: "\(config)/kette/themes/mine.theme")
            try write("inherit = light\nnormal = blue\n", to: "\(config)/kette/themes/light.theme")
            let environment = ["XDG_CONFIG_HOME": config, "HOME": "/nonexistent"]

            let mine = try ThemeCatalog.load("mine", environment: environment)
            #expect(mine.name == "mine")
            #expect(mine.style(for: .selected) == Style(foreground: .indexed(1), background: .indexed(2), attributes: .bold))

            let light = try ThemeCatalog.load("light", environment: environment)
            let builtInLight = try #require(try ThemeCatalog.builtIn("light"))
            #expect(light.style(for: .normal) == Style(foreground: .indexed(4)))
            #expect(light.style(for: .selected) == builtInLight.style(for: .selected))

            #expect(ThemeCatalog.availableNames(environment: environment) == ["default", "light", "projector", "mono", "mine"])
        }
    }

    @Test("without XDG_CONFIG_HOME the user themes are in $HOME/.config/kette/themes")
    func homeFallback() throws {
        try withTemporaryDirectory { home in
            try write("heading = underline\n", to: "\(home)/.config/kette/themes/plain.theme")
            for environment in [["HOME": home], ["HOME": home, "XDG_CONFIG_HOME": ""], ["HOME": home, "XDG_CONFIG_HOME": "relative"]] {
                #expect(ThemeCatalog.userThemeDirectory(environment: environment) == "\(home)/.config/kette/themes")
                #expect(try ThemeCatalog.load("plain", environment: environment).style(for: .heading) == Style(.underline))
            }
        }
    }

    @Test("a value containing / is a file path")
    func path() throws {
        try withTemporaryDirectory { directory in
            try write("inherit = mono\nmatch = yellow bold\n", to: "\(directory)/beamer.theme")
            let theme = try ThemeCatalog.load("\(directory)/beamer.theme", environment: [:])
            #expect(theme.name == "beamer")
            #expect(theme.style(for: .match) == Style(foreground: .indexed(3), attributes: .bold))

            #expect(throws: ThemeError(file: "\(directory)/missing.theme", line: 0, message: "no such theme file")) {
                try ThemeCatalog.load("\(directory)/missing.theme", environment: [:])
            }
        }
    }

    @Test("an error in a user theme names its path and line")
    func errorInUserTheme() throws {
        try withTemporaryDirectory { config in
            let path = "\(config)/kette/themes/broken.theme"
            try write("# my theme\nselected = white on blue\nheading = bold blink\n", to: path)
            do throws(ThemeError) {
                _ = try ThemeCatalog.load("broken", environment: ["XDG_CONFIG_HOME": config])
                Issue.record("no error")
            } catch {
                #expect(error.description.hasPrefix("\(path):3: unknown attribute \"blink\""))
            }
        }
    }

    @Test("an unknown name lists the available themes, user themes included")
    func unknownName() throws {
        try withTemporaryDirectory { config in
            try write("normal = default\n", to: "\(config)/kette/themes/solar.theme")
            do throws(ThemeError) {
                _ = try ThemeCatalog.load("nosuch", environment: ["XDG_CONFIG_HOME": config])
                Issue.record("no error")
            } catch {
                #expect(error.file == "nosuch")
                #expect(error.line == 0)
                #expect(error.message.contains("available themes: default, light, projector, mono, solar"))
                #expect(error.message.contains("\(config)/kette/themes/NAME.theme"))
            }
        }
    }

    @Test("--theme wins over KETTE_THEME, which wins over default")
    func resolve() throws {
        let environment = ["KETTE_THEME": "mono", "XDG_CONFIG_HOME": "/nonexistent"]
        #expect(try ThemeCatalog.resolve(cliTheme: "light", environment: environment).name == "light")
        #expect(try ThemeCatalog.resolve(cliTheme: nil, environment: environment).name == "mono")
        #expect(try ThemeCatalog.resolve(cliTheme: nil, environment: ["XDG_CONFIG_HOME": "/nonexistent"]).name == "default")
        #expect(try ThemeCatalog.resolve(cliTheme: nil, environment: ["KETTE_THEME": ""]).name == "default")
        do {
            _ = try ThemeCatalog.resolve(cliTheme: nil, environment: ["KETTE_THEME": "nosuch", "XDG_CONFIG_HOME": "/nonexistent"])
            Issue.record("no error")
        } catch {
            #expect(error.description.hasPrefix("nosuch: unknown theme; available themes: default, light, projector, mono"))
            #expect(error.message.hasSuffix("[from KETTE_THEME]"))
        }
    }
}
