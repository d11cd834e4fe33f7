/// Times in the form `dcterms:modified` needs: `2026-03-14T09:30:00Z`, in UTC.
enum W3CDateTime {
    static func format(secondsSinceEpoch seconds: Int) -> String {
        let (days, secondOfDay) = CivilCalendar.split(secondsSinceEpoch: seconds)
        let (year, month, day) = CivilCalendar.civilDate(daysSinceEpoch: days)
        let date = CivilCalendar.padded(year, 4) + "-" + CivilCalendar.padded(month, 2) + "-" + CivilCalendar.padded(day, 2)
        let time = [secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60].map { CivilCalendar.padded($0, 2) }
        return date + "T" + time.joined(separator: ":") + "Z"
    }
}
