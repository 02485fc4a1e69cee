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
    for entry in std::fs::read_dir(dir).expect("a source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            ids_in(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("a source file");
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
