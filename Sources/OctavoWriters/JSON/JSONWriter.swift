import OctavoModel

/// Writes a document as JSON, the form `JSONDocumentReader` reads back and
/// `schemas/document.schema.json` describes.
///
/// The output is compact (no insignificant whitespace; pipe it through `jq .` to
/// read it) with a fixed key order (`type` first, then scalar fields, then
/// children), `readingList` last, always written. Properties holding their default
/// (empty attributes, an empty title or info string, no task state, absent metadata
/// values and empty metadata lists, no bookmark title, no work context) are omitted. Strings escape `"`, `\`
/// and control characters (`\n`, `\r`, `\t`, else `\u00XX`); everything else,
/// including non-ASCII text, is written as raw UTF-8. The output ends with a newline.
public struct JSONWriter: Writer {
    public static let format = "json"
    public static let summary = "the document tree as JSON (versioned, readable back with --from json)"
    public static let fileExtension = "json"
    public static let streams = true

    public init(options: WriterOptions) {}

    /// The document as JSON, in the memory it was written to.
    public func rendering(_ document: Document) -> WriterOutput {
        var json = JSONOutput()
        json.document(document) { _ in }
        return WriterOutput(bytes: json.finish())
    }

    /// The document as JSON in pieces, each handed over between two blocks or two
    /// reading-list entries once it holds `pieceSize` bytes.
    public func write(_ document: Document, inPiecesOf pieceSize: Int, to emit: (UnsafeBufferPointer<UInt8>) -> Bool) {
        var json = JSONOutput()
        var emitting = true
        json.document(document) { bytes in
            guard bytes.count >= pieceSize else { return }
            if emitting { emitting = bytes.withUnsafeBufferPointer(emit) }
            bytes.removeAll()
        }
        json.bytes.append(0x0A)
        if emitting { _ = json.bytes.withUnsafeBufferPointer(emit) }
    }
}

/// The byte buffer of one JSON rendering.
private struct JSONOutput: ~Copyable {
    var bytes = ByteBuffer(capacity: 1 << 16)

    /// The rendering, ended with a line feed.
    consuming func finish() -> RenderedBytes {
        bytes.append(0x0A)
        return bytes.rendered()
    }

    // MARK: Nodes

    /// The whole document; `boundary` is called after each top-level block and each
    /// reading-list entry, where the bytes so far may be handed over.
    mutating func document(_ document: Document, boundary: (inout ByteBuffer) -> Void) {
        open()
        firstKey("version")
        integer(Document.formatVersion)
        key("metadata")
        metadata(document.metadata)
        key("blocks")
        array(document.blocks) { json, block in
            json.block(block)
            boundary(&json.bytes)
        }
        key("readingList")
        readingList(document.readingList, boundary: boundary)
        close()
    }

    /// The keys in `Metadata`'s coding order; absent values and empty lists are left out.
    mutating func metadata(_ metadata: Metadata) {
        open()
        var first = true
        func next(_ name: StaticString, _ json: inout JSONOutput) {
            if first { json.firstKey(name) } else { json.key(name) }
            first = false
        }
        for (name, value) in [("source", metadata.source), ("title", metadata.title), ("date", metadata.date?.description),
                              ("slug", metadata.slug), ("layout", metadata.layout), ("lang", metadata.lang)] as [(StaticString, String?)] {
            guard let value else { continue }
            next(name, &self)
            string(value)
        }
        for (name, names) in [("categories", metadata.categories), ("tags", metadata.tags)] as [(StaticString, [String])] where !names.isEmpty {
            next(name, &self)
            array(names) { $0.string($1) }
        }
        if !metadata.fields.isEmpty {
            next("fields", &self)
            entries(metadata.fields)
        }
        if let dialect = metadata.dialect {
            next("dialect", &self)
            string(dialect.rawValue)
        }
        close()
    }

    mutating func entries(_ entries: [MetadataEntry]) {
        array(entries) { json, entry in
            json.open()
            json.firstKey("key")
            json.string(entry.key)
            json.key("value")
            json.metadataValue(entry.value)
            json.close()
        }
    }

    /// `{"type":"int","value":1}` and the like, as `MetadataValue`'s coding has it.
    mutating func metadataValue(_ value: MetadataValue) {
        open()
        firstKey("type")
        switch value {
        case .string(let text):
            raw("\"string\"")
            key("value")
            string(text)
        case .int(let number):
            raw("\"int\"")
            key("value")
            integer(number)
        case .double(let number):
            raw("\"double\"")
            key("value")
            double(number)
        case .bool(let flag):
            raw("\"bool\"")
            key("value")
            raw(flag ? "true" : "false")
        case .null:
            raw("\"null\"")
        case .list(let items):
            raw("\"list\"")
            key("items")
            array(items) { $0.metadataValue($1) }
        case .map(let entries):
            raw("\"map\"")
            key("entries")
            self.entries(entries)
        }
        close()
    }


    // MARK: Reading list

    mutating func readingList(_ list: ReadingList, boundary: (inout ByteBuffer) -> Void) {
        open()
        firstKey("bookmarks")
        array(list.bookmarks) { json, bookmark in
            json.bookmark(bookmark)
            boundary(&json.bytes)
        }
        key("works")
        array(list.works) { json, work in
            json.work(work)
            boundary(&json.bytes)
        }
        key("links")
        array(list.links) { json, link in
            json.inlineLink(link)
            boundary(&json.bytes)
        }
        close()
    }

    mutating func bookmark(_ bookmark: Bookmark) {
        open()
        firstKey("id")
        string(bookmark.id)
        key("url")
        string(bookmark.url)
        if let title = bookmark.title {
            key("title")
            string(title)
        }
        key("notes")
        array(bookmark.notes) { $0.string($1) }
        key("sectionPath")
        array(bookmark.sectionPath) { $0.string($1) }
        key("range")
        range(bookmark.range)
        key("line")
        integer(bookmark.line)
        close()
    }

    mutating func work(_ work: Work) {
        open()
        firstKey("id")
        string(work.id)
        key("title")
        string(work.title)
        key("kind")
        string(work.kind.rawValue)
        if let context = work.context {
            key("context")
            string(context)
        }
        key("sectionPath")
        array(work.sectionPath) { $0.string($1) }
        key("range")
        range(work.range)
        key("line")
        integer(work.line)
        close()
    }

    mutating func inlineLink(_ link: InlineLink) {
        open()
        firstKey("id")
        string(link.id)
        key("url")
        string(link.url)
        key("text")
        string(link.text)
        key("sectionPath")
        array(link.sectionPath) { $0.string($1) }
        key("range")
        range(link.range)
        key("line")
        integer(link.line)
        close()
    }

    // MARK: Blocks

    mutating func blocks(_ blocks: [Block]) {
        array(blocks) { $0.block($1) }
    }

    mutating func block(_ block: Block) {
        open()
        firstKey("type")
        switch block.kind {
        case .paragraph: raw("\"paragraph\"")
        case .heading: raw("\"heading\"")
        case .thematicBreak: raw("\"thematicBreak\"")
        case .blockQuote: raw("\"blockQuote\"")
        case .list: raw("\"list\"")
        case .codeBlock: raw("\"codeBlock\"")
        case .html: raw("\"html\"")
        case .table: raw("\"table\"")
        case .footnoteDefinition: raw("\"footnoteDefinition\"")
        case .math: raw("\"math\"")
        case .tableOfContents: raw("\"tableOfContents\"")
        case .definitionList: raw("\"definitionList\"")
        }
        key("range")
        range(block.range)
        if !block.attributes.isEmpty {
            key("attributes")
            attributes(block.attributes)
        }
        switch block.kind {
        case .paragraph(let content):
            key("content")
            inlines(content)
        case .heading(let heading):
            key("level")
            integer(heading.level)
            key("style")
            string(heading.style.rawValue)
            key("content")
            inlines(heading.content)
        case .thematicBreak:
            break
        case .blockQuote(let children):
            key("blocks")
            blocks(children)
        case .list(let list):
            key("marker")
            listMarker(list.marker)
            key("tight")
            raw(list.isTight ? "true" : "false")
            key("items")
            array(list.items) { $0.listItem($1) }
        case .codeBlock(let code):
            key("style")
            string(code.style.rawValue)
            if !code.info.isEmpty {
                key("info")
                string(code.info)
            }
            key("text")
            string(code.text)
        case .html(let text):
            key("text")
            string(text)
        case .table(let table):
            key("alignments")
            array(table.alignments) { $0.string($1.rawValue) }
            key("header")
            array(table.header) { $0.inlines($1) }
            key("rows")
            array(table.rows) { json, row in json.array(row) { $0.inlines($1) } }
        case .footnoteDefinition(let definition):
            key("label")
            string(definition.label)
            key("blocks")
            blocks(definition.blocks)
        case .math(let tex):
            key("text")
            string(tex)
        case .tableOfContents:
            break
        case .definitionList(let list):
            key("items")
            array(list.items) { $0.definitionItem($1) }
        }
        close()
    }

    mutating func definitionItem(_ item: DefinitionItem) {
        open()
        firstKey("terms")
        array(item.terms) { json, term in
            json.open()
            if term.attributes.isEmpty {
                json.firstKey("content")
            } else {
                json.firstKey("attributes")
                json.attributes(term.attributes)
                json.key("content")
            }
            json.inlines(term.content)
            json.close()
        }
        key("definitions")
        array(item.definitions) { json, definition in
            json.open()
            json.firstKey("range")
            json.range(definition.range)
            if !definition.attributes.isEmpty {
                json.key("attributes")
                json.attributes(definition.attributes)
            }
            json.key("tight")
            json.raw(definition.isTight ? "true" : "false")
            json.key("blocks")
            json.blocks(definition.blocks)
            json.close()
        }
        close()
    }

    mutating func listMarker(_ marker: ListMarker) {
        open()
        firstKey("type")
        switch marker {
        case .bullet(let character):
            raw("\"bullet\"")
            key("character")
            string(String(character))
        case .ordered(let start, let delimiter):
            raw("\"ordered\"")
            key("start")
            integer(start)
            key("delimiter")
            string(delimiter.rawValue)
        }
        close()
    }

    mutating func listItem(_ item: ListItem) {
        open()
        firstKey("range")
        range(item.range)
        if let task = item.task {
            key("task")
            string(task.rawValue)
        }
        if let isTight = item.isTight {
            key("tight")
            raw(isTight ? "true" : "false")
        }
        key("blocks")
        blocks(item.blocks)
        close()
    }

    mutating func inlines(_ inlines: [Inline]) {
        array(inlines) { $0.inline($1) }
    }

    mutating func inline(_ inline: Inline) {
        open()
        firstKey("type")
        switch inline {
        case .text(let text):
            raw("\"text\"")
            key("text")
            string(text)
        case .softBreak:
            raw("\"softBreak\"")
        case .lineBreak:
            raw("\"lineBreak\"")
        case .code(let text):
            raw("\"code\"")
            key("text")
            string(text)
        case .emphasis(let content):
            raw("\"emphasis\"")
            key("content")
            inlines(content)
        case .strong(let content):
            raw("\"strong\"")
            key("content")
            inlines(content)
        case .strikethrough(let content):
            raw("\"strikethrough\"")
            key("content")
            inlines(content)
        case .link(let link):
            raw("\"link\"")
            key("destination")
            string(link.destination)
            if !link.title.isEmpty {
                key("title")
                string(link.title)
            }
            key("style")
            string(link.style.rawValue)
            if !link.attributes.isEmpty {
                key("attributes")
                attributes(link.attributes)
            }
            key("content")
            inlines(link.content)
        case .image(let image):
            raw("\"image\"")
            key("source")
            string(image.source)
            if !image.title.isEmpty {
                key("title")
                string(image.title)
            }
            key("style")
            string(image.style.rawValue)
            if !image.attributes.isEmpty {
                key("attributes")
                attributes(image.attributes)
            }
            key("description")
            inlines(image.description)
        case .html(let text):
            raw("\"html\"")
            key("text")
            string(text)
        case .footnoteReference(let label):
            raw("\"footnoteReference\"")
            key("label")
            string(label)
        case .math(let tex):
            raw("\"math\"")
            key("text")
            string(tex)
        case .abbreviation(let abbreviation):
            raw("\"abbreviation\"")
            key("text")
            string(abbreviation.text)
            if !abbreviation.title.isEmpty {
                key("title")
                string(abbreviation.title)
            }
        case .attributed(let attributed):
            raw("\"attributed\"")
            key("attributes")
            attributes(attributed.attributes)
            key("inline")
            self.inline(attributed.inline)
        }
        close()
    }

    mutating func attributes(_ attributes: Attributes) {
        open()
        if let id = attributes.id {
            firstKey("id")
            string(id)
            key("classes")
        } else {
            firstKey("classes")
        }
        array(attributes.classes) { $0.string($1) }
        key("pairs")
        array(attributes.pairs) { json, pair in
            json.open()
            json.firstKey("key")
            json.string(pair.key)
            json.key("value")
            json.string(pair.value)
            json.close()
        }
        close()
    }

    /// `{"start":{"line":1,"column":1},"end":{...}}`.
    mutating func range(_ range: SourceRange) {
        raw("{\"start\":")
        position(range.start)
        raw(",\"end\":")
        position(range.end)
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func position(_ position: SourcePosition) {
        raw("{\"line\":")
        integer(position.line)
        raw(",\"column\":")
        integer(position.column)
        bytes.append(UInt8(ascii: "}"))
    }

    // MARK: Layout

    @inline(__always)
    mutating func open() {
        bytes.append(UInt8(ascii: "{"))
    }

    @inline(__always)
    mutating func close() {
        bytes.append(UInt8(ascii: "}"))
    }

    /// The first key of an object.
    @inline(__always)
    mutating func firstKey(_ name: StaticString) {
        quotedKey(name)
    }

    /// Every key after the first.
    @inline(__always)
    mutating func key(_ name: StaticString) {
        bytes.append(UInt8(ascii: ","))
        quotedKey(name)
    }

    @inline(__always)
    mutating func quotedKey(_ name: StaticString) {
        bytes.append(UInt8(ascii: "\""))
        raw(name)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    /// Writes `elements` as an array. They are read in place through a buffer pointer,
    /// so no element is copied (with a retain and a release of everything it holds) on
    /// its way to `element`.
    mutating func array<Element>(_ elements: [Element], _ element: (inout JSONOutput, Element) -> Void) {
        if elements.isEmpty {
            raw("[]")
            return
        }
        bytes.append(UInt8(ascii: "["))
        elements.withUnsafeBufferPointer { buffer in
            for index in buffer.indices {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                element(&self, buffer[index])
            }
        }
        bytes.append(UInt8(ascii: "]"))
    }

    // MARK: Scalars

    @inline(__always)
    mutating func raw(_ text: StaticString) {
        bytes.append(text)
    }

    @inline(__always)
    mutating func integer(_ value: Int) {
        bytes.append(decimal: value)
    }

    /// A finite number in Swift's shortest round-tripping form (`1.5`, `1e+100`);
    /// JSON has no infinities or NaN, so those are written as null.
    mutating func double(_ value: Double) {
        guard value.isFinite else {
            raw("null")
            return
        }
        bytes.append(string: value.description)
    }

    mutating func string(_ text: String) {
        JSONString.write(text, to: &bytes)
    }
}
