//! The languages Spool speaks, and which one a system's language tag asks for.

use serde::{Deserialize, Serialize};
use specta::Type;

/// A language Spool's interface, messages, charts and exports are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
pub enum Language {
    /// English.
    English,
    /// Traditional Chinese as written in Taiwan (zh-TW).
    ChineseTraditional,
    /// Japanese.
    Japanese,
    /// Korean.
    Korean,
    /// Portuguese as written in Brazil (pt-BR).
    PortugueseBrazil,
    /// Spanish.
    Spanish,
    /// German.
    German,
    /// Hindi.
    Hindi,
}

impl Language {
    /// Every language, in the order Settings lists them.
    pub const ALL: [Language; 8] = [
        Language::English,
        Language::ChineseTraditional,
        Language::Japanese,
        Language::Korean,
        Language::PortugueseBrazil,
        Language::Spanish,
        Language::German,
        Language::Hindi,
    ];

    /// Its BCP 47 tag, which also names its catalogue's folder.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::ChineseTraditional => "zh-TW",
            Language::Japanese => "ja",
            Language::Korean => "ko",
            Language::PortugueseBrazil => "pt-BR",
            Language::Spanish => "es",
            Language::German => "de",
            Language::Hindi => "hi",
        }
    }

    /// Its name in itself, as a language picker shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::ChineseTraditional => "繁體中文",
            Language::Japanese => "日本語",
            Language::Korean => "한국어",
            Language::PortugueseBrazil => "Português (Brasil)",
            Language::Spanish => "Español",
            Language::German => "Deutsch",
            Language::Hindi => "हिन्दी",
        }
    }

    /// The language a system's tag ("de-AT", "zh-Hant-HK", "pt_PT.UTF-8") asks for, if Spool
    /// speaks it: by its language, whatever the region. Chinese in any form is written in
    /// Traditional characters (the only Chinese Spool has); Portuguese in Brazil's.
    pub fn for_tag(tag: &str) -> Option<Language> {
        let language = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Some(match language.as_str() {
            "en" => Language::English,
            "zh" => Language::ChineseTraditional,
            "ja" => Language::Japanese,
            "ko" => Language::Korean,
            "pt" => Language::PortugueseBrazil,
            "es" => Language::Spanish,
            "de" => Language::German,
            "hi" => Language::Hindi,
            _ => return None,
        })
    }

    /// The first language of the system's, in its order of preference, that Spool speaks;
    /// English if it speaks none of them.
    pub fn first_spoken<'a>(tags: impl IntoIterator<Item = &'a str>) -> Language {
        tags.into_iter()
            .find_map(Language::for_tag)
            .unwrap_or(Language::English)
    }
}

/// The catalogue the window speaks in: its language and its Fluent source (the `spool-i18n`
/// crate reads it), sent by the native side so the window's module carries no language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct CatalogueSource {
    /// Whose.
    pub language: Language,
    /// Its messages, in Fluent.
    pub source: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_system_tag_finds_its_language_whatever_its_region_or_form() {
        assert_eq!(Language::for_tag("de-AT"), Some(Language::German));
        assert_eq!(
            Language::for_tag("pt_PT.UTF-8"),
            Some(Language::PortugueseBrazil)
        );
        assert_eq!(
            Language::for_tag("zh-Hant-HK"),
            Some(Language::ChineseTraditional)
        );
        assert_eq!(
            Language::for_tag("zh-CN"),
            Some(Language::ChineseTraditional)
        );
        assert_eq!(Language::for_tag("JA"), Some(Language::Japanese));
        assert_eq!(Language::for_tag("fr-FR"), None);
        assert_eq!(Language::for_tag(""), None);
    }

    #[test]
    fn the_first_spoken_of_the_systems_languages_is_chosen_else_english() {
        assert_eq!(
            Language::first_spoken(["fr-FR", "ko-KR", "de"]),
            Language::Korean
        );
        assert_eq!(Language::first_spoken(["fr", "it"]), Language::English);
        assert_eq!(Language::first_spoken([]), Language::English);
    }

    #[test]
    fn every_language_reads_back_from_its_own_tag() {
        for language in Language::ALL {
            assert_eq!(Language::for_tag(language.tag()), Some(language));
        }
    }
}
