import OctavoModel
@testable import OctavoParser
import Testing

/// Each filter. Every expected text here is what `jekyll build` (Jekyll 4.3.1, Liquid 5.4)
/// writes for the same template in a page of the same site (`LiquidTestSite`).
@Suite struct LiquidFiltersTests {
    @Test func relativeURL() throws {
        let (text, warnings) = try LiquidTestSite().render("{{ 'a b/é.png' | relative_url }}|{{ '/x' | relative_url }}|{{ 'https://o.org/x' | relative_url }}")
        #expect(text == "/blog/a%20b/%C3%A9.png|/blog/x|https://o.org/x")
        #expect(warnings.isEmpty)
    }

    @Test func absoluteURL() throws {
        let (text, warnings) = try LiquidTestSite().render("{{ 'x.png' | absolute_url }}|{{ '/y' | absolute_url }}")
        #expect(text == "https://example.org/blog/x.png|https://example.org/blog/y")
        #expect(warnings.isEmpty)
    }

    @Test func appendPrepend() throws {
        let (text, warnings) = try LiquidTestSite().render("{{ 'b' | append: 'c' | prepend: 'a' }}")
        #expect(text == "abc")
        #expect(warnings.isEmpty)
    }

    @Test func defaultValue() throws {
        let (text, warnings) = try LiquidTestSite().render("{{ nope | default: 'd' }}|{{ '' | default: 'e' }}|{{ false | default: 'f' }}|{{ 'g' | default: 'h' }}")
        #expect(text == "d|e|f|g")
        #expect(warnings.isEmpty)
    }

    @Test func escape() throws {
        let (text, warnings) = try LiquidTestSite().render("{{ '<a href=\"x\">&' | escape }}")
        #expect(text == "&lt;a href=&quot;x&quot;&gt;&amp;")
        #expect(warnings.isEmpty)
    }

    @Test func letterCase() throws {
        let (text, warnings) = try LiquidTestSite().render("[{{ '  Ab  ' | strip | downcase }}|{{ 'ab' | upcase }}]")
        #expect(text == "[ab|AB]")
        #expect(warnings.isEmpty)
    }

    @Test func size() throws {
        let (text, warnings) = try LiquidTestSite().render("{{ 'héllo' | size }}|{{ site.hw | size }}")
        #expect(text == "5|2")
        #expect(warnings.isEmpty)
    }

    @Test func slice() throws {
        let (text, warnings) = try LiquidTestSite().render("{{ 'hello' | slice: 1, 3 }}|{{ 'hello' | slice: -2 }}|{{ 'hello' | slice: 0 }}|{{ site.hw | slice: 1, 1 | join: ',' }}|{{ '//x' | slice: 0, 2 }}")
        #expect(text == "ell|l|h|b|//")
        #expect(warnings.isEmpty)
    }

    @Test func replaceRemove() throws {
        let (text, warnings) = try LiquidTestSite().render("{{ 'a-b-c' | replace: '-', '+' }}|{{ 'a-b-c' | remove: '-' }}")
        #expect(text == "a+b+c|abc")
        #expect(warnings.isEmpty)
    }

    @Test func date() throws {
        let (text, warnings) = try LiquidTestSite().render("{{ '2010-07-21 09:05:03' | date: '%b %-d, %Y %H:%M:%S %e %j %a %A %B %y %m' }}|{{ '2020-02-03' | date: '%Y/%m/%d' }}")
        #expect(text == "Jul 21, 2010 09:05:03 21 202 Wed Wednesday July 10 07|2020/02/03")
        #expect(warnings.isEmpty)
    }

    @Test func jsonify() throws {
        let (text, warnings) = try LiquidTestSite().render("{{ site.hw | jsonify }}|{{ 'a\"b' | jsonify }}|{{ nil | jsonify }}")
        #expect(text == "[\"a\",\"b\"]|\"a\\\"b\"|null")
        #expect(warnings.isEmpty)
    }

    @Test func splitJoin() throws {
        let (text, warnings) = try LiquidTestSite().render("{{ 'a,b,,c,,' | split: ',' | join: '-' }}|{{ 'a b' | split: ' ' | first }}|{{ site.hw | last }}|{{ '  x  y ' | split: ' ' | size }}|{{ site.hw | join }}")
        #expect(text == "a-b--c|a|b|2|a b")
        #expect(warnings.isEmpty)
    }

    @Test func abs() throws {
        let (text, warnings) = try LiquidTestSite().render("{{ -3 | abs }}|{{ '-3.5' | abs }}|{{ 2.5 | abs }}|{{ 'x' | abs }}|{{ '-4' | abs }}")
        #expect(text == "3|3.5|2.5|0|4")
        #expect(warnings.isEmpty)
    }

    @Test func collectionFilters() throws {
        let template = "{{ site.people | sort: 'name' | map: 'name' | join: ',' }}|{{ site.people | where: 'n', 2 | map: 'name' | join }}|"
            + "{% assign xs = site.people | where_exp: 'p', 'p.n > 1' %}{{ xs | map: 'name' | join }}|{{ site.hw | sort | reverse | join: ',' }}|"
            + "{{ site.people | find: 'name', 'a' | map: 'n' }}|{{ site.people | where: 'tags', 'x' | size }}"
        let (text, warnings) = try LiquidTestSite().render(template)
        #expect(text == "a,b|b|b|b,a|1|1")
        #expect(warnings.isEmpty)
    }

    @Test func arithmetic() throws {
        let template = "{{ 7 | divided_by: 2 }}|{{ -7 | divided_by: 2 }}|{{ -7 | modulo: 3 }}|{{ 7 | modulo: -3 }}|{{ 7 | divided_by: 2.0 }}|"
            + "{{ 'abc' | slice: 1, 9223372036854775807 }}|{{ 2 | plus: 3 }}|{{ '4' | times: 2 }}|{{ 1.5 | minus: 1 }}"
        let (text, warnings) = try LiquidTestSite().render(template)
        #expect(text == "3|-4|2|-2|3.5|bc|5|8|0.5")
        #expect(warnings.isEmpty)
    }

    /// Results Ruby would make a big number of are a warning, never a crash.
    @Test func overflowIsAWarning() {
        let (text, warnings) = LiquidTestSite.render("[{{ -9223372036854775807 | minus: 1 | divided_by: -1 }}]")
        #expect(text == "[]")
        #expect(warnings.map(\.message) == ["Liquid: filter 'divided_by': the result is too large"])
    }
}
