import OctavoModel

/// Temporary block phase: every run of non-blank lines is a paragraph of text.
struct BlockParser {
    let source: Source
    let dialect: MarkdownDialect

    init(source: Source, dialect: MarkdownDialect) {
        self.source = source
        self.dialect = dialect
    }

    mutating func parse() -> [Block] {
        var blocks: [Block] = []
        var lines: [String] = []
        var startLine = 1
        var lineNumber = 0
        for line in String(decoding: source.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                if !lines.isEmpty {
                    let range = SourceRange(start: SourcePosition(line: startLine, column: 1), end: SourcePosition(line: lineNumber - 1, column: 1))
                    blocks.append(Block(.paragraph([.text(lines.joined(separator: "\n"))]), range: range))
                    lines = []
                }
            } else {
                if lines.isEmpty { startLine = lineNumber }
                lines.append(String(line))
            }
        }
        if !lines.isEmpty {
            let range = SourceRange(start: SourcePosition(line: startLine, column: 1), end: SourcePosition(line: lineNumber, column: 1))
            blocks.append(Block(.paragraph([.text(lines.joined(separator: "\n"))]), range: range))
        }
        return blocks
    }
}
