#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The embedded schemas compiled for the calling thread: each schema is compiled once
/// per thread that validates against it, and a compiled schema is only ever used by
/// the thread that compiled it, so parallel workers share no libxml2 state.
public enum ThreadValidators {
    /// The validator of the embedded schema `name` for this thread; nil when no
    /// embedded schema has that name.
    public static func validator(forEmbedded name: String) throws(SchemaError) -> RelaxNGValidator? {
        let set = currentSet()
        if let validator = set.validators[name] { return validator }
        guard let schema = EmbeddedSchema.named(name) else { return nil }
        let validator = try RelaxNGValidator(schema)
        set.validators[name] = validator
        return validator
    }

    /// The validators of this thread, created on its first use and released when it ends.
    private static func currentSet() -> ValidatorSet {
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<ValidatorSet>.fromOpaque(pointer).takeUnretainedValue()
        }
        let set = ValidatorSet()
        pthread_setspecific(key, Unmanaged.passRetained(set).toOpaque())
        return set
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, releaseValidatorSet)
        return key
    }()
}

/// One thread's compiled schemas, by name.
private final class ValidatorSet {
    var validators: [String: RelaxNGValidator] = [:]
}

#if canImport(Darwin)
private func releaseValidatorSet(_ pointer: UnsafeMutableRawPointer) {
    Unmanaged<ValidatorSet>.fromOpaque(pointer).release()
}
#else
private func releaseValidatorSet(_ pointer: UnsafeMutableRawPointer?) {
    guard let pointer else { return }
    Unmanaged<ValidatorSet>.fromOpaque(pointer).release()
}
#endif
