import OctavoModel

/// A date the `date` filters read from a value (`2010-07-21`, `2010-07-21 10:30:00
/// +0800`) and write with a subset of `strftime`.
struct LiquidDate {
    var date: PostDate

    /// Reads a date from a string; nil for anything else.
    init?(_ value: LiquidValue) {
        guard case .string(let text) = value, let date = PostDate(parsing: text) else { return nil }
        self.date = date
    }

    init(_ date: PostDate) {
        self.date = date
    }

    /// The date as Jekyll writes a post's `date`: `2010-07-21 00:00:00 +0000`.
    var text: String {
        formatted("%Y-%m-%d %H:%M:%S %z")
    }

    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"]
    private static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// Writes the date with `format`: `%Y %y %m %-m %d %-d %e %j %B %b %h %A %a %H %-H %I %M
    /// %S %p %z %:z %s %F %D %T %%`; other directives are written as they are.
    func formatted(_ format: String) -> String {
        var result = ""
        var characters = Substring(format)
        while let character = characters.first {
            characters = characters.dropFirst()
            guard character == "%", let next = characters.first else {
                result.append(character)
                continue
            }
            var flag: Character?
            var directive = next
            characters = characters.dropFirst()
            if (next == "-" || next == ":"), let after = characters.first {
                flag = next
                directive = after
                characters = characters.dropFirst()
            }
            result += field(directive, flag: flag) ?? "%" + (flag.map(String.init) ?? "") + String(directive)
        }
        return result
    }

    private func field(_ directive: Character, flag: Character?) -> String? {
        func padded(_ number: Int, _ width: Int = 2, _ pad: Character = "0") -> String {
            let digits = String(number)
            if flag == "-" { return digits }
            return String(repeating: pad, count: max(0, width - digits.count)) + digits
        }
        let hour = date.hour ?? 0
        let offset = date.utcOffsetMinutes ?? 0
        switch directive {
        case "Y": return String(date.year)
        case "y": return padded(date.year % 100)
        case "m": return padded(date.month)
        case "d": return padded(date.day)
        case "e": return padded(date.day, 2, " ")
        case "j": return padded(dayOfYear, 3)
        case "B": return Self.months[date.month - 1]
        case "b", "h": return String(Self.months[date.month - 1].prefix(3))
        case "A": return Self.weekdays[weekday]
        case "a": return String(Self.weekdays[weekday].prefix(3))
        case "H": return padded(hour)
        case "I": return padded(hour % 12 == 0 ? 12 : hour % 12)
        case "M": return padded(date.minute ?? 0)
        case "S": return padded(date.second ?? 0)
        case "p": return hour < 12 ? "AM" : "PM"
        case "z":
            let sign = offset < 0 ? "-" : "+"
            let hours = String(abs(offset) / 60), minutes = String(abs(offset) % 60)
            let hh = String(repeating: "0", count: 2 - hours.count) + hours
            let mm = String(repeating: "0", count: 2 - minutes.count) + minutes
            return sign + hh + (flag == ":" ? ":" : "") + mm
        case "s": return String(epochDays * 86_400 + hour * 3600 + (date.minute ?? 0) * 60 + (date.second ?? 0) - offset * 60)
        case "F": return formatted("%Y-%m-%d")
        case "D": return formatted("%m/%d/%y")
        case "T": return formatted("%H:%M:%S")
        case "%": return "%"
        default: return nil
        }
    }

    /// Days from 1970-01-01 to the date.
    private var epochDays: Int {
        let year = date.month <= 2 ? date.year - 1 : date.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let monthIndex = (date.month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// 0 for Sunday.
    private var weekday: Int {
        ((epochDays % 7) + 11) % 7
    }

    private var dayOfYear: Int {
        LiquidDate.dayOfYear(year: date.year, month: date.month, day: date.day)
    }

    /// 1 for January 1st.
    static func dayOfYear(year: Int, month: Int, day: Int) -> Int {
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return lengths.prefix(month - 1).reduce(0, +) + day
    }
}
