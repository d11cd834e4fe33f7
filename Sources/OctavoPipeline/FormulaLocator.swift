import OctavoModel

/// Finds a formula's TeX in the source it was parsed from, so messages can point at
/// the formula, and at the byte of it they are about, rather than at its block.
struct FormulaLocator {
    let bytes: [UInt8]
    private let lineStarts: [Int]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
            starts.append(index + 1)
        }
        lineStarts = starts
    }

    /// The byte offset of a line and column, clamped to the source.
    func offset(of position: SourcePosition) -> Int {
        let line = min(max(position.line, 1), lineStarts.count)
        return min(lineStarts[line - 1] + max(position.column - 1, 0), bytes.count)
    }

    /// The line and column of a byte offset.
    func position(ofOffset offset: Int) -> SourcePosition {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return SourcePosition(line: low + 1, column: offset - lineStarts[low] + 1)
    }

    /// Where `tex` starts right after a `$$` (and white space) at or after `start`;
    /// its first line must match.
    func find(_ tex: [UInt8], from start: Int) -> Int? {
        let firstLine = tex.prefix { $0 != 0x0A && $0 != 0x0D }
        var index = max(start, 0)
        while index + 1 < bytes.count {
            defer { index += 1 }
            guard bytes[index] == 0x24, bytes[index + 1] == 0x24 else { continue }
            var candidate = index + 2
            while candidate < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[candidate]) { candidate += 1 }
            if candidate + firstLine.count <= bytes.count, bytes[candidate..<(candidate + firstLine.count)].elementsEqual(firstLine) {
                return candidate
            }
        }
        return nil
    }

    /// The source offset of byte `offset` of `tex`, which starts at `start`. Lines after
    /// the first may carry what Markdown strips (quote markers, indentation); that is
    /// skipped. Where the two part ways the formula's start stands in.
    func sourceOffset(of offset: Int, in tex: [UInt8], startingAt start: Int) -> Int {
        var texIndex = 0
        var sourceIndex = start
        while texIndex < min(offset, tex.count), sourceIndex < bytes.count {
            if tex[texIndex] == bytes[sourceIndex] {
                texIndex += 1
                sourceIndex += 1
            } else if texIndex > 0, tex[texIndex - 1] == 0x0A, bytes[sourceIndex] != 0x0A {
                sourceIndex += 1
            } else {
                return start
            }
        }
        return sourceIndex
    }
}
