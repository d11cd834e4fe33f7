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
    /// The validator of the embedded `schema` for this thread.
    public static func validator(forEmbedded schema: EmbeddedSchema) throws(SchemaError) -> RelaxNGValidator {
        let set = currentSet()
        if let validator = set.validators[schema] { return validator }
        let validator = try RelaxNGValidator(schema)
        set.validators[schema] = validator
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

/// One thread's compiled schemas.
private final class ValidatorSet {
    var validators: [EmbeddedSchema: RelaxNGValidator] = [:]
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
