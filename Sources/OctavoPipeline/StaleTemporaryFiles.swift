#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporary files that a killed run left beside its outputs (`.NAME.octavo-PID-XXXXXX`,
/// from a process that no longer exists): a run removes them from each folder it
/// writes into, once per folder. Files of live processes (another run writing now) and
/// anything else are left alone.
enum StaleTemporaryFiles {
    /// The folders already cleaned in this process.
    private static let cleaned = LockedValue<Set<String>>([])

    /// Removes the stale temporary files of `folder` (`""` for the current folder), the
    /// first time this process writes there.
    static func removeOnce(in folder: String) {
        guard cleaned.withLock({ $0.insert(folder).inserted }) else { return }
        let path = folder.isEmpty ? "." : folder
        for name in System.entryNames(of: path) ?? [] {
            guard name.hasPrefix("."), let pid = ownerProcess(of: name), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else {
                continue
            }
            let file = (folder.isEmpty ? "" : folder.hasSuffix("/") ? folder : folder + "/") + name
            var status = stat()
            if lstat(file, &status) == 0, status.st_mode & S_IFMT == S_IFREG { unlink(file) }
        }
    }

    /// The process id in a temporary file's name `.NAME.octavo-PID-XXXXXX`, if it is one.
    static func ownerProcess(of name: String) -> pid_t? {
        let parts = name.split(separator: ".octavo-", omittingEmptySubsequences: false).last?
            .split(separator: "-", omittingEmptySubsequences: false) ?? []
        guard name.contains(".octavo-") else { return nil }
        guard parts.count == 2, parts[1].count == 6, let pid = pid_t(parts[0]), pid > 0 else { return nil }
        return pid
    }
}
