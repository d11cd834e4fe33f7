import ArgumentParser

@main
struct Octavo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "octavo",
        abstract: "Convert Markdown blog posts to HTML, JSON and more.")

    func run() throws {}
}
