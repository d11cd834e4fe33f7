/// The words a book's own pages use, in the book's language: Chinese for `zh…`,
/// English otherwise.
struct BookLabels {
    let contents: String
    let landmarks: String
    let titlePage: String
    let start: String
    /// "12 posts" or "12 篇文章".
    let postCount: (Int) -> String

    init(language: String) {
        if language.lowercased().hasPrefix("zh") {
            contents = "目录"
            landmarks = "导览"
            titlePage = "书名页"
            start = "正文"
            postCount = { "\($0) 篇文章" }
        } else {
            contents = "Contents"
            landmarks = "Landmarks"
            titlePage = "Title page"
            start = "Start of content"
            postCount = { $0 == 1 ? "1 post" : "\($0) posts" }
        }
    }
}
