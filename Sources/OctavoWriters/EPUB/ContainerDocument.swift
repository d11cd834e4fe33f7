/// `META-INF/container.xml`, which points reading systems at the package document.
public enum ContainerDocument {
    /// The path of the container document in the book.
    public static let path = "META-INF/container.xml"

    static func render() -> [UInt8] {
        Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
              <rootfiles>
                <rootfile full-path="\(EPUBFormat.packagePath)" media-type="application/oebps-package+xml"/>
              </rootfiles>
            </container>

            """.utf8)
    }
}
