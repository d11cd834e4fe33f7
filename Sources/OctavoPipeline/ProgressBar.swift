import OctavoModel

/// A one-line progress bar on standard error: posts done of total, rate and time left.
///
/// The line is redrawn in place with a carriage return at most ten times a second and
/// cleared by `finish()`. Messages go through `report`, which clears the line first
/// and redraws it after, so they never mix with the bar.
public final class ProgressBar {
    private let total: Int
    private let write: (String) -> Void
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDraw: ContinuousClock.Instant?
    private var done = 0
    private var shown = false

    private static let width = 24
    private static let clearLine = "\r\u{1B}[K"

    /// A bar for `total` posts, drawn at once; `write` takes the terminal text.
    public init(total: Int, write: @escaping (String) -> Void = StandardError.write) {
        self.total = total
        self.write = write
        start = clock.now
        draw()
    }

    /// Counts one more post done.
    public func advance() {
        done += 1
        if done == total || lastDraw.map({ $0.duration(to: clock.now) >= .milliseconds(100) }) ?? true { draw() }
    }

    /// Prints `diagnostic` above the bar.
    public func report(_ diagnostic: Diagnostic) {
        write(Self.clearLine + diagnostic.description + "\n")
        draw()
    }

    /// Clears the line.
    public func finish() {
        guard shown else { return }
        write(Self.clearLine)
        shown = false
    }

    private func draw() {
        let now = clock.now
        lastDraw = now
        shown = true
        write("\r" + Self.line(done: done, total: total, elapsed: start.duration(to: now)))
    }

    /// `[#####-----] 12/63 posts  40.1/s  ETA 0:01`.
    static func line(done: Int, total: Int, elapsed: Duration) -> String {
        let filled = total > 0 ? done * width / total : width
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = seconds > 0 ? Double(done) / seconds : 0
        let tenths = Int((rate * 10).rounded())
        var eta = "--:--"
        if rate > 0 {
            let left = Int((Double(total - done) / rate).rounded(.up))
            eta = "\(left / 60):" + (left % 60 < 10 ? "0" : "") + "\(left % 60)"
        }
        return "[\(bar)] \(done)/\(total) posts  \(tenths / 10).\(tenths % 10)/s  ETA \(eta)\u{1B}[K"
    }
}
