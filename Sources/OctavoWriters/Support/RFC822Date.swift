import OctavoModel

/// Dates in the RFC 822 form OPML uses: `Fri, 22 Dec 2017 10:30:00 +0800`.
enum RFC822Date {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// A post date; a missing time is midnight and a missing offset is GMT.
    static func format(_ date: PostDate) -> String {
        let days = daysSinceEpoch(year: date.year, month: date.month, day: date.day)
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
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        return text(days: days, year: year, month: month, day: day,
                    time: (secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60), zone: "GMT")
    }

    private static func text(days: Int, year: Int, month: Int, day: Int, time: (Int, Int, Int), zone: String) -> String {
        let weekday = weekdays[((days % 7) + 11) % 7]
        return "\(weekday), \(day) \(months[month - 1]) \(year) \(padded(time.0)):\(padded(time.1)):\(padded(time.2)) \(zone)"
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar.
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The calendar date of a day counted from 1970-01-01.
    private static func civilDate(daysSinceEpoch days: Int) -> (Int, Int, Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func padded(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
