import Testing
@testable import OctavoWriters

@Suite struct ImageMediaTypeTests {
    @Test func recognisesFormatsByTheirFirstBytes() {
        #expect(ImageMediaType.recognise([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]) == .png)
        #expect(ImageMediaType.recognise([0xFF, 0xD8, 0xFF, 0xE0]) == .jpeg)
        #expect(ImageMediaType.recognise(Array("GIF89a....".utf8)) == .gif)
        #expect(ImageMediaType.recognise(Array("GIF87a....".utf8)) == .gif)
        #expect(ImageMediaType.recognise(Array("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8)) == .webp)
        #expect(ImageMediaType.recognise(Array("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8)) == .svg)
        let prolog = "\u{FEFF}<?xml version=\"1.0\"?>\n<!-- drawn by hand -->\n<!DOCTYPE svg>\n<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"/>"
        #expect(ImageMediaType.recognise(Array(prolog.utf8)) == .svg)
    }

    @Test func refusesOtherFormats() {
        let avif: [UInt8] = [0, 0, 0, 0x1C] + Array("ftypavif".utf8) + [0, 0, 0, 0]
        #expect(ImageMediaType.recognise(avif) == nil)
        #expect(ImageMediaType.recognise(Array("<html><body/></html>".utf8)) == nil)
        #expect(ImageMediaType.recognise(Array("RIFF\u{0}\u{0}\u{0}\u{0}WAVEfmt ".utf8)) == nil)
        #expect(ImageMediaType.recognise(Array("root:x:0:0:root:/root:/bin/bash\n".utf8)) == nil)
        #expect(ImageMediaType.recognise([]) == nil)
    }
}
