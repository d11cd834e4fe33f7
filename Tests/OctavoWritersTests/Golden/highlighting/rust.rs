//! Crate docs.
use std::collections::HashMap;

#[derive(Debug, Clone)]
pub struct Cache<'a> {
    names: HashMap<&'a str, u32>,
}

impl<'a> Cache<'a> {
    /* outer /* nested */ still comment */
    pub fn get(&self, key: &'a str) -> Option<u32> {
        let raw = r#"a "quoted" word"#;
        let byte = b'x';
        let c = '\n';
        println!("{} {} {:?}", raw, byte, c);
        self.names.get(key).copied().or(Some(0xFF_u32))
    }
}
