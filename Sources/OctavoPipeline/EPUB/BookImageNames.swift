/// Makes the places of a book's images unique: two different files may ask for the
/// same place (posts with different site roots, each with its own `images/fig.png`),
/// or for places that differ only in case, which EPUB does not allow in one container.
enum BookImageNames {
    /// The new href of each file (by resolved path) that asked for a place another file
    /// took first, in the order given: `media/images/fig.png` becomes
    /// `media/images/fig-2.png` (or `-3`, … until no name is taken, case ignored).
    static func renames(_ images: [ImageFile]) -> [String: String] {
        var holders: [String: String] = [:]
        var clashing: [ImageFile] = []
        for image in images {
            let key = image.href.lowercased()
            if let holder = holders[key] {
                if holder != image.path && !clashing.contains(where: { $0.path == image.path }) { clashing.append(image) }
            } else {
                holders[key] = image.path
            }
        }
        var renames: [String: String] = [:]
        for image in clashing {
            let dot = image.href.lastIndex(of: ".") ?? image.href.endIndex
            let stem = image.href[..<dot], suffix = image.href[dot...]
            var ordinal = 2
            while holders["\(stem)-\(ordinal)\(suffix)".lowercased()] != nil { ordinal += 1 }
            let href = "\(stem)-\(ordinal)\(suffix)"
            holders[href.lowercased()] = image.path
            renames[image.path] = href
        }
        return renames
    }
}
