//! The window's words: the catalogue of the language Spool speaks (`spool-i18n`), read once
//! from the native side before the interface is mounted.
//!
//! A language chosen in Settings is saved, then the page loads again (on Settings): every
//! word, number and date of the window follows it at once, with no restart of Spool and no
//! signal behind each word. So a text is read with [`t`] or [`tf`] where it is drawn.

use std::cell::OnceCell;
use std::sync::Arc;

use leptos::prelude::*;
use spool_i18n::{Arg, Catalogue, Language, NumberStyle};

use crate::bindings;

thread_local! {
    /// The catalogue of this page load.
    static CATALOGUE: OnceCell<Arc<Catalogue>> = const { OnceCell::new() };
}

/// Reads the catalogue of the language Spool speaks, and the locale that language is written
/// in here, which it answers; English's as it stands if the native side cannot say (it always
/// can: the command reads nothing that can fail).
pub async fn load() -> spool_model::Locale {
    let (language, source) = match bindings::catalogue().await {
        Ok(catalogue) => (catalogue.language, catalogue.source),
        Err(error) => {
            leptos::logging::error!("the catalogue could not be read: {}", error.message);
            (Language::English, String::new())
        }
    };
    let locale = crate::locale::locale_for(language);
    set(language, &source, &locale);
    locale
}

/// Makes `source` this page's catalogue.
fn set(language: Language, source: &str, locale: &spool_model::Locale) {
    let numbers = NumberStyle {
        group: locale.group.clone(),
        decimal: locale.decimal.clone(),
        before_percent: NumberStyle::of(language).before_percent,
    };
    match Catalogue::from_source(language, source, numbers) {
        Ok(catalogue) => {
            CATALOGUE.with(|cell| {
                let _ = cell.set(Arc::new(catalogue));
            });
            // For screen readers, and for the style sheet's fonts of the language.
            if let Some(root) = web_sys::window()
                .and_then(|window| window.document())
                .and_then(|document| document.document_element())
            {
                let _ = root.set_attribute("lang", language.tag());
            }
        }
        Err(error) => leptos::logging::error!("{error}"),
    }
}

/// The language of this page's catalogue.
pub fn language() -> Language {
    CATALOGUE.with(|cell| cell.get().map_or(Language::English, |c| c.language()))
}

/// This page's catalogue, for what draws words itself (the charts' [`spool_charts::Style`]).
/// Before it is read, an empty one, which answers each message by its id as [`t`] does (not
/// English's bundled files, which would put every language's catalogue in the module).
pub fn catalogue() -> Arc<Catalogue> {
    CATALOGUE.with(|cell| match cell.get() {
        Some(catalogue) => Arc::clone(catalogue),
        None => Arc::new(
            Catalogue::from_source(Language::English, "", NumberStyle::english())
                .expect("an empty catalogue reads"),
        ),
    })
}

/// The message `id`.
pub fn t(id: &str) -> String {
    tf(id, &[])
}

/// The message `id` given `args`.
pub fn tf(id: &str, args: &[(&str, Arg)]) -> String {
    CATALOGUE.with(|cell| match cell.get() {
        Some(catalogue) => catalogue.format(id, args),
        None => id.to_owned(),
    })
}

/// `sentence`, kept by the native side (a failed sync's reason), said in the language the
/// window speaks now.
pub fn say(sentence: &spool_model::Sentence) -> String {
    CATALOGUE.with(|cell| match cell.get() {
        Some(catalogue) => catalogue.say(sentence),
        None => sentence.id.clone(),
    })
}

/// A part of a message whose values are drawn as elements of their own: see [`pieces`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Words of the message.
    Text(String),
    /// Where the value of the given index among those named goes.
    Value(usize),
}

/// Marks a value's place in a formatted message: a private-use character, which no
/// translation writes.
const VALUE_MARK: char = '\u{E000}';

/// Message `id` cut where each value of `names` goes, in the order its language puts them:
/// so a sentence with a name in bold or an address as code stays one message, which a
/// translator can reorder.
pub fn pieces(id: &str, names: &[&str]) -> Vec<Piece> {
    let marks: Vec<String> = (0..names.len())
        .map(|i| format!("{VALUE_MARK}{i}{VALUE_MARK}"))
        .collect();
    let args: Vec<(&str, spool_i18n::Arg)> = names
        .iter()
        .zip(&marks)
        .map(|(name, mark)| (*name, mark.as_str().into()))
        .collect();
    tf(id, &args)
        .split(VALUE_MARK)
        .enumerate()
        .filter_map(|(i, part)| {
            if i % 2 == 0 {
                (!part.is_empty()).then(|| Piece::Text(part.to_owned()))
            } else {
                part.parse().ok().map(Piece::Value)
            }
        })
        .collect()
}

/// Message `id` given `values`, each drawn in bold.
pub fn in_bold(id: &str, values: &[(&str, String)]) -> impl IntoView + use<> {
    let names: Vec<&str> = values.iter().map(|(name, _)| *name).collect();
    pieces(id, &names)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => text.into_any(),
            Piece::Value(i) => {
                let value = values.get(i).map(|(_, value)| value.clone());
                view! { <b>{value}</b> }.into_any()
            }
        })
        .collect_view()
}

/// The English catalogue, for the interface's own tests (which run without the native side).
#[cfg(test)]
pub fn english_for_tests() {
    set(
        Language::English,
        spool_i18n::source(Language::English),
        &spool_model::Locale::english(),
    );
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn a_message_is_cut_where_its_values_go() {
        english_for_tests();
        assert_eq!(
            pieces("banner-needs-login", &["account"]),
            [
                Piece::Text("Threads no longer accepts the login of ".to_owned()),
                Piece::Value(0),
                Piece::Text(
                    ". Log in again to keep its insights up to date; what Spool stored stays."
                        .to_owned()
                ),
            ]
        );
        // Values in the order the sentence puts them, whatever the order they are named in.
        let cut = pieces("settings-step-app-id", &["secret", "place", "id"]);
        let values: Vec<&Piece> = cut
            .iter()
            .filter(|piece| matches!(piece, Piece::Value(_)))
            .collect();
        assert_eq!(
            values,
            [&Piece::Value(1), &Piece::Value(2), &Piece::Value(0)]
        );
        assert_eq!(
            cut.last(),
            Some(&Piece::Text(" (not the Facebook app ID) here:".to_owned()))
        );
    }
}
