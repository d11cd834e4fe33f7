import Foundation

/// Runs a validator the tests depend on (jing, biber, python3 with listparser or
/// pybtex). A missing tool is an error that fails the test, never a reason to skip:
/// scripts/test installs them.
enum ExternalTool {
    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    struct Result {
        var status: Int32
        var output: String
    }

    /// Runs `arguments[0]`, found on `PATH`, with the rest as arguments, in `folder`;
    /// `output` is standard output and standard error together.
    static func run(_ arguments: [String], in folder: URL? = nil) throws -> Result {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let executable = path.split(separator: ":").map({ URL(fileURLWithPath: String($0)).appendingPathComponent(arguments[0]) })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw Missing(description: "\(arguments[0]) is not installed; scripts/test installs it")
        }
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("octavo-tool-\(UUID().uuidString)")
        try Data().write(to: log)
        defer { try? FileManager.default.removeItem(at: log) }
        let process = Process()
        process.executableURL = executable
        process.arguments = Array(arguments.dropFirst())
        if let folder { process.currentDirectoryURL = folder }
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return Result(status: process.terminationStatus, output: String(decoding: try Data(contentsOf: log), as: UTF8.self))
    }

    /// Runs a Python program with `arguments` in `sys.argv[1:]`.
    static func python(_ program: String, _ arguments: [String]) throws -> Result {
        try run(["python3", "-c", program] + arguments)
    }
}
