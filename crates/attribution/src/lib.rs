//! The attribution resolver of claimsheet: who asserts each quote and number.
//!
//! [`AttributionResolver`] takes the layers found by the earlier stages
//! (paragraphs, sentences, quotes, numbers) and gives one
//! [`Attribution`](claimsheet_core::Attribution) for every direct, partial and
//! indirect quote and every checkable number: the speaker's most complete
//! name, the mention as written, the speaker's title, the cue and any hedge.
//!
//! ```
//! use claimsheet_attribution::{AttributionConfig, AttributionResolver};
//! use claimsheet_core::{Document, Quote, QuoteKind, Span};
//!
//! let text = "U.S. President Donald Trump spoke on Monday. \
//!             “We will win,” Trump said.";
//! let doc = Document::new("d", text);
//! let q0 = text.find('“').expect("quote");
//! let q1 = text.find('”').expect("quote") + '”'.len_utf8();
//! let quote = Quote {
//!     span: Span::new(q0, q1),
//!     parts: vec![Span::new(q0 + 3, q1 - 4)],
//!     kind: QuoteKind::Direct,
//!     paragraphs: 1,
//!     cue: None,
//!     speaker_mention: None,
//! };
//! let resolver = AttributionResolver::new(&AttributionConfig::default()).expect("bundled lists");
//! let attributions = resolver.run(&doc, &[], &[], &[quote], &[]);
//! let a = &attributions[0];
//! assert_eq!(a.speaker.as_deref(), Some("Donald Trump"));
//! assert_eq!(a.title.as_deref(), Some("U.S. President"));
//! assert_eq!(a.mention.map(|m| &text[m.start..m.end]), Some("Trump"));
//! assert_eq!(a.cue.map(|c| &text[c.start..c.end]), Some("said"));
//! ```
//!
//! # How a speaker is found
//! One forward pass over the sentences keeps a small entity memory: every
//! name seen in body text (not only speakers), its fullest form, its title
//! and gender when something fixes it, and the most recent mentions.
//!
//! 1. **The phrase.** The quote extractor's `speaker_mention` and `cue` are
//!    used when present (a cue that disputes the quote, "a charge Ukraine
//!    denies", is dropped). Otherwise the resolver looks for a reporting word
//!    (`data/cue_verbs.txt`) outside quotation marks in the quote's sentence,
//!    nearest first, and takes its speaker: the phrase before it ("X said",
//!    "X, a top adviser, said", "Trump, who called ..."), after it when the
//!    cue follows the quote ("“...,” said X") or is "according to", after
//!    "by" in a passive, or the sentence's subject for a participle
//!    ("Zelenskiy defended the strike, saying ..."). A direct quote with no
//!    cue takes the speaker introduced by a previous sentence ending in a
//!    colon, then one named in the next sentence of its paragraph, then the
//!    previous quote's speaker in the same paragraph. A paragraph that is
//!    nothing but a direct quote goes on with the speaker of the last quote
//!    of the paragraph right before it (a quotation run over paragraphs); a
//!    paragraph in between, or other words after the quote, end the run.
//! 2. **Partial quotes without a cue** belong to the party whose document the
//!    sentence is about: "Russia submitted a memorandum ... The proposal also
//!    included ... “glorification of Nazism”" gives Russia (the subject that
//!    issued a document, `data/issuing_verbs.txt` + `data/document_nouns.txt`,
//!    or else the previous sentence's subject); otherwise the sentence's
//!    subject if it is named (an organisation word alone at the sentence's
//!    start heading a lower-case noun, "University collections ...", names
//!    none); otherwise the publication.
//! 3. **Names.** Capitalised runs with particles (al-, bin, van, von, de ...)
//!    and hyphens; titles before them ("Turkish President", "U.S. President",
//!    plural "Presidents X and Y" covers both) or in an apposition
//!    ("Hugh Hill, a doctor,"); a name in apposition after a description
//!    ("said the organiser, Ana Núñez", "said its chief executive, Jane Doe")
//!    is the speaker, the description's title words its title. Countries and capitals speak for governments
//!    and stay as written ("Moscow").
//!    - A name does not swallow what is written before it in the same
//!      capitalised run: two or more name words after an organisation word
//!      ("Refugee Council Enver Solomon") or a place ("United States Hamdullah
//!      Mohib"), or any after an honorific ("Education Mr. Toccafondi"), are
//!      the person; an organisation before them becomes their title.
//!    - A sentence's first word is capitalised whatever it is: followed by
//!      lower-case nouns in a speaker phrase ("Satellite imagery suggests",
//!      "Hospital data suggests") it heads a common noun phrase, a source
//!      named as written, not a name. Sentence adverbs ("Allegedly,",
//!      "Reportedly,") are in `data/stopwords.txt` and never names.
//!    - A capitalised cue word right after a capitalised word is part of a
//!      name ("United States", "Washington State"), not a cue.
//!    - Lower-case title words with a capitalised affiliation before them
//!      are a title ("Facebook co-founder Mark Zuckerberg"); a mention cut
//!      before them ("Facebook" for a coordinated "... and said") takes in
//!      the title and the name, so the coordinated verb shares the subject.
//!    - One capitalised word before a lower-case title ("Psychology major",
//!      "Boeing spokesman") is the role's field or employer: an
//!      organisation, never a person, so "he"/"she" cannot go to it. After
//!      a role and a preposition ("major at University of Texas Arlington
//!      Amneh Jafari"), a run of four or more words holding an organisation
//!      word or place and ending in two name words ends with the person.
//! 4. **Resolution.** A short name joins the fullest name sharing its last
//!    word ("Erdogan" -> "Tayyip Erdogan"); the final name is the fullest the
//!    article gives. "he"/"she" go to the most recent person of compatible
//!    gender (a subject of this or the previous sentence first), "they" to a
//!    group, organisation or country, "it" to an organisation or country;
//!    "the minister" / "the company" to the most recent entity with that
//!    title or name word; "the mayor of Tunis" (a role noun + of/for + a
//!    place or organisation) is such a description, not the place, and so
//!    is a determiner + an agent noun the title list lacks ("the auditor",
//!    "the senior economist"). Groups and indefinite descriptions ("officials",
//!    "Western analysts", "a senior US official") are speakers as written.
//!    What cannot be resolved keeps its mention with no speaker.
//! 5. **Hedges** (`data/hedges.txt`, `data/hedge_verbs.txt`): for a quote,
//!    hedging words in its sentence outside quoted words; for a number, in its
//!    sentence, hedging verbs ("claiming") only when they come before it.
//! 6. **Numbers** inside a quote's words (or an indirect quote's content) take
//!    that quote's speaker, mention, title and cue; others take a reporting
//!    clause of their own sentence ("according to the UN") when it has no
//!    quote, else they are the publication's.
//!
//! # Transcripts
//! [`AttributionResolver::transcript_turns`] finds interview turns
//! (`Name: text`, `Q:`/`A:`); see [`TranscriptTurn`]. A quote whose
//! `speaker_mention` is such a label resolves to the label's name with joined
//! words split ("NickBos" -> "Nick Bos").
//!
//! The resolver finds the turns itself as well: inside an answer (a turn,
//! or a paragraph continuing one, that is not a question), a number outside
//! every quote, and a partial or indirect quote with no speaker phrase of its
//! own ("I believe the city needs ..."), belong to the answer's speaker. A
//! direct quote there keeps its own resolution: an answerer quoting someone
//! else is not their words.

mod error;
mod hedge;
mod lexicon;
mod memory;
mod np;
mod resolver;
mod tokens;
mod transcript;
mod units;

pub use error::Error;
pub use resolver::{AttributionConfig, AttributionResolver};
pub use transcript::{split_camel, TranscriptTurn};
