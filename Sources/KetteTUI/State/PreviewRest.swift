/// When the chain's held preview is drawn: once no key has come for ``duration`` after the last
/// move (see `AppState+Preview.swift`). The navigator's loop keeps one, waits for a key no longer
/// than until ``deadline`` and then sends ``Event/selectionRested``; with nothing held there is no
/// deadline and the loop sleeps until a key (or the store watcher's poll) as before.
///
/// 130 ms: key repeat sends a key every 33–40 ms (25–30 per second, the usual default on X11,
/// Wayland, macOS and Windows), so even two late or lost repeats — jitter on an SSH link — do not
/// let a preview through in the middle of a walk; and 130 ms after the last key is still within
/// the ≈ 150 ms in which the preview reads as the answer to that key. Someone who steps
/// deliberately (a key every quarter second or slower) sees the preview of every step.
public struct PreviewRest: Sendable {
    public static let duration: Duration = .milliseconds(130)

    /// When the held preview is due; nil when nothing is held.
    public private(set) var deadline: ContinuousClock.Instant?

    public init() {}

    /// After an event (or anything else that changed the state): a held preview is due
    /// ``duration`` after this moment, so each further move starts the rest again; without one
    /// nothing is due.
    public mutating func noteEvent(previewPending: Bool, at now: ContinuousClock.Instant) {
        deadline = previewPending ? now + Self.duration : nil
    }

    /// Before waiting for a key: with nothing held (a reload, a drawn preview) nothing is due; a
    /// hold without a deadline yet is due ``duration`` from now.
    public mutating func keep(previewPending: Bool, at now: ContinuousClock.Instant) {
        if !previewPending {
            deadline = nil
        } else if deadline == nil {
            deadline = now + Self.duration
        }
    }

    /// The held preview is drawn: nothing is due.
    public mutating func cancel() { deadline = nil }

    /// True once the rest is over: the held preview is due.
    public func isOver(at now: ContinuousClock.Instant) -> Bool {
        deadline.map { now >= $0 } ?? false
    }

    /// How long to wait for a key, in milliseconds: until the rest is over (rounded up, so the
    /// loop does not wake a little early and spin), or `poll` when that is sooner; nil (wait for a
    /// key however long) when nothing is due and there is no poll.
    public func waitMilliseconds(at now: ContinuousClock.Instant, poll: Int?) -> Int? {
        guard let deadline else { return poll }
        let left = now.duration(to: deadline)
        let ms = left <= .zero ? 0 : Int((Double(left.components.seconds) * 1000
                                          + Double(left.components.attoseconds) / 1e15).rounded(.up))
        return min(ms, poll ?? ms)
    }
}
