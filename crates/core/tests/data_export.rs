//! Data export round trips: every dataset written as CSV and as JSON, read back with a CSV
//! reader and a JSON parser, says exactly what the screens (the analytics) say, including text
//! that fights CSV (commas, quotes, line breaks, formulas, emoji) and values Threads never
//! reported (an empty cell, a null; never a 0).

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{Value, json};
use spool_core::data_export::{
    CSV_BYTE_ORDER_MARK, ExportError, ExportRequest, columns, export_data,
};
use spool_core::history::{History, SyncSnapshot};
use spool_core::{analytics, insights};
use spool_model::{
    Breakdown, Comparison, DailyValue, DataFormat, Dataset, DateRange, DemographicSegment,
    Demographics, LinkClicks, MediaType, Post, PostMetrics, Profile,
};

const ACCOUNT: &str = "1001";
const TRICKY: &str = "=HYPERLINK(\"x\"), \"quoted\"\nsecond line — café 🎉 naïve";
const TRICKY_ID: &str = "17890000000000001";
const IMAGE_ID: &str = "17890000000000002";
const FORMULA_LINK: &str = "=cmd|' /C calc'!A0";
const COMMA_LINK: &str = "https://mara.example/blog?a=1,b=2";
const SHOP_LINK: &str = "https://mara.example/shop";

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).expect("moment").to_utc()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("day")
}

fn first_read() -> DateTime<Utc> {
    at("2025-01-10T18:00:00Z")
}

fn second_read() -> DateTime<Utc> {
    at("2025-01-20T18:00:00Z")
}

fn january() -> DateRange {
    DateRange::new(day(2025, 1, 1), day(2025, 1, 31), day(2025, 2, 1)).expect("range")
}

fn post(id: &str, media_type: MediaType, text: Option<&str>, published: &str) -> Post {
    Post {
        id: id.to_owned(),
        media_type,
        text: text.map(str::to_owned),
        published_at: at(published),
        permalink: (media_type == MediaType::TextPost)
            .then(|| format!("https://www.threads.net/@mara.makes/post/{id}")),
        shortcode: None,
        is_quote_post: false,
        link_attachment_url: None,
    }
}

fn metrics(views: Option<u64>, likes: u64, shares: Option<u64>) -> PostMetrics {
    PostMetrics {
        views,
        likes: Some(likes),
        replies: Some(4),
        reposts: Some(2),
        quotes: Some(1),
        shares,
    }
}

fn segments(pairs: &[(&str, u64)]) -> Vec<DemographicSegment> {
    pairs
        .iter()
        .map(|(key, followers)| DemographicSegment {
            key: (*key).to_owned(),
            followers: *followers,
        })
        .collect()
}

fn views(days: std::ops::RangeInclusive<u32>, missing: u32) -> Vec<DailyValue> {
    days.map(|d| DailyValue {
        day: day(2025, 1, d),
        value: (d != missing).then_some(u64::from(d) * 10),
    })
    .collect()
}

/// The account every sync here is of.
fn profile() -> Profile {
    Profile {
        id: ACCOUNT.to_owned(),
        username: "mara.makes".to_owned(),
        name: Some("Mara".to_owned()),
        picture_url: None,
        biography: None,
        is_verified: false,
    }
}

/// Two syncs ten days apart, as Spool would have written them.
fn history() -> History {
    let history = History::in_memory().expect("history");
    let profile = profile();
    let tricky = post(
        TRICKY_ID,
        MediaType::TextPost,
        Some(TRICKY),
        "2025-01-05T17:00:00Z",
    );
    let old = post(
        "17890000000000000",
        MediaType::TextPost,
        Some("-minus first"),
        "2024-12-20T17:00:00Z",
    );
    let image = post(
        IMAGE_ID,
        MediaType::Image,
        Some("Plain, simple"),
        "2025-01-15T20:00:00Z",
    );
    let repost = post(
        "17890000000000003",
        MediaType::RepostFacade,
        None,
        "2025-01-16T12:00:00Z",
    );
    history
        .write_snapshot(&SyncSnapshot {
            profile: profile.clone(),
            taken_at: first_read(),
            posts: vec![tricky.clone(), old.clone()],
            post_metrics: vec![
                (TRICKY_ID.to_owned(), metrics(Some(100), 3, None)),
                (old.id.clone(), metrics(Some(50), 1, Some(0))),
            ],
            profile_views: views(1..=9, 4),
            engagement: Vec::new(),
            link_clicks: Some((
                day(2024, 12, 20),
                day(2025, 1, 9),
                vec![
                    LinkClicks {
                        url: SHOP_LINK.to_owned(),
                        clicks: 10,
                    },
                    LinkClicks {
                        url: FORMULA_LINK.to_owned(),
                        clicks: 1,
                    },
                ],
            )),
            followers: Some(150),
            demographics: vec![Demographics {
                breakdown: Breakdown::Country,
                segments: segments(&[("US", 80), ("GB", 40), ("FR", 30)]),
            }],
        })
        .expect("first sync");
    history
        .write_snapshot(&SyncSnapshot {
            profile,
            taken_at: second_read(),
            posts: vec![tricky, old, image, repost],
            post_metrics: vec![
                // Threads reported no shares for this post, and no views for the image.
                (TRICKY_ID.to_owned(), metrics(Some(1200), 30, None)),
                (IMAGE_ID.to_owned(), metrics(None, 5, Some(3))),
            ],
            profile_views: views(10..=19, 12),
            engagement: Vec::new(),
            link_clicks: Some((
                day(2024, 12, 20),
                day(2025, 1, 19),
                vec![
                    LinkClicks {
                        url: SHOP_LINK.to_owned(),
                        clicks: 25,
                    },
                    LinkClicks {
                        url: COMMA_LINK.to_owned(),
                        clicks: 7,
                    },
                    LinkClicks {
                        url: FORMULA_LINK.to_owned(),
                        clicks: 2,
                    },
                ],
            )),
            followers: Some(162),
            demographics: vec![
                Demographics {
                    breakdown: Breakdown::Country,
                    segments: segments(&[("US", 85), ("FR", 35), ("DE", 12)]),
                },
                Demographics {
                    breakdown: Breakdown::City,
                    segments: segments(&[("Paris, Île-de-France", 20), ("Zürich, Zürich", 9)]),
                },
                Demographics {
                    breakdown: Breakdown::Gender,
                    segments: segments(&[("F", 90), ("M", 60), ("U", 12)]),
                },
            ],
        })
        .expect("second sync");
    history
}

fn request(
    dataset: Dataset,
    range: Option<DateRange>,
    format: DataFormat,
) -> ExportRequest<'static> {
    ExportRequest {
        account_id: ACCOUNT,
        username: "mara.makes",
        dataset,
        range,
        format,
        exported_at: at("2025-02-01T09:30:00Z"),
        utc_offset_minutes: 0,
        app_version: "0.1.0",
    }
}

/// The CSV's rows, each as column → cell, after checking the BOM, the header and CRLF endings.
fn csv_rows(
    history: &History,
    dataset: Dataset,
    range: Option<DateRange>,
) -> Vec<BTreeMap<String, String>> {
    let bytes = export_data(history, &request(dataset, range, DataFormat::Csv)).expect("exported");
    assert!(
        bytes.starts_with(CSV_BYTE_ORDER_MARK),
        "Excel needs the BOM"
    );
    let text = std::str::from_utf8(&bytes).expect("UTF-8");
    assert!(text.ends_with("\r\n"));
    let mut reader = csv::Reader::from_reader(&bytes[CSV_BYTE_ORDER_MARK.len()..]);
    let header: Vec<String> = reader
        .headers()
        .expect("header row")
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header, columns(dataset));
    reader
        .records()
        .map(|record| {
            let record = record.expect("record");
            assert_eq!(record.len(), header.len());
            header
                .iter()
                .cloned()
                .zip(record.iter().map(str::to_owned))
                .collect()
        })
        .collect()
}

/// The JSON document, after checking its header.
fn json_rows(history: &History, dataset: Dataset, range: Option<DateRange>) -> Vec<Value> {
    let bytes = export_data(history, &request(dataset, range, DataFormat::Json)).expect("exported");
    let document: Value = serde_json::from_slice(&bytes).expect("JSON");
    assert_eq!(
        document["dataset"],
        serde_json::to_value(dataset).expect("name")
    );
    assert_eq!(
        document["account"],
        json!({"id": ACCOUNT, "username": "mara.makes"})
    );
    assert_eq!(document["exported_at"], "2025-02-01T09:30:00Z");
    assert_eq!(document["app_version"], "0.1.0");
    let rows = document["rows"].as_array().expect("rows").clone();
    for row in &rows {
        let keys: Vec<&str> = row
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        let mut expected = columns(dataset).to_vec();
        expected.sort_unstable();
        let mut keys = keys;
        keys.sort_unstable();
        assert_eq!(keys, expected);
    }
    rows
}

fn cell<'a>(row: &'a BTreeMap<String, String>, column: &str) -> &'a str {
    row.get(column).map(String::as_str).expect("column")
}

#[test]
fn posts_round_trip_with_hostile_text_and_unreported_values() {
    let history = history();
    let screen = analytics::posts(&history, ACCOUNT, at("2025-02-01T09:30:00Z")).expect("posts");
    let csv = csv_rows(&history, Dataset::Posts, None);
    let json = json_rows(&history, Dataset::Posts, None);
    assert_eq!(csv.len(), screen.len());
    assert_eq!(json.len(), screen.len());
    for ((row, csv), json) in screen.iter().zip(&csv).zip(&json) {
        assert_eq!(cell(csv, "post_id"), row.post.id);
        assert_eq!(json["post_id"], row.post.id.as_str());
        let published = row
            .post
            .published_at
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        assert_eq!(cell(csv, "published_at"), published);
        assert_eq!(json["published_at"], published.as_str());
        let m = row.metrics.unwrap_or_default();
        for (column, value) in [
            ("views", m.views),
            ("likes", m.likes),
            ("replies", m.replies),
            ("reposts", m.reposts),
            ("quotes", m.quotes),
            ("shares", m.shares),
        ] {
            assert_eq!(
                cell(csv, column),
                value.map(|v| v.to_string()).unwrap_or_default()
            );
            assert_eq!(json[column], value.map_or(Value::Null, Value::from));
        }
        match row.engagement_rate {
            Some(rate) => {
                let read: f64 = cell(csv, "engagement_per_100_views")
                    .parse()
                    .expect("number");
                assert_eq!(read, rate);
                assert_eq!(json["engagement_per_100_views"].as_f64(), Some(rate));
            }
            None => {
                assert_eq!(cell(csv, "engagement_per_100_views"), "");
                assert!(json["engagement_per_100_views"].is_null());
            }
        }
    }

    // Newest first, as the posts screen lists them.
    let ids: Vec<&str> = csv.iter().map(|r| cell(r, "post_id")).collect();
    assert_eq!(
        ids,
        [
            "17890000000000003",
            IMAGE_ID,
            TRICKY_ID,
            "17890000000000000"
        ]
    );

    // The text survives whole: commas, quotes, a line break, accents and emoji. In CSV a
    // leading '=' is neutralised so it stays text in a spreadsheet; the JSON is exact.
    let tricky_csv = &csv[2];
    assert_eq!(cell(tricky_csv, "text"), format!("'{TRICKY}"));
    assert_eq!(json[2]["text"], TRICKY);
    assert_eq!(cell(tricky_csv, "views"), "1200");
    assert_eq!(cell(tricky_csv, "likes"), "30");
    assert_eq!(
        cell(tricky_csv, "engagement_per_100_views"),
        "3.0833333333333335"
    );
    assert_eq!(cell(tricky_csv, "media_type"), "TEXT_POST");
    assert_eq!(cell(tricky_csv, "is_quote_post"), "false");
    assert_eq!(json[2]["is_quote_post"], false);
    // Shares were not reported: an empty cell and a null, never 0.
    assert_eq!(cell(tricky_csv, "shares"), "");
    assert!(json[2]["shares"].is_null());

    // The image's views were not reported; its shares were (3), its replies were a real 4.
    assert_eq!(cell(&csv[1], "views"), "");
    assert!(json[1]["views"].is_null());
    assert_eq!(cell(&csv[1], "shares"), "3");
    assert_eq!(json[1]["shares"], 3);
    assert_eq!(cell(&csv[1], "permalink"), "");
    assert_eq!(cell(&csv[1], "text"), "Plain, simple");

    // A repost has no metrics of its own: every metric empty.
    assert_eq!(cell(&csv[0], "media_type"), "REPOST_FACADE");
    assert_eq!(cell(&csv[0], "likes"), "");
    assert!(json[0]["likes"].is_null());

    // A text starting with '-' is neutralised too; an old post's zero shares stay a 0.
    assert_eq!(cell(&csv[3], "text"), "'-minus first");
    assert_eq!(cell(&csv[3], "shares"), "0");
    assert_eq!(json[3]["shares"], 0);
}

#[test]
fn hostile_text_is_quoted_in_the_file_itself() {
    let history = history();
    let bytes =
        export_data(&history, &request(Dataset::Posts, None, DataFormat::Csv)).expect("exported");
    let text = String::from_utf8(bytes).expect("UTF-8");
    assert!(
        text.contains("\"'=HYPERLINK(\"\"x\"\"), \"\"quoted\"\"\nsecond line — café 🎉 naïve\"")
    );
    assert!(text.starts_with("\u{feff}post_id,published_at,media_type,text,"));
}

#[test]
fn a_range_keeps_the_posts_published_in_it() {
    let history = history();
    let ids: Vec<String> = csv_rows(&history, Dataset::Posts, Some(january()))
        .iter()
        .map(|r| cell(r, "post_id").to_owned())
        .collect();
    assert_eq!(ids, ["17890000000000003", IMAGE_ID, TRICKY_ID]);
}

#[test]
fn profile_views_round_trip_with_days_threads_left_out() {
    let history = history();
    let range = DateRange::new(day(2025, 1, 1), day(2025, 1, 20), day(2025, 2, 1)).expect("range");
    let screen = analytics::overview(
        &history,
        ACCOUNT,
        range,
        Comparison::PreviousPeriod,
        Utc::now(),
    )
    .expect("overview")
    .profile_views;
    let csv = csv_rows(&history, Dataset::ProfileViews, Some(range));
    let json = json_rows(&history, Dataset::ProfileViews, Some(range));
    assert_eq!(csv.len(), 20);
    assert_eq!(screen.len(), 20);
    for ((value, csv), json) in screen.iter().zip(&csv).zip(&json) {
        assert_eq!(cell(csv, "day"), value.day.format("%Y-%m-%d").to_string());
        assert_eq!(json["day"], value.day.format("%Y-%m-%d").to_string());
        assert_eq!(
            cell(csv, "profile_views"),
            value.value.map(|v| v.to_string()).unwrap_or_default()
        );
        assert_eq!(
            json["profile_views"],
            value.value.map_or(Value::Null, Value::from)
        );
    }
    assert_eq!(cell(&csv[2], "profile_views"), "30");
    assert_eq!(json[2]["profile_views"], 30);
    // 4 and 12 January were left out by Threads; 20 January was never synced.
    for index in [3, 11, 19] {
        assert_eq!(cell(&csv[index], "profile_views"), "");
        assert!(json[index]["profile_views"].is_null());
    }
}

#[test]
fn profile_views_need_days() {
    let history = history();
    let error = export_data(
        &history,
        &request(Dataset::ProfileViews, None, DataFormat::Csv),
    )
    .expect_err("no range");
    assert!(matches!(error, ExportError::RangeNeeded { .. }));
    let error = spool_model::CommandError::from(spool_core::AppError::from(error));
    assert_eq!(error.kind, spool_model::ErrorKind::InvalidInput);
    assert!(error.message.contains("Choose the days"));
}

#[test]
fn followers_round_trip_at_each_sync() {
    let history = history();
    let screen = analytics::overview(
        &history,
        ACCOUNT,
        january(),
        Comparison::PreviousPeriod,
        Utc::now(),
    )
    .expect("overview")
    .followers;
    let csv = csv_rows(&history, Dataset::Followers, None);
    let json = json_rows(&history, Dataset::Followers, Some(january()));
    assert_eq!(screen.len(), 2);
    assert_eq!(csv.len(), 2);
    for ((reading, csv), json) in screen.iter().zip(&csv).zip(&json) {
        let taken = reading
            .at
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        assert_eq!(cell(csv, "taken_at"), taken);
        assert_eq!(json["taken_at"], taken.as_str());
        assert_eq!(cell(csv, "followers"), reading.followers.to_string());
        assert_eq!(json["followers"], reading.followers);
    }
    assert_eq!(cell(&csv[0], "taken_at"), "2025-01-10T18:00:00Z");
    assert_eq!(cell(&csv[1], "followers"), "162");

    let only_the_first =
        DateRange::new(day(2025, 1, 1), day(2025, 1, 15), day(2025, 2, 1)).expect("range");
    let json = json_rows(&history, Dataset::Followers, Some(only_the_first));
    assert_eq!(
        json,
        [json!({"taken_at": "2025-01-10T18:00:00Z", "followers": 150})]
    );
}

#[test]
fn demographics_round_trip_at_their_latest_readings() {
    let history = history();
    let screen = analytics::audience(&history, ACCOUNT, Utc::now()).expect("audience");
    let expected: Vec<(String, String, String, u64, Option<i64>)> = screen
        .breakdowns
        .iter()
        .flat_map(|b| {
            b.segments.iter().map(|s| {
                (
                    b.breakdown.api_name().to_owned(),
                    b.taken_at
                        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                    s.key.clone(),
                    s.followers,
                    s.change,
                )
            })
        })
        .collect();
    let csv = csv_rows(&history, Dataset::Demographics, Some(january()));
    let json = json_rows(&history, Dataset::Demographics, Some(january()));
    assert_eq!(csv.len(), expected.len());
    assert_eq!(json.len(), expected.len());
    for (((breakdown, taken, key, followers, change), csv), json) in
        expected.iter().zip(&csv).zip(&json)
    {
        assert_eq!(cell(csv, "breakdown"), breakdown);
        assert_eq!(cell(csv, "taken_at"), taken);
        assert_eq!(cell(csv, "value"), key);
        assert_eq!(cell(csv, "followers"), followers.to_string());
        assert_eq!(
            cell(csv, "change_since_previous_reading"),
            change.map(|c| c.to_string()).unwrap_or_default()
        );
        assert_eq!(json["breakdown"], breakdown.as_str());
        assert_eq!(json["value"], key.as_str());
        assert_eq!(json["followers"], *followers);
        assert_eq!(
            json["change_since_previous_reading"],
            change.map_or(Value::Null, Value::from)
        );
    }
    assert_eq!(
        json[0],
        json!({
            "breakdown": "country",
            "taken_at": "2025-01-20T18:00:00Z",
            "value": "US",
            "followers": 85,
            "change_since_previous_reading": 5
        })
    );
    // A country new since the reading before changed by all of it; a city read once has no
    // change; places keep their commas and accents.
    let de = csv.iter().find(|r| cell(r, "value") == "DE").expect("DE");
    assert_eq!(cell(de, "change_since_previous_reading"), "12");
    let paris = csv
        .iter()
        .find(|r| cell(r, "value") == "Paris, Île-de-France")
        .expect("Paris");
    assert_eq!(cell(paris, "breakdown"), "city");
    assert_eq!(cell(paris, "followers"), "20");
    assert_eq!(cell(paris, "change_since_previous_reading"), "");
    let breakdowns: Vec<&str> = csv.iter().map(|r| cell(r, "breakdown")).collect();
    assert_eq!(
        breakdowns,
        [
            "country", "country", "country", "city", "city", "gender", "gender", "gender"
        ]
    );
    // The audience is always its latest reading: no range in the header.
    let bytes = export_data(
        &history,
        &request(Dataset::Demographics, Some(january()), DataFormat::Json),
    )
    .expect("exported");
    let document: Value = serde_json::from_slice(&bytes).expect("JSON");
    assert!(document["range"].is_null());
}

#[test]
fn link_clicks_round_trip_per_link_and_reading() {
    let history = history();
    let screen = analytics::link_clicks(&history, ACCOUNT).expect("links");
    let csv = csv_rows(&history, Dataset::LinkClicks, None);
    let json = json_rows(&history, Dataset::LinkClicks, None);
    assert_eq!(csv.len(), 5);
    assert_eq!(json.len(), 5);

    // The latest reading's rows are the links screen's table, in its order.
    let latest = second_read().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let latest_csv: Vec<(String, u64)> = csv
        .iter()
        .filter(|r| cell(r, "taken_at") == latest)
        .map(|r| {
            let url = cell(r, "url");
            let url = url
                .strip_prefix('\'')
                .filter(|u| u.starts_with('='))
                .unwrap_or(url);
            (url.to_owned(), cell(r, "clicks").parse().expect("number"))
        })
        .collect();
    let latest_screen: Vec<(String, u64)> = screen
        .links
        .iter()
        .map(|l| (l.url.clone(), l.clicks))
        .collect();
    assert_eq!(latest_csv, latest_screen);
    let latest_json: Vec<(String, u64)> = json
        .iter()
        .filter(|r| r["taken_at"] == latest.as_str())
        .map(|r| {
            (
                r["url"].as_str().expect("url").to_owned(),
                r["clicks"].as_u64().expect("clicks"),
            )
        })
        .collect();
    assert_eq!(latest_json, latest_screen);

    // Each reading's clicks add up to the links screen's total for it.
    for reading in &screen.readings {
        let taken = reading
            .at
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let total: u64 = csv
            .iter()
            .filter(|r| cell(r, "taken_at") == taken)
            .map(|r| cell(r, "clicks").parse::<u64>().expect("number"))
            .sum();
        assert_eq!(total, reading.clicks);
    }
    assert_eq!(
        screen.readings.iter().map(|r| r.clicks).collect::<Vec<_>>(),
        [11, 34]
    );

    // The window each reading covers, the comma in a link, and a formula made harmless.
    assert_eq!(cell(&csv[0], "since"), "2024-12-20");
    assert_eq!(cell(&csv[0], "until"), "2025-01-09");
    assert_eq!(json[4]["until"], "2025-01-19");
    assert_eq!(cell(&csv[3], "url"), COMMA_LINK);
    assert_eq!(cell(&csv[1], "url"), format!("'{FORMULA_LINK}"));
    assert_eq!(json[1]["url"], FORMULA_LINK);
}

#[test]
fn a_posts_page_is_its_row_of_the_posts_table_and_only_in_its_own_account() {
    let history = history();
    let detail = analytics::post_detail(&history, ACCOUNT, TRICKY_ID, at("2025-02-01T09:30:00Z"))
        .expect("read")
        .expect("stored");
    let table = analytics::posts(&history, ACCOUNT, at("2025-02-01T09:30:00Z")).expect("posts");
    assert_eq!(
        table.iter().find(|row| row.post.id == TRICKY_ID),
        Some(&detail.row)
    );
    // The latest reading's metrics, and each reading for the growth chart.
    assert_eq!(detail.row.metrics.and_then(|m| m.views), Some(1200));
    assert_eq!(detail.growth.len(), 2);
    assert_eq!(
        analytics::post_detail(
            &history,
            "17841400000000999",
            TRICKY_ID,
            at("2025-02-01T09:30:00Z")
        )
        .expect("read"),
        None
    );
    assert_eq!(
        analytics::post_detail(
            &history,
            ACCOUNT,
            "17890000000009999",
            at("2025-02-01T09:30:00Z")
        )
        .expect("read"),
        None
    );
}

#[test]
fn the_links_screen_compares_the_latest_reading_with_the_one_before_it() {
    let history = history();
    let screen = analytics::link_clicks(&history, ACCOUNT).expect("links");
    let compared = |screen: &spool_model::LinkClicksView| -> Vec<(String, u64, Option<u64>)> {
        screen
            .links
            .iter()
            .map(|l| (l.url.clone(), l.clicks, l.previous))
            .collect()
    };
    // A link new in the latest reading had no clicks before it.
    assert_eq!(
        compared(&screen),
        [
            (SHOP_LINK.to_owned(), 25, Some(10)),
            (COMMA_LINK.to_owned(), 7, Some(0)),
            (FORMULA_LINK.to_owned(), 2, Some(1)),
        ]
    );

    // A third reading is compared with the second, not the first; every reading keeps its total.
    let third = at("2025-01-30T18:00:00Z");
    history
        .write_snapshot(&SyncSnapshot {
            profile: profile(),
            taken_at: third,
            posts: Vec::new(),
            post_metrics: Vec::new(),
            profile_views: Vec::new(),
            engagement: Vec::new(),
            link_clicks: Some((
                day(2024, 12, 20),
                day(2025, 1, 29),
                vec![
                    LinkClicks {
                        url: SHOP_LINK.to_owned(),
                        clicks: 31,
                    },
                    LinkClicks {
                        url: FORMULA_LINK.to_owned(),
                        clicks: 2,
                    },
                ],
            )),
            followers: None,
            demographics: Vec::new(),
        })
        .expect("third sync");
    let screen = analytics::link_clicks(&history, ACCOUNT).expect("links");
    assert_eq!(
        compared(&screen),
        [
            (SHOP_LINK.to_owned(), 31, Some(25)),
            (FORMULA_LINK.to_owned(), 2, Some(2)),
        ]
    );
    assert_eq!(screen.until, Some(day(2025, 1, 29)));
    assert_eq!(
        screen
            .readings
            .iter()
            .map(|r| (r.at, r.clicks))
            .collect::<Vec<_>>(),
        [(first_read(), 11), (second_read(), 34), (third, 33)]
    );
}

#[test]
fn the_json_document_is_stable_and_says_what_it_holds() {
    let history = history();
    let range = DateRange::new(day(2025, 1, 8), day(2025, 1, 9), day(2025, 2, 1)).expect("range");
    let request = request(Dataset::ProfileViews, Some(range), DataFormat::Json);
    let bytes = export_data(&history, &request).expect("exported");
    let expected = r#"{
  "dataset": "profile_views",
  "account": {
    "id": "1001",
    "username": "mara.makes"
  },
  "range": {
    "since": "2025-01-08",
    "until": "2025-01-09"
  },
  "exported_at": "2025-02-01T09:30:00Z",
  "app_version": "0.1.0",
  "rows": [
    {
      "day": "2025-01-08",
      "profile_views": 80
    },
    {
      "day": "2025-01-09",
      "profile_views": 90
    }
  ]
}
"#;
    assert_eq!(String::from_utf8(bytes.clone()).expect("UTF-8"), expected);
    assert_eq!(export_data(&history, &request).expect("again"), bytes);
}

#[test]
fn every_dataset_exports_in_every_format_and_an_unknown_account_gives_empty_tables() {
    let history = history();
    for dataset in Dataset::ALL {
        for format in DataFormat::ALL {
            let mut asked = request(dataset, Some(january()), format);
            let bytes = export_data(&history, &asked).expect("exported");
            assert!(!bytes.is_empty());
            assert_eq!(
                export_data(&history, &asked).expect("again"),
                bytes,
                "reproducible"
            );
            asked.account_id = "nobody";
            let empty = export_data(&history, &asked).expect("exported");
            match format {
                DataFormat::Csv => {
                    let text = String::from_utf8(empty).expect("UTF-8");
                    if dataset == Dataset::ProfileViews {
                        // Every day of the range, none of them stored.
                        assert_eq!(text.lines().count(), 32);
                        assert!(text.lines().skip(1).all(|l| l.ends_with(',')));
                    } else if dataset == Dataset::Engagement {
                        // Every day of the range, none with a post.
                        assert_eq!(text.lines().count(), 32);
                        assert!(
                            text.lines()
                                .skip(1)
                                .all(|l| l.contains(",0,0,0,0,0,0,0,0,"))
                        );
                    } else {
                        assert_eq!(text, format!("\u{feff}{}\r\n", columns(dataset).join(",")));
                    }
                }
                DataFormat::Json => {
                    let document: Value = serde_json::from_slice(&empty).expect("JSON");
                    if dataset != Dataset::ProfileViews && dataset != Dataset::Engagement {
                        assert_eq!(document["rows"], json!([]));
                    }
                }
            }
        }
    }
}

/// The moment every export here is made.
fn exported_at() -> DateTime<Utc> {
    at("2025-02-01T09:30:00Z")
}

#[test]
fn post_insights_round_trip_each_post_of_the_range_against_the_creators_normal() {
    let history = history();
    let screen = insights::insights(&history, ACCOUNT, january(), 0, exported_at()).expect("read");
    let csv = csv_rows(&history, Dataset::PostInsights, Some(january()));
    let json = json_rows(&history, Dataset::PostInsights, Some(january()));
    // The repost is not the creator's content; the December post is outside the range.
    let ids: Vec<&str> = csv.iter().map(|r| cell(r, "post_id")).collect();
    assert_eq!(ids, [TRICKY_ID, IMAGE_ID], "oldest first");

    let tricky = &csv[0];
    assert_eq!(cell(tricky, "published_at"), "2025-01-05T17:00:00Z");
    assert_eq!(cell(tricky, "format"), "text");
    assert_eq!(cell(tricky, "has_link"), "false");
    assert_eq!(
        cell(tricky, "length_chars"),
        TRICKY.chars().count().to_string()
    );
    assert_eq!(cell(tricky, "weekday"), "sunday");
    assert_eq!(cell(tricky, "views"), "1200");
    // 30 likes, 4 replies, 2 reposts, 1 quote.
    assert_eq!(cell(tricky, "interactions"), "37");
    assert_eq!(
        cell(tricky, "engagement_per_100_views"),
        "3.0833333333333335"
    );
    // The normal: the median latest views of the posts read at a week old or more, 1,200 and
    // the December post's 50: 625.
    assert_eq!(cell(tricky, "views_multiple_of_normal"), "1.92");
    assert_eq!(json[0]["views_multiple_of_normal"], 1.92);
    let on_screen = &screen.top_posts.by_views[0];
    assert_eq!(on_screen.post.post_id, TRICKY_ID);
    assert_eq!(on_screen.views_multiple, 1.92);
    // Alone on the map, it is its own median: a breakout.
    assert_eq!(cell(tricky, "quadrant"), "breakout");

    // The image's views were not reported: no rate, no multiple, no quadrant; never a 0.
    let image = &csv[1];
    assert_eq!(cell(image, "format"), "image");
    assert_eq!(cell(image, "views"), "");
    assert_eq!(cell(image, "interactions"), "12");
    for column in [
        "engagement_per_100_views",
        "views_multiple_of_normal",
        "quadrant",
    ] {
        assert_eq!(cell(image, column), "", "{column}");
        assert!(json[1][column].is_null(), "{column}");
    }
}

#[test]
fn engagement_round_trips_every_day_of_the_range_as_the_chart_draws_it() {
    let history = history();
    let screen = insights::insights(&history, ACCOUNT, january(), 0, exported_at()).expect("read");
    let csv = csv_rows(&history, Dataset::Engagement, Some(january()));
    let json = json_rows(&history, Dataset::Engagement, Some(january()));
    assert_eq!(csv.len(), 31);
    assert_eq!(json.len(), 31);
    for ((day, csv), json) in screen.engagement.iter().zip(&csv).zip(&json) {
        assert_eq!(cell(csv, "day"), day.day.to_string());
        assert_eq!(cell(csv, "likes"), day.likes.to_string());
        assert_eq!(json["interactions"], day.interactions());
    }
    let fifth = &csv[4];
    assert_eq!(cell(fifth, "day"), "2025-01-05");
    assert_eq!(
        [
            "posts",
            "views",
            "likes",
            "replies",
            "reposts",
            "quotes",
            "interactions"
        ]
        .map(|c| cell(fifth, c)),
        ["1", "1200", "30", "4", "2", "1", "37"]
    );
    assert_eq!(
        cell(fifth, "engagement_per_100_views"),
        "3.0833333333333335"
    );
    // A day without posts: zeros, and no rate.
    assert_eq!(cell(&csv[5], "posts"), "0");
    assert_eq!(cell(&csv[5], "engagement_per_100_views"), "");
}

#[test]
fn what_to_post_and_words_round_trip_and_say_when_a_group_stands_on_too_few_posts() {
    let history = history();
    let csv = csv_rows(&history, Dataset::WhatToPost, Some(january()));
    let json = json_rows(&history, Dataset::WhatToPost, Some(january()));
    // One post with views in January: every group has it alone.
    let groups: Vec<(&str, &str, &str)> = csv
        .iter()
        .map(|r| (cell(r, "grouping"), cell(r, "group"), cell(r, "posts")))
        .collect();
    assert_eq!(
        groups,
        [
            ("format", "Text", "1"),
            ("format", "Without a link", "1"),
            ("length", "Up to 80 characters", "1"),
            ("weekday", "Sunday", "1"),
        ]
    );
    for (row, json) in csv.iter().zip(&json) {
        assert_eq!(cell(row, "views_median"), "");
        assert!(json["views_median"].is_null());
        assert!(json["engagement_per_100_views_upper_quartile"].is_null());
    }
    // No word is in three posts.
    assert!(csv_rows(&history, Dataset::Words, Some(january())).is_empty());
}
