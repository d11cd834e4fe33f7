#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// GNU make's jobserver, as a recipe run by `make -jN` sees it: a pipe (or, from make
/// 4.4, a named FIFO) holding one byte, a token, for each job make may still start.
///
/// A process always has one implicit job; each further thread of work needs a token,
/// taken from the pipe and written back when the run of work ends (or the process
/// exits), so that make and Octavo together never run more than N jobs. Tokens are
/// taken without waiting: a run uses the threads it can have now and asks again for
/// each chunk of work.
public final class JobServer: @unchecked Sendable {
    /// What the environment says about a jobserver.
    public enum Connection: Sendable {
        /// No jobserver: make is not running this command, or runs it without `-j`.
        case none
        /// make has a jobserver but this process cannot reach it (make 4.3 passes the
        /// pipe only to recipe lines that start with `+` or name `$(MAKE)`); the job has
        /// one thread, as make's own sub-makes do then.
        case unreachable(reason: String)
        /// Connected: extra threads take tokens from `server`.
        case connected(JobServer)
    }

    /// What `connect(makeflags:)` found for this process; `.none` until it is called.
    public static var processConnection: Connection { processConnectionValue.withLock { $0 } }
    private static let processConnectionValue = LockedValue<Connection>(.none)

    /// The jobserver every `OrderedWork` of this process uses unless given another.
    public static var process: JobServer? {
        if case .connected(let server) = processConnection { server } else { nil }
    }

    /// The descriptor tokens are read from, without blocking.
    private let readDescriptor: Int32
    /// The descriptor tokens are written back to.
    private let writeDescriptor: Int32
    /// The tokens this process holds, as read, so each goes back with its own byte.
    private let held = LockedValue<[UInt8]>([])

    private init(readDescriptor: Int32, writeDescriptor: Int32) {
        self.readDescriptor = readDescriptor
        self.writeDescriptor = writeDescriptor
    }

    deinit {
        releaseAll()
        close(readDescriptor)
        if writeDescriptor != readDescriptor { close(writeDescriptor) }
    }

    /// Connects the process to the jobserver `makeflags` (by default the `MAKEFLAGS`
    /// variable) names, as `processConnection`. Call once, early in `main`, before any
    /// file is opened, so that the descriptors make passed are still its own.
    public static func connect(makeflags: String? = getenv("MAKEFLAGS").map { String(cString: $0) }) {
        let connection = connection(makeflags: makeflags)
        processConnectionValue.withLock { $0 = connection }
        if case .connected = connection {
            // A run that ends early (`exit` on a closed pipe, say) still gives back its tokens.
            atexit { JobServer.process?.releaseAll() }
        }
    }

    /// The jobserver `makeflags` names, opened, without making it `process`.
    public static func connection(makeflags: String?) -> Connection {
        guard let authorization = authorization(inMakeflags: makeflags ?? "") else { return .none }
        if authorization.hasPrefix("fifo:") {
            let path = String(authorization.dropFirst("fifo:".count))
            let descriptor = open(path, O_RDWR | O_NONBLOCK | O_CLOEXEC)
            guard descriptor >= 0 else {
                return .unreachable(reason: "cannot open make's jobserver \(path): \(System.errorMessage(errno))")
            }
            guard isFIFO(descriptor) else {
                close(descriptor)
                return .unreachable(reason: "make's jobserver \(path) is not a FIFO")
            }
            return .connected(JobServer(readDescriptor: descriptor, writeDescriptor: descriptor))
        }
        let parts = authorization.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2, let reading = Int32(parts[0]), let writing = Int32(parts[1]), reading >= 0, writing >= 0 else {
            return .unreachable(reason: "make's jobserver '\(authorization)' is not in a form Octavo reads")
        }
        guard let pipe = pipeIdentity(reading), pipeIdentity(writing) == pipe else {
            return .unreachable(reason: "make did not pass its jobserver to this command; start the recipe line with '+'")
        }
        // A descriptor of its own for the read end, so that reading without blocking
        // does not change the descriptor make and other jobs share.
        let descriptor = open("/proc/self/fd/\(reading)", O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .unreachable(reason: "cannot reopen make's jobserver pipe: \(System.errorMessage(errno))")
        }
        let writeDescriptor = fcntl(writing, F_DUPFD_CLOEXEC, 0)
        guard writeDescriptor >= 0 else {
            close(descriptor)
            return .unreachable(reason: "cannot use make's jobserver pipe: \(System.errorMessage(errno))")
        }
        return .connected(JobServer(readDescriptor: descriptor, writeDescriptor: writeDescriptor))
    }

    /// The value of the last `--jobserver-auth=` (or make 4.1's `--jobserver-fds=`) in
    /// `makeflags`, when make was given `-j`; words after `--` are variable assignments.
    static func authorization(inMakeflags makeflags: String) -> String? {
        var found: String?
        for word in makeflags.split(separator: " ") {
            if word == "--" { break }
            for option in ["--jobserver-auth=", "--jobserver-fds="] where word.hasPrefix(option) {
                found = String(word.dropFirst(option.count))
            }
        }
        return found
    }

    /// The device and inode of `descriptor` when it is an open pipe or FIFO.
    private static func pipeIdentity(_ descriptor: Int32) -> [UInt64]? {
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFIFO else { return nil }
        return [UInt64(status.st_dev), UInt64(status.st_ino)]
    }

    private static func isFIFO(_ descriptor: Int32) -> Bool {
        pipeIdentity(descriptor) != nil
    }

    /// The number of tokens this process holds.
    public var heldCount: Int { held.withLock { $0.count } }

    /// Takes up to `count` more tokens without waiting; returns how many it took.
    @discardableResult
    public func acquire(upTo count: Int) -> Int {
        guard count > 0 else { return 0 }
        var bytes = [UInt8](repeating: 0, count: count)
        let taken = bytes.withUnsafeMutableBytes { buffer in
            while true {
                let result = System.read(readDescriptor, buffer.baseAddress!, count)
                if result < 0, errno == EINTR { continue }
                return max(result, 0)
            }
        }
        if taken > 0 { held.withLock { $0 += bytes[..<taken] } }
        return taken
    }

    /// Writes every token this process holds back to the jobserver.
    public func releaseAll() {
        let bytes = held.withLock { held in
            defer { held = [] }
            return held
        }
        if !bytes.isEmpty { _ = System.writeAll(writeDescriptor, bytes) }
    }
}
