//! The numeric-claim detector: finds numbers in news sentences and says what
//! they state — value, bound, unit and kind — and whether a fact-checker could
//! check them.
//!
//! ```
//! use claimsheet_core::{Bound, QuantityKind};
//! use claimsheet_numeric::{NumericConfig, NumericDetector};
//!
//! let detector = NumericDetector::new(&NumericConfig::default()).expect("word lists parse");
//! let text = "The return of the bodies of over 12,000 fallen soldiers was agreed.";
//! let found = detector.run_text(text);
//! assert_eq!(found.len(), 1);
//! let m = &found[0];
//! assert_eq!(&text[m.span.start..m.span.end], "over 12,000");
//! assert_eq!(m.value.as_deref(), Some("12000"));
//! assert_eq!(m.bound, Bound::Over);
//! assert_eq!(m.unit.as_deref(), Some("fallen soldiers"));
//! assert_eq!(m.quantity_kind, QuantityKind::Count);
//! assert!(m.checkable);
//! ```
//!
//! In the pipeline, call [`NumericDetector::run`] with the document and the
//! segmenter's sentences; [`NumericDetector::run_text`] treats a whole text as
//! one body sentence.
//!
//! # Rules
//!
//! The word lists live in `data/*.txt` (one entry a line, `#` comments) so they
//! can be extended without reading Rust.
//!
//! **Span.** The quantity as written, with its bound words, sign, currency
//! symbols or words, scale, percent words and, for durations, measures and
//! ages, the unit ("over 12,000", "$1.5bn", "about 30 per cent", "over two
//! years", "45-year-old", "minus 12 degrees"). The counted noun of a count is
//! not in the span ("117" in "117 drones").
//!
//! **Value.** An exact plain decimal computed on integers, never floats:
//! grouping by `,`, space, no-break or thin space ("12 000"); decimals;
//! number words and composites ("twelve thousand five hundred", "a dozen",
//! "three hundred and fifty", "two and a half"); scale words and glued
//! suffixes ("1.2 million", "$1.5bn", "€20m", "5k"); minor currency units
//! ("50p" = 0.5 GBP); fractions ("two-thirds" = 0.6667, "a quarter of a
//! million" = 250000, "half of"); ratios ("one in five" = 0.2, "3:1" = 3).
//! Fractions that do not end in a power of ten are rounded half-up to four
//! decimals. A leading `-` or U+2212 `−` glued to the number, or "minus",
//! makes it negative; direction words ("fell 0.4%") do not. Dates carry the
//! year as value when one is written, otherwise none. Vague quantities have
//! no value.
//!
//! **Bound.** From `bound_words.txt` before the number ("about", "some",
//! "nearly", "an estimated" → about; "over", "more than" → over; "at least";
//! "fewer than", "under" → under; "up to", "as many as" → at_most) and
//! `trailing_bounds.txt` after it ("or more", "10,000+"). Ranges ("10-15%",
//! "10–15%", "10 to 15", "between 10 and 15") are one mention with bound
//! `range`, `value` the low end and `value_high` the high end; a suffix on
//! the high end applies to both ("$1-2bn"). Vague quantities
//! (`vague_quantities.txt`: "hundreds of", "tens of thousands", "several",
//! "a few") have bound `vague`.
//!
//! **Changes.** "from 45% to 38%" is a change, not a range: it yields two
//! mentions, each exact (the pipeline may pair them by adjacency). So does
//! "X to Y" after a change word from `change_words.txt` ("fell by 15,000 to
//! 420,000", "rose 5 to 10").
//! "doubled", "halved", "tenfold" are ratio mentions with value 2, 0.5, 10;
//! so is "N times" before a comparative, "as", "more", "less" or "the"
//! ("eight times higher", "3 times as many"); other "N times" count times.
//! A descending pair ("the Senate voted 52 to 48") is two mentions, never a
//! range.
//!
//! **Kind.** percent ("%", "per cent", "percent", "pc"); percentage_points
//! ("percentage points", "pp", "basis points" with that unit); money (unit =
//! ISO code from `currencies.txt`: "$" USD, "€" EUR, "£" GBP, "¥" JPY,
//! "Rs" INR, "US$", "A$", "pence"/"p" GBP); duration (a time unit from
//! `time_units.txt`, spaced or hyphenated: "18 months", "one-hour", glued
//! abbreviations after digits: "8.47secs"; one word from
//! `time_modifiers.txt` may come between: "twenty working days"; a year
//! before a singular unit is no duration: "the 2018 day of action"; unit in
//! the plural); age ("45-year-old", "45 years old", "aged 45", and a small
//! number between commas after a person noun or a name: "a boy, 7,", and a
//! bare count after a time conjunction, a personal pronoun and was/were:
//! "when she was six"); unit years); measure (`measure_units.txt`: km, tonnes, degrees, °C, "40C");
//! date ("June 2025", "September 14", "14 September 2025", "in 2022",
//! "the 2024 election", "its 2005 forecasts", "the firm's 2004 profits", a
//! year opening the sentence, "1990s", "mid-2022", "2022-23", "the fourth
//! quarter", "the first half"); ratio; ordinal
//! ("first", "21st"); rank (an ordinal after "ranked"/"finished"/"came" or
//! before a superlative or "place": "the second-largest"); otherwise count.
//!
//! A glued "m" after digits is millions when money is in the sentence (a
//! currency symbol, or a currency word after a number), or when a plural
//! noun or "of" follows ("3m subscribers"); otherwise it is metres ("the
//! 400m title", "cleared 1.85m").
//!
//! **Unit of a count.** The noun phrase right after the number (after "of"
//! and a determiner for vague quantities and fractions: "hundreds of
//! people", "two-thirds of voters"). Up to four words; it ends after the
//! first plural head (more plural nouns may follow: "police officers") or at
//! a function word, verb, number, punctuation, an -ly adverb or a possessive.
//! Participial and descriptive modifiers are kept when they come first
//! ("fallen soldiers", "missing children"); quantity-like adjectives are
//! dropped (`unit_drop_words.txt`: additional, more, further, other, extra:
//! "four additional regions" → regions). A bare count ("Moscow agreed to
//! return only 10") takes the unit of the nearest earlier count in its
//! sentence, else of the last count in the previous sentence of the same
//! paragraph, else a plural noun after "the" a few words later ("... only
//! 10, claiming the children were relocated" → children). A hyphen compound
//! counts its noun, in the plural, and the noun is in the span ("a 131-page
//! report" → "131-page", pages; "a 4bn-euro hole" is money), except
//! adjectives from `compound_adjectives.txt` ("a 40-strong team", "80-odd"
//! is a trailing bound); such units are not carried to later bare counts.
//! A bare count joined by "or", "to", "and" or a dash to a following count
//! takes its noun ("two or three goals"). A bare number compared with money
//! or a percentage earlier in the sentence takes its kind and unit ("fell
//! from 7.3% to 6.9", "up from 38m" after "77m euros"; conversions in
//! brackets are skipped); a bare number with a scale suffix is money when the
//! sentence has money. A bare count right after a verb from
//! `casualty_verbs.txt` counts people ("the attack, which killed at least
//! 40"). A number-word compound ("two-thirds") never continues a noun phrase.
//!
//! **Checkable.** Every mention is returned; only checkable ones make rows.
//! Not checkable: dates (a date places a claim, it is not one); ordinals
//! ("the first time"); weak vague quantities ("several", "a few");
//! fixed expressions from `non_claims.txt` ("one of Kyiv's boldest moves",
//! "no one", "one another", "the two sides"); a small spelled-out number after
//! "the"/"these"/"those" (a group already counted: "the two sides", "the
//! three men"); a spelled "one" that quantifies no noun (a pronoun: "one
//! requiring ..., and the other ..."); a bare number after a noun from
//! `sequence_nouns.txt` followed by "of" or punctuation (a part of a sequence:
//! "day five of the trial", "in round two."). Ranks are checkable.
//!
//! Partitives take the noun of the whole ("38 of the 45 drones" → drones), and
//! "the number of students fell by 15,000" gives the bare 15,000 "students".
//! Currency prefixes may be spaced ("$ 200", "US$ 20,000", "Rs 500").
//!
//! **Not numbers at all** (no mention): identifiers ("Resolution 2334",
//! "Section 427", "Boeing 737", "A320", "G7", "COVID-19", "No. 10": a number
//! after a capitalised word that is not in the word lists, or after a noun
//! from `identifier_nouns.txt`, or glued to letters that are no known
//! suffix: "4chan", "5G"); number words written in capitals in running text
//! ("FIRST Global" is a name); phone numbers and codes
//! (a leading zero, a leading `+`, runs of digit groups: "0800 123 4567");
//! version numbers ("2.3.1"); scores ("won 3-1": a dash between whole numbers
//! that descend, or near a sport word from `score_words.txt`); times of day
//! ("3 p.m.", "14:30", "10am"); list numbering at a sentence start ("1.");
//! page numbers ("page 12", "p. 12"); "24/7", "9/11"; the second number
//! of a dashed pair that was not read as a range ("Portugal 2 – 1 Ghana",
//! also when names stand on both sides of an ascending pair); race times
//! ("3:41.28"); number words glued by a hyphen to another word ("no-one",
//! "high-five"); a capitalised number word in running text next to a
//! capitalised unknown word ("the Birmingham Six", "Henk Ten Cate").
//! In headlines the capitalised-word rule is off (every word is capitalised).

mod detector;
mod error;
mod hash;
mod lexicon;
mod token;
mod value;

pub use detector::{NumericConfig, NumericDetector};
pub use error::Error;
