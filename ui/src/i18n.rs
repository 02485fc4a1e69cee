//! The window's words: the catalogue of the language Spool speaks (`spool-i18n`), read once
//! from the native side before the interface is mounted.
//!
//! A language chosen in Settings is saved, then the page loads again (on Settings): every
//! word, number and date of the window follows it at once, with no restart of Spool and no
//! signal behind each word. So a text is read with [`t`] or [`tf`] where it is drawn.

use std::cell::OnceCell;
use std::sync::Arc;

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

/// The English catalogue, for the interface's own tests (which run without the native side).
#[cfg(test)]
pub fn english_for_tests() {
    set(
        Language::English,
        spool_i18n::source(Language::English),
        &spool_model::Locale::english(),
    );
}
