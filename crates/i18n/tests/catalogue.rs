//! The catalogue is whole in every language: each has every message English has and no
//! other, uses no value English does not pass, and formats every message without error.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use spool_i18n::{Arg, Catalogue, Language, NumberStyle, source};

/// Each message's id and the values (`$name`) it uses.
fn messages(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source(language))
        .unwrap_or_else(|(_, errors)| panic!("{language:?} is not valid Fluent: {errors:?}"));
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let mut values = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    values_in_pattern(pattern, &mut values);
                }
                for attribute in &message.attributes {
                    values_in_pattern(&attribute.value, &mut values);
                }
                let id = message.id.name.to_owned();
                assert!(
                    messages.insert(id.clone(), values).is_none(),
                    "{language:?} writes {id} twice"
                );
            }
            Entry::Junk { content } => panic!("{language:?} has unreadable lines: {content}"),
            _ => {}
        }
    }
    messages
}

fn values_in_pattern(pattern: &Pattern<&str>, values: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            values_in_expression(expression, values);
        }
    }
}

fn values_in_expression(expression: &Expression<&str>, values: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            values_in_inline(selector, values);
            for variant in variants {
                values_in_pattern(&variant.value, values);
            }
        }
        Expression::Inline(inline) => values_in_inline(inline, values),
    }
}

fn values_in_inline(inline: &InlineExpression<&str>, values: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            values.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                values_in_inline(argument, values);
            }
        }
        InlineExpression::Placeable { expression } => values_in_expression(expression, values),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_english_has_and_no_other() {
    let english = messages(Language::English);
    assert!(!english.is_empty());
    for language in Language::ALL {
        let theirs = messages(language);
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !theirs.contains_key(*id))
            .collect();
        let extra: Vec<_> = theirs
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{language:?} has messages English lacks: {extra:?}"
        );
        for (id, values) in &theirs {
            let unknown: Vec<_> = values.difference(&english[id]).collect();
            assert!(
                unknown.is_empty(),
                "{language:?}'s {id} uses {unknown:?}, which English does not pass"
            );
        }
    }
}

#[test]
fn every_message_formats_in_every_language_given_the_values_english_passes() {
    let english = messages(Language::English);
    for language in Language::ALL {
        let catalogue = Catalogue::bundled(language, NumberStyle::english());
        assert_eq!(catalogue.language(), language, "its own catalogue reads");
        for (id, values) in &english {
            // Numbers, which every value may be: a text where a number is chosen by would
            // fall to the default variant, which is still a sentence.
            for n in [0, 1, 2, 5, 21, 1000] {
                let args: Vec<(&str, Arg)> =
                    values.iter().map(|v| (v.as_str(), Arg::from(n))).collect();
                let text = catalogue.format(id, &args);
                assert!(!text.trim().is_empty(), "{language:?}'s {id} is empty");
                assert_ne!(&text, id, "{language:?}'s {id} did not format");
                assert!(!text.contains('{'), "{language:?}'s {id}: {text}");
            }
        }
    }
}

#[test]
fn numbers_are_written_with_the_catalogues_separators() {
    let german = NumberStyle {
        group: ".".to_owned(),
        decimal: ",".to_owned(),
        before_percent: "\u{a0}".to_owned(),
    };
    assert_eq!(german.number(1_234_567.891, 2), "1.234.567,89");
    assert_eq!(german.number(-0.001, 2), "0");
    assert_eq!(NumberStyle::english().number(999.0, 0), "999");
    assert_eq!(NumberStyle::english().number(-12_345.5, 1), "-12,345.5");
}

/// What a message id looks like where code names one: kebab-case words.
fn is_message_id(text: &str) -> bool {
    text.contains('-')
        && text.starts_with(|c: char| c.is_ascii_lowercase())
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !text.ends_with('-')
}

/// The message ids in the Rust files below `dir`: each string literal shaped like one, and
/// whether it is given straight to the catalogue (`t("…")`, `tf("…", …)`, `.text("…")`,
/// `.format("…", …)`), where it must be a message; elsewhere it may be a CSS name.
fn ids_in(dir: &std::path::Path, found: &mut BTreeMap<String, bool>) {
    for (_, text) in rust_files(dir) {
        // Between quotes: good enough for ids, which hold no quote or escape.
        let parts: Vec<&str> = text.split('"').collect();
        for (i, part) in parts.iter().enumerate() {
            if i % 2 == 1 && is_message_id(part) {
                let before = parts[i - 1].trim_end();
                let given = ["t(", "tf(", ".text(", ".format("]
                    .iter()
                    .any(|call| before.ends_with(call));
                *found.entry((*part).to_owned()).or_default() |= given;
            }
        }
    }
}

/// Every Rust file below `dir`, with its text.
fn rust_files(dir: &std::path::Path) -> Vec<(std::path::PathBuf, String)> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("a source file");
            files.push((path, text));
        }
    }
    files
}

#[test]
fn every_message_the_code_gives_the_catalogue_is_in_it_and_every_message_is_named() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut named = BTreeMap::new();
    for dir in [
        "ui/src",
        "src-tauri",
        "crates/core/src",
        "crates/charts/src",
        "crates/model/src",
    ] {
        ids_in(&root.join(dir), &mut named);
    }
    let english = messages(Language::English);
    let unknown: Vec<_> = named
        .iter()
        .filter(|(id, given)| **given && !english.contains_key(*id))
        .map(|(id, _)| id)
        .collect();
    assert!(
        unknown.is_empty(),
        "the code asks for messages English lacks: {unknown:?}"
    );
    let unused: Vec<_> = english
        .keys()
        .filter(|id| !named.contains_key(*id))
        .collect();
    assert!(
        unused.is_empty(),
        "no code names these messages: {unused:?}"
    );
}

#[test]
fn a_list_is_joined_as_each_language_joins_one() {
    let joined =
        |language| Catalogue::bundled(language, NumberStyle::english()).text("list-separator");
    assert_eq!(joined(Language::English), ", ");
    assert_eq!(joined(Language::Japanese), "、");
    assert_eq!(joined(Language::ChineseTraditional), "、");
}

#[test]
fn every_language_is_written_in_the_same_files() {
    let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for language in Language::ALL {
        let mut files: Vec<String> = std::fs::read_dir(locales.join(language.tag()))
            .expect("a language's folder")
            .flatten()
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .collect();
        files.sort();
        let mut expected: Vec<String> = spool_i18n::FILES.iter().map(|f| (*f).to_owned()).collect();
        expected.sort();
        assert_eq!(
            files, expected,
            "{language:?}: a file not read, or one missing"
        );
    }
}

/// Literals of `text` that a user would read if they were English: text between a view's
/// tags, and the values of attributes a user reads (`aria-label`, `title`, `placeholder`,
/// `alt`). The code's tests, at the end of each file, are not read.
fn words_in_views(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let is_words = |literal: &str| {
        let letters = literal.chars().filter(|c| c.is_alphabetic()).count();
        letters >= 2 && !is_message_id(literal) && !KEPT_AS_THEY_ARE.contains(&literal)
    };
    for line in text.lines() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        let code = line.trim();
        if code.starts_with("//") {
            continue;
        }
        // A literal alone on its line, or right after a tag's `>` (not a match arm's `=>`),
        // or right before a closing tag.
        let mut literals: Vec<&str> = Vec::new();
        if code.len() > 1
            && code.starts_with('"')
            && code.ends_with('"')
            && code.matches('"').count() == 2
        {
            literals.push(&code[1..code.len() - 1]);
        }
        for (at, _) in line.match_indices(">\"") {
            let before = line[..at].chars().last();
            if matches!(before, Some('=' | '-')) {
                continue;
            }
            if let Some(end) = line[at + 2..].find('"') {
                literals.push(&line[at + 2..at + 2 + end]);
            }
        }
        for attribute in ["aria-label=\"", "title=\"", "placeholder=\"", "alt=\""] {
            for (at, _) in line.match_indices(attribute) {
                let start = at + attribute.len();
                if let Some(end) = line[start..].find('"') {
                    literals.push(&line[start..start + end]);
                }
            }
        }
        found.extend(
            literals
                .into_iter()
                .filter(|l| is_words(l))
                .map(str::to_owned),
        );
    }
    found
}

/// Words the window shows in every language as they are.
const KEPT_AS_THEY_ARE: [&str; 1] = ["Spool"];

#[test]
fn no_view_of_the_window_writes_english_of_its_own() {
    let ui = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src");
    let found: Vec<String> = rust_files(&ui)
        .into_iter()
        .flat_map(|(path, text)| {
            words_in_views(&text)
                .into_iter()
                .map(move |words| format!("{}: {words:?}", path.display()))
        })
        .collect();
    assert!(
        found.is_empty(),
        "words the window shows that are not read from the catalogue:\n{}",
        found.join("\n")
    );
    // The check itself finds what it is for.
    assert_eq!(
        words_in_views("view! { <p class=\"muted\">\"Starting…\"</p> }"),
        ["Starting…"]
    );
    assert_eq!(
        words_in_views("<button title=\"Close the list\">"),
        ["Close the list"]
    );
    assert!(words_in_views("Kind::Text => \"Text\",").is_empty());
}
