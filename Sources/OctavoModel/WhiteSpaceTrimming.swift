extension StringProtocol {
    /// The text without white space (Unicode's White_Space: spaces, tabs, line breaks,
    /// ideographic space…) at either end.
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[start...end]))
    }

    /// Whether there is anything to show: a character that is neither white space nor
    /// one XML cannot hold (see `XMLEscaping`). A title or author without one would make
    /// an XML output invalid.
    public var hasText: Bool {
        unicodeScalars.contains { !$0.properties.isWhitespace && XMLEscaping.isAllowed($0) }
    }
}
