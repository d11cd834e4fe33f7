/// A post's date as written in front matter or a file name: a calendar day, maybe a
/// time of day, maybe an offset from UTC (`2017-12-22`, `2017-12-22 10:30:00 +0800`).
///
/// Its description is ISO 8601 (`2017-12-22`, `2017-12-22T10:30:00+08:00`).
/// Dates order by the instant they name, a missing time being midnight and a missing
/// offset UTC; dates naming the same instant order by how much they say.
public struct PostDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int?
    public let minute: Int?
    public let second: Int?
    /// Minutes east of UTC.
    public let utcOffsetMinutes: Int?

    /// A date, or nil if the fields name no real day and time: a minute needs an hour,
    /// a second a minute, and an offset a time.
    public init?(
        year: Int, month: Int, day: Int,
        hour: Int? = nil, minute: Int? = nil, second: Int? = nil, utcOffsetMinutes: Int? = nil
    ) {
        guard (0...9999).contains(year), (1...12).contains(month),
              (1...PostDate.days(inMonth: month, of: year)).contains(day) else { return nil }
        guard (hour == nil) == (minute == nil), second == nil || minute != nil,
              utcOffsetMinutes == nil || hour != nil else { return nil }
        if let hour, let minute {
            guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        }
        if let second, !(0...59).contains(second) { return nil }
        if let utcOffsetMinutes, abs(utcOffsetMinutes) >= 24 * 60 { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// Parses a date as Jekyll authors write it in front matter and Ruby's `Time.parse`
    /// reads it: the day as `YYYY-M-D` or `YYYY/M/D`, or with the month's English name
    /// (`Feb 22, 2023`, `22 February 2023`); then optionally `T` or spaces and a time
    /// `H:MM[:SS[.fraction]]`, maybe with `AM`/`PM`; then optionally a zone: `Z`, `UTC`,
    /// `GMT`, a North American or central European abbreviation, or an offset `+H`,
    /// `+HH:MM` or `+HHMM`. A zone without a time stands for midnight in that zone
    /// (`2023-02-22 +0800`). The fraction of a second is dropped. This also reads the ISO
    /// form `description` gives.
    public init?<Text: StringProtocol>(parsing text: Text) {
        var scanner = DateScanner(bytes: Array(text.utf8))
        scanner.skipSpaces()
        guard let (year, month, day) = scanner.calendarDay() else { return nil }
        var hour: Int?, minute: Int?, second: Int?, offset: Int?
        let beforeTime = scanner.index
        if scanner.take("T") || scanner.take("t") || scanner.skipSpaces() > 0 {
            if let parsedHour = scanner.number(digits: 1...2), scanner.take(":") {
                guard let parsedMinute = scanner.number(digits: 1...2) else { return nil }
                hour = parsedHour
                minute = parsedMinute
                if scanner.take(":") {
                    guard let parsedSecond = scanner.number(digits: 1...2) else { return nil }
                    second = parsedSecond
                    if scanner.take(".") || scanner.take(",") {
                        guard scanner.number(digits: 1...9) != nil else { return nil }
                    }
                }
                scanner.skipSpaces()
                if let meridiem = scanner.meridiem() {
                    guard (1...12).contains(parsedHour) else { return nil }
                    hour = parsedHour % 12 + (meridiem ? 12 : 0)
                }
            } else {
                scanner.index = beforeTime
            }
        }
        scanner.skipSpaces()
        if !scanner.atEnd {
            guard let zone = scanner.zoneOffset() else { return nil }
            offset = zone
            if hour == nil {
                hour = 0
                minute = 0
            }
        }
        scanner.skipSpaces()
        guard scanner.atEnd else { return nil }
        self.init(year: year, month: month, day: day, hour: hour, minute: minute, second: second, utcOffsetMinutes: offset)
    }

    public var description: String {
        var text = padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
        guard let hour, let minute else { return text }
        text += "T" + padded(hour, 2) + ":" + padded(minute, 2)
        if let second { text += ":" + padded(second, 2) }
        if let utcOffsetMinutes {
            if utcOffsetMinutes == 0 {
                text += "Z"
            } else {
                let magnitude = abs(utcOffsetMinutes)
                text += (utcOffsetMinutes < 0 ? "-" : "+") + padded(magnitude / 60, 2) + ":" + padded(magnitude % 60, 2)
            }
        }
        return text
    }

    public static func < (lhs: PostDate, rhs: PostDate) -> Bool {
        lhs.orderKey < rhs.orderKey
    }

    /// Seconds since 0000-03-01 in UTC, then how much the date says, then its offset.
    private var orderKey: (Int, Int, Int) {
        let time = ((hour ?? 0) * 60 + (minute ?? 0) - (utcOffsetMinutes ?? 0)) * 60 + (second ?? 0)
        let detail = (hour == nil ? 0 : 1) + (second == nil ? 0 : 1)
        return (PostDate.dayNumber(year, month, day) * 86_400 + time, detail, utcOffsetMinutes.map { $0 + 1440 } ?? 0)
    }

    /// Days since 0000-03-01 in the proleptic Gregorian calendar.
    private static func dayNumber(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let shiftedMonth = (month + 9) % 12
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        return shiftedYear * 365 + shiftedYear / 4 - shiftedYear / 100 + shiftedYear / 400 + dayOfYear
    }

    private static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// Reads the pieces of a date from UTF-8 bytes.
private struct DateScanner {
    let bytes: [UInt8]
    var index = 0

    var atEnd: Bool { index == bytes.count }

    /// Takes `character` if it comes next.
    mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    /// Skips spaces and tabs; returns how many.
    @discardableResult
    mutating func skipSpaces() -> Int {
        let start = index
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        return index - start
    }

    /// 1 for `+`, -1 for `-`, or nil.
    mutating func sign() -> Int? {
        if take("+") { return 1 }
        if take("-") { return -1 }
        return nil
    }

    /// The calendar day at the scanner: `YYYY-M-D`, `YYYY/M/D`, `Mon D, YYYY` or `D Mon YYYY`.
    mutating func calendarDay() -> (Int, Int, Int)? {
        let start = index
        if let year = number(digits: 4...4) {
            let separator: Unicode.Scalar = take("-") ? "-" : take("/") ? "/" : " "
            guard separator != " ", let month = number(digits: 1...2), take(separator),
                  let day = number(digits: 1...2) else { return nil }
            return (year, month, day)
        }
        index = start
        if let month = monthName() {
            skipSpaces()
            guard let day = number(digits: 1...2) else { return nil }
            _ = take(",")
            skipSpaces()
            guard let year = number(digits: 4...4) else { return nil }
            return (year, month, day)
        }
        guard let day = number(digits: 1...2) else { return nil }
        skipSpaces()
        guard let month = monthName() else { return nil }
        skipSpaces()
        guard let year = number(digits: 4...4) else { return nil }
        return (year, month, day)
    }

    /// An English month name or its three-letter abbreviation (with an optional dot), as 1...12.
    mutating func monthName() -> Int? {
        let word = letters()
        guard word.count >= 3 else { return nil }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                      "october", "november", "december"]
        guard let month = months.firstIndex(where: { $0 == word || $0.prefix(3) == word || (word == "sept" && $0 == "september") })
        else { return nil }
        _ = take(".")
        return month + 1
    }

    /// `AM` (false) or `PM` (true), in any case, with or without dots.
    mutating func meridiem() -> Bool? {
        let start = index
        let isPM: Bool
        if take("a") || take("A") {
            isPM = false
        } else if take("p") || take("P") {
            isPM = true
        } else {
            return nil
        }
        _ = take(".")
        guard take("m") || take("M") else {
            index = start
            return nil
        }
        _ = take(".")
        return isPM
    }

    /// A zone as minutes east of UTC: `Z`, `UTC`, `GMT`, `UT`, a North American or
    /// central European abbreviation, or a numeric offset.
    mutating func zoneOffset() -> Int? {
        if let sign = sign() {
            guard let hours = number(digits: 1...2) else { return nil }
            var minutes = 0
            if take(":") {
                guard let parsed = number(digits: 2...2) else { return nil }
                minutes = parsed
            } else if let parsed = number(digits: 2...2) {
                minutes = parsed
            }
            guard minutes < 60 else { return nil }
            return sign * (hours * 60 + minutes)
        }
        let zones: [String: Int] = [
            "z": 0, "ut": 0, "utc": 0, "gmt": 0, "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420,
            "mdt": -360, "pst": -480, "pdt": -420, "cet": 60, "cest": 120,
        ]
        return zones[letters()]
    }

    /// The run of ASCII letters at the scanner, lowercased.
    private mutating func letters() -> String {
        let start = index
        while index < bytes.count, (0x41...0x5A).contains(bytes[index] & 0xDF) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
    }

    /// A run of ASCII digits whose length is within `digits`, or nil (taking nothing).
    mutating func number(digits: ClosedRange<Int>) -> Int? {
        var end = index
        while end < bytes.count, end - index < digits.upperBound, (0x30...0x39).contains(bytes[end]) { end += 1 }
        guard digits.contains(end - index) else { return nil }
        let value = bytes[index..<end].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        index = end
        return value
    }
}
