//! What the stages find. Every type is plain data pointing into the text by [`Span`].

use crate::Span;
use serde::{Deserialize, Serialize};

/// A paragraph: a run of lines separated from the next by a blank line
/// (or, in text with no blank lines, a single line).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// The paragraph's text, trimmed.
    pub span: Span,
}

/// What a sentence-level unit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SentenceKind {
    /// Ordinary running text.
    Body,
    /// A title, section heading or dateline: a line without final punctuation.
    Headline,
    /// Site furniture ("Read more: ...", "Comments are closed"): later stages skip it.
    Boilerplate,
}

impl SentenceKind {
    /// The lower-case name used in snapshots and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            SentenceKind::Body => "body",
            SentenceKind::Headline => "headline",
            SentenceKind::Boilerplate => "boilerplate",
        }
    }
}

/// One sentence, headline or boilerplate line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// The sentence's text, trimmed.
    pub span: Span,
    /// Body, headline or boilerplate.
    pub kind: SentenceKind,
    /// Index of the paragraph holding it.
    pub paragraph: usize,
}

impl Sentence {
    /// True for headlines (SPEC: `is_headline`).
    pub fn is_headline(&self) -> bool {
        self.kind == SentenceKind::Headline
    }
}

/// How a quotation is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// A sentence or clause somebody said or wrote, in quotation marks.
    Direct,
    /// A few words quoted inside the writer's own sentence.
    Partial,
    /// Reported speech without quotation marks.
    Indirect,
    /// Marks around a name, title or a word used as a word: annotated, no row.
    Term,
}

impl QuoteKind {
    /// The lower-case name used in snapshots and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Term => "term",
        }
    }
}

/// A quotation or reported statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The whole quote with its marks; for a split quote, from the first opening
    /// mark to the last closing mark; for indirect speech, the content clause.
    pub span: Span,
    /// The quoted words without marks, one span per part (split quotes have several).
    pub parts: Vec<Span>,
    /// Direct, partial, indirect or term.
    pub kind: QuoteKind,
    /// How many paragraphs the quote runs over (1 for most).
    pub paragraphs: usize,
    /// The reporting words ("said", "according to"), where the extractor found them.
    pub cue: Option<Span>,
    /// The words naming the speaker at the cue ("he", "officials"), where found.
    pub speaker_mention: Option<Span>,
}

/// How a stated quantity is bounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// As stated.
    Exact,
    /// "about", "around", "nearly".
    About,
    /// "over", "more than".
    Over,
    /// "at least".
    AtLeast,
    /// "under", "fewer than".
    Under,
    /// "up to", "as many as".
    AtMost,
    /// "10-15", "between 10 and 15".
    Range,
    /// "hundreds of", "several": no value.
    Vague,
}

impl Bound {
    /// The snake_case name used in the sheet.
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::About => "about",
            Bound::Over => "over",
            Bound::AtLeast => "at_least",
            Bound::Under => "under",
            Bound::AtMost => "at_most",
            Bound::Range => "range",
            Bound::Vague => "vague",
        }
    }
}

/// What sort of quantity a number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityKind {
    /// A count of things.
    Count,
    /// A percentage.
    Percent,
    /// A difference of percentages.
    PercentagePoints,
    /// An amount of money (unit: ISO currency code).
    Money,
    /// A length of time.
    Duration,
    /// A date or year.
    Date,
    /// A person's age.
    Age,
    /// "one in five", "3:1".
    Ratio,
    /// A physical measure (km, tonnes, degrees).
    Measure,
    /// "third", "21st".
    Ordinal,
    /// A position in a ranking.
    Rank,
}

impl QuantityKind {
    /// The snake_case name used in the sheet.
    pub fn as_str(self) -> &'static str {
        match self {
            QuantityKind::Count => "count",
            QuantityKind::Percent => "percent",
            QuantityKind::PercentagePoints => "percentage_points",
            QuantityKind::Money => "money",
            QuantityKind::Duration => "duration",
            QuantityKind::Date => "date",
            QuantityKind::Age => "age",
            QuantityKind::Ratio => "ratio",
            QuantityKind::Measure => "measure",
            QuantityKind::Ordinal => "ordinal",
            QuantityKind::Rank => "rank",
        }
    }
}

/// A number mention and what it states.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NumberMention {
    /// The quantity as written, with its bound words and unit symbols ("over 12,000", "$1.5bn").
    pub span: Span,
    /// The value as an exact plain decimal ("12000", "0.1"); `None` when vague.
    /// For a range, the low end.
    pub value: Option<String>,
    /// For a range, the high end.
    pub value_high: Option<String>,
    /// How the value is bounded.
    pub bound: Bound,
    /// What is counted or measured ("drones", "percent", "USD").
    pub unit: Option<String>,
    /// Count, percent, money...
    pub quantity_kind: QuantityKind,
    /// False for fixed expressions and numbers that assert nothing ("one of the", "the two sides").
    pub checkable: bool,
}

/// What an attribution is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttributionTarget {
    /// Index into the document's quotes.
    Quote(usize),
    /// Index into the document's numbers.
    Number(usize),
}

/// Who asserts a quote or number, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    /// The quote or number attributed.
    pub target: AttributionTarget,
    /// The most complete name the article gives; `None` for the publication's own
    /// statement or a mention that cannot be resolved.
    pub speaker: Option<String>,
    /// The words at the attribution as written ("he").
    pub mention: Option<Span>,
    /// Role or title ("President").
    pub title: Option<String>,
    /// The reporting words ("stated").
    pub cue: Option<Span>,
    /// Hedging words that weaken the assertion ("reportedly").
    pub hedge: Option<String>,
}
