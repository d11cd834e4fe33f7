import OctavoXML
import Testing

/// The attribute vocabulary, the address policy and language tags that keep content
/// documents valid.
@Suite struct XHTMLAttributesTests {
    @Test func acceptsOnlyAttributesTheElementTakes() {
        #expect(XHTMLAttributes.accepted("title", value: "t", on: "p") == "t")
        #expect(XHTMLAttributes.accepted("href", value: "a b.html", on: "a") == "a%20b.html")
        #expect(XHTMLAttributes.accepted("href", value: "x", on: "p") == nil)
        #expect(XHTMLAttributes.accepted("onclick", value: "x()", on: "p") == nil)
        #expect(XHTMLAttributes.accepted("align", value: "left", on: "td") == nil)
        #expect(XHTMLAttributes.accepted("data-x", value: "1", on: "span") == nil)
    }

    @Test func checksValues() {
        #expect(XHTMLAttributes.accepted("width", value: "50%", on: "img") == nil)
        #expect(XHTMLAttributes.accepted("width", value: "640", on: "img") == "640")
        #expect(XHTMLAttributes.accepted("start", value: "-3", on: "ol") == "-3")
        #expect(XHTMLAttributes.accepted("colspan", value: "0", on: "td") == nil)
        #expect(XHTMLAttributes.accepted("dir", value: "RTL", on: "p") == "rtl")
        #expect(XHTMLAttributes.accepted("target", value: "frame", on: "a") == nil)
        #expect(XHTMLAttributes.accepted("rel", value: "noopener  NoReferrer", on: "a") == "noopener noreferrer")
        #expect(XHTMLAttributes.accepted("rel", value: "me", on: "a") == nil)
        #expect(XHTMLAttributes.accepted("reversed", value: "", on: "ol") == "reversed")
        #expect(XHTMLAttributes.accepted("style", value: "color: red", on: "span") == "color: red")
        #expect(XHTMLAttributes.accepted("style", value: "background: URL(x.png)", on: "span") == nil)
        #expect(XHTMLAttributes.accepted("style", value: "background: image-set(\"https://x/a.png\" 1x)", on: "span") == nil)
        #expect(XHTMLAttributes.accepted("class", value: " a  b ", on: "span") == "a b")
        #expect(XHTMLAttributes.identifier("a b\tc") == "a-b-c")
        #expect(XHTMLAttributes.identifier("") == nil)
    }

    @Test func refusesScriptAddressesTheWayBrowsersReadThem() {
        #expect(URLPolicy.refusedScheme(of: "javascript:alert(1)") == "javascript")
        #expect(URLPolicy.refusedScheme(of: "  JaVa\tScRiPt:x") == "javascript")
        #expect(URLPolicy.refusedScheme(of: "vbscript:x") == "vbscript")
        #expect(URLPolicy.refusedScheme(of: "data:text/html,x") == "data")
        #expect(URLPolicy.refusedScheme(of: "DATA:Image/png;base64,AAAA", isImageSource: true) == nil)
        #expect(URLPolicy.refusedScheme(of: "data:image/svg+xml,<svg onload=x()>") == "data")
        #expect(XHTMLAttributes.accepted("href", value: "data:image/png;base64,AAAA", on: "a") == nil)
        #expect(XHTMLAttributes.accepted("src", value: "data:image/png;base64,AAAA", on: "img") == "data:image/png;base64,AAAA")
        #expect(URLPolicy.refusedScheme(of: "https://example.org/javascript:") == nil)
        #expect(URLPolicy.refusedScheme(of: "notes/javascript:x") == nil)
        #expect(URLPolicy.refusedScheme(of: "#top") == nil)
    }

    @Test func percentEncodesWhatURLsCannotHold() {
        #expect(URLPolicy.percentEncoded("https://zh.wikipedia.org/wiki/中文?a=1&b=[2]") == "https://zh.wikipedia.org/wiki/%E4%B8%AD%E6%96%87?a=1&b=%5B2%5D")
        #expect(URLPolicy.percentEncoded("100% and %41") == "100%25%20and%20%41")
    }

    @Test func readsLanguageTags() {
        #expect(LanguageTag.normalised("zh_CN") == "zh-CN")
        #expect(LanguageTag.normalised("en-GB-oxendict") == "en-GB-oxendict")
        #expect(LanguageTag.normalised("chinese simplified") == nil)
        #expect(LanguageTag.normalised("") == nil)
        #expect(LanguageTag.normalised("1en") == nil)
        #expect(LanguageTag.normalised("en-") == nil)
    }
}
