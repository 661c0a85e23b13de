import CNcursesw

/// Sets the locale from the environment, falling back to C.UTF-8 when the environment names
/// none or a non-UTF-8 one (SSH sessions often arrive without LANG). Returns true when the
/// program can write UTF-8.
enum TerminalLocale {
    static func setUp() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8 { return true }
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "de_DE.UTF-8"] where setlocale(LC_ALL, candidate) != nil {
            if isUTF8 { return true }
        }
        setlocale(LC_ALL, "")
        return false
    }

    static var isUTF8: Bool {
        guard let cs = kette_codeset() else { return false }
        let name = String(cString: cs).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
