#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import OctavoModel

/// One input named on the command line: a file, or standard input for `-`.
public struct Input: Sendable, Hashable {
    /// The name messages use for standard input.
    public static let standardInputPath = "<stdin>"

    /// Standard input.
    public static let standardInput = Input(argument: "-")

    /// The path as given on the command line, or `<stdin>`.
    public let path: String
    public let isStandardInput: Bool
    /// The folder, relative to the folder named on the command line, that holds this
    /// post; empty for a file named on its own and for standard input.
    public let layoutFolder: String
    /// Whether the input was found by walking a folder, so that it must be a regular
    /// file: a FIFO or a link to a device there is refused instead of being waited on
    /// or read forever. A file named on the command line may be a pipe (`<(command)`).
    public let isFoundInFolder: Bool

    /// `-` names standard input; anything else is a file path.
    public init(argument: String) {
        isStandardInput = argument == "-"
        path = isStandardInput ? Input.standardInputPath : argument
        layoutFolder = ""
        isFoundInFolder = false
    }

    /// The file at `path`, found in `layoutFolder` below a folder named on the command line.
    public init(path: String, layoutFolder: String) {
        isStandardInput = false
        self.path = path
        self.layoutFolder = layoutFolder
        isFoundInFolder = true
    }

    /// Standard input, named `name` in messages and read for its date and slug
    /// like a file of that name.
    public init(standardInputNamed name: String) {
        isStandardInput = true
        path = name
        layoutFolder = ""
        isFoundInFolder = false
    }

    /// The inputs named by command-line arguments; none means standard input.
    public static func list(_ arguments: [String]) -> [Input] {
        arguments.isEmpty ? [.standardInput] : arguments.map(Input.init(argument:))
    }

    /// Reads every byte. A failure is `path:1:1: error: cannot read file: reason`.
    public func read() throws(Diagnostic) -> [UInt8] {
        // Without O_NONBLOCK, opening a FIFO found in a folder would wait for a writer.
        let flags = O_RDONLY | O_CLOEXEC | (isFoundInFolder ? O_NONBLOCK : 0)
        let descriptor = isStandardInput ? STDIN_FILENO : open(path, flags)
        if descriptor < 0 { throw failure(errno) }
        defer { if !isStandardInput { close(descriptor) } }
        var status = stat()
        let hasStatus = fstat(descriptor, &status) == 0
        if isFoundInFolder, !hasStatus || status.st_mode & S_IFMT != S_IFREG {
            throw Diagnostic(.error, path: path, position: SourcePosition(line: 1, column: 1),
                             message: "not a regular file (a FIFO, a device or a link to one); not read")
        }
        let sizeHint = hasStatus ? Int(status.st_size) : 0
        var buffer = [UInt8](repeating: 0, count: max(sizeHint + 1, 1 << 16))
        var count = 0
        while true {
            if count == buffer.count {
                buffer.append(contentsOf: repeatElement(0, count: buffer.count))
            }
            let received = buffer.withUnsafeMutableBytes { bytes in
                System.read(descriptor, bytes.baseAddress! + count, bytes.count - count)
            }
            if received < 0 {
                if errno == EINTR { continue }
                throw failure(errno)
            }
            if received == 0 { break }
            count += received
        }
        buffer.removeSubrange(count...)
        return buffer
    }

    private func failure(_ code: Int32) -> Diagnostic {
        Diagnostic(.error, path: path, position: SourcePosition(line: 1, column: 1),
                   message: "cannot read file: \(System.errorMessage(code))")
    }
}
