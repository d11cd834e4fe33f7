import OctavoModel

/// Parses Markdown into a `Document`. Parsing never fails: any input is a document.
public struct MarkdownParser: Sendable {
    public var dialect: MarkdownDialect

    public init(dialect: MarkdownDialect = .gfm) {
        self.dialect = dialect
    }

    /// Parses one source into a document whose metadata names the source's path and
    /// the dialect it was read as.
    ///
    /// Parsing starts at byte `offset`, the start of a line (after front matter, say);
    /// source positions still count lines from the start of the file.
    public func parse(_ source: Source, from offset: Int = 0) -> Document {
        let firstLine = offset == 0 ? 1 : source.position(ofOffset: offset).line
        var blockParser = BlockParser(bytes: source.bytes, dialect: dialect, startOffset: offset, firstLine: firstLine)
        let root = blockParser.parse()
        let context = InlineContext(
            references: blockParser.references,
            footnoteLabels: blockParser.footnoteLabels,
            dialect: dialect)
        var builder = BlockTreeBuilder(
            inlineParser: InlineParser(context: context), dialect: dialect,
            attributeDefinitions: blockParser.attributeDefinitions, abbreviations: blockParser.abbreviations)
        var blocks = builder.blocks(of: root)
        if dialect.hasKramdownExtensions {
            var identifiers = HeadingIdentifiers()
            identifiers.assign(&blocks)
        }
        return Document(metadata: Metadata(source: source.path, dialect: dialect), blocks: blocks)
    }
}
