import Foundation
import Testing

/// The package's Makefile: `make install` and `make uninstall` into a temporary prefix.
/// OCTAVO is the binary the tests use and MANPAGE a page written here, so no release
/// build runs; the completions come from the Makefile's own recipes, into a temporary
/// BUILD_DIR. A missing make or man fails the test.
@Suite struct MakeInstallTests {
    /// The installed files, relative to the prefix.
    static let installed = [
        "bin/octavo",
        "share/man/man1/octavo.1",
        "share/bash-completion/completions/octavo",
        "share/zsh/site-functions/_octavo",
        "share/fish/vendor_completions.d/octavo.fish",
    ]

    /// A page in the mdoc form swift-argument-parser's generate-manual writes.
    static let manPage = """
        .Dd December 7, 2026
        .Dt OCTAVO 1
        .Os
        .Sh NAME
        .Nm octavo
        .Nd convert Markdown blog posts

        """

    /// Runs the package's Makefile with `arguments`, building into `workspace`.
    private func make(_ arguments: [String], in workspace: Workspace) throws -> ExternalTool.Result {
        try ExternalTool.run(["make", "--no-print-directory", "-C", OctavoBinary.packageRoot.path] + arguments + [
            "BUILD_DIR=\(workspace.url.appendingPathComponent("build").path)",
            "OCTAVO=\(OctavoBinary.url.path)",
            "MANPAGE=\(workspace.url.appendingPathComponent("octavo.1").path)",
        ])
    }

    /// The regular files under `folder`, relative to it.
    private func files(under folder: URL) -> [String] {
        let prefix = folder.resolvingSymlinksInPath().path + "/"
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        return (enumerator?.allObjects as? [URL] ?? [])
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .map { String($0.resolvingSymlinksInPath().path.dropFirst(prefix.count)) }
            .sorted()
    }

    @Test func installsFiveFilesThenUninstallsExactlyThem() throws {
        let workspace = try Workspace()
        try workspace.write("octavo.1", Self.manPage)
        let prefix = workspace.url.appendingPathComponent("p")
        let other = prefix.appendingPathComponent("bin/other")
        try FileManager.default.createDirectory(at: other.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("kept".utf8).write(to: other)

        let plan = try make(["-n", "install", "PREFIX=\(prefix.path)"], in: workspace)
        #expect(plan.status == 0, "\(plan.output)")
        #expect(!plan.output.contains("swift "), "installing a given binary and page builds nothing: \(plan.output)")

        let install = try make(["install", "PREFIX=\(prefix.path)"], in: workspace)
        #expect(install.status == 0, "\(install.output)")
        #expect(files(under: prefix) == (Self.installed + ["bin/other"]).sorted())
        for name in Self.installed {
            let permissions = try FileManager.default.attributesOfItem(atPath: prefix.appendingPathComponent(name).path)[.posixPermissions] as? Int
            #expect(permissions == (name == "bin/octavo" ? 0o755 : 0o644), "\(name)")
        }

        let version = try ExternalTool.run(["sh", "-c", "\"$0\" --version", prefix.appendingPathComponent("bin/octavo").path])
        let expected = try OctavoBinary.run(["--version"]).output
        #expect(version.status == 0 && !expected.isEmpty && version.output == expected, "\(version.output)")

        let page = prefix.appendingPathComponent("share/man/man1/octavo.1")
        #expect(try String(contentsOf: page, encoding: .utf8) == Self.manPage)
        let man = try ExternalTool.run(["man", "-l", page.path])
        #expect(man.status == 0 && man.output.contains("convert Markdown blog posts"), "\(man.output)")

        let bash = try String(contentsOf: prefix.appendingPathComponent(Self.installed[2]), encoding: .utf8)
        let zsh = try String(contentsOf: prefix.appendingPathComponent(Self.installed[3]), encoding: .utf8)
        let fish = try String(contentsOf: prefix.appendingPathComponent(Self.installed[4]), encoding: .utf8)
        #expect(bash.contains("complete -o filenames -F _octavo_default_subcommand octavo"))
        #expect(zsh.hasPrefix("#compdef octavo"))
        #expect(fish.contains("complete -c octavo"))

        let uninstall = try make(["uninstall", "PREFIX=\(prefix.path)"], in: workspace)
        #expect(uninstall.status == 0, "\(uninstall.output)")
        #expect(files(under: prefix) == ["bin/other"])
    }

    @Test func honoursDestdir() throws {
        let workspace = try Workspace()
        try workspace.write("octavo.1", Self.manPage)
        let destdir = workspace.url.appendingPathComponent("d")
        let install = try make(["install", "DESTDIR=\(destdir.path)", "PREFIX=/usr/local"], in: workspace)
        #expect(install.status == 0, "\(install.output)")
        #expect(files(under: destdir) == Self.installed.map { "usr/local/" + $0 }.sorted())
        let uninstall = try make(["uninstall", "DESTDIR=\(destdir.path)", "PREFIX=/usr/local"], in: workspace)
        #expect(uninstall.status == 0, "\(uninstall.output)")
        #expect(files(under: destdir).isEmpty)
    }
}
