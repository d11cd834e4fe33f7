import OctavoModel
@testable import OctavoParser
import Testing

/// Variables, lookups, literals, conditions and truthiness. Every expected text here is what `jekyll build` (Jekyll 4.3.1, Liquid 5.4)
/// writes for the same template in a page of the same site (`LiquidTestSite`).
@Suite struct LiquidExpressionTests {
    @Test func lookups() throws {
        let (text, warnings) = try LiquidTestSite().render("{{ site.title }}|{{ site['title'] }}|{{ site.hw[1] }}|{{ site.hw.size }}|{{ site.hw.first }}|{{ site.hw[-1] }}|{{ nothing.x }}|{{ site.nested.key }}")
        #expect(text == "Site|Site|b|2|a|b||v")
        #expect(warnings.isEmpty)
    }

    @Test func literals() throws {
        let (text, warnings) = try LiquidTestSite().render("{{ 1.5 }}|{{ -3 }}|{{ true }}|{{ nil }}|{{ 'q' }}|{{ \"d\" }}|{{ 2.0 }}")
        #expect(text == "1.5|-3|true||q|d|2.0")
        #expect(warnings.isEmpty)
    }

    @Test func truthiness() throws {
        let (text, warnings) = try LiquidTestSite().render("{% if '' %}y{% endif %}{% if 0 %}z{% endif %}{% if nil %}n{% endif %}{% if false %}f{% endif %}{% unless false %}u{% endunless %}{% unless 0 %}v{% endunless %}")
        #expect(text == "yzu")
        #expect(warnings.isEmpty)
    }

    @Test func comparisons() throws {
        let (text, warnings) = try LiquidTestSite().render("{% if 1 == 1.0 %}a{% endif %}{% if 'b' > 'a' %}b{% endif %}{% if site.hw contains 'b' %}c{% endif %}{% if 'hello' contains 'ell' %}d{% endif %}{% if 2 >= 3 %}e{% elsif 2 != 3 %}f{% endif %}{% if 3 <= 3 and 1 < 2 %}g{% endif %}{% if 1 > 2 %}x{% else %}h{% endif %}")
        #expect(text == "abcdfgh")
        #expect(warnings.isEmpty)
    }

    @Test func andOrFromTheRight() throws {
        let (text, warnings) = try LiquidTestSite().render("{% if true or false and false %}h{% endif %}{% if false and true or true %}i{% endif %}")
        #expect(text == "h")
        #expect(warnings.isEmpty)
    }

    @Test func empty() throws {
        let (text, warnings) = try LiquidTestSite().render("{% if '' == empty %}e{% endif %}{% if site.hw == empty %}x{% endif %}{% if nothing == nil %}n{% endif %}")
        #expect(text == "en")
        #expect(warnings.isEmpty)
    }
}
