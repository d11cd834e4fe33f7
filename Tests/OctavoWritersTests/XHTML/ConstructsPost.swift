/// A Jekyll post written the way kramdown reads it, using the constructs a content
/// document has to carry over with care: raw HTML (safe, unsafe, around Markdown),
/// attribute lists with attributes XHTML does not take, headings without identifiers
/// or with repeated ones, links to them, refused addresses, footnotes referenced twice,
/// a table of contents, math and typography.
enum ConstructsPost {
    static let path = "posts/2026-5-1-constructs.md"

    static let text = #"""
        ---
        title: "\"Constructs\" & more"
        lang: en_GB
        ---

        * toc
        {:toc}

        # Start {#start}

        Text with "quotes", -- dashes --- and ... an ellipsis. A [link to the end](#end),
        one to the [second heading](#start), and a [script link](javascript:alert(1)).
        It has a footnote[^a], another[^b] and the first again[^a].

        ## Start

        Inline <span class="note" onclick="x()">raw *HTML* "around" text</span> and
        <a href="https://example.org/">a raw link with [a Markdown link](https://example.com/) inside</a>.
        Also <b>bold <i>unclosed</b> and <font color="red">font</font>.

        <div class="box" onmouseover="y()">
        <script>alert("block")</script>
        <p>Block HTML <div>with a div in a paragraph</div></p>
        <ul><li>one</li>two</ul>
        <img src="pic.png" alt="A picture" width="40">
        <a name="anchor"></a>
        </div>

        ##

        Paragraph with attributes.
        {: #para .lead onclick="z()" title="kept" width="10" data-x="dropped"}

        ![local image](/images/a.png "Title"){: width="50%" height="30"} and
        ![remote image](https://example.org/b.png) and ![bad](javascript:void(0)).

        Term
        : Definition with $$a^2 + b^2 = c^2$$ inline.

        $$
        \sum_{i=1}^n i = \frac{n(n+1)}{2}
        $$

        | Left | Centre | Right |
        |:-----|:------:|------:|
        | a <br> b | `code` | **c** |

        1. first
        2. second

        3. third, loose

        - [ ] open task
        - [x] done task

        Line one\
        line two.

        *[HTML]: Hyper Text Markup Language

        An HTML abbreviation.

        ## The end {#end}

        ---

        [^a]: The first note.
        [^b]: The second note, with a list:

            - item
        """#
}
