/// One terminal cell: a character (a whole grapheme cluster) and the role it is drawn in.
/// A wide character occupies its cell and the next; the next holds a continuation marker.
public struct Cell: Sendable, Equatable {
    public var character: Character
    public var role: Role
    /// True for the right half of a wide character (nothing is drawn there).
    public var isContinuation: Bool

    public init(_ character: Character = " ", role: Role = .normal, isContinuation: Bool = false) {
        self.character = character
        self.role = role
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}
