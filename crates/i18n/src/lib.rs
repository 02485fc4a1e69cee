//! Every sentence Spool says, in each of its languages: the catalogue and how it is read.
//!
//! # Why Fluent
//!
//! The catalogue is written in [Project Fluent](https://projectfluent.org) and read with
//! `fluent-bundle`, for three reasons:
//!
//! - **The grammar stays with the translator.** A Fluent message chooses its own plural forms
//!   (by each language's CLDR rules: one form in Japanese, Korean and Chinese, two in English,
//!   Spanish and Hindi…) and its own word order; code passes named values and never glues
//!   sentences together, so "3 posts this week" can become "今週の投稿 3 件".
//! - **One catalogue for both sides.** `fluent-bundle` is pure Rust with no ICU data beyond
//!   the plural rules, so the same files and the same code serve the Rust side (errors,
//!   notifications, the tray, texts drawn into exported charts and reports) and the WASM
//!   interface. `leptos_i18n` would tie the strings to Leptos and leave the Rust side without
//!   them; gettext's `.po` has no selectors for grammatical case or gender.
//! - **Missing translations are found before a user finds them.** The English files are the
//!   source; `tests/catalogue.rs` fails when another language lacks a message English has,
//!   has one English lacks, or uses a value English does not pass.
//!
//! # Layout
//!
//! `locales/<tag>/`, one folder per [`Language`], its tag as [`Language::tag`] gives it,
//! holding one file per part of Spool ([`FILES`]: the tray, notifications and Today in
//! `spool.ftl`; the other screens; posts; the window's frame; errors; the charts; reports), read as
//! one catalogue. Message ids are kebab-case and begin with the part of Spool that says them
//! (`tray-`, `notify-`, `error-`…).
//!
//! # Numbers
//!
//! `fluent-bundle` writes numbers without grouping ("12345"). A [`Catalogue`] writes every
//! number it is given, `{ $count }` or `{ NUMBER($share, style: "percent") }`, with the
//! separators of the [`NumberStyle`] it was made with, the same ones the charts use. Fluent's
//! formatter hook is a plain function, so the style reaches it through a thread-local for the
//! length of one formatting call ([`Catalogue::format`]), and nowhere else.
//!
//! Values are not wrapped in Unicode isolation marks: the texts go to plotters' fonts, which
//! draw those marks as boxes, as well as to the web view.

#![warn(missing_docs)]

use std::cell::RefCell;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberStyle};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
pub use spool_model::{Language, Sentence, SentenceValue};
use unic_langid::LanguageIdentifier;

/// The files of each language's catalogue, one per part of Spool, in the order they are read.
pub const FILES: [&str; 7] = [
    "spool.ftl",
    "screens.ftl",
    "posts.ftl",
    "window.ftl",
    "errors.ftl",
    "charts.ftl",
    "reports.ftl",
];

/// One language's catalogue: its [`FILES`] one after another.
macro_rules! catalogue_of {
    ($tag:literal) => {
        concat!(
            include_str!(concat!("../locales/", $tag, "/spool.ftl")),
            "\n",
            include_str!(concat!("../locales/", $tag, "/screens.ftl")),
            "\n",
            include_str!(concat!("../locales/", $tag, "/posts.ftl")),
            "\n",
            include_str!(concat!("../locales/", $tag, "/window.ftl")),
            "\n",
            include_str!(concat!("../locales/", $tag, "/errors.ftl")),
            "\n",
            include_str!(concat!("../locales/", $tag, "/charts.ftl")),
            "\n",
            include_str!(concat!("../locales/", $tag, "/reports.ftl")),
        )
    };
}

/// The catalogue's source, English's and each translation's, as written in `locales/`.
pub fn source(language: Language) -> &'static str {
    match language {
        Language::English => catalogue_of!("en"),
        Language::ChineseTraditional => catalogue_of!("zh-TW"),
        Language::Japanese => catalogue_of!("ja"),
        Language::Korean => catalogue_of!("ko"),
        Language::PortugueseBrazil => catalogue_of!("pt-BR"),
        Language::Spanish => catalogue_of!("es"),
        Language::German => catalogue_of!("de"),
        Language::Hindi => catalogue_of!("hi"),
    }
}

/// How numbers are written: the separators of the user's language and region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberStyle {
    /// Between groups of digits: "," in English, "." in German.
    pub group: String,
    /// Before the fractional digits: "." in English, "," in German.
    pub decimal: String,
    /// Between a number and its percent sign: nothing in English, a no-break space in German.
    pub before_percent: String,
}

impl NumberStyle {
    /// English's: "12,345.6" and "12%".
    pub fn english() -> Self {
        Self {
            group: ",".to_owned(),
            decimal: ".".to_owned(),
            before_percent: String::new(),
        }
    }

    /// How `language` usually writes numbers, for texts written where the system's own
    /// way is not known (the tray, notifications): "12,345.6" or "12.345,6".
    pub fn of(language: Language) -> Self {
        match language {
            Language::German | Language::Spanish | Language::PortugueseBrazil => Self {
                group: ".".to_owned(),
                decimal: ",".to_owned(),
                before_percent: if language == Language::PortugueseBrazil {
                    String::new()
                } else {
                    "\u{a0}".to_owned()
                },
            },
            Language::English
            | Language::ChineseTraditional
            | Language::Japanese
            | Language::Korean
            | Language::Hindi => Self::english(),
        }
    }

    /// `value` with at most `fraction_digits` digits after the separator (fewer when they
    /// would be zeros), and its thousands grouped.
    pub fn number(&self, value: f64, fraction_digits: usize) -> String {
        let fixed = format!("{:.*}", fraction_digits, value.abs());
        let (whole, fraction) = fixed.split_once('.').unwrap_or((&fixed, ""));
        let fraction = fraction.trim_end_matches('0');
        let mut out = String::new();
        if value < 0.0 && fixed.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
            out.push('-');
        }
        out.push_str(&spool_model::group_digits(whole, &self.group));
        if !fraction.is_empty() {
            out.push_str(&self.decimal);
            out.push_str(fraction);
        }
        out
    }

    /// A change with its sign: "+26", "−3" (a minus sign, not a hyphen), "0".
    pub fn change(&self, delta: i64) -> String {
        format!(
            "{}{}",
            spool_model::sign_of_change(delta),
            spool_model::group_digits(&delta.unsigned_abs().to_string(), &self.group)
        )
    }

    /// How Fluent's number is written in this style.
    fn write(&self, number: &FluentNumber) -> String {
        let digits = |fallback| number.options.maximum_fraction_digits.unwrap_or(fallback);
        match number.options.style {
            FluentNumberStyle::Percent => format!(
                "{}{}%",
                self.number(number.value * 100.0, digits(0)),
                self.before_percent
            ),
            _ => self.number(number.value, digits(3)),
        }
    }
}

/// A value a message is given: a text, a number it may choose its words by, or a sentence said
/// first in the same language. It is the model's [`SentenceValue`], so values said at once and
/// values kept to be said later ([`Sentence`]) are given alike.
pub use spool_model::SentenceValue as Arg;

thread_local! {
    /// The style of the catalogue formatting on this thread now (see the crate's docs).
    static WRITING: RefCell<Option<NumberStyle>> = const { RefCell::new(None) };
}

/// Fluent's formatter hook: numbers in the style of the catalogue formatting now.
fn write_number(
    value: &FluentValue,
    _: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    WRITING.with(|writing| writing.borrow().as_ref().map(|style| style.write(number)))
}

/// One language's messages, with English behind it for any it lacks.
pub struct Catalogue {
    language: Language,
    numbers: NumberStyle,
    bundle: FluentBundle<FluentResource>,
    english: Option<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue")
            .field("language", &self.language)
            .field("numbers", &self.numbers)
            .finish_non_exhaustive()
    }
}

/// Why a catalogue could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogueError {
    /// A file of it is not Fluent.
    #[error("the {language:?} catalogue is not valid Fluent: {errors}")]
    Unreadable {
        /// Whose.
        language: Language,
        /// What the parser said, each error on a line.
        errors: String,
    },
    /// A message is written twice.
    #[error("the {language:?} catalogue writes a message twice: {errors}")]
    Repeated {
        /// Whose.
        language: Language,
        /// Which.
        errors: String,
    },
}

impl Catalogue {
    /// `language`'s catalogue as bundled with Spool, numbers written in `numbers`.
    pub fn bundled(language: Language, numbers: NumberStyle) -> Self {
        // The bundled files are checked by this crate's tests, so they always read.
        Self::from_sources(
            language,
            source(language),
            source(Language::English),
            numbers,
        )
        .unwrap_or_else(|_| Self::english_only(NumberStyle::english()))
    }

    /// A catalogue read from `source`, with `english` behind it.
    pub fn from_sources(
        language: Language,
        source: &str,
        english: &str,
        numbers: NumberStyle,
    ) -> Result<Self, CatalogueError> {
        let english = if language == Language::English {
            None
        } else {
            Some(bundle(Language::English, english)?)
        };
        Ok(Self {
            language,
            numbers,
            bundle: bundle(language, source)?,
            english,
        })
    }

    /// A catalogue read from `source` alone, as the window gets it from the native side (the
    /// tests see to it that every bundled language has every message, so no English need
    /// stand behind it).
    pub fn from_source(
        language: Language,
        source: &str,
        numbers: NumberStyle,
    ) -> Result<Self, CatalogueError> {
        Ok(Self {
            language,
            numbers,
            bundle: bundle(language, source)?,
            english: None,
        })
    }

    /// English alone, the catalogue of last resort.
    fn english_only(numbers: NumberStyle) -> Self {
        Self {
            language: Language::English,
            numbers,
            bundle: bundle(Language::English, source(Language::English))
                .unwrap_or_else(|_| FluentBundle::new_concurrent(vec![langid(Language::English)])),
            english: None,
        }
    }

    /// The language it speaks.
    pub fn language(&self) -> Language {
        self.language
    }

    /// How it writes numbers.
    pub fn numbers(&self) -> &NumberStyle {
        &self.numbers
    }

    /// Whether it (or English behind it) has the message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id) || self.english.as_ref().is_some_and(|e| e.has_message(id))
    }

    /// The message `id` given no values.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// `sentence` said in this catalogue's language, the sentences among its values said
    /// first.
    pub fn say(&self, sentence: &Sentence) -> String {
        let args: Vec<(&str, Arg)> = sentence
            .values
            .iter()
            .map(|(name, value)| (name.as_str(), value.clone()))
            .collect();
        self.format(&sentence.id, &args)
    }

    /// The message `id` given `args`; its id itself if no catalogue has it (the tests see to
    /// it that none lacks one).
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let fluent_args = (!args.is_empty()).then(|| {
            let mut fluent_args = FluentArgs::with_capacity(args.len());
            for (name, arg) in args {
                match arg {
                    Arg::Text(text) => fluent_args.set(*name, text.as_str()),
                    Arg::Number(n) => fluent_args.set(*name, *n),
                    // Said before this message's numbers are written (see the crate's docs).
                    Arg::Sentence(inner) => fluent_args.set(*name, self.say(inner)),
                }
            }
            fluent_args
        });
        let from = [Some(&self.bundle), self.english.as_ref()];
        let Some((bundle, pattern)) = from.into_iter().flatten().find_map(|bundle| {
            let pattern = bundle.get_message(id)?.value()?;
            Some((bundle, pattern))
        }) else {
            return id.to_owned();
        };
        WRITING.with(|writing| *writing.borrow_mut() = Some(self.numbers.clone()));
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
            .into_owned();
        WRITING.with(|writing| *writing.borrow_mut() = None);
        text
    }
}

/// `language`'s identifier, whose language chooses the plural rules.
fn langid(language: Language) -> LanguageIdentifier {
    language
        .tag()
        .parse()
        .unwrap_or_else(|_| LanguageIdentifier::default())
}

/// A bundle of `source`, numbers written by [`write_number`].
fn bundle(
    language: Language,
    source: &str,
) -> Result<FluentBundle<FluentResource>, CatalogueError> {
    let resource = FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| {
        CatalogueError::Unreadable {
            language,
            errors: join(&errors),
        }
    })?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid(language)]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(write_number));
    // NUMBER() for percentages and fraction digits; the bundle is new, so nothing clashes.
    let _ = bundle.add_builtins();
    bundle
        .add_resource(resource)
        .map_err(|errors| CatalogueError::Repeated {
            language,
            errors: join(&errors),
        })?;
    Ok(bundle)
}

/// Errors, a line each.
fn join<E: std::fmt::Debug>(errors: &[E]) -> String {
    let lines: Vec<String> = errors.iter().map(|e| format!("{e:?}")).collect();
    lines.join("\n")
}
