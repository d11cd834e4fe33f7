internal import CLibXML2

/// libxml2's one-time setup, which must happen before threads use it: the parser,
/// and the datatype tables of RelaxNG and XML Schema, which libxml2 2.9 builds on
/// first use without a lock (two threads compiling their first schema at once could
/// make one compilation fail).
enum LibXML2 {
    private static let initialized: Void = {
        xmlInitParser()
        _ = xmlRelaxNGInitTypes()
        xmlSchemaInitTypes()
    }()

    /// Initialises libxml2 once per process; later calls do nothing, and calls made on
    /// several threads at once wait for the first.
    static func initialize() {
        _ = initialized
    }
}
