//! Words and hashtags of a post, counted so that every script the creator writes in is
//! counted sensibly.
//!
//! - **Hashtags** (`#` at the start of a word, then letters, digits or `_`, in any script) are
//!   kept whole, lower-cased, with their `#`; the tag is not counted again as a word.
//! - Links (`http://`, `https://`, `www.`) and mentions (`@name`) are not words.
//! - **Spaced scripts** (Latin, Cyrillic, Greek, Hangul...) are split into words by Unicode's
//!   word boundaries (UAX #29, the `unicode-segmentation` crate), lower-cased; numbers, single
//!   letters and a short list of English, Spanish, Portuguese and German function words are
//!   left out. Korean is spaced, so a Korean word comes out whole, with any particle attached.
//! - **Chinese and Japanese** are not spaced, and Unicode's boundaries give one ideograph per
//!   word, so each run of them is cut by script: Han (ideographs) into overlapping two-character
//!   pairs (bigrams: 咖啡店 gives 咖啡 and 啡店; a lone ideograph stays one word), the way search
//!   engines index these languages without a dictionary, since most of their words are two
//!   characters long; a Katakana run (loanwords: コーヒー) whole; Hiragana, which is mostly
//!   grammar (particles, endings), not at all.
//! - A word counts once per post however often the post repeats it.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

use unicode_segmentation::UnicodeSegmentation;

/// Function words too common to say anything about a post: English, Spanish, Portuguese and
/// German, and a few Chinese pairs of the same kind.
const STOP_WORDS: &[&str] = &[
    // English
    "the", "an", "and", "or", "but", "of", "to", "in", "on", "for", "with", "at", "by", "from",
    "is", "are", "was", "were", "be", "been", "am", "it", "its", "it's", "this", "that", "these",
    "those", "you", "he", "she", "we", "they", "me", "my", "your", "our", "his", "her", "their",
    "them", "us", "so", "not", "no", "do", "does", "did", "have", "has", "had", "will", "would",
    "can", "just", "if", "as", "what", "all", "about", "up", "out", "than", "then", "there", "i'm",
    "i've", "don't", "im", "get", "got", "too", "very", "how", "who", "when", "more",
    // Spanish
    "el", "la", "los", "las", "de", "del", "que", "en", "un", "una", "es", "por", "con", "para",
    "lo", "se", "mi", "su", "al", "como", "más", "pero", "muy", "ya", "yo", "tu",
    // Portuguese
    "os", "as", "do", "da", "dos", "das", "em", "um", "uma", "é", "não", "na", "no", "meu", "minha",
    "mais", "mas", "eu", "você", // German
    "der", "die", "das", "und", "ist", "nicht", "ich", "du", "er", "sie", "es", "wir", "ihr",
    "ein", "eine", "zu", "mit", "auf", "für", "von", "den", "dem", "im", "auch", "sich",
    // Chinese
    "我们", "你们", "他们", "一个", "这个", "那个", "什么", "没有", "不是", "就是", "可以", "自己",
];

/// [`STOP_WORDS`] as a set: every word of every post is looked up, and a scan of the list
/// for each took a third of the content insights of 10,000 posts.
static STOP_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| STOP_WORDS.iter().copied().collect());

/// Whether `word` is a function word (see [`STOP_WORDS`]).
fn is_stop_word(word: &str) -> bool {
    STOP_SET.contains(word)
}

/// Whether `c` is an ideograph (Han), or the iteration mark 々 that repeats one.
fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3134F}'
        | '\u{3005}')
}

/// Whether `c` is Katakana (with the long-vowel mark ー and the half-width forms).
fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A0}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}')
}

/// Whether `c` is Hiragana.
fn is_hiragana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{309F}')
}

/// The script class of a character, for cutting unspaced text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Han,
    Katakana,
    Hiragana,
    Spaced,
}

fn script(c: char) -> Script {
    if is_han(c) {
        Script::Han
    } else if is_katakana(c) {
        Script::Katakana
    } else if is_hiragana(c) {
        Script::Hiragana
    } else {
        Script::Spaced
    }
}

/// The distinct words and hashtags of `text` (see the module's notes), sorted. Most are
/// borrowed from `text`: only a word that changes when lower-cased is copied.
pub(crate) fn words(text: &str) -> Vec<Cow<'_, str>> {
    let starts = |chunk: &str, prefix: &str| {
        chunk
            .get(..prefix.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
    };
    let mut found = Vec::new();
    // Whitespace ends every word and every run of a script, so each chunk is cut alone.
    for chunk in text.split_whitespace() {
        if starts(chunk, "http://")
            || starts(chunk, "https://")
            || starts(chunk, "www.")
            || chunk.starts_with('@')
        {
            continue;
        }
        let rest = match chunk.strip_prefix('#') {
            Some(rest) => {
                let end = rest
                    .char_indices()
                    .find(|&(_, c)| !(c.is_alphanumeric() || c == '_'))
                    .map_or(rest.len(), |(i, _)| i);
                if end > 0 {
                    found.push(Cow::Owned(format!("#{}", rest[..end].to_lowercase())));
                }
                &rest[end..]
            }
            None => chunk,
        };
        // Cut into runs of one script class each.
        let mut start = 0;
        let mut class = None;
        for (i, c) in rest.char_indices() {
            let this = script(c);
            if let Some(before) = class.filter(|&before| before != this) {
                run_words(&rest[start..i], before, &mut found);
                start = i;
            }
            class = Some(this);
        }
        if let Some(class) = class {
            run_words(&rest[start..], class, &mut found);
        }
    }
    found.sort_unstable();
    found.dedup();
    found
}

/// The words of one run of `class`, added to `found`.
fn run_words<'t>(run: &'t str, class: Script, found: &mut Vec<Cow<'t, str>>) {
    match class {
        Script::Spaced => {
            for word in run.unicode_words() {
                if word.chars().filter(|c| c.is_alphabetic()).nth(1).is_none() {
                    continue;
                }
                let mut word = if word.chars().any(char::is_uppercase) {
                    Cow::Owned(word.to_lowercase())
                } else {
                    Cow::Borrowed(word)
                };
                if word.contains('\u{2019}') {
                    word = Cow::Owned(word.replace('\u{2019}', "'"));
                }
                if !is_stop_word(&word) {
                    found.push(word);
                }
            }
        }
        Script::Han => {
            let starts: Vec<usize> = run.char_indices().map(|(i, _)| i).collect();
            if starts.len() == 1 {
                found.push(Cow::Borrowed(run));
            }
            // Each pair of neighbours: from one character's start to the end of the next.
            for (k, &from) in starts
                .iter()
                .enumerate()
                .take(starts.len().saturating_sub(1))
            {
                let to = starts.get(k + 2).copied().unwrap_or(run.len());
                let pair = &run[from..to];
                if !is_stop_word(pair) {
                    found.push(Cow::Borrowed(pair));
                }
            }
        }
        Script::Katakana => {
            // A lone ー or ・ is punctuation, not a word.
            if run.chars().filter(|&c| c != 'ー' && c != '・').count() >= 2 {
                found.push(Cow::Borrowed(run));
            }
        }
        Script::Hiragana => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(text: &str) -> Vec<String> {
        words(text).into_iter().map(Cow::into_owned).collect()
    }

    #[test]
    fn english_words_are_lower_cased_counted_once_and_function_words_left_out() {
        assert_eq!(
            listed("The kiln is HOT, the Kiln is hot! 2 pots: 12 of 40 sold."),
            ["hot", "kiln", "pots", "sold"]
        );
    }

    #[test]
    fn hashtags_links_and_mentions() {
        assert_eq!(
            listed("New glaze #Ceramics! see https://mara.example/shop and thanks @jo.makes #陶芸"),
            ["#ceramics", "#陶芸", "glaze", "new", "see", "thanks"]
        );
    }

    #[test]
    fn chinese_is_counted_in_pairs_of_characters_not_one_word_per_post() {
        // "I like the coffee in this coffee shop": no spaces at all.
        assert_eq!(
            listed("我喜欢这家咖啡店的咖啡。"),
            [
                "咖啡", "啡店", "喜欢", "家咖", "店的", "我喜", "欢这", "的咖", "这家"
            ]
        );
        // The same word in two posts is the same token.
        assert!(words("今天的咖啡很好").iter().any(|w| w == "咖啡"));
    }

    #[test]
    fn japanese_keeps_kanji_pairs_and_katakana_words_and_drops_hiragana_grammar() {
        // "I drank coffee in Tokyo today."
        assert_eq!(
            listed("今日は東京でコーヒーを飲みました"),
            ["コーヒー", "今日", "東京", "飲"]
        );
    }

    #[test]
    fn korean_and_accented_words_come_out_whole() {
        assert_eq!(
            listed("오늘 커피 정말 맛있어요 — café au lait, não é?"),
            ["au", "café", "lait", "맛있어요", "오늘", "정말", "커피"]
        );
    }
}
