import OctavoMath
import Testing

/// One golden file per construct of the LaTeX math blog posts use.
@Suite struct ConstructGoldenTests {
    private func block(_ formulas: String...) -> [(tex: String, display: MathDisplay)] {
        formulas.map { ($0, .block) }
    }

    @Test func environments() throws {
        try GoldenCases("environments").check(block(
            #"\begin{align} a &= b + c \\ &= d \end{align}"#,
            #"\begin{align*} x &= 1 & y &= 2 \\ z &= 3 & w &= 4 \end{align*}"#,
            #"\begin{aligned} f(x) &= x^2 \\ &\le 1 \end{aligned}"#,
            #"\begin{gather} a = b \\ c = d \end{gather}"#,
            #"f(x) = \begin{cases} 1, & x > 0 \\ 0, & \text{otherwise} \end{cases}"#,
            #"\begin{matrix} a & b \\ c & d \end{matrix}"#,
            #"\begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix}"#,
            #"\begin{bmatrix} 1 \\ \vdots \\ 0 \end{bmatrix}"#,
            #"\begin{vmatrix} a & b \\ c & d \end{vmatrix} \begin{Vmatrix} x \end{Vmatrix} \begin{Bmatrix} y \end{Bmatrix}"#,
            #"\begin{array}{l|c:r} a & b & c \\ \hline d & e & f \\ \hdashline g & h & i \end{array}"#,
            #"\begin{array}{|c|c|} \hline 1 & 2 \\ \hline \end{array}"#,
            #"\left(\begin{array}{c} 1 \\ 1 & 1 \\ 1 & 1 & 1 \end{array}\right)"#,
            #"\begin{array}{*{3}{c}@{}l} 1 & 2 & 3 & 4 \end{array}"#,
            #"\begin{equation} E = mc^2 \end{equation} \begin{smallmatrix} a & b \end{smallmatrix}"#,
            #"\sum_{\substack{0 < i < m \\ 0 < j < n}} P(i, j)"#))
    }

    @Test func fractions() throws {
        try GoldenCases("fractions").check(block(
            #"\frac{a}{b} + \frac12 + \frac\alpha\beta"#,
            #"\dfrac{1}{2} \tfrac{1}{2} \cfrac{1}{1 + \cfrac{1}{x}}"#,
            #"{a + b \over c} \quad {n \choose k} \quad {x \atop y}"#,
            #"\binom{n}{k} \dbinom{n}{2} \tbinom{m}{1}"#))
    }

    @Test func roots() throws {
        try GoldenCases("roots").check(block(
            #"\sqrt{2} + \sqrt x + \sqrt[3]{x+1} + \sqrt[n]{\frac{a}{b}}"#))
    }

    @Test func scriptsAndLimits() throws {
        let formulas: [(tex: String, display: MathDisplay)] = [
            (#"x_i^2 + x^{(i)}_{j} + e^{-x^2} + y' + f''(x) + g'^2"#, .block),
            (#"\sum_{i=1}^n a_i \prod_{k} b_k \int_0^\infty f \oint_C g \iint_D h"#, .block),
            (#"\sum_{i=1}^n a_i \lim_{x \to 0} f(x)"#, .inline),
            (#"\int\limits_1^a f \sum\nolimits_i x_i \max_{y} p \min_j q \arg\max_\theta L"#, .block),
            (#"\mathop{\arg\min}_{\Theta} L \quad \operatorname*{argmax}_x f \quad \mathop{\sum}_{i} x"#, .block),
            (#"\sin x + \cos(x) + 2\log x + \ln 2 + \exp(x) + \det A + \Pr(E) + \sup_n a_n + \liminf_{n} b"#, .block),
            (#"a \bmod b \quad x \pmod{p} \quad y \mod n"#, .block),
        ]
        try GoldenCases("scripts-and-limits").check(formulas)
    }

    @Test func delimiters() throws {
        try GoldenCases("delimiters").check(block(
            #"\left( x \right) \left[ x \right] \left\{ x \right\} \left\langle x \right\rangle \left| x \right|"#,
            #"\left\| x \right\| \left\lvert x \right\rvert \left\lVert x \right\rVert \left\lfloor x \right\rfloor \left\lceil x \right\rceil"#,
            #"\left. \frac{df}{dx} \right|_{x=0} \left/ x \right\backslash \left\uparrow x \right\downarrow \left\Updownarrow x \right."#,
            #"\left< x \right> \left\lgroup x \right\rgroup \left\lmoustache x \right\rmoustache \left\ulcorner x \right\urcorner"#,
            #"P\left( A \middle| B \right) \left\{ x \middle\| y \middle/ z \right\}"#,
            #"\big( \Big[ \bigg\{ \Bigg\langle x \Biggr\rangle \biggr\} \Bigr] \bigr) \bigm| \Bigl. \lvert x \rvert \| y \|"#))
    }

    @Test func accentsAndBraces() throws {
        try GoldenCases("accents-and-braces").check(block(
            #"\hat{x} \check{x} \tilde{x} \acute{x} \grave{x} \dot{x} \ddot{x} \dddot{x} \breve{x} \bar{x} \vec{v} \mathring{a}"#,
            #"\widehat{xyz} \widetilde{abc} \overline{AB} \underline{CD} \overrightarrow{PQ} \overleftarrow{QP} \overleftrightarrow{RS}"#,
            #"\overbrace{a + b + c}^{3} \underbrace{x + y}_{n} \overset{!}{=} \underset{x}{\arg} \stackrel{\text{def}}{=}"#,
            #"\xrightarrow{f} \xleftarrow[below]{above} \xRightarrow{} \tilde s \dot\ "#))
    }

    @Test func fonts() throws {
        try GoldenCases("fonts").check(block(
            #"\mathbf{x} + \mathbf{W}x + \mathbf{0} + \mathbf{\Sigma}"#,
            #"\mathrm{d}x + \mathrm{SOL} + T_{\mathrm{max}} + \mathit{diff}"#,
            #"\mathcal{N}(\mu, \Sigma) + \mathcal{L} + \mathscr{H} + \mathfrak{g} + \mathsf{T} + \mathtt{x}"#,
            #"\mathbb{R}^n \times \mathbb{C} \times \mathbb{N} \times \mathbb{1} \times \mathbb{E}"#,
            #"\boldsymbol{\phi} + \boldsymbol{A}x + \boldsymbol{\Theta} + \boldsymbol{2} + \bm{v}"#,
            #"\operatorname{softmax}(z) + \operatorname{tr} A + {\rm d}x + {\bf y}"#))
    }

    @Test func text() throws {
        try GoldenCases("text").check(block(
            #"\text{if } x > 0 \text{ and } y"#,
            #"\text{MFU} = \frac{\text{model FLOPs}}{\text{GPU单卡算力} \times \text{卡数}}"#,
            #"\text{where $x$ is } \textbf{bold}, \textit{it}, \mathrm{a}\mbox{b} \text{50\% \& \$5}"#))
    }

    @Test func spacing() throws {
        try GoldenCases("spacing").check(block(
            #"a\,b\:c\;d\!e\quad f\qquad g\ h~i \enspace j"#,
            #"a \hspace{1em} b \kern3mu c \mkern-2mu d \hskip 2pt e \phantom{x} f \hphantom{y} g \vphantom{\frac12} \mathstrut"#))
    }

    @Test func tags() throws {
        let formulas: [(tex: String, display: MathDisplay)] = [
            (#"y \mid x; \theta \sim \mathcal{E}(\eta) \tag{1}"#, .block),
            (#"E = mc^2 \tag*{A}"#, .block),
            (#"a = b \tag{2}"#, .inline),
            (#"\begin{align} a &= b \tag{3} \\ c &= d \notag \end{align}"#, .block),
            (#"\begin{aligned} x &= 1 \\ &= 2 \end{aligned} \tag{4} \label{eq:x}"#, .block),
        ]
        try GoldenCases("tags").check(formulas)
    }

    @Test func colors() throws {
        try GoldenCases("colors").check(block(
            #"\color{red} x + y"#,
            #"a + {\color{blue} b} + \textcolor{#ff8000}{c} + \textcolor[rgb]{0,0.5,1}{d} + \colorbox{yellow}{e}"#,
            #"\color[HTML]{00AA00}{z} \textcolor{notacolor!}{w}"#))
    }

    @Test func chemistry() throws {
        try GoldenCases("chemistry").check(block(
            #"\ce{H2O}"#,
            #"\ce{2H2 + O2 -> 2H2O}"#,
            #"\ce{SO4^2-} \ce{Na+} \ce{Fe^{3+}} \ce{NH4+ + OH- <=> NH3 + H2O}"#,
            #"\ce{CuSO4*5H2O} \ce{(NH4)2SO4} \ce{NaCl(aq)} \ce{A <- B <-> C}"#,
            #"\ce{CH4 + 2O2 ->[\Delta] CO2 + 2H2O} \ce{CaCO3 ->[heat][-CO2] CaO} \ce{$x$ H2O}"#))
    }

    @Test func miscellany() throws {
        try GoldenCases("miscellany").check(block(
            #"\not= \not\in \not\equiv \not\parallel \neq"#,
            #"\boxed{x = 1} \cancel{y} \smash{z} \rlap{a} \llap{b} \mathrel{\sim} \mathbin{\star} \displaystyle \sum x \textstyle \sum y"#,
            #"3.14 + 1,000 + .5 + 2^{10} + x_{10} + \infty + \partial_t + \nabla f + \forall x \exists y"#,
            ##"1\{y=1\} + \#(z_j \in I_i) + 10\% + a|b + p(x \mid y) + \langle u, v \rangle + \lfloor x \rfloor"##,
            #"a \\ b \\ c"#,
            #"x ∈ X, ∑ α ⋅ β, 46 – 22"#))
    }

    @Test func malformed() throws {
        try GoldenCases("malformed").check(block(
            #"\frac{a"#,
            #"}{"#,
            #"\left( x"#,
            #"x \right)"#,
            #"\foo + \bar{x} + \unknowncommand{y}"#,
            #"x^2^3 + y_1_2 + z^a'"#,
            #"a & b"#,
            #"\begin{matrix} a & b"#,
            #"\begin{notanenv} a \end{notanenv} \end{matrix}"#,
            #"\begin{align} a \end{aligned}"#,
            #"\sqrt[3 x"#,
            #"\text{unclosed"#,
            #"\frac"#,
            #"x^ + \hat"#,
            ##"#1 + $ + \left\foo x \right."##,
            #"\hspace{wide} \limits \middle| \hline"#,
            #"\over \over"#,
            "\\"))
    }
}
