#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Input {
    /// The name of the folder all `inputs` are in, for a collection's default title;
    /// nil when they come from standard input or from different folders.
    public static func folderName(of inputs: [Input]) -> String? {
        var common: String?
        for input in inputs {
            if input.isStandardInput { return nil }
            var path = input.path
            while path.count > 1, path.hasSuffix("/") { path.removeLast() }
            let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
            if let common, common != folder { return nil }
            common = folder
        }
        guard var folder = common else { return nil }
        if folder.isEmpty { return nil }
        if folder == "." || folder.hasSuffix("/.") || folder.hasSuffix("/..") || folder == ".." {
            guard let resolved = realpath(folder, nil) else { return nil }
            folder = String(cString: resolved)
            free(resolved)
        }
        let name = folder.split(separator: "/").last.map(String.init)
        return name
    }
}
