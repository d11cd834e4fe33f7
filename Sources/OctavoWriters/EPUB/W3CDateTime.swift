/// Times in the form `dcterms:modified` needs: `2026-03-14T09:30:00Z`, in UTC.
enum W3CDateTime {
    static func format(secondsSinceEpoch seconds: Int) -> String {
        let (days, secondOfDay) = CivilCalendar.split(secondsSinceEpoch: seconds)
        let (year, month, day) = CivilCalendar.civilDate(daysSinceEpoch: days)
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2) + "T" + padded(secondOfDay / 3600, 2) + ":"
            + padded(secondOfDay % 3600 / 60, 2) + ":" + padded(secondOfDay % 60, 2) + "Z"
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
