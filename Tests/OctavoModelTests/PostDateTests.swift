import OctavoModel
import Testing

/// Parsing, printing and ordering post dates.
@Suite struct PostDateTests {
    @Test(arguments: [
        ("2017-12-22", "2017-12-22"),
        ("2015-1-4", "2015-01-04"),
        ("2017-12-22 10:30:00 +0800", "2017-12-22T10:30:00+08:00"),
        ("2017-12-22T10:30:00Z", "2017-12-22T10:30:00Z"),
        ("2017-12-22 9:05", "2017-12-22T09:05"),
        ("2017-12-22 10:30:00 -05:30", "2017-12-22T10:30:00-05:30"),
        ("2017-12-22 10:30:00-7", "2017-12-22T10:30:00-07:00"),
        ("  2024-02-29  ", "2024-02-29"),
        // The forms Ruby's Time.parse reads, as Jekyll does.
        ("2023-02-22 +0800", "2023-02-22T00:00+08:00"),
        ("2023-02-22 10:00:00.000000000 +08:00", "2023-02-22T10:00:00+08:00"),
        ("2023/2/22 9:05", "2023-02-22T09:05"),
        ("Feb 22, 2023", "2023-02-22"),
        ("Sept. 3 2021", "2021-09-03"),
        ("22 February 2023 10:30 PM", "2023-02-22T22:30"),
        ("2023-02-22 12:15 a.m.", "2023-02-22T00:15"),
        ("2023-02-22 10:00:00 CST", "2023-02-22T10:00:00-06:00"),
        ("2023-02-22 10:00 UTC", "2023-02-22T10:00Z"),
    ])
    func parsesAndPrintsISO8601(_ text: String, _ iso: String) throws {
        let date = try #require(PostDate(parsing: text))
        #expect(date.description == iso)
        #expect(PostDate(parsing: iso) == date)
    }

    @Test(arguments: ["2017-13-01", "2017-2-29", "2017-12-32", "17-12-22", "2017-12-22 25:00", "2017-12-22 10:60",
                      "2017-12-22 10:30:61", "2017-12-22T", "2017-12-22 10", "2017-12-22 10:30 +0860", "2017-12-22 10:30 +24",
                      "2017-12-22 10:30:00.", "2017/12-22", "2017-12-22 13:00 PM", "2017-12-22 10:00 XYZ",
                      "Febuary 22, 2023", "22 Feb", "", "yesterday"])
    func rejectsWhatIsNoDate(_ text: String) {
        #expect(PostDate(parsing: text) == nil)
    }

    @Test func fieldsMustFitTogether() {
        #expect(PostDate(year: 2017, month: 1, day: 1, minute: 5) == nil)
        #expect(PostDate(year: 2017, month: 1, day: 1, utcOffsetMinutes: 60) == nil)
        #expect(PostDate(year: 2017, month: 1, day: 1, hour: 1, minute: 5, utcOffsetMinutes: 60) != nil)
    }

    @Test func ordersByInstant() throws {
        let texts = ["2017-12-21", "2017-12-22", "2017-12-22 08:00:00 +0800", "2017-12-22 01:00", "2017-12-22 10:00:00 +0800", "2018-1-1"]
        let dates = try texts.map { try #require(PostDate(parsing: $0)) }
        #expect(dates.shuffled().sorted() == dates)
        let sameInstant = try #require(PostDate(parsing: "2017-12-22T02:00:00Z"))
        let elsewhere = try #require(PostDate(parsing: "2017-12-22T10:00:00+08:00"))
        #expect(sameInstant != elsewhere)
        #expect((sameInstant < elsewhere) != (elsewhere < sameInstant))
    }
}
