//! Charts as image files: the chart the window shows, drawn again from the history by
//! `spool-charts` on plotters' bitmap or SVG backend, in the bundled font, at the size and
//! resolution asked for. The same data gives the same bytes; a PNG says what it shows.

use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use sha2::{Digest, Sha256};
use spool_charts::{Chart, ChartTheme, Style};
use spool_i18n::{Catalogue, NumberStyle};
use spool_model::{ChartKind, DateRange, ImageExport, ImageFormat, Insights};

use crate::data_export::ExportError;
use crate::history::{History, Reading};
use crate::{analytics, insights};

/// What to draw, and the facts the image records about itself.
#[derive(Debug, Clone, Copy)]
pub struct ChartRequest<'a> {
    /// Whose data: the Threads user id.
    pub account_id: &'a str,
    /// The account's @handle, without the @.
    pub username: &'a str,
    /// The chart, its file format, layout, resolution, theme and locale.
    pub export: &'a ImageExport,
    /// The days, already checked, for a chart that takes a range.
    pub range: Option<DateRange>,
    /// When the user exported, recorded in a PNG.
    pub exported_at: DateTime<Utc>,
    /// Spool's version, recorded in a PNG.
    pub app_version: &'a str,
    /// The catalogue of the language Spool speaks: the words drawn into the chart and the
    /// PNG's title.
    pub catalogue: &'a Arc<Catalogue>,
}

/// A drawn chart, ready to be saved or copied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedChart {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// The name a save dialog proposes.
    pub file_name: String,
    /// Width and height in pixels.
    pub size: (u32, u32),
    /// A SHA-256 of the data drawn, in hex: two images of the same data carry the same.
    pub data_hash: String,
}

/// The data of `request`'s chart, read from the history.
fn read_chart(history: &Reading<'_>, request: &ChartRequest<'_>) -> Result<Chart, ExportError> {
    let id = request.account_id;
    let chart = &request.export.chart;
    Ok(match chart {
        ChartKind::ProfileViews => {
            let range = request.range.ok_or(ExportError::RangeNeeded {
                what: ChartKind::ProfileViews.message_id(),
            })?;
            Chart::ProfileViews(history.profile_views(id, range.since(), range.until())?)
        }
        ChartKind::Followers => Chart::Followers(history.follower_series(id)?),
        ChartKind::BestTimes => Chart::BestTimes(analytics::best_times_in(
            history,
            id,
            request.export.locale.utc_offset_minutes,
        )?),
        ChartKind::PostGrowth { post_id } => {
            let detail = analytics::post_detail_in(history, id, post_id, request.exported_at)?
                .ok_or(ExportError::NothingStored {
                    what: chart.message_id(),
                })?;
            Chart::PostGrowth {
                published_at: detail.row.post.published_at,
                growth: detail.growth,
                typical: detail.typical,
            }
        }
        ChartKind::Audience { breakdown } => Chart::Audience(
            analytics::audience_in(history, id, request.exported_at)?
                .breakdowns
                .into_iter()
                .find(|b| b.breakdown == *breakdown)
                .ok_or(ExportError::NothingStored {
                    what: chart.message_id(),
                })?,
        ),
        ChartKind::LinkClicks => Chart::LinkClicks(
            analytics::link_clicks_in(history, id)?
                .links
                .into_iter()
                .map(|link| (link.url, link.clicks))
                .collect(),
        ),
        ChartKind::ClicksOverTime => {
            Chart::ClicksOverTime(analytics::link_clicks_in(history, id)?.readings)
        }
        ChartKind::TopPosts => Chart::TopPosts(chart_insights(history, request)?.top_posts),
        ChartKind::QualityMap => Chart::QualityMap(chart_insights(history, request)?.quality),
        ChartKind::Engagement { granularity } => Chart::Engagement {
            days: chart_insights(history, request)?.engagement,
            granularity: *granularity,
        },
        ChartKind::WhatToPost { by } => Chart::WhatToPost {
            what: chart_insights(history, request)?.what_to_post,
            by: *by,
        },
        ChartKind::PostingCalendar => {
            Chart::PostingCalendar(chart_insights(history, request)?.rhythm)
        }
        ChartKind::PostingFrequency => {
            Chart::PostingFrequency(chart_insights(history, request)?.rhythm)
        }
        ChartKind::Words => Chart::Words(chart_insights(history, request)?.words),
        ChartKind::ConversationStarters => {
            Chart::ConversationStarters(chart_insights(history, request)?.conversation)
        }
    })
}

/// The content insights over the request's range, as the window showed them.
fn chart_insights(
    history: &Reading<'_>,
    request: &ChartRequest<'_>,
) -> Result<Insights, ExportError> {
    let range = request.range.ok_or(ExportError::RangeNeeded {
        what: "screen-insights",
    })?;
    Ok(insights::insights_in(
        history,
        request.account_id,
        range,
        request.export.locale.utc_offset_minutes,
        request.exported_at,
    )?)
}

/// A SHA-256 of `chart`'s data, in hex.
pub(crate) fn data_hash(chart: &Chart) -> Result<String, ExportError> {
    let json = serde_json::to_vec(chart).map_err(|error| ExportError::Encoding {
        format: "JSON",
        reason: error.to_string(),
    })?;
    Ok(Sha256::digest(json)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect())
}

/// Draws `request`'s chart from the history as a PNG or SVG file.
pub fn render_chart(
    history: &History,
    request: &ChartRequest<'_>,
) -> Result<RenderedChart, ExportError> {
    let export = request.export;
    // One read: the chart is drawn from one state of the history.
    let data = history.read(|reading| read_chart(reading, request))?;
    let data_hash = data_hash(&data)?;
    let theme = if export.dark {
        ChartTheme::DARK
    } else {
        ChartTheme::LIGHT
    };
    let (width, height) = export.layout.design_size(&export.chart);
    let range = request.range.filter(|_| export.chart.takes_range());
    let file_name = spool_model::proposed_file_name(
        request.username,
        &export.chart.file_stem(),
        range,
        export.format.extension(),
    );
    let words = words_for(request.catalogue, &export.locale);
    let bytes = match export.format {
        ImageFormat::Png => {
            let style = Style::new(theme, export.locale.clone())
                .speaking(Arc::clone(&words))
                .scaled(export.resolution.scale());
            let text = metadata(request, &words, range, &data_hash);
            spool_charts::png(width, height, &style, &text, |area| data.draw(area, &style))?
        }
        ImageFormat::Svg => {
            let style = Style::new(theme, export.locale.clone()).speaking(words);
            spool_charts::svg(width, height, |area| data.draw(area, &style))?.into_bytes()
        }
    };
    Ok(RenderedChart {
        bytes,
        file_name,
        size: export.pixel_size(),
        data_hash,
    })
}

/// `catalogue`, or the same language writing numbers as `locale` does (the chart's numbers
/// and its sentences' numbers are then written alike).
pub(crate) fn words_for(
    catalogue: &Arc<Catalogue>,
    locale: &spool_model::Locale,
) -> Arc<Catalogue> {
    let numbers = catalogue.numbers();
    if numbers.group == locale.group && numbers.decimal == locale.decimal {
        return Arc::clone(catalogue);
    }
    let language = catalogue.language();
    Arc::new(Catalogue::bundled(
        language,
        NumberStyle {
            group: locale.group.clone(),
            decimal: locale.decimal.clone(),
            before_percent: NumberStyle::of(language).before_percent,
        },
    ))
}

/// What a PNG says of itself, under the keywords image viewers know where there is one.
fn metadata(
    request: &ChartRequest<'_>,
    words: &Catalogue,
    range: Option<DateRange>,
    data_hash: &str,
) -> Vec<(&'static str, String)> {
    let day = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    let shown = match range {
        Some(range) => format!("{} to {}", day(range.since()), day(range.until())),
        None => "everything stored".to_owned(),
    };
    vec![
        ("Title", words.text(request.export.chart.message_id())),
        ("Software", format!("Spool {}", request.app_version)),
        ("Source", format!("Threads account @{}", request.username)),
        ("Spool account", format!("@{}", request.username)),
        ("Spool range", shown),
        (
            "Creation Time",
            request
                .exported_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        ),
        ("Spool data SHA-256", data_hash.to_owned()),
    ]
}
