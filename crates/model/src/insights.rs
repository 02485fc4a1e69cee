//! Content insights: what kind of post works for the creator, and whether a young post is on
//! track, computed from the history Spool keeps.
//!
//! Every figure here stands on the posts of the range it was asked for (those published in
//! it), with views known. **Engagement rate** is always per post view: the likes, replies,
//! reposts and quotes of those posts over their views, per 100 views. A group of posts (a
//! format, a length, a weekday, a word) is ranked or called best only when it stands on at
//! least [`MINIMUM_POSTS`]; below that it is shown, with its count, as "too few posts".

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::{DateRange, MediaType, PostMetrics, PostReading, PostRow, Sentence};

/// The fewest posts a group stands on before Spool gives its median, ranks it or calls it best.
pub const MINIMUM_POSTS: u32 = 3;

/// The fewest past posts the typical curve stands on at an age before it is drawn there.
pub const TYPICAL_MINIMUM_POSTS: u32 = 5;

/// The ages, in hours, at which a post is compared with the creator's typical post: 1 h, 6 h,
/// 24 h, 3 days and 7 days.
pub const CHECKPOINT_HOURS: [u32; 5] = [1, 6, 24, 72, 168];

/// Posts younger than this many hours are read every hour while Spool runs, so their early
/// curves have points.
pub const YOUNG_POST_HOURS: u32 = 48;

/// A post is a breakout when its views are at least this many times the creator's normal for
/// posts of its age.
pub const BREAKOUT_MULTIPLE: f64 = 2.0;

/// How many posts the ranked lists (top posts, conversation starters) hold at most.
pub const LEADERS: usize = 10;

/// An age at which posts are compared, as Spool writes it: "1 h", "24 h", "3 days".
pub fn age_label(hours: u32) -> String {
    if hours >= 48 && hours.is_multiple_of(24) {
        format!("{} days", hours / 24)
    } else {
        format!("{hours} h")
    }
}

// Medians and quartiles: the one way every insight and chart takes them.
/// The `q`-quantile of `sorted` (ascending, not empty), linearly interpolated between the two
/// nearest values (Hyndman and Fan's type 7, the default of R, NumPy and spreadsheets): the
/// median of an even count is the mean of the middle two.
fn quantile(sorted: &[f64], q: f64) -> f64 {
    let position = q * (sorted.len() - 1) as f64;
    let below = position.floor() as usize;
    let above = position.ceil() as usize;
    let (low, high) = (sorted[below], sorted[above]);
    low + (high - low) * (position - below as f64)
}

/// The lower quartile, median and upper quartile of `values` (sorted here); `None` without any.
pub fn spread(values: &mut [f64]) -> Option<Spread> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable_by(f64::total_cmp);
    Some(Spread {
        lower: quantile(values, 0.25),
        median: quantile(values, 0.5),
        upper: quantile(values, 0.75),
    })
}

/// The median of `values` (reordered here), the same as [`spread`]'s; `None` without any.
/// Selected, not sorted: content insights take the median of every word's posts, and sorting
/// each list of thousands of views took a fifth of their time.
pub fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    // As `quantile` at 0.5: the middle value, or halfway between the two middle ones.
    let position = 0.5 * (values.len() - 1) as f64;
    let (below, above) = (position.floor() as usize, position.ceil() as usize);
    let (before, &mut high, _) = values.select_nth_unstable_by(above, f64::total_cmp);
    let low = if below == above {
        high
    } else {
        // Everything before the selected value is at most it: the largest is the one below.
        before.iter().copied().max_by(f64::total_cmp)?
    };
    Some(low + (high - low) * (position - below as f64))
}

/// Interactions (likes, replies, reposts, quotes) per 100 views; `None` without views.
pub fn engagement_rate(interactions: u64, views: u64) -> Option<f64> {
    (views > 0).then(|| interactions as f64 * 100.0 / views as f64)
}

impl PostMetrics {
    /// Likes, replies, reposts and quotes: what an engagement rate counts.
    pub fn interactions(&self) -> u64 {
        self.likes.unwrap_or(0)
            + self.replies.unwrap_or(0)
            + self.reposts.unwrap_or(0)
            + self.quotes.unwrap_or(0)
    }
}

/// A post as the insight charts place it: enough to name it and to draw it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct PostPoint {
    /// The media id.
    pub post_id: String,
    /// The post's text ("" for a post without text); charts shorten it.
    pub text: String,
    /// When it was published.
    pub published_at: DateTime<Utc>,
    /// Its format.
    pub format: PostFormat,
    /// Whether a link is attached.
    pub has_link: bool,
    /// Views at the latest reading ("in development" at Meta).
    pub views: u64,
    /// Likes, replies, reposts and quotes at the latest reading.
    pub interactions: u64,
    /// Replies at the latest reading.
    pub replies: u64,
    /// Quotes at the latest reading.
    pub quotes: u64,
    /// Shares at the latest reading, when Threads gave them ("in development" at Meta).
    pub shares: Option<u64>,
    /// Interactions per 100 views.
    pub engagement_rate: f64,
}

/// A post's format, as the "what to post" chart groups posts.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Type,
)]
#[serde(rename_all = "snake_case")]
pub enum PostFormat {
    /// Text only.
    Text,
    /// One image.
    Image,
    /// One video.
    Video,
    /// Several images or videos.
    Carousel,
    /// Audio.
    Audio,
    /// A kind Spool does not know yet.
    Other,
}

impl PostFormat {
    /// Every format, in the order charts list them.
    pub const ALL: [PostFormat; 6] = [
        Self::Text,
        Self::Image,
        Self::Video,
        Self::Carousel,
        Self::Audio,
        Self::Other,
    ];

    /// The format of a post of `media_type`; `None` for a repost of someone else's post,
    /// which is not the creator's content.
    pub fn of(media_type: MediaType) -> Option<Self> {
        match media_type {
            MediaType::TextPost => Some(Self::Text),
            MediaType::Image => Some(Self::Image),
            MediaType::Video => Some(Self::Video),
            MediaType::CarouselAlbum => Some(Self::Carousel),
            MediaType::Audio => Some(Self::Audio),
            MediaType::RepostFacade => None,
            MediaType::Unknown => Some(Self::Other),
        }
    }

    /// The id of its name in the catalogue (`spool-i18n`), whose English [`Self::label`] says.
    pub const fn message_id(self) -> &'static str {
        match self {
            Self::Text => "format-text",
            Self::Image => "format-image",
            Self::Video => "format-video",
            Self::Carousel => "format-carousel",
            Self::Audio => "format-audio",
            Self::Other => "format-other",
        }
    }

    /// The format's name.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Text => "Text",
            Self::Image => "Image",
            Self::Video => "Video",
            Self::Carousel => "Carousel",
            Self::Audio => "Audio",
            Self::Other => "Other",
        }
    }
}

/// How long a post's text is, in characters (Threads allows 500).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Type,
)]
#[serde(rename_all = "snake_case")]
pub enum LengthBucket {
    /// No text.
    NoText,
    /// 1 to 80 characters.
    Short,
    /// 81 to 200.
    Medium,
    /// 201 to 350.
    Long,
    /// 351 and more.
    VeryLong,
}

impl LengthBucket {
    /// Every bucket, shortest first.
    pub const ALL: [LengthBucket; 5] = [
        Self::NoText,
        Self::Short,
        Self::Medium,
        Self::Long,
        Self::VeryLong,
    ];

    /// The bucket of a text of `characters` characters (Unicode scalar values).
    pub const fn of(characters: usize) -> Self {
        match characters {
            0 => Self::NoText,
            1..=80 => Self::Short,
            81..=200 => Self::Medium,
            201..=350 => Self::Long,
            _ => Self::VeryLong,
        }
    }

    /// The id of its name in the catalogue (`spool-i18n`), whose English [`Self::label`] says.
    pub const fn message_id(self) -> &'static str {
        match self {
            Self::NoText => "length-no-text",
            Self::Short => "length-short",
            Self::Medium => "length-medium",
            Self::Long => "length-long",
            Self::VeryLong => "length-very-long",
        }
    }

    /// The bucket's name, with its bounds.
    pub const fn label(self) -> &'static str {
        match self {
            Self::NoText => "No text",
            Self::Short => "Up to 80 characters",
            Self::Medium => "81–200 characters",
            Self::Long => "201–350 characters",
            Self::VeryLong => "Over 350 characters",
        }
    }
}

/// A group of posts the "what to post" chart compares.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Type,
)]
// Externally tagged (serde's default), not `tag = "by"`: an internally tagged enum is read
// through serde's buffering of the whole value, which took 22 KB of the window's module for
// this one type (it travels only between the window and Spool, never into a file).
#[serde(rename_all = "snake_case")]
pub enum ContentGroup {
    /// Posts of one format.
    Format {
        /// Which.
        format: PostFormat,
    },
    /// Posts with a link attached, or without.
    Link {
        /// With a link.
        attached: bool,
    },
    /// Posts of one length.
    Length {
        /// Which.
        length: LengthBucket,
    },
    /// Posts published on one weekday, in the user's time zone.
    Weekday {
        /// 0 for Monday to 6 for Sunday.
        weekday: u8,
    },
}

impl ContentGroup {
    /// The id of the group's name in the catalogue (`spool-i18n`), whose English
    /// [`Self::label`] says (a weekday past Sunday, which no group has, is named "?").
    pub const fn message_id(self) -> &'static str {
        match self {
            Self::Format { format } => format.message_id(),
            Self::Link { attached: true } => "group-with-link",
            Self::Link { attached: false } => "group-without-link",
            Self::Length { length } => length.message_id(),
            Self::Weekday { weekday } => match weekday {
                0 => "weekday-monday",
                1 => "weekday-tuesday",
                2 => "weekday-wednesday",
                3 => "weekday-thursday",
                4 => "weekday-friday",
                5 => "weekday-saturday",
                6 => "weekday-sunday",
                _ => "weekday-unknown",
            },
        }
    }

    /// The group's name, as a chart's row says it.
    pub fn label(self) -> String {
        const WEEKDAYS: [&str; 7] = [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ];
        match self {
            Self::Format { format } => format.label().to_owned(),
            Self::Link { attached: true } => "With a link".to_owned(),
            Self::Link { attached: false } => "Without a link".to_owned(),
            Self::Length { length } => length.label().to_owned(),
            Self::Weekday { weekday } => WEEKDAYS
                .get(usize::from(weekday))
                .copied()
                .unwrap_or("?")
                .to_owned(),
        }
    }
}

/// A middle value and the spread around it: the median, and the interval the chart draws
/// (the inter-quartile range of the posts).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Type)]
pub struct Spread {
    /// The lower quartile.
    pub lower: f64,
    /// The median.
    pub median: f64,
    /// The upper quartile.
    pub upper: f64,
}

/// One group's posts: how many, and (on at least [`MINIMUM_POSTS`]) their median views and
/// engagement rate with quartiles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct GroupStat {
    /// Which posts.
    pub group: ContentGroup,
    /// How many posts it stands on.
    pub posts: u32,
    /// Their views; `None` on too few posts.
    pub views: Option<Spread>,
    /// Their engagement rates, per 100 views; `None` on too few posts.
    pub engagement_rate: Option<Spread>,
}

/// How the "what to post" charts group posts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum GroupBy {
    /// By format, then with and without a link.
    Format,
    /// By length of text.
    Length,
    /// By weekday, in the user's time zone.
    Weekday,
}

impl GroupBy {
    /// Every grouping, in the screen's order.
    pub const ALL: [GroupBy; 3] = [Self::Format, Self::Length, Self::Weekday];

    /// The id of its name in the catalogue (`spool-i18n`), whose English [`Self::label`] says.
    pub const fn message_id(self) -> &'static str {
        match self {
            Self::Format => "group-by-format",
            Self::Length => "group-by-length",
            Self::Weekday => "group-by-weekday",
        }
    }

    /// The grouping's name.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Format => "Format",
            Self::Length => "Length",
            Self::Weekday => "Weekday",
        }
    }

    /// Its part of a file name.
    pub const fn file_stem(self) -> &'static str {
        match self {
            Self::Format => "format",
            Self::Length => "length",
            Self::Weekday => "weekday",
        }
    }
}

impl WhatToPost {
    /// The groups of one grouping.
    pub fn by(&self, by: GroupBy) -> &[GroupStat] {
        match by {
            GroupBy::Format => &self.formats,
            GroupBy::Length => &self.lengths,
            GroupBy::Weekday => &self.weekdays,
        }
    }
}

/// What to post: the posts of the range grouped by format, link, length and weekday.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct WhatToPost {
    /// Each format with posts, then with and without a link.
    pub formats: Vec<GroupStat>,
    /// Each length with posts, shortest first.
    pub lengths: Vec<GroupStat>,
    /// Each weekday with posts, Monday first.
    pub weekdays: Vec<GroupStat>,
    /// A group needs this many posts for its medians.
    pub minimum_posts: u32,
}

/// A post against the creator's own normal for posts of its age.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct AgainstNormal {
    /// The post.
    pub post: PostPoint,
    /// Its views over the median views of the creator's posts of the same age.
    pub views_multiple: f64,
    /// Its engagement rate over the median rate of the creator's posts.
    pub rate_multiple: Option<f64>,
    /// Whether its views are at least [`BREAKOUT_MULTIPLE`] times the normal.
    pub breakout: bool,
}

/// Top posts against the creator's own normal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct TopPosts {
    /// The leading posts by views multiple, at most [`LEADERS`], highest first.
    pub by_views: Vec<AgainstNormal>,
    /// The leading posts by engagement-rate multiple, at most [`LEADERS`], highest first.
    pub by_rate: Vec<AgainstNormal>,
    /// How many posts of the range were compared.
    pub posts: u32,
    /// How many of them are breakouts.
    pub breakouts: u32,
}

/// Where a post falls on the quality map, against the medians of the range's posts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Quadrant {
    /// More views and a higher rate than the median post.
    Breakout,
    /// Fewer views, a higher rate: the people who saw it talked.
    Conversation,
    /// More views, a lower rate: seen widely, answered little.
    Broadcast,
    /// Fewer views and a lower rate.
    Quiet,
}

impl Quadrant {
    /// The quadrant of a post with `views` and `rate` against the medians.
    pub fn of(views: u64, rate: f64, median_views: f64, median_rate: f64) -> Self {
        match (views as f64 >= median_views, rate >= median_rate) {
            (true, true) => Self::Breakout,
            (false, true) => Self::Conversation,
            (true, false) => Self::Broadcast,
            (false, false) => Self::Quiet,
        }
    }

    /// The id of its name in the catalogue (`spool-i18n`), whose English [`Self::label`] says.
    pub const fn message_id(self) -> &'static str {
        match self {
            Self::Breakout => "quadrant-breakout",
            Self::Conversation => "quadrant-conversation",
            Self::Broadcast => "quadrant-broadcast",
            Self::Quiet => "quadrant-quiet",
        }
    }

    /// The quadrant's name.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Breakout => "Breakout",
            Self::Conversation => "Conversation",
            Self::Broadcast => "Broadcast",
            Self::Quiet => "Quiet",
        }
    }
}

/// Every post of the range by views and engagement rate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct QualityMap {
    /// The posts with views, oldest first.
    pub points: Vec<PostPoint>,
    /// Their median views: the map's vertical divide.
    pub median_views: f64,
    /// Their median engagement rate: the horizontal divide.
    pub median_rate: f64,
}

/// The interactions with the posts published on one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct EngagementDay {
    /// The day, in the account's calendar.
    pub day: NaiveDate,
    /// Posts published that day with metrics.
    pub posts: u32,
    /// Their views.
    pub views: u64,
    /// Their likes.
    pub likes: u64,
    /// Their replies.
    pub replies: u64,
    /// Their reposts.
    pub reposts: u64,
    /// Their quotes.
    pub quotes: u64,
    /// Their shares ("in development" at Meta).
    pub shares: u64,
}

impl EngagementDay {
    /// `day`, with no post.
    pub const fn empty(day: NaiveDate) -> Self {
        Self {
            day,
            posts: 0,
            views: 0,
            likes: 0,
            replies: 0,
            reposts: 0,
            quotes: 0,
            shares: 0,
        }
    }

    /// One post published on `day`, at `metrics` (a count Threads left out counts as 0).
    pub fn of_post(day: NaiveDate, metrics: &PostMetrics) -> Self {
        Self {
            day,
            posts: 1,
            views: metrics.views.unwrap_or(0),
            likes: metrics.likes.unwrap_or(0),
            replies: metrics.replies.unwrap_or(0),
            reposts: metrics.reposts.unwrap_or(0),
            quotes: metrics.quotes.unwrap_or(0),
            shares: metrics.shares.unwrap_or(0),
        }
    }

    /// Adds `other`'s posts, views and interactions to this day's (its day is kept).
    pub fn add(&mut self, other: &EngagementDay) {
        self.posts += other.posts;
        self.views += other.views;
        self.likes += other.likes;
        self.replies += other.replies;
        self.reposts += other.reposts;
        self.quotes += other.quotes;
        self.shares += other.shares;
    }

    /// Likes, replies, reposts and quotes.
    pub fn interactions(&self) -> u64 {
        self.likes + self.replies + self.reposts + self.quotes
    }
}

/// How finely the engagement chart groups days.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    /// One bar a day.
    #[default]
    Day,
    /// One bar a week, from Monday.
    Week,
    /// One bar a calendar month.
    Month,
}

impl Granularity {
    /// Every granularity, in the picker's order.
    pub const ALL: [Granularity; 3] = [Self::Day, Self::Week, Self::Month];

    /// The unit a bar stands for: "day", "week", "month".
    pub const fn unit(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Week => "week",
            Self::Month => "month",
        }
    }
}

/// A count of posts on one day, for the posting calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct PostingDay {
    /// The day, in the user's time zone.
    pub day: NaiveDate,
    /// Posts published on it.
    pub posts: u32,
}

/// One week's posting and the reach each of its posts had.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Type)]
pub struct PostingWeek {
    /// Its Monday.
    pub monday: NaiveDate,
    /// Posts published in it.
    pub posts: u32,
    /// The median views of those posts; `None` without any.
    pub median_views: Option<f64>,
}

/// How often the creator posts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct Rhythm {
    /// Every day of the range, with its posts (zero included).
    pub days: Vec<PostingDay>,
    /// Every week (Monday to Sunday) that overlaps the range.
    pub weeks: Vec<PostingWeek>,
    /// Weeks of the range with at least one post.
    pub weeks_posted: u32,
    /// Days in a row with a post, up to today (or yesterday, if today has none yet).
    pub current_streak: u32,
    /// The most days in a row with a post within the range.
    pub longest_streak: u32,
}

/// A word or hashtag and how the posts that use it did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct WordStat {
    /// The word as written, lower-cased where the script has case; a hashtag with its `#`.
    pub word: String,
    /// Posts of the range that use it.
    pub posts: u32,
    /// Their median views.
    pub median_views: f64,
    /// Their median engagement rate.
    pub median_rate: f64,
}

/// Words and hashtags that travel: those used in at least [`MINIMUM_POSTS`] posts, by median
/// views.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct Words {
    /// The leading words, highest median views first.
    pub words: Vec<WordStat>,
    /// The median views of every post of the range, to hold each word against.
    pub median_views: f64,
    /// A word needs this many posts.
    pub minimum_posts: u32,
}

/// A post that started conversations: replies and quotes per view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ConversationStarter {
    /// The post.
    pub post: PostPoint,
    /// Replies and quotes per 1,000 views.
    pub per_thousand_views: f64,
}

/// Everything the content insights screen shows for one range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct Insights {
    /// The range shown.
    pub range: DateRange,
    /// Posts published in the range with views: what every figure stands on.
    pub posts: u32,
    /// Top posts against the creator's own normal.
    pub top_posts: TopPosts,
    /// The quality map.
    pub quality: QualityMap,
    /// Interactions with the range's posts, by the day they were published.
    pub engagement: Vec<EngagementDay>,
    /// What to post.
    pub what_to_post: WhatToPost,
    /// Posting rhythm.
    pub rhythm: Rhythm,
    /// Words and topics that travel.
    pub words: Words,
    /// Conversation starters, at most [`LEADERS`], most first.
    pub conversation: Vec<ConversationStarter>,
}

/// The creator's typical post at one age: quartiles of the views of past posts at that age.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Type)]
pub struct TypicalPoint {
    /// The age, in hours since publishing.
    pub age_hours: u32,
    /// Past posts whose readings reach this age.
    pub posts: u32,
    /// Their views at this age (interpolated between readings); `None` on fewer than
    /// [`TYPICAL_MINIMUM_POSTS`] posts.
    pub views: Option<Spread>,
}

/// The creator's typical curve: views at each of [`CHECKPOINT_HOURS`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct TypicalCurve {
    /// One point per checkpoint, youngest first.
    pub points: Vec<TypicalPoint>,
    /// A point needs this many past posts.
    pub minimum_posts: u32,
}

/// Where a young post stands against the typical curve: "2.4× your typical post at 6 h".
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Type)]
pub struct OnTrack {
    /// The checkpoint compared at: the oldest one the post has reached and been read past.
    pub age_hours: u32,
    /// The post's views at that age (interpolated between its readings).
    pub views: u64,
    /// The typical post's median views at that age.
    pub typical: f64,
    /// `views / typical`.
    pub multiple: f64,
}

/// Something on the Today screen that wants the creator's attention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
// Externally tagged, as `ContentGroup` is and for the same reason.
#[serde(rename_all = "snake_case")]
pub enum Attention {
    /// The login ends soon: log in again before it does.
    LoginExpiring {
        /// When it ends.
        expires_at: DateTime<Utc>,
    },
    /// The login has ended or was refused: log in again.
    LoginNeeded,
    /// The last sync failed.
    SyncFailed {
        /// When it ended.
        at: DateTime<Utc>,
        /// What went wrong, as the sync recorded it, when it did.
        reason: Option<Sentence>,
    },
    /// Nothing has been synced for this long.
    NotSyncedFor {
        /// Hours since the last good sync.
        hours: u32,
    },
}

/// The daily look: the last three days' posts, today's profile views against a usual day,
/// followers since yesterday, and what needs attention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct Today {
    /// Posts of the last three days, newest first, each with where it stands.
    pub recent: Vec<PostRow>,
    /// The typical curve they are held against.
    pub typical: TypicalCurve,
    /// Every reading of the newest of `recent`, oldest first, to draw its curve over the
    /// typical one from this answer alone; empty when `recent` is.
    pub newest_growth: Vec<PostReading>,
    /// Profile views today so far; `None` when not read yet today.
    pub profile_views_today: Option<u64>,
    /// The median profile views of the previous 28 days.
    pub usual_day: Option<f64>,
    /// Followers at the latest reading.
    pub followers: Option<u64>,
    /// Their change since the last reading before today.
    pub followers_since_yesterday: Option<i64>,
    /// What needs attention, most urgent first.
    pub attention: Vec<Attention>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_of_an_odd_count_is_the_middle_one_and_of_an_even_count_the_mean_of_two() {
        assert_eq!(median(&mut [300.0, 100.0, 200.0]), Some(200.0));
        assert_eq!(median(&mut [40.0, 10.0, 30.0, 20.0]), Some(25.0));
        assert_eq!(median(&mut []), None);
    }

    #[test]
    fn the_median_selected_is_the_median_of_the_sorted_values() {
        // Lists of every length to 40, with repeats, in a scrambled order.
        let mut seed = 17_u64;
        for len in 1..=40 {
            let values: Vec<f64> = (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    ((seed >> 40) % 25) as f64 * 1.5
                })
                .collect();
            let sorted = spread(&mut values.clone()).map(|s| s.median);
            assert_eq!(median(&mut values.clone()), sorted, "{values:?}");
        }
    }

    #[test]
    fn quartiles_interpolate_between_the_nearest_posts() {
        // 5 values: the quartiles fall on the 2nd and 4th.
        let five = spread(&mut [5.0, 1.0, 4.0, 2.0, 3.0]).expect("a spread");
        assert_eq!((five.lower, five.median, five.upper), (2.0, 3.0, 4.0));
        // 4 values (10, 20, 30, 40): positions 0.75, 1.5 and 2.25.
        let four = spread(&mut [40.0, 10.0, 30.0, 20.0]).expect("a spread");
        assert_eq!((four.lower, four.median, four.upper), (17.5, 25.0, 32.5));
        let one = spread(&mut [7.0]).expect("a spread");
        assert_eq!((one.lower, one.median, one.upper), (7.0, 7.0, 7.0));
    }
}
