/// The input formats Octavo reads, by name.
public enum ReaderRegistry {
    /// Every input format, in the order `--list-formats` shows them.
    public static let all: [InputFormat] = [.jekyll, .commonmark, .gfm, .json]

    /// The format `--from` takes when it is not given.
    public static let defaultName = InputFormat.jekyll.name

    /// The input format with this name, or nil if there is none.
    public static func reader(named name: String) -> InputFormat? {
        all.first { $0.name == name }
    }
}
