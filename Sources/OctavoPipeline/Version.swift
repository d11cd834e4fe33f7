/// The version `octavo --version` prints; the one place it is written.
public enum OctavoVersion {
    public static let current = "0.1.0"
}
