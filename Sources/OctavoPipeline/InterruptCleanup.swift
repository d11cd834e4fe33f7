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

    /// Installs the handlers and unblocks the signals, so that a parent that started
    /// Octavo with them blocked can still interrupt it; a signal the parent set to be
    /// ignored (as shells do for background jobs) stays ignored. Call once, early in `main`.
    public static func install() {
        // Initialise the slot here, not lazily inside a signal handler.
        _ = pendingPath.load(ordering: .relaxed)
        var signals = sigset_t()
        sigemptyset(&signals)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
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

    /// Marks `path` as a temporary file to remove if the process is interrupted.
    static func track(_ path: String) {
        let copy = Int(bitPattern: strdup(path))
        free(UnsafeMutableRawPointer(bitPattern: pendingPath.exchange(copy, ordering: .acquiringAndReleasing)))
    }

    /// Ends the tracking of the temporary file once it has been renamed or removed.
    static func untrack() {
        free(UnsafeMutableRawPointer(bitPattern: pendingPath.exchange(0, ordering: .acquiringAndReleasing)))
    }
}
