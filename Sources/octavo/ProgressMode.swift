import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// When `--progress` shows a progress bar on standard error.
enum ProgressMode: String, CaseIterable, ExpressibleByArgument {
    /// On a terminal, for more than a few posts, unless `--quiet`.
    case auto
    case always
    case never

    /// Batches of up to this many posts never show a bar in `auto` mode.
    static let fewPosts = 4

    /// Whether a batch of `postCount` posts shows the bar.
    func shows(postCount: Int, quiet: Bool) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: !quiet && postCount > Self.fewPosts && isatty(STDERR_FILENO) != 0
        }
    }
}
