/// A calendar date as the store writes it: `YYYY-MM-DD`.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(_ text: String) {
        // Exactly ten ASCII bytes: four digits, "-", two digits, "-", two digits.
        var y = 0, m = 0, d = 0
        var k = 0
        for b in text.utf8 {
            switch k {
            case 4, 7:
                guard b == UInt8(ascii: "-") else { return nil }
            case 0..<10:
                guard b >= 0x30, b <= 0x39 else { return nil }
                let v = Int(b - 0x30)
                if k < 4 { y = y * 10 + v } else if k < 7 { m = m * 10 + v } else { d = d * 10 + v }
            default:
                return nil
            }
            k += 1
        }
        guard k == 10 else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String {
        zeroPadded(year, 4) + "-" + zeroPadded(month, 2) + "-" + zeroPadded(day, 2)
    }

    public var monthValue: Month { Month(year: year, month: month)! }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for differences between dates.
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(ordinal z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.year = y
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }
}

/// A month as the store writes it: `YYYY-MM` (birth months, expected births).
public struct Month: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(year: y, month: m)
    }

    public var description: String { zeroPadded(year, 4) + "-" + zeroPadded(month, 2) }

    /// Whole months from `self` to `other` (negative when `other` is earlier).
    public func months(until other: Month) -> Int {
        (other.year - year) * 12 + (other.month - month)
    }

    public func adding(months: Int) -> Month {
        let total = year * 12 + (month - 1) + months
        return Month(year: total / 12, month: total % 12 + 1)!
    }

    public static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }
}

/// Zero-padded decimal digits.
func zeroPadded(_ v: Int, _ width: Int) -> String {
    let digits = "\(v)"
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
