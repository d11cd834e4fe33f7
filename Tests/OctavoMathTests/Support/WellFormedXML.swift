import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Whether markup parses as XML, with namespaces, through Foundation's parser.
enum WellFormedXML {
    static func check(_ markup: String) -> Bool {
        let parser = XMLParser(data: Data(markup.utf8))
        parser.shouldProcessNamespaces = true
        return parser.parse()
    }
}
