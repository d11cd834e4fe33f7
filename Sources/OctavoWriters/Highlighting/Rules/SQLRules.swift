extension LanguageRules {
    /// SQL: `--` comments, `''` inside strings, words in any case.
    static let sql: LanguageRules = {
        var rules = LanguageRules()
        rules.lineComments = [Array("--".utf8), Array("#".utf8)]
        rules.blockComments = slashStarComments
        rules.strings = [
            .delimited(open: Array("'".utf8), close: Array("'".utf8), escape: UInt8(ascii: "\\"), multiline: true, doubledClose: true),
            .delimited(open: Array("\"".utf8), close: Array("\"".utf8), escape: nil, multiline: false, doubledClose: true),
            .delimited(open: Array("`".utf8), close: Array("`".utf8), escape: nil, multiline: false, doubledClose: true),
        ]
        rules.wordsIgnoreCase = true
        rules.keywords = words("""
            select from where and or not insert into values update set delete create alter drop table index view
            database schema primary key foreign references unique default check constraint join inner left right
            outer full cross on using group by order having limit offset union all distinct as asc desc case when then
            else end is in between like exists begin commit rollback transaction grant revoke with recursive
            returning if replace trigger procedure function declare cascade auto_increment
            """)
        rules.types = words("""
            int integer smallint bigint tinyint decimal numeric float real double precision char varchar text blob
            date time timestamp datetime boolean serial json jsonb uuid
            """)
        rules.literals = words("null true false")
        rules.builtins = words("count sum avg min max coalesce now cast substring upper lower length round concat ifnull nullif")
        rules.operatorBytes = Array("+-*/%=<>!|".utf8)
        return rules
    }()
}
