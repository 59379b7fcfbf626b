//! Lower-case forms of words for the stages' tokenizers. Each tokenizer
//! slices a word's lower case from one ASCII-lowered copy of the document
//! (same byte offsets); only a word with a non-ASCII letter whose lower case
//! differs ("Éric") needs a string of its own, kept here.

/// True when every non-ASCII char of `word` is its own lower case, so that
/// ASCII lower-casing alone gives [`str::to_lowercase`] (which maps char by
/// char; its one context rule, for 'Σ', only applies to a char that changes).
pub fn lower_is_itself(word: &str) -> bool {
    word.chars().all(|c| {
        if c.is_ascii() {
            return true;
        }
        let mut l = c.to_lowercase();
        l.len() == 1 && l.next() == Some(c)
    })
}

/// Lower-case forms that are no slice of the ASCII-lowered text, by token
/// index. They are gathered while tokenizing, then laid end to end in one
/// arena string that the tokens borrow ([`OwnedLowers::attach`]): so a
/// token holds a plain `&str`, not a `Cow`, and a token vector drops in one free.
#[derive(Debug, Default)]
pub struct OwnedLowers {
    forms: Vec<(usize, String)>,
}

impl OwnedLowers {
    /// Keeps `form` as the lower-case form of token `index`.
    pub fn push(&mut self, index: usize, form: String) {
        self.forms.push((index, form));
    }

    /// Lays the forms end to end in `arena` (cleared first) and hands each
    /// token index with its form's copy there to `set`.
    pub fn attach<'a>(&self, arena: &'a mut String, mut set: impl FnMut(usize, &'a str)) {
        arena.clear();
        for (_, form) in &self.forms {
            arena.push_str(form);
        }
        let arena: &'a String = arena;
        let mut at = 0;
        for (i, form) in &self.forms {
            let end = at + form.len();
            if let Some(l) = arena.get(at..end) {
                set(*i, l);
            }
            at = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_come_back_by_index() {
        let mut owned = OwnedLowers::default();
        owned.push(3, "éric".to_string());
        owned.push(7, "σας".to_string());
        let mut arena = String::from("stale");
        let mut got = Vec::new();
        owned.attach(&mut arena, |i, l| got.push((i, l.to_string())));
        assert_eq!(got, [(3, "éric".to_string()), (7, "σας".to_string())]);
        assert!(lower_is_itself("kyiv’s straße") && !lower_is_itself("Éric") && !lower_is_itself("İ"));
    }
}
