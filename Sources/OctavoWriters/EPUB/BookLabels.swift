/// The words a book's own pages use, in the book's language: Chinese for `zh…`,
/// English otherwise.
struct BookLabels {
    let contents: String
    let landmarks: String
    let titlePage: String
    let start: String

    init(language: String) {
        if language.lowercased().hasPrefix("zh") {
            contents = "目录"
            landmarks = "导览"
            titlePage = "书名页"
            start = "正文"
        } else {
            contents = "Contents"
            landmarks = "Landmarks"
            titlePage = "Title page"
            start = "Start of content"
        }
    }
}
