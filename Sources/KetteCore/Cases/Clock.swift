#if canImport(Glibc)
import Glibc
#endif

/// Where case code gets the time from: the system clock, or a fixed time in tests and demos
/// (`--today`).
public struct Clock: Sendable {
    /// The current time as `YYYY-MM-DDTHH:MM:SSZ` (UTC).
    public var timestamp: @Sendable () -> String
    /// Today's date in local time.
    public var today: @Sendable () -> Day

    public init(timestamp: @escaping @Sendable () -> String, today: @escaping @Sendable () -> Day) {
        self.timestamp = timestamp
        self.today = today
    }

    public static let system = Clock(
        timestamp: {
            var t = time(nil)
            var parts = tm()
            gmtime_r(&t, &parts)
            return Clock.format(parts)
        },
        today: {
            var t = time(nil)
            var parts = tm()
            localtime_r(&t, &parts)
            return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
        })

    /// A clock standing still on `day` (at noon UTC): for tests and for `--today`.
    public static func fixed(_ day: Day, time: String = "12:00:00") -> Clock {
        Clock(timestamp: { "\(day)T\(time)Z" }, today: { day })
    }

    static func format(_ t: tm) -> String {
        "\(zeroPadded(Int(t.tm_year) + 1900, 4))-\(zeroPadded(Int(t.tm_mon) + 1, 2))-\(zeroPadded(Int(t.tm_mday), 2))T"
            + "\(zeroPadded(Int(t.tm_hour), 2)):\(zeroPadded(Int(t.tm_min), 2)):\(zeroPadded(Int(t.tm_sec), 2))Z"
    }
}
