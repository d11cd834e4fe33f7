#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs work that recurses once per level of a deep tree on a thread of its own whose
/// stack is sized for it, so that the depth a reader accepts does not depend on the
/// stack of the thread that calls it (a worker thread's, or one under a sanitizer,
/// whose frames are several times larger).
enum LargeStack {
    /// Work a started thread runs.
    private protocol Performing: AnyObject {
        func perform()
    }

    /// The bytes of stack given to each level of recursion: several times what an
    /// optimised or plain debug build needs, enough for a sanitizer's larger frames.
    static let bytesPerLevel = 32 * 1024

    /// Runs `body` on a new thread with room for `levels` levels of recursion and
    /// returns what it returned or threw; runs it on the calling thread when no thread
    /// can be made.
    static func run<Value: Sendable>(levels: Int, _ body: @escaping @Sendable () throws -> Value) throws -> Value {
        let work = Work(body)
        let context = Unmanaged.passRetained(work as AnyObject).toOpaque()
        guard runThread(stackSize: max(8 << 20, levels * bytesPerLevel), context: context) else {
            Unmanaged<AnyObject>.fromOpaque(context).release()
            return try body()
        }
        return try work.result!.get()
    }

    /// Starts a thread with `stackSize` bytes of stack that performs the `Performing`
    /// object `context` holds (and releases it), and waits for it; false when no
    /// thread could be made.
    private static func runThread(stackSize: Int, context: UnsafeMutableRawPointer) -> Bool {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, stackSize)
        #if canImport(Darwin)
        var thread: pthread_t?
        #else
        var thread = pthread_t()
        #endif
        let started = pthread_create(&thread, &attributes, { context in
            (Unmanaged<AnyObject>.fromOpaque(context!).takeRetainedValue() as? any Performing)?.perform()
            return nil
        }, context)
        pthread_attr_destroy(&attributes)
        guard started == 0 else { return false }
        #if canImport(Darwin)
        pthread_join(thread!, nil)
        #else
        pthread_join(thread, nil)
        #endif
        return true
    }

    /// The body and, once the thread has run it, its result; the joining thread reads
    /// the result only after the join.
    private final class Work<Value: Sendable>: Performing, @unchecked Sendable {
        let body: @Sendable () throws -> Value
        var result: Result<Value, any Error>?

        init(_ body: @escaping @Sendable () throws -> Value) {
            self.body = body
        }

        func perform() {
            result = Result { try body() }
        }
    }
}
