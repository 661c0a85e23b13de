/// How a long import or export tells its caller how far it is, and learns that it should stop.
///
/// The core never prints: the command line shows the progress on a terminal and stays quiet in pipes.
public struct ExchangeProgress: Sendable {
    /// Called now and then with the items done and the total.
    public var report: @Sendable (_ done: Int, _ total: Int) -> Void
    /// Polled between items; true stops the work with ``ExchangeCancelled``.
    public var isCancelled: @Sendable () -> Bool

    public init(report: @escaping @Sendable (Int, Int) -> Void = { _, _ in },
                isCancelled: @escaping @Sendable () -> Bool = { false }) {
        self.report = report
        self.isCancelled = isCancelled
    }

    /// No reports, never cancelled.
    public static let none = ExchangeProgress()

    /// Reports every `step` items and at the end; throws when cancelled.
    func tick(_ done: Int, of total: Int, step: Int = 500) throws(ExchangeCancelled) {
        if done % step == 0 || done == total {
            if isCancelled() { throw ExchangeCancelled() }
            report(done, total)
        }
    }
}

/// The work was stopped (Ctrl-C); nothing was written.
public struct ExchangeCancelled: Error, Sendable, Equatable {
    public init() {}
}
