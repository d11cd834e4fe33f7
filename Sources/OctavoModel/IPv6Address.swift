/// An IPv6 address as the URL Standard parses it (`::`, an IPv4 address in the last
/// 32 bits) and serialises it: lowercase hex, the first longest run of two or more
/// zero pieces written `::`.
struct IPv6Address: CustomStringConvertible {
    private var pieces = [UInt16](repeating: 0, count: 8)

    /// Parses the text between the brackets; nil when it is no IPv6 address.
    init?(_ input: [UInt8]) {
        var pieceIndex = 0
        var compress: Int?
        var pointer = 0
        func at(_ index: Int) -> UInt8? { index < input.count ? input[index] : nil }
        if at(pointer) == 0x3A {
            guard at(pointer + 1) == 0x3A else { return nil }
            pointer += 2
            pieceIndex += 1
            compress = pieceIndex
        }
        while let byte = at(pointer) {
            guard pieceIndex < 8 else { return nil }
            if byte == 0x3A {
                guard compress == nil else { return nil }
                pointer += 1
                pieceIndex += 1
                compress = pieceIndex
                continue
            }
            var value: UInt16 = 0
            var length = 0
            while length < 4, let digit = at(pointer).flatMap(PercentEncoding.hexValue) {
                value = value * 0x10 + UInt16(digit)
                pointer += 1
                length += 1
            }
            if at(pointer) == 0x2E {
                guard length > 0 else { return nil }
                pointer -= length
                guard pieceIndex <= 6 else { return nil }
                var numbersSeen = 0
                while at(pointer) != nil {
                    var ipv4Piece: Int?
                    if numbersSeen > 0 {
                        guard at(pointer) == 0x2E, numbersSeen < 4 else { return nil }
                        pointer += 1
                    }
                    guard let first = at(pointer), WebAddress.isDigit(first) else { return nil }
                    while let digit = at(pointer), WebAddress.isDigit(digit) {
                        let number = Int(digit - 0x30)
                        if let current = ipv4Piece {
                            guard current != 0 else { return nil }
                            ipv4Piece = current * 10 + number
                        } else {
                            ipv4Piece = number
                        }
                        guard ipv4Piece! <= 255 else { return nil }
                        pointer += 1
                    }
                    pieces[pieceIndex] = pieces[pieceIndex] * 0x100 + UInt16(ipv4Piece!)
                    numbersSeen += 1
                    if numbersSeen == 2 || numbersSeen == 4 { pieceIndex += 1 }
                }
                guard numbersSeen == 4 else { return nil }
                break
            } else if at(pointer) == 0x3A {
                pointer += 1
                guard at(pointer) != nil else { return nil }
            } else if at(pointer) != nil {
                return nil
            }
            pieces[pieceIndex] = value
            pieceIndex += 1
        }
        if let compress {
            var swaps = pieceIndex - compress
            pieceIndex = 7
            while pieceIndex != 0, swaps > 0 {
                pieces.swapAt(pieceIndex, compress + swaps - 1)
                pieceIndex -= 1
                swaps -= 1
            }
        } else if pieceIndex != 8 {
            return nil
        }
    }

    var description: String {
        var compress: Int?
        var longest = 1
        var index = 0
        while index < 8 {
            if pieces[index] == 0 {
                var end = index
                while end < 8, pieces[end] == 0 { end += 1 }
                if end - index > longest {
                    longest = end - index
                    compress = index
                }
                index = end
            } else {
                index += 1
            }
        }
        var output = ""
        var ignoreZero = false
        for index in 0..<8 {
            if ignoreZero, pieces[index] == 0 { continue }
            ignoreZero = false
            if compress == index {
                output += index == 0 ? "::" : ":"
                ignoreZero = true
                continue
            }
            output += String(pieces[index], radix: 16)
            if index != 7 { output += ":" }
        }
        return output
    }
}
