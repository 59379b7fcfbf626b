//! Quotation marks, quote spans and reported speech in English news text.
//!
//! [`QuoteExtractor`] finds every quotation in marks and every reported
//! statement in a [`Document`](claimsheet_core::Document), as
//! [`Quote`](claimsheet_core::Quote)s with byte spans into the original text.
//!
//! ```
//! use claimsheet_core::QuoteKind;
//! use claimsheet_quotes::{QuoteConfig, QuoteExtractor};
//!
//! let ex = QuoteExtractor::new(&QuoteConfig::default()).expect("built-in lists are valid");
//! let text = "“We don’t want war,” he said, “but we will fight.”";
//! let quotes = ex.run_text(text);
//! assert_eq!(quotes.len(), 1);
//! let q = &quotes[0];
//! assert_eq!(q.kind, QuoteKind::Direct);
//! let parts: Vec<&str> = q.parts.iter().map(|p| &text[p.start..p.end]).collect();
//! assert_eq!(parts, ["We don’t want war", "but we will fight."]);
//! assert_eq!(q.cue.map(|c| &text[c.start..c.end]), Some("said"));
//! assert_eq!(q.speaker_mention.map(|m| &text[m.start..m.end]), Some("he"));
//! ```
//!
//! # Marks
//! `“ ” " ‘ ’ ' « » ‹ › „ ‚ 「 」` are found by the tokenizer, in paragraphs; the text is never
//! normalised. A single mark between letters or digits is an apostrophe
//! (`don’t`, `Spider’s`); a leading one before a year or elision is too
//! (`’90s`, `rock ’n’ roll`); a closing single mark with no single quote open
//! is a plural possessive (`Jones’ dog`); a straight mark after a digit is a
//! prime (`5' 11"`). Marks pair within a paragraph by family (double, single,
//! guillemets, corner brackets); a different family nests inside and belongs
//! to the outer quote (`“He said ‘no’.”`). A mark left open at the end of its
//! paragraph continues only when the next paragraph opens with a mark of the
//! same family (the news convention for quotes over several paragraphs,
//! counted in `paragraphs`); otherwise it is dropped, unless it opened its
//! paragraph, in which case the quote ends with the paragraph. So a stray mark
//! never reaches past its paragraph.
//!
//! # Kinds
//! Rules, in order:
//! 1. **term**: the content is a lone hashtag or handle (`#MeToo`, `@POTUS`); or a term cue stands right
//!    before the marks (`dubbed`, `so-called`, `known as`, `titled`, `the word`,
//!    ... in `data/term_cues.txt`); or a naming word (`called`, `named`,
//!    `data/name_cues.txt`) stands before name-shaped content; or the content is
//!    name-shaped with no attribution next to it (outside headlines).
//!    Name-shaped: one to eight words, the first capitalised, the rest
//!    capitalised or minor words (`of`, `the`, ...), no inner or final
//!    sentence punctuation (a trailing comma is the writer's).
//! 2. **direct**: the quote starts a sentence (or follows a colon, or a cue and
//!    a comma) and either ends the sentence, ends in `. ? ! ,` inside the marks,
//!    is followed by an attribution (`, he said`), or runs over paragraphs. Inside
//!    running prose: a capitalised clause of three or more words ending in
//!    `. ? !` inside the marks, or one right after a reporting verb.
//! 3. **partial**: everything else — a few words quoted in the writer's own
//!    sentence (`called for an end to the “bloodbath”`), even when followed by
//!    an attribution (`The deal was a “disaster,” he said.`).
//!
//! A direct quote followed by `, he said, “...` continues in the next marks:
//! one split quote with several `parts`. A direct quote with no cue right after
//! another quote's attribution (`“...,” he stated. “...”`) takes its cue and
//! speaker mention.
//!
//! # Cues and speaker mentions
//! Reporting verbs and phrases are in `data/cue_verbs.txt`. For a quote in
//! marks the cue is next to it: after it (`“...,” he said`, `“...,” said the
//! minister`) when the quote starts the sentence, else the nearest cue up to
//! twelve tokens before it in the same sentence (`Trump, who called for an end
//! to the “bloodbath”`). The speaker mention is the noun phrase before the cue
//! (skipping auxiliaries, adverbs and a relative `who`), after it when
//! inverted, or the object of `according to`. For a participle (`, saying`) or
//! a verb coordinated with `and`/`but`, it is the subject of the sentence.
//!
//! # Reported speech
//! In body sentences (not headlines, not boilerplate), a cue that is a verb
//! (not after a determiner, possessive or preposition; not passive as in
//! `was told to leave` or `has been confirmed`; not a capitalised name part)
//! with a speaker yields an `indirect` quote whose span is the reported
//! content: the clause after the cue (after `that`, a listener of `told`, or a
//! lead-in like `called [for]`), or the clause before a trailing attribution
//! (`..., officials confirmed.`, `..., said the minister.`, `..., according to
//! the UN.`). Cues inside quotation marks or used by a quote in marks yield
//! nothing, so `“...,” he said.` is one direct quote, not also an indirect one.
//! Who a pronoun refers to is left to the attribution stage.
//!
//! Reported content must be a statement, so forward content (with no `that`)
//! is dropped when it starts with
//! - a preposition (`data/prepositions.txt`): `posted to Twitter`, `wrote
//!   about the war`, `admitted to being`; but `to` before a plain verb is an
//!   infinitive and stays (`pledged to rebuild ...`);
//! - a question word (`data/question_words.txt`): `explained how ...` is an
//!   indirect question;
//! - an object pronoun (`data/object_pronouns.txt`: `called me The Poet`),
//!   unless an `as` complement follows (`rejected them as forgeries`);
//! - a conjunction, a bracket or a quotation mark (a quote the marks could not
//!   pair is not reported speech).
//!
//! After a cue that also takes a plain noun object (`data/object_cues.txt`:
//! `tweeted support`, `announced the closure`, `wrote a memoir`), the content
//! must look like a clause: a subject pronoun first, or before the first
//! `and`/`but`/`or`/`;`/relative pronoun an auxiliary, modal or copula
//! (`data/finite_verbs.txt`), a `-n't`, a lower-case `-ed` word that is not
//! hyphenated, or an `-s` verb after a name (`Mohamed wishes`). Denials,
//! rejections and `called` keep noun objects (`denied any role in the
//! attack`): a denial is a stance a checker can weigh. A naming cue before
//! name-shaped content (`a charity called Save the Children`) is no report.
//! Request cues (`data/request_cues.txt`: `asked ... to`, `asked whether`)
//! report no forward statement.
//!
//! `that` is the conjunction when it follows the cue, a short adverbial (`said
//! on Monday that`), a listener, or a comma with no verb right after it; not
//! in `wrote my poems, that was ...` or `announced plans that would ...`.
//!
//! `as` complements of a relative clause take the clause's head as a first
//! part: `demands that Kyiv rejected as tantamount to surrender` gives
//! `demands … as tantamount to surrender`, `a charge Ukraine denies as
//! politically motivated` gives `a charge … as politically motivated`.
//!
//! A trailing attribution (`..., officials said`) is not one when its cue
//! introduces a quote (`After the match, the coach said: “...`, `said, “...`);
//! inside a parenthesis its content starts after the `(` (or a dash inside
//! it). A parenthetical one (`The rules, said the regulator, will take
//! effect`) adds the rest of the sentence as a second part when that reads as
//! a clause; so does `X, according to Y, Z`, but not Y's apposition
//! (`according to Maria Lopez, curator of the museum`).
//!
//! Reports that nest keep only the inner one: in `According to the paper, the
//! minister believes X` and `Musk replied to the post and said X` the report
//! whose content holds another report's cue is dropped, unless the two are
//! coordinated: in `Police said X, and officials said Y` (also `, but`,
//! `, while`, `;`) the first report ends before the coordination when at least
//! four words remain, and both are kept. After a listener verb, `her` before a
//! subject pronoun is the listener (`told her it would`). The subject of a
//! coordinated `and said` may have a title after a name (`Facebook co-founder
//! Mark Zuckerberg`); titles match plural and hyphen-prefixed (`co-founder`).

mod extractor;
mod grammar;
mod lexicon;
mod marked;
mod marks;
mod plain;
mod reported;
mod text;

pub use extractor::{Error, QuoteConfig, QuoteExtractor};
