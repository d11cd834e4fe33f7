"""Shared by scripts/compare-kramdown and scripts/kramdown-diff: renders Markdown with
kramdown (Jekyll's settings: GFM input, hard_wrap false) and reduces HTML, Octavo's or
kramdown's, to the structure a reader sees.

The block structure is the sequence of headings (with level and id), paragraphs, list
items, definition terms and descriptions, tables, code blocks, block quotes and
display math. The inline structure adds, in order, emphasis, strong emphasis, code
spans, links, images and inline math. Differences Octavo makes on purpose (see the
README) are normalised away: links whose text is their address (bare URLs) are left
out; display math is `\\[...\\]` text in kramdown and a
`div.math.display` in Octavo, inline math `\\(...\\)` text in both.
"""
import html.parser
import json
import subprocess

# Reads one JSON array of documents per input line and writes one JSON array of HTML
# renderings per output line, so that one Ruby process serves many requests.
KRAMDOWN_SERVER = r'''
require "kramdown"
require "kramdown-parser-gfm"
require "json"
$stdout.sync = true
STDIN.each_line do |line|
  texts = JSON.parse(line)
  rendered = texts.map do |text|
    text = text.scrub("\uFFFD")
    if ENV["KRAMDOWN_STRIP_FRONT_MATTER"]
      text = text.sub(/\A---\s*\n.*?\n(---|\.\.\.)\s*(\n|\z)/m, "")
    end
    begin
      Kramdown::Document.new(text, input: "GFM", hard_wrap: false).to_html
    rescue StandardError => error
      "<kramdown-error>#{error.class}</kramdown-error>"
    end
  end
  puts JSON.generate(rendered)
end
'''

INSTALL_HINT = "install it with: apt-get install -y ruby-kramdown ruby-kramdown-parser-gfm"


class KramdownError(Exception):
    """kramdown could not be started or stopped answering."""


class Kramdown:
    """One Ruby process rendering documents with kramdown 2.4 as Jekyll configures it."""

    def __init__(self, strip_front_matter=False):
        environment = None
        if strip_front_matter:
            import os
            environment = dict(os.environ, KRAMDOWN_STRIP_FRONT_MATTER="1")
        try:
            self.process = subprocess.Popen(["ruby", "-e", KRAMDOWN_SERVER], stdin=subprocess.PIPE,
                                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment)
        except OSError as error:
            raise KramdownError(f"ruby cannot run: {error}") from error

    def render(self, texts):
        """The HTML kramdown makes of each text, in order."""
        if not texts:
            return []
        try:
            self.process.stdin.write((json.dumps(list(texts)) + "\n").encode())
            self.process.stdin.flush()
            line = self.process.stdout.readline()
        except OSError as error:
            raise KramdownError(f"kramdown stopped: {error}") from error
        if not line:
            detail = self.process.stderr.read().decode(errors="replace")
            raise KramdownError(f"kramdown failed: {detail.strip()}")
        return json.loads(line)

    def close(self):
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait()

    def __enter__(self):
        return self

    def __exit__(self, *details):
        self.close()


BLOCKS = {"p", "li", "dt", "dd", "table", "pre", "blockquote"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Elements whose text is never display math; kramdown's `\\[...\\]` may stand in any other.
TEXT_BLOCKS = {"p", "pre", "td", "th", "dt"} | HEADINGS
SPANS = {"em": "em", "strong": "strong", "a": "link", "img": "image"}


class Structure(html.parser.HTMLParser):
    """Collects block tokens (and, if `inline`, span tokens); display math is `\\[...\\]`
    text (kramdown) or a `div.math.display` (Octavo)."""

    def __init__(self, inline=False):
        super().__init__(convert_charrefs=True)
        self.inline = inline
        self.tokens = []
        self.open_blocks = 0
        self.in_pre = 0
        self.open_divs = []
        # The open link: its token's index, its address and its text so far.
        self.link = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in HEADINGS:
            self.tokens.append(f"{tag}#{attributes.get('id', '')}")
        elif tag == "div":
            classes = (attributes.get("class") or "").split()
            is_math = "math" in classes and "display" in classes
            self.open_divs.append(is_math)
            if is_math:
                self.tokens.append("math")
        elif tag in BLOCKS:
            self.tokens.append(tag)
        elif self.inline and tag in SPANS:
            if tag == "a":
                self.link = (len(self.tokens), attributes.get("href") or "", "")
            self.tokens.append(SPANS[tag])
        elif self.inline and tag == "code" and not self.in_pre:
            self.tokens.append("code")
        if tag in TEXT_BLOCKS:
            self.open_blocks += 1
        if tag == "pre":
            self.in_pre += 1

    def handle_endtag(self, tag):
        if tag == "a" and self.link:
            index, address, text = self.link
            self.link = None
            # A link whose text is its address: Octavo links bare URLs on purpose.
            if text.strip() and address in (text.strip(), "http://" + text.strip()) and index == len(self.tokens) - 1:
                del self.tokens[index]
        if tag == "div" and self.open_divs:
            self.open_divs.pop()
        if tag in TEXT_BLOCKS:
            self.open_blocks = max(0, self.open_blocks - 1)
        if tag == "pre":
            self.in_pre = max(0, self.in_pre - 1)

    def handle_data(self, data):
        if self.link:
            self.link = (self.link[0], self.link[1], self.link[2] + data)
        if self.inline and not self.in_pre and not any(self.open_divs):
            self.tokens += ["math-span"] * data.count("\\(")
        if self.open_blocks == 0 and not any(self.open_divs):
            for chunk in data.split("\n\n"):
                if chunk.strip().startswith("\\["):
                    self.tokens.append("math")


def blocks(markup, inline=False):
    """The block tokens of `markup` (with span tokens among them if `inline`)."""
    parser = Structure(inline)
    parser.feed(markup)
    parser.close()
    return parser.tokens


def first_difference(ours, theirs):
    """The index of the first token where the sequences differ, or None if they agree."""
    if ours == theirs:
        return None
    return next((i for i, (a, b) in enumerate(zip(ours, theirs)) if a != b), min(len(ours), len(theirs)))
