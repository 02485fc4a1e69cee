//! A sentence of the catalogue not yet said: what Spool keeps where the words outlive the
//! language they were first meant for.
//!
//! Most of what Spool says is said at once, in the language it speaks then. A failed sync's
//! reason is different: the history keeps it, and the window reads it again days later,
//! perhaps after the creator switched to another language. So the sync records a
//! [`Sentence`] (the message's id in the catalogue, `spool-i18n`, and the values it takes)
//! and whoever shows it says it in the language of the moment (`Catalogue::say`).

use serde::{Deserialize, Serialize};
use specta::Type;

/// A catalogue message and the values it is given, to be said in any language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct Sentence {
    /// The message's id in the catalogue.
    pub id: String,
    /// The values it takes, by name, in the order they were given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<(String, SentenceValue)>,
}

/// One value of a [`Sentence`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum SentenceValue {
    /// Written as it is: a name, an address, a code, what the system said.
    Text(String),
    /// Written with the language's separators; the message may choose plural forms by it.
    Number(f64),
    /// A sentence of its own, said in the same language first (a step, a reason).
    Sentence(Sentence),
}

/// The message id of a sentence kept before Spool kept sentences: its text as it was written,
/// which says it whatever the language.
pub const AS_WRITTEN: &str = "said-as-written";

impl Sentence {
    /// The message `id`, given no values yet.
    pub fn of(id: &str) -> Self {
        Self {
            id: id.to_owned(),
            values: Vec::new(),
        }
    }

    /// Text kept before Spool kept sentences, said as it was written.
    pub fn as_written(text: &str) -> Self {
        Self::of(AS_WRITTEN).with("text", text)
    }

    /// The same sentence, given `value` as `name`.
    #[must_use]
    pub fn with(mut self, name: &str, value: impl Into<SentenceValue>) -> Self {
        self.values.push((name.to_owned(), value.into()));
        self
    }
}

impl From<&str> for SentenceValue {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

impl From<&String> for SentenceValue {
    fn from(text: &String) -> Self {
        Self::Text(text.clone())
    }
}

impl From<String> for SentenceValue {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<Sentence> for SentenceValue {
    fn from(sentence: Sentence) -> Self {
        Self::Sentence(sentence)
    }
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for SentenceValue {
            fn from(n: $t) -> Self {
                // Counts far beyond 2^53 are not said anywhere in Spool.
                #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
                Self::Number(n as f64)
            }
        }
    )*};
}
numbers!(i32, i64, u32, u64, usize, f32, f64);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_is_kept_as_plain_json_and_read_back_whole() {
        let sentence = Sentence::of("error-sync-api").with(
            "reason",
            Sentence::of("error-api-rate-limited").with("code", "4"),
        );
        let json = serde_json::to_string(&sentence).expect("written");
        assert_eq!(
            json,
            r#"{"id":"error-sync-api","values":[["reason",{"sentence":{"id":"error-api-rate-limited","values":[["code",{"text":"4"}]]}}]]}"#
        );
        assert_eq!(
            serde_json::from_str::<Sentence>(&json).expect("read"),
            sentence
        );
    }
}
