import OctavoModel

/// Dates in the RFC 822 form OPML uses: `Fri, 22 Dec 2017 10:30:00 +0800`.
enum RFC822Date {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// A post date; a missing time is midnight and a missing offset is GMT.
    static func format(_ date: PostDate) -> String {
        let days = CivilCalendar.daysSinceEpoch(year: date.year, month: date.month, day: date.day)
        let zone: String
        if let offset = date.utcOffsetMinutes, offset != 0 {
            zone = (offset < 0 ? "-" : "+") + padded(abs(offset) / 60) + padded(abs(offset) % 60)
        } else {
            zone = "GMT"
        }
        return text(days: days, year: date.year, month: date.month, day: date.day,
                    time: (date.hour ?? 0, date.minute ?? 0, date.second ?? 0), zone: zone)
    }

    /// A time in seconds since 1970-01-01T00:00:00Z, in GMT.
    static func format(secondsSinceEpoch seconds: Int) -> String {
        let (days, secondOfDay) = CivilCalendar.split(secondsSinceEpoch: seconds)
        let (year, month, day) = CivilCalendar.civilDate(daysSinceEpoch: days)
        return text(days: days, year: year, month: month, day: day,
                    time: (secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60), zone: "GMT")
    }

    private static func text(days: Int, year: Int, month: Int, day: Int, time: (Int, Int, Int), zone: String) -> String {
        let weekday = weekdays[((days % 7) + 11) % 7]
        return "\(weekday), \(day) \(months[month - 1]) \(year) \(padded(time.0)):\(padded(time.1)):\(padded(time.2)) \(zone)"
    }

    private static func padded(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
