//! Every name `spool-model` gives by a message id (`message_id()`) is in the English
//! catalogue, so the window, the charts and the exports never show an id instead of a word.

use spool_i18n::{Catalogue, Language, NumberStyle};
use spool_model::insights::GroupBy;
use spool_model::{
    AccountMetric, Breakdown, ChartKind, ContentGroup, DataFormat, Dataset, Granularity,
    ImageFormat, ImageLayout, LengthBucket, PostFormat, Quadrant, RangePreset, SyncPhase,
};

/// Every message id the model's enums name, with what names it.
fn model_ids() -> Vec<(String, &'static str)> {
    let mut ids: Vec<(String, &'static str)> = Vec::new();
    let mut add = |what: String, id: &'static str| ids.push((what, id));
    for m in AccountMetric::ALL {
        add(format!("{m:?}"), m.message_id());
    }
    for b in Breakdown::ALL {
        add(format!("{b:?}"), b.message_id());
    }
    for p in [
        SyncPhase::Profile,
        SyncPhase::Posts,
        SyncPhase::PostInsights,
        SyncPhase::ProfileViews,
        SyncPhase::Engagement,
        SyncPhase::LinkClicks,
        SyncPhase::Audience,
        SyncPhase::Saving,
    ] {
        add(format!("{p:?}"), p.message_id());
    }
    for d in Dataset::ALL {
        add(format!("{d:?}"), d.message_id());
    }
    for f in DataFormat::ALL {
        add(format!("{f:?}"), f.message_id());
    }
    for f in [ImageFormat::Png, ImageFormat::Svg] {
        add(format!("{f:?}"), f.message_id());
    }
    for l in ImageLayout::ALL {
        add(format!("{l:?}"), l.message_id());
    }
    let mut charts = vec![
        ChartKind::ProfileViews,
        ChartKind::Followers,
        ChartKind::BestTimes,
        ChartKind::PostGrowth {
            post_id: "1".to_owned(),
        },
        ChartKind::LinkClicks,
        ChartKind::ClicksOverTime,
        ChartKind::TopPosts,
        ChartKind::QualityMap,
        ChartKind::PostingCalendar,
        ChartKind::PostingFrequency,
        ChartKind::Words,
        ChartKind::ConversationStarters,
    ];
    charts.extend(Breakdown::ALL.map(|breakdown| ChartKind::Audience { breakdown }));
    charts.extend(
        [Granularity::Day, Granularity::Week, Granularity::Month]
            .map(|granularity| ChartKind::Engagement { granularity }),
    );
    charts.extend(GroupBy::ALL.map(|by| ChartKind::WhatToPost { by }));
    for c in &charts {
        add(format!("{c:?}"), c.message_id());
    }
    for p in RangePreset::ALL {
        add(format!("{p:?}"), p.message_id());
    }
    for f in PostFormat::ALL {
        add(format!("{f:?}"), f.message_id());
    }
    for l in LengthBucket::ALL {
        add(format!("{l:?}"), l.message_id());
    }
    let mut groups: Vec<ContentGroup> = PostFormat::ALL
        .map(|format| ContentGroup::Format { format })
        .to_vec();
    groups.extend(LengthBucket::ALL.map(|length| ContentGroup::Length { length }));
    groups.extend([true, false].map(|attached| ContentGroup::Link { attached }));
    groups.extend((0..=7).map(|weekday| ContentGroup::Weekday { weekday }));
    for g in groups {
        add(format!("{g:?}"), g.message_id());
    }
    for by in GroupBy::ALL {
        add(format!("{by:?}"), by.message_id());
    }
    for q in [
        Quadrant::Breakout,
        Quadrant::Conversation,
        Quadrant::Broadcast,
        Quadrant::Quiet,
    ] {
        add(format!("{q:?}"), q.message_id());
    }
    ids
}

#[test]
fn every_name_the_model_gives_by_id_is_in_the_english_catalogue() {
    let english = Catalogue::bundled(Language::English, NumberStyle::english());
    let missing: Vec<_> = model_ids()
        .into_iter()
        .filter(|(_, id)| !english.has(id))
        .collect();
    assert!(missing.is_empty(), "English lacks {missing:?}");
}

#[test]
fn the_english_names_are_what_the_model_labels_say() {
    let english = Catalogue::bundled(Language::English, NumberStyle::english());
    let said = |id: &str| english.text(id);
    for m in AccountMetric::ALL {
        assert_eq!(said(m.message_id()), m.label());
    }
    for d in Dataset::ALL {
        assert_eq!(said(d.message_id()), d.label());
    }
    for l in ImageLayout::ALL {
        assert_eq!(said(l.message_id()), l.label());
    }
    for p in RangePreset::ALL {
        assert_eq!(said(p.message_id()), p.label());
    }
    for f in PostFormat::ALL {
        assert_eq!(said(f.message_id()), f.label());
    }
    for l in LengthBucket::ALL {
        assert_eq!(said(l.message_id()), l.label());
    }
    for by in GroupBy::ALL {
        assert_eq!(said(by.message_id()), by.label());
        let chart = ChartKind::WhatToPost { by };
        assert_eq!(said(chart.message_id()), chart.label());
    }
    for breakdown in Breakdown::ALL {
        assert_eq!(said(breakdown.message_id()), breakdown.label());
        let chart = ChartKind::Audience { breakdown };
        assert_eq!(said(chart.message_id()), chart.label());
    }
    for weekday in 0..=7 {
        let group = ContentGroup::Weekday { weekday };
        assert_eq!(said(group.message_id()), group.label());
    }
    for attached in [true, false] {
        let group = ContentGroup::Link { attached };
        assert_eq!(said(group.message_id()), group.label());
    }
}

#[test]
fn each_id_names_one_thing() {
    let mut seen = std::collections::BTreeMap::new();
    for (what, id) in model_ids() {
        // A content group of a format or length is named as that format or length.
        let what = what
            .trim_start_matches("Format { format: ")
            .trim_start_matches("Length { length: ")
            .trim_end_matches(" }")
            .to_owned();
        if let Some(before) = seen.insert(id, what.clone()) {
            assert_eq!(before, what, "{id} names both");
        }
    }
}

/// The errors of Threads' login window are said from the catalogue in Settings and when such
/// an error page's address is pasted; in English, as the one table (and the setup guide)
/// words them.
#[test]
fn every_login_window_error_is_in_the_catalogue_as_the_table_words_it() {
    let english = Catalogue::bundled(Language::English, NumberStyle::english());
    for error in spool_model::login_errors::WINDOW_ERRORS {
        assert_eq!(
            english.text(error.meaning_id),
            error.meaning,
            "{}",
            error.code
        );
        assert_eq!(english.text(error.fix_id), error.fix, "{}", error.code);
    }
}

/// The credential stores that hold the key are named by the catalogue in Settings, errors and
/// notices; in English, as the log names them.
#[test]
fn every_credential_store_is_named_in_the_catalogue_as_the_log_names_it() {
    let english = Catalogue::bundled(Language::English, NumberStyle::english());
    for store in spool_model::SystemStore::ALL {
        assert_eq!(english.text(store.message_id()), store.label(), "{store:?}");
    }
}
