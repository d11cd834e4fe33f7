/// The stylesheet a book and a standalone HTML page get unless `--css` gives another:
/// serif text with a line height that suits both Chinese and Latin script, headings in
/// sans-serif, long URLs and code lines that wrap instead of running off the page, and readable tables,
/// quotes, figures and footnotes.
public enum DefaultStylesheet {
    /// The stylesheet's UTF-8 text.
    public static let bytes: [UInt8] = Array("""
        @charset "UTF-8";

        html {
          font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", Georgia, "Times New Roman", serif;
          line-height: 1.75;
        }

        body {
          margin: 0 1em;
          text-align: justify;
          line-break: strict;
          overflow-wrap: break-word;
          word-wrap: break-word;
        }

        :lang(en) body, body:lang(en) {
          line-height: 1.55;
          hyphens: auto;
        }

        html:lang(en) {
          font-family: Georgia, "Times New Roman", "Noto Serif CJK SC", "Source Han Serif SC", serif;
        }

        h1, h2, h3, h4, h5, h6 {
          font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Helvetica Neue", Arial, sans-serif;
          line-height: 1.35;
          text-align: left;
          page-break-after: avoid;
          break-after: avoid;
        }

        h1 { font-size: 1.6em; margin: 1.2em 0 0.8em; }
        /* A chapter's title stands above the post's own headings, whatever their level. */
        h1.chapter-title { font-size: 1.8em; margin: 0.6em 0 1em; }
        h1.chapter-title ~ h1 { font-size: 1.35em; margin: 1.2em 0 0.6em; }
        h1.chapter-title ~ h2 { font-size: 1.15em; margin: 1em 0 0.5em; }
        h1.chapter-title ~ h3 { font-size: 1.05em; margin: 1em 0 0.5em; }
        h2 { font-size: 1.35em; margin: 1.2em 0 0.6em; }
        h3 { font-size: 1.15em; margin: 1em 0 0.5em; }
        h4, h5, h6 { font-size: 1em; margin: 1em 0 0.5em; }

        p { margin: 0.6em 0; }

        a { color: #1a4f8b; text-decoration: none; overflow-wrap: anywhere; word-break: break-all; }

        img { max-width: 100%; height: auto; }

        pre, code, kbd, samp {
          font-family: "Noto Sans Mono CJK SC", "Source Code Pro", Menlo, Consolas, monospace;
          font-size: 0.9em;
        }

        pre code { font-size: 1em; }

        pre {
          line-height: 1.4;
          white-space: pre-wrap;
          overflow-wrap: anywhere;
          background: #f5f5f2;
          padding: 0.6em 0.8em;
          border-radius: 0.3em;
          text-align: left;
        }

        /* Highlighted code: colours that stay apart in grey on e-ink. */
        .hl-comment { color: #6a6f76; font-style: italic; }
        .hl-string { color: #0b6a2f; }
        .hl-number, .hl-literal { color: #a0450a; }
        .hl-keyword { color: #8a1f7a; font-weight: bold; }
        .hl-type, .hl-property, .hl-attribute { color: #1f5c99; }
        .hl-builtin { color: #226b85; }
        .hl-operator { color: #6b4a1f; }
        .hl-meta { color: #7a5c00; }
        .hl-variable { color: #a33636; }
        .hl-tag { color: #8a1f7a; }
        .hl-heading { color: #1a4f8b; font-weight: bold; }
        .hl-emphasis { font-style: italic; }
        .hl-link { color: #1a4f8b; }
        .hl-inserted { color: #136c2e; background: #e6f4ea; }
        .hl-deleted { color: #9c1c1c; background: #fbe9e9; }
        .hl-section { color: #5a3fa0; }

        blockquote {
          margin: 0.8em 0 0.8em 0.4em;
          padding-left: 0.9em;
          border-left: 0.25em solid #c8c8c0;
          color: #44443f;
        }

        table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.92em; max-width: 100%; }
        th, td {
          border: 1px solid #c8c8c0;
          padding: 0.25em 0.5em;
          text-align: left;
          vertical-align: top;
          overflow-wrap: anywhere;
        }
        th { background: #efefe9; }

        hr { border: none; border-top: 1px solid #c8c8c0; margin: 1.5em 0; }

        dt { font-weight: bold; }
        dd { margin-left: 1.5em; }

        .math.display, div.math { text-align: center; margin: 0.8em 0; overflow-wrap: anywhere; }

        .footnotes { font-size: 0.9em; border-top: 1px solid #c8c8c0; margin-top: 2em; }

        .image-placeholder {
          border: 1px dashed #a0a098;
          padding: 0.4em 0.6em;
          color: #55554f;
          font-size: 0.9em;
        }

        .titlepage { text-align: center; margin-top: 20%; }
        .titlepage .title { font-size: 2em; text-align: center; }
        .titlepage .author { font-size: 1.2em; margin-top: 1.5em; }
        .titlepage .extent { margin-top: 1em; color: #55554f; }
        .titlepage .cover img { max-height: 60vh; }

        nav ol { list-style-type: none; padding-left: 1.2em; }
        nav > ol { padding-left: 0; }

        """.utf8)
}
