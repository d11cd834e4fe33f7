import OctavoModel

/// Day arithmetic in the proleptic Gregorian calendar, counted from 1970-01-01.
enum CivilCalendar {
    /// Days from 1970-01-01 to the given date.
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The calendar date (year, month, day) of a day counted from 1970-01-01.
    static func civilDate(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
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

    /// Whole days and the second within the day of a time in seconds since 1970.
    static func split(secondsSinceEpoch seconds: Int) -> (days: Int, secondOfDay: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        return (days, seconds - days * 86_400)
    }

    /// `value` in decimal, with zeros in front up to `width` digits.
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The instant a post date names, in seconds since 1970: a missing time is
    /// midnight and a missing offset is UTC.
    static func secondsSinceEpoch(_ date: PostDate) -> Int {
        let days = daysSinceEpoch(year: date.year, month: date.month, day: date.day)
        let minutes = (date.hour ?? 0) * 60 + (date.minute ?? 0) - (date.utcOffsetMinutes ?? 0)
        return days * 86_400 + minutes * 60 + (date.second ?? 0)
    }
}

extension PostDate {
    /// The day alone, from its components: `YYYY-MM-DD`, or with another `separator`
    /// (`YYYY/MM/DD`, `YYYYMMDD`).
    func calendarDay(separator: String = "-") -> String {
        CivilCalendar.padded(year, 4) + separator + CivilCalendar.padded(month, 2) + separator + CivilCalendar.padded(day, 2)
    }

    /// The instant the date names, in seconds since 1970: a missing time is midnight
    /// and a missing offset is UTC.
    public var secondsSinceEpoch: Int {
        CivilCalendar.secondsSinceEpoch(self)
    }
}
