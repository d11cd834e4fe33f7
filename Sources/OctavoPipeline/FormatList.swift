import OctavoWriters

/// The text of `--list-formats`: every reader and writer with its summary.
public enum FormatList {
    /// The names `-f` takes, the default first.
    public static var inputNames: [String] {
        ReaderRegistry.all.map(\.name)
    }

    /// The names `-t` takes: per-post formats, then books, then collections.
    public static var outputNames: [String] {
        WriterRegistry.all.map { $0.format } + [EPUBFormat.format] + WriterRegistry.collectionsOnly.map { $0.format }
    }

    /// The name among `names` that `name` was most likely meant to be: one that starts
    /// with it, or one a single edit (or two, for longer names) away; nil when none is close.
    public static func suggestion(for name: String, among names: [String]) -> String? {
        let typed = Array(name.lowercased().utf8)
        guard !typed.isEmpty else { return nil }
        if let completed = names.first(where: { $0.utf8.starts(with: typed) }) { return completed }
        let limit = typed.count > 4 ? 2 : 1
        let scored = names.map { ($0, editDistance(typed, Array($0.utf8))) }.filter { $0.1 <= limit }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// The Levenshtein distance between two byte strings.
    private static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }

    public static var text: String {
        let names = inputNames + outputNames
        let width = (names.map(\.count).max() ?? 0) + 2
        func row(_ name: String, _ summary: String) -> String {
            "  " + name + String(repeating: " ", count: width - name.count) + summary + "\n"
        }
        var text = "Input formats (-f, --from):\n"
        for reader in ReaderRegistry.all {
            let note = reader.name == ReaderRegistry.defaultName ? " (default)" : ""
            text += row(reader.name, reader.summary + note)
        }
        text += "Output formats (-t, --to):\n"
        for writer in WriterRegistry.all {
            text += row(writer.format, writer.summary)
        }
        text += row(EPUBFormat.format, EPUBFormat.summary)
        for writer in WriterRegistry.collectionsOnly {
            text += row(writer.format, writer.summary)
        }
        return text
    }
}
