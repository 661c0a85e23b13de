/// The languages Kette's interface speaks. German is the default.
public enum Language: String, Sendable, CaseIterable {
    case de, en

    /// From `--lang` or `KETTE_LANG` ("de", "en", "en_GB.UTF-8" …); nil when not understood.
    public init?(code: String) {
        let prefix = code.lowercased().prefix(2)
        guard let l = Language(rawValue: String(prefix)) else { return nil }
        self = l
    }

    public var strings: Strings {
        switch self {
        case .de: .german
        case .en: .english
        }
    }
}
