extension RandomAccessCollection where Element == UInt8, Index == Int {
    /// The index of the first occurrence of `pattern` that starts at or after `start`
    /// and ends by `end` (the end of the bytes when nil); nil when there is none.
    @inlinable
    public func firstIndex(of pattern: some RandomAccessCollection<UInt8>, from start: Int, before end: Int? = nil) -> Int? {
        let limit = Swift.min(end ?? endIndex, endIndex)
        let count = pattern.count
        guard let first = pattern.first else { return start <= limit ? start : nil }
        var index = Swift.max(start, startIndex)
        while index + count <= limit {
            if self[index] == first {
                var matched = 1
                var next = pattern.index(after: pattern.startIndex)
                while matched < count, self[index + matched] == pattern[next] {
                    matched += 1
                    next = pattern.index(after: next)
                }
                if matched == count { return index }
            }
            index += 1
        }
        return nil
    }

    /// `firstIndex(of:from:before:)` for a literal pattern such as `"-->"`.
    @inlinable
    public func firstIndex(of pattern: StaticString, from start: Int, before end: Int? = nil) -> Int? {
        pattern.withUTF8Buffer { firstIndex(of: $0, from: start, before: end) }
    }
}
