/// One thing the converter could not render; the formula still converts around it.
public struct MathProblem: Sendable, Hashable {
    /// What went wrong, e.g. `unknown command \foo`.
    public var message: String
    /// The command or token it is about, e.g. `\foo`.
    public var command: String
    /// The UTF-8 offset into the TeX where that token starts.
    public var offset: Int

    public init(message: String, command: String, offset: Int) {
        self.message = message
        self.command = command
        self.offset = offset
    }
}
