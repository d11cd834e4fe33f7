#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Removes the temporary file of an output being written when the process is
/// interrupted (SIGINT, SIGTERM, SIGHUP), then lets the signal end the process as usual.
///
/// Outputs are written to a temporary file and renamed over the target, so an
/// interrupted run leaves each output complete or as it was; this also leaves no
/// temporary file behind. Outputs are written on one thread at a time, so one slot
/// holds the temporary file's path.
public enum InterruptCleanup {
    /// The address of the temporary file's path, as C memory the handler can read; 0 for none.
    private static let pendingPath = Atomic<Int>(0)

    /// The signals that interrupt a run.
    private static let interruptions = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handlers and unblocks the signals, so that a parent that started
    /// Octavo with them blocked can still interrupt it; a signal the parent set to be
    /// ignored (as shells do for background jobs) stays ignored. Call once, early in `main`.
    public static func install() {
        // Initialise the slot here, not lazily inside a signal handler.
        _ = pendingPath.load(ordering: .relaxed)
        var signals = sigset_t()
        sigemptyset(&signals)
        for signalNumber in interruptions {
            let previous = signal(signalNumber) { received in
                if let path = UnsafePointer<CChar>(bitPattern: InterruptCleanup.pendingPath.exchange(0, ordering: .acquiringAndReleasing)) {
                    unlink(path)
                }
                signal(received, SIG_DFL)
                raise(received)
            }
            if let previous, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                signal(signalNumber, SIG_IGN)
            } else {
                sigaddset(&signals, signalNumber)
            }
        }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// Creates a unique temporary file from `template` (ending in `XXXXXX`, as for
    /// `mkstemp`) and marks it for removal if the process is interrupted; the signals are
    /// held back in between, so no interruption can leave the file untracked. Returns
    /// the open descriptor and the path, or nil with `errno` set.
    static func makeTemporaryFile(_ template: String) -> (descriptor: Int32, path: String)? {
        var signals = sigset_t()
        var previous = sigset_t()
        sigemptyset(&signals)
        for signalNumber in interruptions { sigaddset(&signals, signalNumber) }
        pthread_sigmask(SIG_BLOCK, &signals, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        var characters = Array(template.utf8CString)
        let descriptor = characters.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        let path = String(decoding: characters.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let copy = Int(bitPattern: strdup(path))
        free(UnsafeMutableRawPointer(bitPattern: pendingPath.exchange(copy, ordering: .acquiringAndReleasing)))
        return (descriptor, path)
    }

    /// Ends the tracking of the temporary file once it has been renamed or removed.
    static func untrack() {
        free(UnsafeMutableRawPointer(bitPattern: pendingPath.exchange(0, ordering: .acquiringAndReleasing)))
    }
}
