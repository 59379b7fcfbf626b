use serde::{Deserialize, Serialize};

/// The claim-sheet columns, in order (SPEC section 3). Columns are only ever appended.
pub const CLAIM_COLUMNS: [&str; 26] = [
    "claim_id",
    "doc_id",
    "kind",
    "claim_text",
    "speaker",
    "speaker_mention",
    "speaker_title",
    "cue",
    "hedge",
    "quantity",
    "value",
    "bound",
    "unit",
    "quantity_kind",
    "sentence",
    "status",
    "verdict",
    "checker",
    "evidence_url",
    "notes",
    "source_url",
    "source_title",
    "published",
    "char_start",
    "char_end",
    "line",
];

/// The kind of a claim row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// Quoted sentence or clause.
    DirectQuote,
    /// Quoted words inside the writer's sentence.
    PartialQuote,
    /// Reported speech.
    IndirectQuote,
    /// A sentence stating a checkable quantity.
    Numeric,
}

impl ClaimKind {
    /// The snake_case name used in the sheet.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::DirectQuote => "direct_quote",
            ClaimKind::PartialQuote => "partial_quote",
            ClaimKind::IndirectQuote => "indirect_quote",
            ClaimKind::Numeric => "numeric",
        }
    }
}

/// One row of the claim sheet. Field order is the column order; serialising it
/// as JSON gives the JSONL keys in that order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimRow {
    /// `c-` + 12 hex digits, stable across edits elsewhere in the article.
    pub claim_id: String,
    /// Input id or path as given.
    pub doc_id: String,
    /// Row kind.
    pub kind: ClaimKind,
    /// The statement.
    pub claim_text: String,
    /// Resolved speaker, empty for the publication.
    pub speaker: String,
    /// Speaker words as written.
    pub speaker_mention: String,
    /// Speaker's role or title.
    pub speaker_title: String,
    /// Reporting words.
    pub cue: String,
    /// Hedging words.
    pub hedge: String,
    /// Quantity as written.
    pub quantity: String,
    /// Plain decimal value.
    pub value: String,
    /// Bound name.
    pub bound: String,
    /// What is counted.
    pub unit: String,
    /// Quantity kind name.
    pub quantity_kind: String,
    /// Surrounding sentence(s), at most 600 chars.
    pub sentence: String,
    /// Always `to_check` when written.
    pub status: String,
    /// For people.
    pub verdict: String,
    /// For people.
    pub checker: String,
    /// For people.
    pub evidence_url: String,
    /// For people.
    pub notes: String,
    /// From JSONL input.
    pub source_url: String,
    /// From JSONL input, else the headline line.
    pub source_title: String,
    /// From JSONL input.
    pub published: String,
    /// Claim start in Unicode scalar values.
    pub char_start: usize,
    /// Claim end in Unicode scalar values.
    pub char_end: usize,
    /// 1-based line of `char_start`.
    pub line: usize,
}

impl ClaimRow {
    /// The 23 text cells, in column order: every column but the three offsets
    /// (`char_start`, `char_end`, `line`), which [`ClaimRow::cells`] adds.
    pub fn text_cells(&self) -> [&str; 23] {
        [
            self.claim_id.as_str(),
            self.doc_id.as_str(),
            self.kind.as_str(),
            self.claim_text.as_str(),
            self.speaker.as_str(),
            self.speaker_mention.as_str(),
            self.speaker_title.as_str(),
            self.cue.as_str(),
            self.hedge.as_str(),
            self.quantity.as_str(),
            self.value.as_str(),
            self.bound.as_str(),
            self.unit.as_str(),
            self.quantity_kind.as_str(),
            self.sentence.as_str(),
            self.status.as_str(),
            self.verdict.as_str(),
            self.checker.as_str(),
            self.evidence_url.as_str(),
            self.notes.as_str(),
            self.source_url.as_str(),
            self.source_title.as_str(),
            self.published.as_str(),
        ]
    }

    /// The row's cells as text, in column order.
    pub fn cells(&self) -> [std::borrow::Cow<'_, str>; 26] {
        use std::borrow::Cow::{Borrowed, Owned};
        let t = self.text_cells();
        [
            Borrowed(t[0]),
            Borrowed(t[1]),
            Borrowed(t[2]),
            Borrowed(t[3]),
            Borrowed(t[4]),
            Borrowed(t[5]),
            Borrowed(t[6]),
            Borrowed(t[7]),
            Borrowed(t[8]),
            Borrowed(t[9]),
            Borrowed(t[10]),
            Borrowed(t[11]),
            Borrowed(t[12]),
            Borrowed(t[13]),
            Borrowed(t[14]),
            Borrowed(t[15]),
            Borrowed(t[16]),
            Borrowed(t[17]),
            Borrowed(t[18]),
            Borrowed(t[19]),
            Borrowed(t[20]),
            Borrowed(t[21]),
            Borrowed(t[22]),
            Owned(self.char_start.to_string()),
            Owned(self.char_end.to_string()),
            Owned(self.line.to_string()),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_keys_follow_column_order() {
        let row = ClaimRow {
            claim_id: "c-000000000000".into(),
            doc_id: "d".into(),
            kind: ClaimKind::Numeric,
            claim_text: String::new(),
            speaker: String::new(),
            speaker_mention: String::new(),
            speaker_title: String::new(),
            cue: String::new(),
            hedge: String::new(),
            quantity: String::new(),
            value: String::new(),
            bound: String::new(),
            unit: String::new(),
            quantity_kind: String::new(),
            sentence: String::new(),
            status: "to_check".into(),
            verdict: String::new(),
            checker: String::new(),
            evidence_url: String::new(),
            notes: String::new(),
            source_url: String::new(),
            source_title: String::new(),
            published: String::new(),
            char_start: 0,
            char_end: 0,
            line: 1,
        };
        let json = serde_json::to_value(&row).expect("row serialises");
        let keys: Vec<&str> = json.as_object().expect("object").keys().map(|k| k.as_str()).collect();
        // serde_json without preserve_order sorts keys, so compare as sets plus count.
        assert_eq!(keys.len(), CLAIM_COLUMNS.len());
        for col in CLAIM_COLUMNS {
            assert!(keys.contains(&col), "missing {col}");
        }
        let text = serde_json::to_string(&row).expect("row serialises");
        let mut last = 0;
        for col in CLAIM_COLUMNS {
            let at = text.find(&format!("\"{col}\":")).expect("key present");
            assert!(at >= last, "{col} out of order");
            last = at;
        }
        assert_eq!(row.cells().len(), CLAIM_COLUMNS.len());
    }
}
