import OctavoModel
import Testing
@testable import OctavoParser

@Suite struct JSONParserTests {
    func parse(_ text: String) throws -> JSONTree {
        try JSONParser.parse(Array(text.utf8))
    }

    func syntaxError(_ text: String, maximumDepth: Int = JSONParser.defaultMaximumDepth) -> JSONSyntaxError? {
        do {
            _ = try JSONParser.parse(Array(text.utf8), maximumDepth: maximumDepth)
            return nil
        } catch {
            return error
        }
    }

    /// The text of the top-level string of `json`.
    func string(_ json: String) throws -> String {
        let tree = try parse(json)
        try #require(tree.nodes.count == 1)
        return tree.string(at: JSONTree.root)
    }

    // MARK: Values

    @Test func readsEveryKindOfValue() throws {
        let tree = try parse(#"[null, true, false, -1.5e3, "s", [], {}]"#)
        #expect(tree.nodes.map(\.kind) == [.array, .null, .true, .false, .number, .string, .array, .object])
        #expect(tree.nodes.map(\.offset) == [0, 1, 7, 13, 20, 28, 33, 37])
        #expect(tree.nodes[0].length == 7)
        #expect(tree.nodes[0].next == 8)
        #expect(tree.numberText(at: 4) == "-1.5e3")
    }

    @Test func readsTopLevelScalars() throws {
        #expect(try parse("null").nodes.map(\.kind) == [.null])
        #expect(try parse("0").nodes.map(\.kind) == [.number])
        #expect(try string(#""""#) == "")
    }

    @Test func keepsObjectMembersAsNameValuePairs() throws {
        let tree = try parse(#"{"a": [1, 2], "b": {"c": null}}"#)
        #expect(tree.nodes.map(\.kind) == [.object, .string, .array, .number, .number, .string, .object, .string, .null])
        #expect(tree.nodes[0].length == 2)
        #expect(tree.nodes[2].next == 5)
        #expect(tree.memberNames(of: 0) == ["a", "b"])
        #expect(tree.member("b", of: 0) == 6)
        #expect(tree.member("c", of: 6) == 8)
        #expect(tree.member("c", of: 0) == nil)
    }

    @Test func theLastOfTwoMembersWithTheSameNameCounts() throws {
        let tree = try parse(#"{"a": 1, "\u0061": 2}"#)
        #expect(tree.member("a", of: 0) == 4)
    }

    @Test func acceptsWhitespaceBetweenTokens() throws {
        let tree = try parse(" \t\r\n{ \"a\" \n:\r\n[ 1 ,\t2 ] } \n")
        #expect(tree.nodes.map(\.kind) == [.object, .string, .array, .number, .number])
    }

    // MARK: Strings

    @Test func decodesEveryEscape() throws {
        #expect(try string(#""\"\\\/\b\f\n\r\t""#) == "\"\\/\u{8}\u{C}\n\r\t")
        #expect(try string(#""\u0041\u00e9\u20AC\u0000""#) == "Aé€\u{0}")
    }

    @Test func keepsRawUTF8() throws {
        #expect(try string(#""é 日本 😀""#) == "é 日本 😀")
        #expect(try parse(#""a\u0062c""#).nodes[0].kind == .escapedString)
        #expect(try parse(#""abc""#).nodes[0].kind == .string)
    }

    @Test func joinsSurrogatePairs() throws {
        #expect(try string(#""\uD83D\uDE00""#) == "😀")
        #expect(try string(#""\ud83d\ude00x""#) == "😀x")
    }

    @Test func replacesLoneSurrogates() throws {
        #expect(try string(#""\uD83Dx""#) == "\u{FFFD}x")
        #expect(try string(#""\uD83D""#) == "\u{FFFD}")
        #expect(try string(#""\uDE00""#) == "\u{FFFD}")
        #expect(try string(#""\uD83D\n""#) == "\u{FFFD}\n")
        #expect(try string(#""\uD83D\uD83D\uDE00""#) == "\u{FFFD}😀")
        #expect(try string(#""\uD83D\u0041""#) == "\u{FFFD}A")
    }

    @Test func replacesInvalidUTF8() throws {
        let tree = try JSONParser.parse([0x22, 0x61, 0xFF, 0x62, 0x22])
        #expect(tree.string(at: 0) == "a\u{FFFD}b")
    }

    @Test func rejectsBadStrings() {
        #expect(syntaxError("\"a\nb\"")?.message == "unescaped control character 0x0A in a string")
        #expect(syntaxError(#""a\xb""#)?.message.hasPrefix("invalid escape sequence in a string") == true)
        #expect(syntaxError(#""a\xb""#)?.offset == 2)
        #expect(syntaxError(#""\u12G4""#)?.message == "unexpected 'G', expected four hexadecimal digits after \\u")
        #expect(syntaxError(#""abc"#)?.message == "unexpected end of input inside a string")
        #expect(syntaxError(#""abc\"#)?.message == "unexpected end of input inside a string")
    }

    // MARK: Numbers

    @Test(arguments: ["0", "-0", "7", "-12", "0.5", "-0.0", "1e3", "1E+3", "2e-3", "-1.25E-10", "123456789012345678901234567890"])
    func acceptsNumber(_ text: String) throws {
        let tree = try parse(text)
        #expect(tree.nodes.map(\.kind) == [.number])
        #expect(tree.numberText(at: 0) == text)
    }

    @Test func readsIntegersWithoutFractionOrExponent() throws {
        #expect(try parse("-0").integer(at: 0, as: Int.self) == 0)
        #expect(try parse("-9223372036854775808").integer(at: 0, as: Int.self) == Int.min)
        #expect(try parse("9223372036854775808").integer(at: 0, as: Int.self) == nil)
        #expect(try parse("255").integer(at: 0, as: UInt8.self) == 255)
        #expect(try parse("256").integer(at: 0, as: UInt8.self) == nil)
        #expect(try parse("-1").integer(at: 0, as: UInt.self) == nil)
        #expect(try parse("1.0").integer(at: 0, as: Int.self) == nil)
    }

    @Test func rejectsBadNumbers() {
        #expect(syntaxError("01")?.message == "invalid number: a leading zero must not be followed by a digit")
        #expect(syntaxError("-")?.message == "unexpected end of input, expected a digit after '-' in a number")
        #expect(syntaxError("-a")?.message == "unexpected 'a', expected a digit after '-' in a number")
        #expect(syntaxError("1.")?.message == "unexpected end of input, expected a digit after '.' in a number")
        #expect(syntaxError("1.e5")?.offset == 2)
        #expect(syntaxError("1e")?.message == "unexpected end of input, expected a digit after the exponent in a number")
        #expect(syntaxError("1e+")?.offset == 3)
        #expect(syntaxError(".5")?.message == "unexpected '.', expected a value")
        #expect(syntaxError("+1")?.message == "unexpected '+', expected a value")
        #expect(syntaxError("[1 2]")?.message == "unexpected '2', expected ',' or ']'")
    }

    // MARK: Structure

    @Test func rejectsTrailingGarbage() {
        let found = syntaxError("{} x")
        #expect(found?.message == "unexpected 'x' after the JSON value")
        #expect(found?.position == SourcePosition(line: 1, column: 4))
        #expect(syntaxError("1 2")?.message == "unexpected '2' after the JSON value")
        #expect(syntaxError("[]]")?.message == "unexpected ']' after the JSON value")
    }

    @Test func rejectsTruncatedInput() {
        #expect(syntaxError("")?.message == "unexpected end of input, expected a value")
        #expect(syntaxError("  ")?.offset == 2)
        #expect(syntaxError("[1,")?.message == "unexpected end of input, expected a value")
        #expect(syntaxError("[1")?.message == "unexpected end of input, expected ',' or ']'")
        #expect(syntaxError(#"{"a""#)?.message == "unexpected end of input, expected ':'")
        #expect(syntaxError(#"{"a":"#)?.message == "unexpected end of input, expected a value")
        #expect(syntaxError(#"{"a":1"#)?.message == "unexpected end of input, expected ',' or '}'")
        #expect(syntaxError("{")?.message == "unexpected end of input, expected a property name")
        #expect(syntaxError("tru")?.message == "unexpected end of input, expected 'true'")
        #expect(syntaxError("tru")?.offset == 3)
    }

    @Test func rejectsMalformedContainersAndLiterals() {
        #expect(syntaxError("[1,]")?.message == "unexpected ']', expected a value")
        #expect(syntaxError(#"{"a":1,}"#)?.message == "unexpected '}', expected a property name")
        #expect(syntaxError("{a:1}")?.message == "unexpected 'a', expected a property name")
        #expect(syntaxError(#"{"a" 1}"#)?.message == "unexpected '1', expected ':'")
        #expect(syntaxError("[nul]")?.message == "unexpected ']', expected 'null'")
        #expect(syntaxError("[fals3]")?.offset == 5)
        #expect(syntaxError("[\u{1}]")?.message == "unexpected byte 0x01, expected a value")
    }

    @Test func locatesErrorsByLineAndByteColumn() {
        #expect(syntaxError("[\n  1,\n  2\n  3]")?.position == SourcePosition(line: 4, column: 3))
        #expect(syntaxError("[\r\n\"é\", x]")?.position == SourcePosition(line: 2, column: 7))
        #expect(syntaxError("[1,\r2,\r\n]")?.position == SourcePosition(line: 3, column: 1))
        #expect(syntaxError("[1,\n")?.position == SourcePosition(line: 2, column: 1))
    }

    // MARK: Nesting

    @Test func acceptsNestingUpToTheLimit() throws {
        let depth = JSONParser.defaultMaximumDepth
        let tree = try parse(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
        #expect(tree.nodes.count == depth)
        #expect(tree.nodes[0].next == depth)
        let objects = String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
        #expect(try parse(objects).nodes.count == 2 * depth + 1)
    }

    @Test func refusesDeeperNestingCleanly() {
        let depth = JSONParser.defaultMaximumDepth
        let found = syntaxError(String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1))
        #expect(found?.message == "arrays and objects nested more than \(depth) deep")
        #expect(found?.offset == depth)
        #expect(syntaxError(String(repeating: "[{\"a\":", count: 500_000))?.offset == depth / 2 * 6)
    }

    @Test func honoursAGivenLimit() {
        #expect(syntaxError("[[[]]]", maximumDepth: 3) == nil)
        #expect(syntaxError("[[[[]]]]", maximumDepth: 3)?.offset == 3)
    }
}
