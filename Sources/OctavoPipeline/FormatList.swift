import OctavoWriters

/// The text of `--list-formats`: every reader and writer with its summary.
public enum FormatList {
    public static var text: String {
        let names = ReaderRegistry.all.map(\.name) + WriterRegistry.all.map { $0.format } + [EPUBFormat.format]
            + WriterRegistry.collections.map { $0.format }
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
        for writer in WriterRegistry.collections {
            text += row(writer.format, writer.summary)
        }
        return text
    }
}
