import OctavoModel

extension Inline {
    /// The inline with a span attribute list's attributes added: links and images keep
    /// them in their own field, other elements are wrapped; nil for text and line breaks.
    func addingAttributes(_ attributes: Attributes) -> Inline? {
        switch self {
        case .link(var link):
            link.attributes = Self.merged(link.attributes, attributes)
            return .link(link)
        case .image(var image):
            image.attributes = Self.merged(image.attributes, attributes)
            return .image(image)
        case .attributed(var attributed):
            attributed.attributes = Self.merged(attributed.attributes, attributes)
            return .attributed(attributed)
        case .code, .emphasis, .strong, .strikethrough, .math, .abbreviation, .html, .footnoteReference:
            return .attributed(AttributedInline(attributes: attributes, inline: self))
        case .text, .softBreak, .lineBreak:
            return nil
        }
    }

    private static func merged(_ base: Attributes, _ added: Attributes) -> Attributes {
        var list = AttributeList()
        list.attributes = base
        var other = AttributeList()
        other.attributes = added
        list.merge(other)
        return list.attributes
    }
}
