import Foundation

/// A greeting.
@MainActor
struct Greeter: Sendable {
    let name: String
    /* outer /* nested */ comment */
    func greet(times: Int = 2) -> String {
        let raw = #"a "raw" \(not) string"#
        let text = "Hello, \(name.uppercased()) x\(times + 1)!"
        let long = """
            Lines with \(raw.count) "quotes"
            """
        return text + long + String(3.14) + (nil ?? "")
    }
}
