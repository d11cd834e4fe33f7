import ArgumentParser

/// The shell completion scripts `--generate-completion-script` prints:
/// swift-argument-parser's, and support for the default subcommand, so that
/// `octavo -t <TAB>` completes as `octavo convert -t <TAB>` does.
enum CompletionScript {
    /// The shell a command line asks a completion script for
    /// (`--generate-completion-script SHELL` or `=SHELL`), if that is all it asks.
    static func requestedShell<Arguments: Collection<String>>(in arguments: Arguments) -> CompletionShell? {
        let words = Array(arguments)
        let option = "--generate-completion-script"
        if words.count == 2, words[0] == option { return CompletionShell(rawValue: words[1]) }
        if words.count == 1, words[0].hasPrefix(option + "=") {
            return CompletionShell(rawValue: String(words[0].dropFirst(option.count + 1)))
        }
        return nil
    }

    /// The whole script for `shell`.
    static func text(for shell: CompletionShell) -> String {
        let generated = Octavo.completionScript(for: shell)
        let names = ConvertArgumentScan.subcommandNames
        switch shell {
        case .bash:
            return generated + bashDefaultSubcommand(names)
        case .zsh:
            let marker = "if [[ \"${funcstack[1]}\" = _octavo ]]; then"
            guard let range = generated.range(of: marker, options: .backwards) else { return generated }
            return generated.replacingCharacters(in: range, with: zshDefaultSubcommand(names) + marker)
        case .fish:
            return generated + fishDefaultSubcommand(names)
        default:
            return generated
        }
    }

    /// Completes a command line without a subcommand as one with `convert` after the program name.
    private static func bashDefaultSubcommand(_ names: [String]) -> String {
        let alternatives = names.joined(separator: "|")
        return """

            # octavo's default subcommand: a command line without one completes as `octavo convert …`.
            _octavo_default_subcommand() {
                local word
                for word in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
                    case "${word}" in
                    \(alternatives)) _octavo "$@"; return ;;
                    esac
                done
                COMP_WORDS=("${COMP_WORDS[0]}" convert "${COMP_WORDS[@]:1}")
                COMP_LINE="${COMP_WORDS[0]} convert${COMP_LINE#"${COMP_WORDS[0]}"}"
                COMP_POINT=$((COMP_POINT + 8))
                COMP_CWORD=$((COMP_CWORD + 1))
                _octavo "$@"
                if [[ ${COMP_CWORD} -eq 2 && "${2}" != -* ]]; then
                    COMPREPLY+=($(compgen -W '\(names.joined(separator: " "))' -- "${2}"))
                fi
            }
            complete -o filenames -F _octavo_default_subcommand octavo

            """
    }

    /// The same for zsh: the generated `_octavo` is kept as `_octavo_commands`.
    private static func zshDefaultSubcommand(_ names: [String]) -> String {
        """
        # octavo's default subcommand: a command line without one completes as `octavo convert …`.
        functions -c _octavo _octavo_commands
        _octavo() {
            if (( ! ${words[(I)(\(names.joined(separator: "|")))]} )); then
                words=("${words[1]}" convert "${(@)words[2,-1]}")
                (( CURRENT++ ))
            fi
            _octavo_commands "$@"
        }


        """
    }

    /// The same for fish: the completions of `octavo convert` with the rest of the line.
    private static func fishDefaultSubcommand(_ names: [String]) -> String {
        """

        # octavo's default subcommand: a command line without one completes as `octavo convert …`.
        function __octavo_default_subcommand_completions
            set -l tokens (commandline -opc)
            complete -C "octavo convert $tokens[2..-1] "(commandline -ct)
        end
        complete -c octavo -n 'not __fish_seen_subcommand_from \(names.joined(separator: " "))' -f -a '(__octavo_default_subcommand_completions)'

        """
    }
}
