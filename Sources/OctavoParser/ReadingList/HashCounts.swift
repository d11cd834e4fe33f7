/// How often each 64-bit hash has been counted: an open-addressing table, since the
/// keys are already well mixed and need no hashing of their own.
struct HashCounts {
    private var keys: [UInt64] = []
    private var counts: [Int] = []
    private var used = 0

    /// Counts one more occurrence of `hash` and returns how many there have been.
    mutating func increment(_ hash: UInt64) -> Int {
        if (used + 1) * 4 > keys.count * 3 { grow() }
        let slot = self.slot(of: hash)
        if counts[slot] == 0 {
            keys[slot] = hash
            used += 1
        }
        counts[slot] += 1
        return counts[slot]
    }

    /// The slot holding `hash`, or the empty one where it goes.
    private func slot(of hash: UInt64) -> Int {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while counts[slot] != 0 && keys[slot] != hash { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldCounts = counts
        let capacity = max(16, keys.count * 2)
        keys = Array(repeating: 0, count: capacity)
        counts = Array(repeating: 0, count: capacity)
        for (key, count) in zip(oldKeys, oldCounts) where count > 0 {
            let slot = slot(of: key)
            keys[slot] = key
            counts[slot] = count
        }
    }
}
