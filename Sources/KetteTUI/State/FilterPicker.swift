import KetteCore

/// The small filter picker (`f`): one row per filter; list filters open a choice list.
public struct FilterPicker: Sendable, Equatable {
    public enum Row: Int, Sendable, CaseIterable {
        case district, field, language, free, accessible
        /// Also archived offers: the way back to an offer archived by mistake (`e`, status „aktiv“).
        case archived
    }

    /// A list of values to choose one from (nil value = no filter).
    public struct Choice: Sendable, Equatable {
        public var row: Row
        public var options: [(value: String?, label: String)]
        public var selection: Int
        public var scroll = 0

        public static func == (a: Choice, b: Choice) -> Bool {
            a.row == b.row && a.selection == b.selection && a.scroll == b.scroll
                && a.options.map(\.value) == b.options.map(\.value)
        }
    }

    public var row: Row = .district
    public var choice: Choice?

    public init() {}
}
