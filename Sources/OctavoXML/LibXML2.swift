internal import CLibXML2

/// libxml2's one-time setup, which must happen before threads use it.
enum LibXML2 {
    private static let initialized: Void = xmlInitParser()

    /// Initialises libxml2 once per process; later calls do nothing.
    static func initialize() {
        _ = initialized
    }
}
