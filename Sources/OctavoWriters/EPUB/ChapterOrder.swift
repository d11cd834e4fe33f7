import OctavoModel

/// The order of a book's chapters (`--order`).
public enum ChapterOrder: String, Sendable, CaseIterable {
    /// Oldest post first; posts without a date follow in input order.
    case date
    /// The order the inputs were given in.
    case input

    /// The positions of `documents` in chapter order; equal dates keep input order.
    public func arrange(_ documents: [Document]) -> [Int] {
        switch self {
        case .input:
            return Array(documents.indices)
        case .date:
            return documents.indices.sorted { left, right in
                switch (documents[left].metadata.date, documents[right].metadata.date) {
                case let (leftDate?, rightDate?): leftDate == rightDate ? left < right : leftDate < rightDate
                case (.some, nil): true
                case (nil, .some): false
                case (nil, nil): left < right
                }
            }
        }
    }
}
