//! Reports: the pages of a report or a media kit, made from the history alone and said in the
//! language Spool speaks; then written as a PDF, as PNGs, or drawn for the window's preview.
//!
//! Every number comes from the functions the screens use (the overview's cards, the content
//! insights, the audience, the links), read in one transaction, so a report says what the
//! window says for the same days. The pages are drawn by `spool-charts` (`report.rs`, `pdf.rs`),
//! which is handed words and numbers already written.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use spool_charts::{
    Chart, ChartTheme, PdfFacts, ReportBlock, ReportCard, ReportPage, ReportPost, Style, Trend,
};
use spool_i18n::{Arg, Catalogue};
use spool_model::{
    AccountMetric, AudienceBreakdown, Breakdown, Comparison, DateRange, Granularity, GroupBy,
    GroupStat, Insights, Locale, MetricCard, PostPoint, ReportKind, ReportLook, ReportOptions,
    ReportPreview, ReportSection, percent_change,
};

use crate::data_export::ExportError;
use crate::history::{History, Reading};
use crate::{analytics, insights};

/// Posts a report lists with their words.
const LISTED_POSTS: usize = 5;
/// Posts a media kit lists.
const MEDIA_KIT_POSTS: usize = 3;

/// What to make, and the facts the file records about itself.
#[derive(Debug, Clone, Copy)]
pub struct ReportRequest<'a> {
    /// Whose data: the Threads user id.
    pub account_id: &'a str,
    /// The account's @handle, without the @.
    pub username: &'a str,
    /// Which report, what it holds and how it looks.
    pub options: &'a ReportOptions,
    /// The days, already checked.
    pub range: DateRange,
    /// When it is made: the one time recorded in the file.
    pub made_at: DateTime<Utc>,
    /// Spool's version, on every page's foot.
    pub app_version: &'a str,
    /// The language of its words.
    pub catalogue: &'a Arc<Catalogue>,
}

/// A report's pages, ready to be written.
#[derive(Debug, Clone)]
pub struct Report {
    /// The pages, first first.
    pub pages: Vec<ReportPage>,
    /// How they are drawn.
    pub style: Style,
    /// What the PDF says of itself.
    pub facts: PdfFacts,
    /// The name a save dialog proposes, without its extension.
    pub file_stem: String,
}

impl Report {
    /// The pages as a PDF.
    pub fn pdf(&self) -> Result<Vec<u8>, ExportError> {
        let pages = self
            .pages
            .iter()
            .map(|page| spool_charts::page_svg(page, &self.style))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(spool_charts::pdf(&pages, &self.facts)?)
    }

    /// Each page as a PNG at twice the screen's pixels, with the name it is saved under.
    pub fn pngs(&self) -> Result<Vec<(String, Vec<u8>)>, ExportError> {
        let style = self.style.clone().scaled(2.0);
        let text = [
            ("Title", self.facts.title.clone()),
            ("Author", self.facts.author.clone()),
            ("Software", self.facts.creator.clone()),
            (
                "Creation Time",
                self.facts
                    .made_at
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            ),
        ];
        let single = self.pages.len() == 1;
        self.pages
            .iter()
            .enumerate()
            .map(|(i, page)| {
                let name = if single {
                    format!("{}.png", self.file_stem)
                } else {
                    format!("{}-page-{}.png", self.file_stem, i + 1)
                };
                Ok((name, spool_charts::page_png(page, &style, &text)?))
            })
            .collect()
    }

    /// The pages as SVG documents for the window to show, and the PDF's proposed name.
    pub fn preview(&self) -> Result<ReportPreview, ExportError> {
        Ok(ReportPreview {
            pages: self
                .pages
                .iter()
                .map(|page| spool_charts::page_svg(page, &self.style))
                .collect::<Result<_, _>>()?,
            file_name: format!("{}.pdf", self.file_stem),
        })
    }
}

/// The pages of `request`'s report or media kit, from one state of the history.
pub fn compose(history: &History, request: &ReportRequest<'_>) -> Result<Report, ExportError> {
    let words = Words::new(request);
    let mut pages = history.read(|reading| match request.options.kind {
        ReportKind::Report => report_pages(reading, request, &words),
        ReportKind::MediaKit => media_kit_page(reading, request, &words).map(|page| vec![page]),
    })?;
    let total = pages.len();
    for (i, page) in pages.iter_mut().enumerate() {
        page.footer = words.say(
            "report-footer",
            &[
                ("version", request.app_version.into()),
                ("page", (i + 1).into()),
                ("pages", total.into()),
            ],
        );
    }
    let theme = match request.options.look {
        ReportLook::Light => ChartTheme::LIGHT,
        ReportLook::Print => ChartTheme::PRINT,
    };
    let style = Style::new(theme, request.options.locale.clone()).speaking(
        crate::chart_export::words_for(request.catalogue, &request.options.locale),
    );
    let title = words.text(match request.options.kind {
        ReportKind::Report => "report-title",
        ReportKind::MediaKit => "media-kit-title",
    });
    let file_stem = spool_model::proposed_file_name(
        request.username,
        request.options.kind.file_stem(),
        Some(request.range),
        "x",
    )
    .trim_end_matches(".x")
    .to_owned();
    Ok(Report {
        pages,
        style,
        facts: PdfFacts {
            title: format!("{title} · @{} · {}", request.username, words.range),
            author: format!("@{}", request.username),
            creator: format!("Spool {}", request.app_version),
            language: request.catalogue.language().tag().to_owned(),
            made_at: request.made_at,
        },
        file_stem,
    })
}

/// The catalogue and the locale of one report, and what every page repeats.
struct Words<'a> {
    catalogue: &'a Catalogue,
    locale: &'a Locale,
    /// The range, written out.
    range: String,
    /// The account, as "@handle".
    account: String,
    /// Whether titles stand on a band of colour (the light look).
    band: bool,
}

impl<'a> Words<'a> {
    fn new(request: &ReportRequest<'a>) -> Self {
        let locale = &request.options.locale;
        let mut words = Self {
            catalogue: request.catalogue,
            locale,
            range: String::new(),
            account: format!("@{}", request.username),
            band: request.options.look == ReportLook::Light,
        };
        words.range = words.span(request.range);
        words
    }

    fn text(&self, id: &str) -> String {
        self.catalogue.text(id)
    }

    fn say(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.catalogue.format(id, args)
    }

    fn span(&self, range: DateRange) -> String {
        self.say(
            "range-span",
            &[
                ("since", self.locale.date(range.since()).into()),
                ("until", self.locale.date(range.until()).into()),
            ],
        )
    }

    fn number(&self, value: u64) -> String {
        self.locale.number(value)
    }

    fn percent(&self, value: f64) -> String {
        format!(
            "{}{}%",
            self.locale.decimal(value, 1),
            self.catalogue.numbers().before_percent
        )
    }

    /// A page of a report under `heading`, after the cover.
    fn page(&self, heading: &str, intro: Option<String>, blocks: Vec<ReportBlock>) -> ReportPage {
        ReportPage {
            running_head: self.say(
                "report-running-head",
                &[
                    ("account", self.account.as_str().into()),
                    ("range", self.range.as_str().into()),
                ],
            ),
            heading: heading.to_owned(),
            intro,
            blocks,
            footer: String::new(),
        }
    }

    /// A card of a number against the one before it.
    fn card(&self, label: String, now: Option<u64>, before: Option<u64>) -> ReportCard {
        let change = match (now, before) {
            (Some(now), Some(before)) if now == before => {
                Some((self.text("report-change-level"), Trend::Level))
            }
            // From nothing, no percentage means anything: the card shows the number alone.
            (Some(now), Some(before)) => percent_change(now, before).map(|percent| {
                let (id, trend) = if percent >= 0.0 {
                    ("report-change-up", Trend::Up)
                } else {
                    ("report-change-down", Trend::Down)
                };
                // A change under half a percent is written to a tenth, not as 0.
                let places = if percent.abs() < 0.5 { 1 } else { 0 };
                let said = self.say(
                    id,
                    &[
                        ("percent", self.locale.decimal(percent.abs(), places).into()),
                        ("previous", self.number(before).into()),
                    ],
                );
                (said, trend)
            }),
            _ => None,
        };
        ReportCard {
            label,
            value: now.map_or_else(|| "—".to_owned(), |v| self.number(v)),
            change,
        }
    }

    fn plain_card(&self, label: &str, value: String) -> ReportCard {
        ReportCard {
            label: self.text(label),
            value,
            change: None,
        }
    }

    /// A post as a page lists it, `rank` counting from 1.
    fn post(&self, rank: usize, post: &PostPoint) -> ReportPost {
        let day = post
            .published_at
            .with_timezone(&analytics::user_zone(self.locale.utc_offset_minutes))
            .date_naive();
        ReportPost {
            when: self.say(
                "report-post-when",
                &[("rank", rank.into()), ("day", self.locale.date(day).into())],
            ),
            numbers: self.say(
                "report-post-numbers",
                &[
                    ("views", self.number(post.views).into()),
                    ("interactions", self.number(post.interactions).into()),
                    ("rate", self.percent(post.engagement_rate).into()),
                ],
            ),
            text: if post.text.trim().is_empty() {
                self.text("report-post-no-text")
            } else {
                post.text.clone()
            },
        }
    }
}

/// The cover and one page per section asked for.
fn report_pages(
    history: &Reading<'_>,
    request: &ReportRequest<'_>,
    words: &Words<'_>,
) -> Result<Vec<ReportPage>, ExportError> {
    let id = request.account_id;
    let range = request.range;
    let now = request.made_at;
    let offset = request.options.locale.utc_offset_minutes;
    let overview = analytics::overview_in(history, id, range, Comparison::PreviousPeriod, now)?;
    let insights = insights::insights_in(history, id, range, offset, now)?;
    let mut pages = vec![cover(words, &overview.cards, overview.compared, &insights)];
    let nothing = || ReportBlock::Note(words.text("report-nothing"));
    for section in request.options.sections_in_order() {
        let heading = words.text(section.message_id());
        let page = match section {
            ReportSection::ProfileViews => {
                let days = &overview.profile_views;
                let known: Vec<u64> = days.iter().filter_map(|d| d.value).collect();
                let total: u64 = known.iter().sum();
                let best = days
                    .iter()
                    .filter_map(|d| d.value.map(|v| (v, d.day)))
                    .max_by_key(|(v, day)| (*v, std::cmp::Reverse(*day)));
                let mut blocks = vec![ReportBlock::Chart {
                    chart: Chart::ProfileViews(days.clone()),
                    height: 420,
                }];
                if known.is_empty() {
                    blocks.push(nothing());
                } else {
                    let average = total as f64 / known.len() as f64;
                    let mut cards = vec![
                        words.plain_card("report-card-total", words.number(total)),
                        words.plain_card(
                            "report-card-daily-average",
                            words.locale.decimal(average, 0),
                        ),
                    ];
                    if let Some((views, day)) = best {
                        cards.push(ReportCard {
                            label: words.text("report-card-best-day"),
                            value: words.number(views),
                            change: Some((words.locale.date(day), Trend::Level)),
                        });
                    }
                    blocks.push(ReportBlock::Cards(cards));
                }
                words.page(
                    &heading,
                    Some(words.text("report-profile-views-intro")),
                    blocks,
                )
            }
            ReportSection::Followers => {
                let readings = &overview.followers;
                let mut blocks = vec![ReportBlock::Chart {
                    chart: Chart::Followers(readings.clone()),
                    height: 420,
                }];
                let card = |metric| overview.cards.iter().find(|c| c.metric == metric);
                match card(AccountMetric::Followers) {
                    Some(followers) if followers.value.is_some() => {
                        blocks.push(ReportBlock::Cards(vec![words.card(
                            words.text("report-card-followers-now"),
                            followers.value,
                            followers.previous,
                        )]));
                    }
                    _ => blocks.push(nothing()),
                }
                words.page(&heading, Some(words.text("report-followers-intro")), blocks)
            }
            ReportSection::Engagement => {
                let days = &insights.engagement;
                let granularity = if range.days() > 120 {
                    Granularity::Month
                } else if range.days() > 31 {
                    Granularity::Week
                } else {
                    Granularity::Day
                };
                let views: u64 = days.iter().map(|d| d.views).sum();
                let interactions: u64 = days
                    .iter()
                    .map(|d| d.likes + d.replies + d.reposts + d.quotes)
                    .sum();
                let mut blocks = vec![ReportBlock::Chart {
                    chart: Chart::Engagement {
                        days: days.clone(),
                        granularity,
                    },
                    height: 380,
                }];
                if views == 0 {
                    blocks.push(nothing());
                } else {
                    blocks.push(ReportBlock::Cards(vec![
                        words.plain_card("report-card-posts", words.number(insights.posts.into())),
                        words.plain_card("report-card-interactions", words.number(interactions)),
                        words.plain_card(
                            "report-card-engagement-rate",
                            words.percent(interactions as f64 * 100.0 / views as f64),
                        ),
                    ]));
                    blocks.push(ReportBlock::Chart {
                        chart: Chart::QualityMap(insights.quality.clone()),
                        height: 440,
                    });
                }
                words.page(
                    &heading,
                    Some(words.text("report-engagement-intro")),
                    blocks,
                )
            }
            ReportSection::TopPosts => {
                let mut blocks = vec![ReportBlock::Chart {
                    chart: Chart::TopPosts(insights.top_posts.clone()),
                    height: 380,
                }];
                let best = best_posts(&insights, LISTED_POSTS);
                if best.is_empty() {
                    blocks.push(nothing());
                } else {
                    blocks.push(ReportBlock::Posts(
                        best.iter()
                            .enumerate()
                            .map(|(i, post)| words.post(i + 1, post))
                            .collect(),
                    ));
                }
                let intro = words.say(
                    "report-top-posts-intro",
                    &[("posts", insights.posts.into())],
                );
                fitted(words.page(&heading, Some(intro), blocks))
            }
            ReportSection::WhatWorked => {
                let findings = findings(&insights, words);
                let mut blocks = vec![ReportBlock::Findings(findings)];
                if insights.posts > 0 {
                    blocks.push(ReportBlock::Chart {
                        chart: Chart::WhatToPost {
                            what: insights.what_to_post.clone(),
                            by: GroupBy::Format,
                        },
                        height: 340,
                    });
                    blocks.push(ReportBlock::Chart {
                        chart: Chart::WhatToPost {
                            what: insights.what_to_post.clone(),
                            by: GroupBy::Weekday,
                        },
                        height: 340,
                    });
                }
                words.page(
                    &heading,
                    Some(words.text("report-what-worked-intro")),
                    blocks,
                )
            }
            ReportSection::Audience => {
                let audience = analytics::audience_in(history, id, now)?;
                let of = |breakdown| {
                    audience
                        .breakdowns
                        .iter()
                        .find(|b| b.breakdown == breakdown)
                        .cloned()
                };
                let blocks = match (
                    of(Breakdown::Country),
                    of(Breakdown::Age),
                    of(Breakdown::City),
                    of(Breakdown::Gender),
                ) {
                    (Some(country), Some(age), Some(city), Some(gender)) => vec![
                        ReportBlock::ChartPair {
                            left: Chart::Audience(country),
                            right: Chart::Audience(age),
                            height: 340,
                        },
                        ReportBlock::ChartPair {
                            left: Chart::Audience(city),
                            right: Chart::Audience(gender),
                            height: 340,
                        },
                    ],
                    (country, age, city, gender) => {
                        let mut blocks: Vec<ReportBlock> = [country, age, city, gender]
                            .into_iter()
                            .flatten()
                            .map(|b| ReportBlock::Chart {
                                chart: Chart::Audience(b),
                                height: 300,
                            })
                            .take(3)
                            .collect();
                        if blocks.is_empty() {
                            blocks.push(nothing());
                        }
                        blocks
                    }
                };
                words.page(&heading, Some(words.text("report-audience-intro")), blocks)
            }
            ReportSection::Links => {
                let links = analytics::link_clicks_in(history, id)?;
                let blocks = if links.links.is_empty() && links.readings.is_empty() {
                    vec![nothing()]
                } else {
                    vec![
                        ReportBlock::Chart {
                            chart: Chart::LinkClicks(
                                links
                                    .links
                                    .iter()
                                    .map(|link| (link.url.clone(), link.clicks))
                                    .collect(),
                            ),
                            height: 360,
                        },
                        ReportBlock::Chart {
                            chart: Chart::ClicksOverTime(links.readings),
                            height: 340,
                        },
                    ]
                };
                words.page(&heading, Some(words.text("report-links-intro")), blocks)
            }
        };
        pages.push(page);
    }
    Ok(pages)
}

/// The cover: whose, which days, and the overview's cards against the period before.
fn cover(
    words: &Words<'_>,
    cards: &[MetricCard],
    compared: Option<DateRange>,
    insights: &Insights,
) -> ReportPage {
    let mut shown: Vec<ReportCard> = cards
        .iter()
        .filter(|card| card.metric != AccountMetric::FollowerDemographics)
        .map(|card| {
            words.card(
                words.text(card.metric.message_id()),
                card.value,
                card.previous,
            )
        })
        .collect();
    shown.push(words.plain_card("report-card-posts", words.number(insights.posts.into())));
    let compared = match compared {
        Some(range) => words.say(
            "report-cover-compared",
            &[("compared", words.span(range).into())],
        ),
        None => words.text("report-cover-no-compared"),
    };
    ReportPage {
        running_head: String::new(),
        heading: String::new(),
        intro: None,
        blocks: vec![
            ReportBlock::Title {
                title: words.text("report-title"),
                account: words.account.clone(),
                range: words.range.clone(),
                band: words.band,
            },
            ReportBlock::Cards(shown),
            ReportBlock::Note(compared),
            ReportBlock::Note(words.text("report-cover-note")),
            ReportBlock::Chart {
                chart: Chart::TopPosts(insights.top_posts.clone()),
                height: 380,
            },
        ],
        footer: String::new(),
    }
}

/// The range's posts with the most views, most first.
fn best_posts(insights: &Insights, most: usize) -> Vec<&PostPoint> {
    let mut posts: Vec<&PostPoint> = insights.quality.points.iter().collect();
    posts.sort_by(|a, b| {
        b.views
            .cmp(&a.views)
            .then_with(|| a.published_at.cmp(&b.published_at))
    });
    posts.truncate(most);
    posts
}

/// What worked, one sentence each: breakouts, then the best format, length and weekday (each
/// on enough posts), then the word that travelled furthest.
fn findings(insights: &Insights, words: &Words<'_>) -> Vec<String> {
    let mut found = Vec::new();
    let top = &insights.top_posts;
    if top.breakouts > 0 {
        found.push(words.say(
            "report-finding-breakouts",
            &[
                ("breakouts", top.breakouts.into()),
                ("posts", top.posts.into()),
            ],
        ));
    }
    let best = |groups: &[GroupStat]| -> Option<(String, f64, u32)> {
        groups
            .iter()
            .filter_map(|g| g.views.map(|v| (g, v.median)))
            .filter(|(g, _)| g.posts >= 2)
            .max_by(|(_, a), (_, b)| a.total_cmp(b))
            .map(|(g, median)| (words.text(g.group.message_id()), median, g.posts))
    };
    let what = &insights.what_to_post;
    for (groups, id) in [
        (&what.formats, "report-finding-format"),
        (&what.lengths, "report-finding-length"),
        (&what.weekdays, "report-finding-weekday"),
    ] {
        // A group's best only says something beside another group to compare it with.
        let ranked = groups.iter().filter(|g| g.views.is_some()).count();
        if ranked < 2 {
            continue;
        }
        if let Some((group, median, posts)) = best(groups) {
            found.push(words.say(
                id,
                &[
                    ("group", group.into()),
                    ("views", words.locale.decimal(median, 0).into()),
                    ("posts", posts.into()),
                ],
            ));
        }
    }
    if let Some(word) = insights
        .words
        .words
        .iter()
        .filter(|w| w.median_views > insights.words.median_views)
        .max_by(|a, b| a.median_views.total_cmp(&b.median_views))
    {
        found.push(words.say(
            "report-finding-word",
            &[
                ("word", word.word.as_str().into()),
                ("views", words.locale.decimal(word.median_views, 0).into()),
                (
                    "median",
                    words.locale.decimal(insights.words.median_views, 0).into(),
                ),
            ],
        ));
    }
    if found.is_empty() {
        found.push(words.say(
            "report-finding-none",
            &[("minimum", what.minimum_posts.into())],
        ));
    }
    found
}

/// The media kit: one page of followers, reach, engagement, audience and the best posts.
fn media_kit_page(
    history: &Reading<'_>,
    request: &ReportRequest<'_>,
    words: &Words<'_>,
) -> Result<ReportPage, ExportError> {
    let id = request.account_id;
    let now = request.made_at;
    let offset = request.options.locale.utc_offset_minutes;
    let insights = insights::insights_in(history, id, request.range, offset, now)?;
    let audience = analytics::audience_in(history, id, now)?;
    let today = now
        .with_timezone(&analytics::user_zone(offset))
        .date_naive();
    let quality = &insights.quality;
    let has_posts = !quality.points.is_empty();
    let mut blocks = vec![
        ReportBlock::Title {
            title: words.text("media-kit-title"),
            account: words.account.clone(),
            band: words.band,
            range: words.say(
                "media-kit-as-of",
                &[
                    ("day", words.locale.date(today).into()),
                    ("range", words.range.as_str().into()),
                ],
            ),
        },
        ReportBlock::Cards(vec![
            words.plain_card(
                "report-card-followers-now",
                audience
                    .followers
                    .map_or_else(|| "—".to_owned(), |f| words.number(f)),
            ),
            words.plain_card(
                "report-card-typical-views",
                if has_posts {
                    words.locale.decimal(quality.median_views, 0)
                } else {
                    "—".to_owned()
                },
            ),
            words.plain_card(
                "report-card-engagement-rate",
                if has_posts {
                    words.percent(quality.median_rate)
                } else {
                    "—".to_owned()
                },
            ),
            words.plain_card("report-card-posts", words.number(insights.posts.into())),
        ]),
    ];
    blocks.push(ReportBlock::Subheading(words.text("media-kit-audience")));
    let of = |breakdown| {
        audience
            .breakdowns
            .iter()
            .find(|b| b.breakdown == breakdown)
            .cloned()
    };
    blocks.extend(audience_pair(
        of(Breakdown::Country),
        of(Breakdown::Age),
        280,
    ));
    blocks.extend(audience_pair(
        of(Breakdown::Gender),
        of(Breakdown::City),
        280,
    ));
    if audience.breakdowns.is_empty() {
        blocks.push(ReportBlock::Note(words.text("report-nothing")));
    }
    let best = best_posts(&insights, MEDIA_KIT_POSTS);
    if !best.is_empty() {
        blocks.push(ReportBlock::Subheading(words.text("media-kit-best-posts")));
        blocks.push(ReportBlock::Posts(
            best.iter()
                .enumerate()
                .map(|(i, post)| words.post(i + 1, post))
                .collect(),
        ));
    }
    Ok(fitted(ReportPage {
        running_head: String::new(),
        heading: String::new(),
        intro: None,
        blocks,
        footer: String::new(),
    }))
}

/// `page`, listing fewer posts in its last block (one at least) where they would run off the
/// sheet.
fn fitted(mut page: ReportPage) -> ReportPage {
    while !spool_charts::fits(&page) {
        match page.blocks.last_mut() {
            Some(ReportBlock::Posts(posts)) if posts.len() > 1 => {
                posts.pop();
            }
            _ => break,
        }
    }
    page
}

/// Two audience charts side by side at `height`, or the one of them there is.
fn audience_pair(
    left: Option<AudienceBreakdown>,
    right: Option<AudienceBreakdown>,
    height: u32,
) -> Option<ReportBlock> {
    match (left, right) {
        (Some(left), Some(right)) => Some(ReportBlock::ChartPair {
            left: Chart::Audience(left),
            right: Chart::Audience(right),
            height,
        }),
        (one, other) => one.or(other).map(|b| ReportBlock::Chart {
            chart: Chart::Audience(b),
            height,
        }),
    }
}
