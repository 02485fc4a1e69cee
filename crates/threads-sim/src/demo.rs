//! The simulator's demo accounts: posts, follower growth, profile views, link clicks and
//! demographics, all derived from a seed and the moment `now`, with no I/O and no clock.
//!
//! Only a few parameters are stored per account; every time-dependent value (a post's metrics at a
//! moment, the views of a day) is computed on demand from them, so the same seed and the same
//! moment give the same numbers on every run and platform.
//!
//! The main account is made so that every content insight has something to show: every format
//! in useful numbers (voice notes included), links on some posts (which travel less), texts
//! from a few words to nearly 500 characters, weekdays that perform differently, topics and
//! hashtags that recur in English and in Japanese (a fifth of the posts), a few viral posts
//! (one in the last three months) and a young post rising well above the usual, and a
//! posting rhythm with holidays and a three-week daily streak.

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, Days, NaiveDate, TimeDelta, Utc, Weekday};
use spool_model::pacific::{day_of as pacific_day, midnight as pacific_midnight};

const SECS_PER_DAY: f64 = 86_400.0;
const HOUR: i64 = 3600;
const DAY: i64 = 24 * HOUR;

/// Kind of a post, as the Threads API names it in `media_type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemoMediaType {
    /// A post with text only.
    TextPost,
    /// A single image.
    Image,
    /// A single video.
    Video,
    /// Several images or videos.
    CarouselAlbum,
    /// A voice note.
    Audio,
    /// A repost of someone else's post; it has no insights of its own.
    RepostFacade,
}

impl DemoMediaType {
    /// The value of `media_type` in the API.
    pub fn api_name(self) -> &'static str {
        match self {
            Self::TextPost => "TEXT_POST",
            Self::Image => "IMAGE",
            Self::Video => "VIDEO",
            Self::CarouselAlbum => "CAROUSEL_ALBUM",
            Self::Audio => "AUDIO",
            Self::RepostFacade => "REPOST_FACADE",
        }
    }
}

/// One post of a demo account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoPost {
    /// Numeric media id, 17 digits, unique, increasing with publication time.
    pub id: String,
    /// Kind of the post.
    pub media_type: DemoMediaType,
    /// The post's text; `None` for reposts and some media posts.
    pub text: Option<String>,
    /// Publication moment.
    pub published: DateTime<Utc>,
    /// Public URL; exactly one non-repost post has none (copyrighted material).
    pub permalink: Option<String>,
    /// 11 characters of `[A-Za-z0-9_-]`.
    pub shortcode: String,
    /// Whether the post quotes another one.
    pub is_quote_post: bool,
    /// Lifetime totals this post will approach; the simulator reveals them gradually (see metrics_at).
    pub potential: DemoPostMetrics,
    /// One of the account's links, carried by a few posts.
    pub link_url: Option<String>,
}

/// A post's lifetime metrics (or, in `totals_between`, their growth over a window).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DemoPostMetrics {
    /// Times the post was seen.
    pub views: u64,
    /// Likes.
    pub likes: u64,
    /// Top-level replies.
    pub replies: u64,
    /// Reposts.
    pub reposts: u64,
    /// Quote posts.
    pub quotes: u64,
    /// Shares.
    pub shares: u64,
}

impl DemoPostMetrics {
    fn saturating_sub(self, other: Self) -> Self {
        Self {
            views: self.views.saturating_sub(other.views),
            likes: self.likes.saturating_sub(other.likes),
            replies: self.replies.saturating_sub(other.replies),
            reposts: self.reposts.saturating_sub(other.reposts),
            quotes: self.quotes.saturating_sub(other.quotes),
            shares: self.shares.saturating_sub(other.shares),
        }
    }

    fn saturating_add(self, other: Self) -> Self {
        Self {
            views: self.views.saturating_add(other.views),
            likes: self.likes.saturating_add(other.likes),
            replies: self.replies.saturating_add(other.replies),
            reposts: self.reposts.saturating_add(other.reposts),
            quotes: self.quotes.saturating_add(other.quotes),
            shares: self.shares.saturating_add(other.shares),
        }
    }
}

/// A deterministic demo account: profile, posts and the models behind its insights.
#[derive(Debug, Clone)]
pub struct DemoAccount {
    /// Numeric user id (above 2^53, as real ids are).
    pub user_id: String,
    /// Handle without the `@`.
    pub username: String,
    /// Display name.
    pub name: String,
    /// Profile biography.
    pub biography: String,
    /// Whether the profile shows the verified badge.
    pub is_verified: bool,
    /// Profile picture URL.
    pub picture_url: String,
    /// Posts, newest first (the order the API lists them).
    pub posts: Vec<DemoPost>,
    /// The account opened here, with `growth.start` followers; nothing exists before.
    created: DateTime<Utc>,
    /// Pacific day of the first post: profile views start there.
    first_post_day: NaiveDate,
    /// Seed mixed with the account kind, for values drawn per day.
    salt: u64,
    growth: FollowerGrowth,
    /// Profile views per follower on an ordinary weekday.
    profile_view_rate: f64,
    spikes: Vec<ViewSpike>,
    /// The account's links, sorted by URL.
    links: Vec<DemoLink>,
    /// Clicks on the profile's links per follower per day, shared by the links by weight.
    link_trickle_rate: f64,
    demographics: Vec<Breakdown>,
    /// How the creator goes on posting after the account was made.
    carry: CarryOn,
}

/// What the creator's posts after the moment the account was made are drawn from, and how far
/// they have been drawn ([`DemoAccount::carry_on_to`]).
#[derive(Debug, Clone)]
struct CarryOn {
    /// The moment the account was made: the posts after it are carried on.
    made_at: DateTime<Utc>,
    /// The posts published up to here are in the account's `posts`.
    until: DateTime<Utc>,
    /// Posts a day, as in the account's last three months.
    per_day: f64,
    /// The shares of reposts and of voice notes among them.
    reposts: f64,
    audio: f64,
    /// The share of them rising well above the usual.
    rising: f64,
    /// Views per follower a typical post reaches, and views from outside the followers.
    reach: f64,
    discovery_views: f64,
    /// The share written in Japanese.
    japanese: f64,
    id_base: u64,
    /// The shortcodes of the posts made with the account, which a later post never takes.
    made_shortcodes: BTreeSet<String>,
    /// The last day drawn, kept: with a running clock every request asks for the same day.
    drawn: Option<(NaiveDate, Vec<DemoPost>)>,
}

/// Followers as a smooth function of days since `created`: a start, accelerating organic growth and
/// a saturating jump after each viral post. Monotone by construction (all terms non-decreasing).
#[derive(Debug, Clone)]
struct FollowerGrowth {
    start: f64,
    linear: f64,
    quadratic: f64,
    bumps: Vec<FollowerBump>,
}

#[derive(Debug, Clone)]
struct FollowerBump {
    at_day: f64,
    size: f64,
    tau_days: f64,
}

impl FollowerGrowth {
    /// Followers `d` days after the account opened.
    fn value(&self, d: f64) -> f64 {
        if d.is_nan() || d < 0.0 {
            return 0.0;
        }
        let bumps: f64 = self
            .bumps
            .iter()
            .filter(|b| d > b.at_day)
            .map(|b| b.size * saturation(d - b.at_day, b.tau_days))
            .sum();
        self.start + self.linear * d + self.quadratic * d * d + bumps
    }

    /// Follower-days accumulated between the opening and `d` days after it (for the link trickle).
    fn integral(&self, d: f64) -> f64 {
        if d.is_nan() || d <= 0.0 {
            return 0.0;
        }
        let bumps: f64 = self
            .bumps
            .iter()
            .filter(|b| d > b.at_day)
            .map(|b| {
                let x = d - b.at_day;
                b.size * (x - b.tau_days * saturation(x, b.tau_days))
            })
            .sum();
        self.start * d + self.linear * d * d / 2.0 + self.quadratic * d * d * d / 3.0 + bumps
    }
}

/// A burst of profile views after a viral post.
#[derive(Debug, Clone)]
struct ViewSpike {
    day: NaiveDate,
    /// Multiplier on the first day (5-20).
    peak: f64,
    /// Number of days the spike lasts (1-3).
    days: u32,
}

#[derive(Debug, Clone)]
struct DemoLink {
    url: String,
    /// Share of the profile-link trickle (the weights sum to 1).
    weight: f64,
}

/// One demographic breakdown: keys with relative weights, and the share of followers it covers.
#[derive(Debug, Clone)]
struct Breakdown {
    name: &'static str,
    coverage: f64,
    weights: Vec<(&'static str, f64)>,
}

/// What distinguishes the two demo accounts; everything else is generated the same way.
struct AccountSpec {
    salt: u64,
    id_base: u64,
    user_id: &'static str,
    username: &'static str,
    name: &'static str,
    biography: &'static str,
    is_verified: bool,
    picture_url: &'static str,
    span_days: u64,
    posts: (u64, u64),
    reposts: (u64, u64),
    audio: (u64, u64),
    viral: (u64, u64),
    followers_start: (f64, f64),
    followers_now: (f64, f64),
    /// Views per follower a typical post reaches, plus views from outside the follower base.
    reach: (f64, f64),
    discovery_views: f64,
    profile_view_rate: (f64, f64),
    /// Links always present, then optional ones, with their base weights.
    links: &'static [(&'static str, f64)],
    links_min: u64,
    /// The share of posts written in Japanese.
    japanese: f64,
    /// Whether the posting rhythm has holidays and a daily streak, and the newest post rises
    /// well above the usual (for an account with a long history).
    rhythm: bool,
}

const MAIN_LINKS: &[(&str, f64)] = &[
    ("https://example.com/newsletter", 0.45),
    ("https://shop.example.com/ceramics", 0.3),
    ("https://example.com/podcast", 0.15),
    ("https://example.com/workshops", 0.07),
    ("https://example.com/about", 0.03),
];

const SMALL_LINKS: &[(&str, f64)] = &[("https://example.com/portfolio", 1.0)];

const MAIN_SPEC: AccountSpec = AccountSpec {
    salt: 0x6d61_696e_6163_6374,
    id_base: 18_030_000_000_000_000,
    user_id: "17841400000000001",
    username: "mara.makes",
    name: "Mara Lindqvist",
    biography: "Potter, balcony gardener, newsletter writer. Notes on making things slowly 🌱 New issue every Sunday.",
    is_verified: true,
    picture_url: "https://example.com/spool-demo/mara.jpg",
    span_days: 548,
    posts: (392, 408),
    reposts: (5, 7),
    audio: (16, 22),
    viral: (3, 5),
    followers_start: (600.0, 1200.0),
    followers_now: (11_200.0, 12_800.0),
    reach: (0.3, 0.45),
    discovery_views: 150.0,
    profile_view_rate: (0.022, 0.03),
    links: MAIN_LINKS,
    links_min: 3,
    japanese: 0.2,
    rhythm: true,
};

const SMALL_SPEC: AccountSpec = AccountSpec {
    salt: 0x736d_616c_6c61_6363,
    id_base: 18_060_000_000_000_000,
    user_id: "17841400000000002",
    username: "jonah.sketches",
    name: "Jonah Okafor",
    biography: "Sketchbook pages and the occasional comic. Just getting started here.",
    is_verified: false,
    picture_url: "https://example.com/spool-demo/jonah.jpg",
    span_days: 90,
    posts: (18, 22),
    reposts: (1, 1),
    audio: (0, 0),
    viral: (0, 0),
    followers_start: (3.0, 8.0),
    followers_now: (52.0, 68.0),
    reach: (0.5, 0.8),
    discovery_views: 40.0,
    profile_view_rate: (0.03, 0.05),
    links: SMALL_LINKS,
    links_min: 1,
    japanese: 0.0,
    rhythm: false,
};

const TOPICS: &[&str] = &[
    "glazing",
    "throwing bigger bowls",
    "pricing handmade work",
    "balcony tomatoes",
    "a slow morning routine",
    "the weekly newsletter",
    "trimming on the wheel",
    "studio lighting",
    "selling at craft fairs",
    "saying no to commissions",
    "kiln scheduling",
    "seed saving",
    "photographing ceramics",
    "creative burnout",
    "growing an audience here",
];

const TEXT_TEMPLATES: &[&str] = &[
    "Unpopular opinion: {topic} is mostly about patience.",
    "Three years into {topic} and I'm still learning something every week.",
    "What's one thing about {topic} you wish someone had told you sooner?",
    "Small win today: finally figured out {topic}.",
    "Reminder that {topic} doesn't have to be perfect to be worth doing.",
    "I used to think {topic} was overrated. I was wrong.",
    "Morning thread: my honest notes on {topic} 🧵",
    "If you're just starting with {topic}, start smaller than you think.",
    "Spent the whole weekend on {topic}. Worth it.",
    "Quick question: how many of you are into {topic}? Reply below 👇",
];

const CAPTION_TEMPLATES: &[&str] = &[
    "Fresh out of the kiln ✨",
    "Studio corner this morning.",
    "Process shot: {topic}.",
    "Before and after. Which one do you prefer?",
    "A few frames from this week of {topic}.",
    "Nothing fancy, just {topic} in good light.",
];

const AUDIO_TEMPLATES: &[&str] = &[
    "Voice note: a few thoughts on {topic}.",
    "Too long to type, so here's a voice note about {topic} 🎙️",
];

const LINK_TEMPLATES: &[&str] = &[
    "Wrote a longer piece on {topic}:",
    "New this week, all about {topic}:",
];

/// How far each of [`TOPICS`] carries, as a factor on a post's reach: what the "words that
/// travel" chart finds.
const TOPIC_APPEAL: [f64; 15] = [
    1.0, 1.2, 1.6, 0.8, 0.9, 0.7, 1.0, 0.85, 1.1, 1.45, 0.75, 0.9, 1.05, 1.5, 1.25,
];

/// The hashtag each of [`TOPICS`] is tagged with, when a post is tagged.
const TOPIC_HASHTAGS: [&str; 15] = [
    "#glaze",
    "#pottery",
    "#handmade",
    "#balconygarden",
    "#slowliving",
    "#newsletter",
    "#pottery",
    "#studiolife",
    "#craftfair",
    "#handmade",
    "#kiln",
    "#balconygarden",
    "#ceramics",
    "#studiolife",
    "#threadstips",
];

/// Sentences that make a post longer, in the order a long post uses them.
const EXTRA_SENTENCES: &[&str] = &[
    "It took me far longer than I expected to get here.",
    "The first attempts were honestly a mess, and that's fine.",
    "What finally helped was writing down every step and changing one thing at a time.",
    "I keep a small notebook next to the wheel just for {topic}.",
    "Most of the advice I found online assumed a bigger studio and a bigger budget than mine.",
    "So here's what actually works in a tiny space with a day job.",
    "If you try it, tell me how it goes: I read every reply.",
    "More on this in Sunday's newsletter, with photos of the failures too.",
    "Slow progress is still progress.",
    "I'd love to hear how the rest of you approach {topic}.",
];

/// Japanese topics, each a word the "words that travel" chart can count.
const JA_TOPICS: [&str; 12] = [
    "陶芸",
    "釉薬",
    "ろくろ",
    "窯出し",
    "ベランダ菜園",
    "ミニトマト",
    "朝の習慣",
    "ニュースレター",
    "値付け",
    "クラフトフェア",
    "器の撮影",
    "燃え尽き",
];

/// The hashtag each of [`JA_TOPICS`] is tagged with, when a post is tagged.
const JA_HASHTAGS: [&str; 12] = [
    "#陶芸",
    "#釉薬",
    "#陶芸",
    "#うつわ",
    "#ベランダ菜園",
    "#ベランダ菜園",
    "#ていねいな暮らし",
    "#ニュースレター",
    "#うつわ",
    "#クラフトフェア",
    "#うつわ",
    "#ていねいな暮らし",
];

const JA_TEXT_TEMPLATES: &[&str] = &[
    "{topic}について、最近思うこと。",
    "今日の{topic}。小さな進歩です。",
    "{topic}を始めたばかりの人へ:思っているより小さく始めるのがおすすめです。",
    "週末はずっと{topic}。やってよかった。",
    "{topic}のこと、みなさんはどうしていますか?👇",
];

const JA_CAPTION_TEMPLATES: &[&str] = &[
    "{topic}:窯出ししたばかり ✨",
    "今朝のアトリエで{topic}。",
    "制作途中:{topic}。",
    "今週の{topic}から何枚か。",
];

const JA_AUDIO_TEMPLATES: &[&str] = &["音声メモ:{topic}について少しだけ。"];

const JA_LINK_TEMPLATES: &[&str] = &["{topic}について長めに書きました:"];

/// Sentences that make a Japanese post longer.
const JA_EXTRA_SENTENCES: &[&str] = &[
    "思っていたよりずっと時間がかかりました。",
    "最初はうまくいかなくて、何度もやり直しました。",
    "一度にひとつずつ変えて、記録を取るようにしたら少しずつ分かってきました。",
    "小さなアトリエと限られた時間でもできる方法を探しています。",
    "試してみたら、ぜひ返信で教えてください。全部読んでいます。",
    "詳しくは日曜日のニュースレターで、失敗の写真も載せます。",
    "ゆっくりでも、前に進んでいます。",
];

const SHORTCODE_ALPHABET: &[u8] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

const COUNTRIES: &[(&str, f64)] = &[
    ("US", 34.0),
    ("GB", 11.0),
    ("BR", 8.0),
    ("CA", 7.0),
    ("IN", 6.0),
    ("AU", 5.0),
    ("DE", 4.0),
    ("MX", 4.0),
    ("FR", 3.0),
    ("ES", 3.0),
    ("IT", 2.5),
    ("NL", 2.0),
    ("IE", 1.8),
    ("PH", 1.6),
    ("NG", 1.4),
];

const CITIES: &[(&str, f64)] = &[
    ("London, England", 6.0),
    ("New York, New York", 5.5),
    ("Los Angeles, California", 4.5),
    ("Toronto, Ontario", 3.5),
    ("Chicago, Illinois", 3.0),
    ("São Paulo, São Paulo (state)", 3.0),
    ("Sydney, New South Wales", 2.8),
    ("Manchester, England", 2.2),
    ("San Francisco, California", 2.2),
    ("Melbourne, Victoria", 2.0),
    ("Mexico City, Distrito Federal", 2.0),
    ("Seattle, Washington", 1.9),
    ("Austin, Texas", 1.8),
    ("Dublin, Dublin", 1.6),
    ("Berlin, Berlin", 1.5),
    ("Rio de Janeiro, Rio de Janeiro (state)", 1.4),
    ("Mumbai, Maharashtra", 1.4),
    ("Paris, Île-de-France", 1.3),
    ("Madrid, Comunidad de Madrid", 1.2),
    ("Lagos, Lagos State", 1.1),
];

const AGES: &[(&str, f64)] = &[
    ("13-17", 1.5),
    ("18-24", 17.0),
    ("25-34", 38.0),
    ("35-44", 24.0),
    ("45-54", 11.0),
    ("55-64", 5.5),
    ("65+", 3.0),
];

const GENDERS: &[(&str, f64)] = &[("F", 58.0), ("M", 37.0), ("U", 5.0)];

/// Keys of a breakdown with their base weights.
type Keys = &'static [(&'static str, f64)];

/// Breakdown names with their keys and the share of followers the API reports for each (city
/// only covers the largest cities; a few followers have no known country or age).
const BREAKDOWNS: &[(&str, Keys, f64)] = &[
    ("country", COUNTRIES, 0.96),
    ("city", CITIES, 0.48),
    ("age", AGES, 0.94),
    ("gender", GENDERS, 0.99),
];

/// Salts that keep the per-day and per-post hash streams independent of each other.
const SALT_MISSING_DAY: u64 = 0x01;
const SALT_VIEW_NOISE: u64 = 0x02;
const SALT_VIEW_ROUNDING: u64 = 0x03;
const SALT_POST_PACE: u64 = 0x04;
const SALT_POST_CTR: u64 = 0x05;
const SALT_POST_TEXT: u64 = 0x06;
const SALT_RHYTHM: u64 = 0x07;
const SALT_CARRY_ON: u64 = 0x08;

/// At most this share of the days after an account was made have a post: the creator rests
/// now and then, however often they post.
const CARRIED_POSTING_DAYS: f64 = 0.85;
/// The share of the main account's posts after it was made that rise well above the usual.
const CARRIED_RISING: f64 = 0.08;

/// Share of days the API leaves out of the profile-views series, in thousandths.
const MISSING_DAYS_PER_MILLE: u64 = 30;

impl DemoAccount {
    /// The main demo account: ~400 posts over the 18 months before `now`, ~12,000 followers.
    pub fn main(seed: u64, now: DateTime<Utc>) -> DemoAccount {
        generate(&MAIN_SPEC, seed, now)
    }

    /// The main account with about `posts` posts over the same 18 months, for measuring how
    /// Spool scales (the benchmarks' 2,000-post account).
    pub fn main_with_posts(seed: u64, now: DateTime<Utc>, posts: u64) -> DemoAccount {
        let spec = AccountSpec {
            posts: (posts, posts),
            ..MAIN_SPEC
        };
        generate(&spec, seed, now)
    }

    /// A small account: ~20 posts over 3 months before `now`, about 60 followers.
    pub fn small(seed: u64, now: DateTime<Utc>) -> DemoAccount {
        generate(&SMALL_SPEC, seed, now)
    }

    /// Followers at moment `t`: 0 before the account existed, then non-decreasing.
    pub fn followers_at(&self, t: DateTime<Utc>) -> u64 {
        if t < self.created {
            return 0;
        }
        self.growth.value(days_between(self.created, t)).floor() as u64
    }

    /// Profile views on the Pacific `day` as known at `now`; None where the API gives no value.
    pub fn profile_views(&self, day: NaiveDate, now: DateTime<Utc>) -> Option<u64> {
        let today = pacific_day(now);
        if day > today || day < self.first_post_day {
            return None;
        }
        let day_key = day_key(day);
        // A viral post's day is never the one left out: the demo shows every spike.
        let spike_day = self.spikes.iter().any(|s| s.day == day);
        if !spike_day
            && hash(&[self.salt, SALT_MISSING_DAY, day_key]) % 1000 < MISSING_DAYS_PER_MILLE
        {
            return None;
        }
        let midnight = pacific_midnight(day);
        let followers = self.followers_at(shift(midnight, 12 * HOUR)) as f64;
        let noise = 0.82 + 0.36 * unit(hash(&[self.salt, SALT_VIEW_NOISE, day_key]));
        let mut views = followers
            * self.profile_view_rate
            * weekday_factor(day.weekday())
            * noise
            * self.spike_factor(day);
        if day == today {
            // Today is still being counted: only the part of the day already gone by.
            let length = days_between(midnight, pacific_midnight(next_day(day)));
            if length > 0.0 {
                views *= (days_between(midnight, now) / length).clamp(0.0, 1.0);
            }
        }
        let rounding = unit(hash(&[self.salt, SALT_VIEW_ROUNDING, day_key]));
        let views = (views + rounding).floor() as u64;
        (views > 0).then_some(views)
    }

    /// A post's lifetime metrics at `now`: zero before publication, then approaching `potential`.
    pub fn metrics_at(&self, post: &DemoPost, now: DateTime<Utc>) -> Option<DemoPostMetrics> {
        if post.media_type == DemoMediaType::RepostFacade {
            return None;
        }
        if now <= post.published {
            return Some(DemoPostMetrics::default());
        }
        let age = days_between(post.published, now);
        let pace = post_pace(post);
        let p = post.potential;
        Some(DemoPostMetrics {
            views: grown(p.views, age, 1.3 * pace),
            likes: grown(p.likes, age, 1.0 * pace),
            replies: grown(p.replies, age, 0.8 * pace),
            reposts: grown(p.reposts, age, 1.2 * pace),
            quotes: grown(p.quotes, age, 1.2 * pace),
            shares: grown(p.shares, age, 1.6 * pace),
        })
    }

    /// Growth of likes, replies, reposts and quotes over all posts between `since` and `until`.
    ///
    /// `views` and `shares` stay 0: the account-level `views` metric is profile views (see
    /// `profile_views`) and `shares` is not an account metric, so summing them would mislead.
    pub fn totals_between(&self, since: DateTime<Utc>, until: DateTime<Utc>) -> DemoPostMetrics {
        if until <= since {
            return DemoPostMetrics::default();
        }
        let sum = self
            .posts
            .iter()
            .filter_map(|post| {
                let end = self.metrics_at(post, until)?;
                let start = self.metrics_at(post, since)?;
                Some(end.saturating_sub(start))
            })
            .fold(DemoPostMetrics::default(), DemoPostMetrics::saturating_add);
        DemoPostMetrics {
            views: 0,
            shares: 0,
            ..sum
        }
    }

    /// Clicks per link URL between `since` and `until`, sorted by URL, without zero rows.
    pub fn clicks_between(&self, since: DateTime<Utc>, until: DateTime<Utc>) -> Vec<(String, u64)> {
        if until <= since {
            return Vec::new();
        }
        let mut clicks = vec![0u64; self.links.len()];
        for post in &self.posts {
            let Some(url) = &post.link_url else { continue };
            let Some(slot) = self.links.iter().position(|l| &l.url == url) else {
                continue;
            };
            let added = self
                .post_clicks(post, until)
                .saturating_sub(self.post_clicks(post, since));
            clicks[slot] = clicks[slot].saturating_add(added);
        }
        let start = days_between(self.created, since);
        let end = days_between(self.created, until);
        let (from, to) = (self.growth.integral(start), self.growth.integral(end));
        for (slot, link) in self.links.iter().enumerate() {
            // Cumulative counts floored at each end, so adjacent windows add up exactly.
            let rate = self.link_trickle_rate * link.weight;
            let added = ((to * rate).floor() as u64).saturating_sub((from * rate).floor() as u64);
            clicks[slot] = clicks[slot].saturating_add(added);
        }
        self.links
            .iter()
            .zip(clicks)
            .filter(|(_, n)| *n > 0)
            .map(|(link, n)| (link.url.clone(), n))
            .collect()
    }

    /// Follower counts at `now` for one breakdown (country, city, age, gender); None if unknown.
    ///
    /// The values are given whatever the follower count: refusing accounts under 100 followers
    /// is the endpoint's job.
    pub fn demographics(&self, breakdown: &str, now: DateTime<Utc>) -> Option<Vec<(String, u64)>> {
        let breakdown = self.demographics.iter().find(|b| b.name == breakdown)?;
        let covered = self.followers_at(now) as f64 * breakdown.coverage;
        let total: f64 = breakdown.weights.iter().map(|(_, w)| w).sum();
        if total <= 0.0 {
            return Some(Vec::new());
        }
        let mut rows: Vec<(String, u64)> = breakdown
            .weights
            .iter()
            .map(|(key, w)| (key.to_string(), (covered * w / total).floor() as u64))
            .collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Some(rows)
    }

    /// Adds the posts the creator publishes after the account was made, up to `t`: each
    /// Pacific day brings the posts drawn for that day from the seed and the day alone (see
    /// `DemoAccount::carried_on_day`), so the account at a moment is the same whether it was
    /// carried on there at once or an hour at a time. Nothing published before changes; a `t`
    /// earlier than the last one changes nothing.
    pub fn carry_on_to(&mut self, t: DateTime<Utc>) {
        let from = self.carry.until;
        if t <= from {
            return;
        }
        let mut new = Vec::new();
        let mut day = pacific_day(from);
        let last = pacific_day(t);
        while day <= last {
            let posts = match self.carry.drawn.take() {
                Some((drawn, posts)) if drawn == day => posts,
                _ => self.carried_on_day(day),
            };
            new.extend(
                posts
                    .iter()
                    .filter(|p| p.published > from && p.published <= t)
                    .cloned(),
            );
            self.carry.drawn = Some((day, posts));
            let Some(next) = day.succ_opt() else { break };
            day = next;
        }
        self.carry.until = t;
        // Newest first, as the account lists them.
        new.sort_by_key(|p| std::cmp::Reverse(p.published));
        self.posts.splice(0..0, new);
    }

    /// The posts the creator publishes on the Pacific `day`, if it is after the account was
    /// made (only those after that moment): drawn from the seed and the day, as often and in
    /// the same mix of formats, links, lengths, topics and languages as the account's last
    /// three months, each reaching the followers of its moment; now and then one rises well
    /// above the usual, as the newest post did when the account was made.
    fn carried_on_day(&self, day: NaiveDate) -> Vec<DemoPost> {
        let carry = &self.carry;
        if day < pacific_day(carry.made_at) {
            return Vec::new();
        }
        let key = day_key(day);
        let mut rng = Rng::new(hash(&[self.salt, SALT_CARRY_ON, key]), 0);
        // Most days a post, some days two, now and then none.
        let posting = carry.per_day.clamp(0.0, CARRIED_POSTING_DAYS);
        let count = if rng.chance(posting) {
            let second = if posting > 0.0 {
                carry.per_day / posting - 1.0
            } else {
                0.0
            };
            1 + usize::from(rng.chance(second))
        } else {
            0
        };
        let mut times: Vec<DateTime<Utc>> = (0..count)
            .map(|_| {
                shift(
                    pacific_midnight(day),
                    7 * HOUR + rng.below(15 * 3600 + 1800) as i64,
                )
            })
            .collect();
        times.sort();
        let mut shortcodes: BTreeSet<String> = BTreeSet::new();
        let mut posts = Vec::with_capacity(count);
        for (i, t) in times.into_iter().enumerate() {
            let r = rng.unit();
            let kind = if r < carry.reposts {
                DemoMediaType::RepostFacade
            } else if r < carry.reposts + carry.audio {
                DemoMediaType::Audio
            } else {
                match rng.unit() {
                    r if r < 0.48 => DemoMediaType::TextPost,
                    r if r < 0.72 => DemoMediaType::Image,
                    r if r < 0.83 => DemoMediaType::Video,
                    _ => DemoMediaType::CarouselAlbum,
                }
            };
            let is_repost = kind == DemoMediaType::RepostFacade;
            let shortcode = loop {
                let code: String = (0..11)
                    .map(|_| {
                        let c =
                            SHORTCODE_ALPHABET[rng.below(SHORTCODE_ALPHABET.len() as u64) as usize];
                        char::from(c)
                    })
                    .collect();
                if !carry.made_shortcodes.contains(&code) && shortcodes.insert(code.clone()) {
                    break code;
                }
            };
            let id = carry
                .id_base
                .saturating_add((t.timestamp().max(0) as u64).saturating_mul(1000))
                .saturating_add(i as u64);
            let link_url = if !is_repost && rng.chance(0.08) && !self.links.is_empty() {
                draw_link(&mut rng, &self.links)
            } else {
                None
            };
            let topic_index = rng.below(TOPICS.len() as u64) as usize;
            let english = draw_english(&mut rng, kind, link_url.as_deref(), topic_index);
            let mut words = Rng::new(
                hash(&[self.salt, SALT_POST_TEXT, SALT_CARRY_ON, key]),
                i as u64,
            );
            let japanese = (!is_repost && words.chance(carry.japanese))
                .then(|| words.below(JA_TOPICS.len() as u64) as usize);
            let wording = word_post(
                &mut words,
                kind,
                english,
                topic_index,
                link_url.as_deref(),
                japanese,
            );
            let is_quote_post = !is_repost && rng.chance(0.05);
            let potential = if is_repost {
                DemoPostMetrics::default()
            } else {
                let boost = if rng.chance(carry.rising) {
                    Boost::Rising
                } else {
                    Boost::None
                };
                let audience = (self.followers_at(t) as f64 * carry.reach + carry.discovery_views)
                    * wording.reach
                    * weekday_reach(day.weekday());
                potential_metrics(&mut rng, kind, audience, boost, wording.engagement)
            };
            let permalink = Some(format!(
                "https://www.threads.net/@{}/post/{}",
                self.username, shortcode
            ));
            posts.push(DemoPost {
                id: id.to_string(),
                media_type: kind,
                text: wording.text,
                published: t,
                permalink,
                shortcode,
                is_quote_post,
                potential,
                link_url,
            });
        }
        posts.retain(|p| p.published > carry.made_at);
        posts
    }

    /// Multiplier on the day's profile views from the spikes after viral posts.
    fn spike_factor(&self, day: NaiveDate) -> f64 {
        const DECAY: [f64; 3] = [1.0, 0.4, 0.15];
        self.spikes
            .iter()
            .filter_map(|s| {
                let k = day.signed_duration_since(s.day).num_days();
                let k = usize::try_from(k).ok()?;
                (k < s.days as usize).then(|| 1.0 + (s.peak - 1.0) * DECAY.get(k).unwrap_or(&0.0))
            })
            .fold(1.0, f64::max)
    }

    /// Link clicks a post has gathered by `t`, following its views.
    fn post_clicks(&self, post: &DemoPost, t: DateTime<Utc>) -> u64 {
        if t <= post.published || post.media_type == DemoMediaType::RepostFacade {
            return 0;
        }
        let ctr = 0.004 + 0.012 * unit(hash(&[SALT_POST_CTR, hash_str(&post.shortcode)]));
        let potential = (post.potential.views as f64 * ctr).floor() as u64;
        grown(
            potential,
            days_between(post.published, t),
            1.3 * post_pace(post),
        )
    }
}

/// `t` moved by `secs`, saturating at the ends of chrono's range instead of panicking.
fn shift(t: DateTime<Utc>, secs: i64) -> DateTime<Utc> {
    TimeDelta::try_seconds(secs)
        .and_then(|d| t.checked_add_signed(d))
        .unwrap_or(if secs < 0 {
            DateTime::<Utc>::MIN_UTC
        } else {
            DateTime::<Utc>::MAX_UTC
        })
}

/// Days (fractional) from `a` to `b`.
fn days_between(a: DateTime<Utc>, b: DateTime<Utc>) -> f64 {
    b.signed_duration_since(a).num_seconds() as f64 / SECS_PER_DAY
}

fn next_day(day: NaiveDate) -> NaiveDate {
    day.succ_opt().unwrap_or(day)
}

/// A stable number for a day, for hashing.
fn day_key(day: NaiveDate) -> u64 {
    i64::from(day.num_days_from_ce()) as u64
}

/// Weekdays draw more profile visits than weekends.
fn weekday_factor(day: Weekday) -> f64 {
    match day {
        Weekday::Mon => 1.10,
        Weekday::Tue => 1.18,
        Weekday::Wed => 1.15,
        Weekday::Thu => 1.08,
        Weekday::Fri => 0.95,
        Weekday::Sat => 0.68,
        Weekday::Sun => 0.72,
    }
}

/// `1 - exp(-x / tau)`: the share of a saturating process done after `x`.
fn saturation(x: f64, tau: f64) -> f64 {
    if x.is_nan() || x <= 0.0 || tau.is_nan() || tau <= 0.0 {
        return 0.0;
    }
    -(-x / tau).exp_m1()
}

/// How much of `total` a post has gathered `age_days` after publication: most within days
/// (time constant `tau`), the last 15% creeping in over weeks.
fn grown(total: u64, age_days: f64, tau: f64) -> u64 {
    let share = 0.85 * saturation(age_days, tau) + 0.15 * saturation(age_days, 12.0 * tau);
    ((total as f64 * share).floor() as u64).min(total)
}

/// Per-post speed of growth (0.7-1.6), from the shortcode so it needs no stored state.
fn post_pace(post: &DemoPost) -> f64 {
    0.7 + 0.9 * unit(hash(&[SALT_POST_PACE, hash_str(&post.shortcode)]))
}

/// SplitMix64's finaliser: a well-mixed 64-bit function of `z`.
fn mix64(z: u64) -> u64 {
    let z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    let z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A hash of several numbers, order-sensitive.
fn hash(parts: &[u64]) -> u64 {
    parts.iter().fold(0x243f_6a88_85a3_08d3, |acc, &p| {
        mix64(acc ^ p.wrapping_add(0x9e37_79b9_7f4a_7c15))
    })
}

/// FNV-1a of a string, mixed.
fn hash_str(s: &str) -> u64 {
    mix64(s.bytes().fold(0xcbf2_9ce4_8422_2325, |acc, b| {
        (acc ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    }))
}

/// A uniform number in [0, 1) from 53 bits of `x`.
fn unit(x: u64) -> f64 {
    (x >> 11) as f64 / (1u64 << 53) as f64
}

/// SplitMix64: tiny, fast and the same everywhere.
struct Rng(u64);

/// The link a post carries, drawn from `links` by their weights (the last one when the draw
/// falls past them all).
fn draw_link(rng: &mut Rng, links: &[DemoLink]) -> Option<String> {
    let r = rng.unit();
    let mut acc = 0.0;
    links
        .iter()
        .find(|link| {
            acc += link.weight;
            r < acc
        })
        .or(links.last())
        .map(|link| link.url.clone())
}

/// A post's English text on the topic `topic_index` of [`TOPICS`]: none for a repost; a
/// link's words and the link, or words for its kind (a caption four times in five for media).
/// Every demo post, past or carried on, draws it this way, so its world is the same however it
/// is made.
fn draw_english(
    rng: &mut Rng,
    kind: DemoMediaType,
    link_url: Option<&str>,
    topic_index: usize,
) -> Option<String> {
    let topic = TOPICS.get(topic_index).copied().unwrap_or("making things");
    match kind {
        DemoMediaType::RepostFacade => None,
        _ if link_url.is_some() => Some(format!(
            "{} {}",
            rng.pick(LINK_TEMPLATES, "{topic}:")
                .replace("{topic}", topic),
            link_url.unwrap_or_default()
        )),
        DemoMediaType::TextPost => Some(
            rng.pick(TEXT_TEMPLATES, "{topic}")
                .replace("{topic}", topic),
        ),
        DemoMediaType::Audio => Some(
            rng.pick(AUDIO_TEMPLATES, "{topic}")
                .replace("{topic}", topic),
        ),
        _ => rng.chance(0.8).then(|| {
            rng.pick(CAPTION_TEMPLATES, "{topic}")
                .replace("{topic}", topic)
        }),
    }
}

impl Rng {
    fn new(seed: u64, salt: u64) -> Self {
        Self(mix64(seed ^ salt))
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        mix64(self.0)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        unit(self.next_u64())
    }

    /// Uniform in [lo, hi).
    fn between(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }

    /// Uniform in 0..n (0 if n is 0), without modulo bias worth mentioning.
    fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// Uniform in lo..=hi.
    fn inclusive(&mut self, (lo, hi): (u64, u64)) -> u64 {
        lo + self.below(hi.saturating_sub(lo).saturating_add(1))
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// One of `items`; `fallback` if there are none.
    fn pick<'a>(&mut self, items: &[&'a str], fallback: &'a str) -> &'a str {
        let i = self.below(items.len() as u64) as usize;
        items.get(i).copied().unwrap_or(fallback)
    }

    /// `x` rounded up or down at random, so sums of many small values stay unbiased.
    fn round(&mut self, x: f64) -> u64 {
        (x + self.unit()).floor() as u64
    }
}

/// Builds a whole account from its spec; one random stream, so each seed gives one account.
fn generate(spec: &AccountSpec, seed: u64, now: DateTime<Utc>) -> DemoAccount {
    let salt = mix64(seed ^ spec.salt);
    let mut rng = Rng::new(seed, spec.salt);

    // Publication times, oldest first: the first post opens the span, the newest is a few hours
    // old (so it is still growing), and posting gets more frequent over time.
    let today = pacific_day(now);
    let first_day = today
        .checked_sub_days(Days::new(spec.span_days))
        .unwrap_or(today);
    let count = rng.inclusive(spec.posts).max(2);
    let mut published = Vec::with_capacity(count as usize);
    let local_time = |rng: &mut Rng| 7 * HOUR + rng.below(15 * 3600 + 1800) as i64;
    let first_secs = local_time(&mut rng);
    published.push(shift(pacific_midnight(first_day), first_secs));
    for _ in 2..count {
        let offset = 1 + ((spec.span_days - 2) as f64 * rng.unit().powf(0.8)).floor() as u64;
        let day = first_day
            .checked_add_days(Days::new(offset))
            .unwrap_or(first_day);
        let secs = local_time(&mut rng);
        published.push(shift(pacific_midnight(day), secs));
    }
    // Draws of their own, so the rest of the account is as it would be without them.
    let mut rhythm = Rng::new(seed, spec.salt ^ SALT_RHYTHM);
    let streak = if spec.rhythm {
        shape_rhythm(
            published.get_mut(1..).unwrap_or_default(),
            today,
            spec.span_days,
            &mut rhythm,
        )
    } else {
        None
    };
    let newest_age = 2 * HOUR + rng.below(18 * 3600) as i64;
    published.push(shift(now, -newest_age));
    published.sort();
    let n = published.len();

    // Media types: fixed numbers of reposts and voice notes, the rest by weight; the first and
    // newest posts stay ordinary so the account opens and ends with its own voice.
    let mut kinds = vec![DemoMediaType::TextPost; n];
    let mut special: BTreeSet<usize> = BTreeSet::new();
    for (kind, range) in [
        (DemoMediaType::RepostFacade, spec.reposts),
        (DemoMediaType::Audio, spec.audio),
    ] {
        let wanted = rng.inclusive(range) as usize;
        let mut placed = 0;
        let mut tries = 0;
        while placed < wanted && tries < 10_000 && n > 2 {
            tries += 1;
            let i = 1 + rng.below((n - 2) as u64) as usize;
            // A repost is not the creator's own post: none in the streak, which is of theirs.
            let in_streak = streak.as_ref().is_some_and(|days| {
                days.contains(
                    &today
                        .signed_duration_since(pacific_day(published[i]))
                        .num_days(),
                )
            });
            if kind == DemoMediaType::RepostFacade && in_streak {
                continue;
            }
            if special.insert(i) {
                kinds[i] = kind;
                placed += 1;
            }
        }
    }
    for (i, kind) in kinds.iter_mut().enumerate() {
        if special.contains(&i) {
            continue;
        }
        let r = rng.unit();
        *kind = if r < 0.48 {
            DemoMediaType::TextPost
        } else if r < 0.72 {
            DemoMediaType::Image
        } else if r < 0.83 {
            DemoMediaType::Video
        } else {
            DemoMediaType::CarouselAlbum
        };
    }
    // Every ordinary kind appears at least once, however few posts there are.
    for (slot, kind) in [
        DemoMediaType::Video,
        DemoMediaType::Image,
        DemoMediaType::CarouselAlbum,
        DemoMediaType::TextPost,
    ]
    .into_iter()
    .enumerate()
    {
        if !kinds.contains(&kind) {
            let i = n.saturating_sub(1 + slot);
            if !special.contains(&i)
                && let Some(k) = kinds.get_mut(i)
            {
                *k = kind;
            }
        }
    }

    // Viral posts: a few own posts, at least a week old, in the later three quarters of the span,
    // published Monday to Wednesday (so their spikes do not swamp the weekly rhythm), days apart.
    let span_start = published.first().copied().unwrap_or(now);
    let span = days_between(span_start, now);
    let wanted_viral = rng.inclusive(spec.viral) as usize;
    let mut viral: BTreeSet<usize> = BTreeSet::new();
    let may_go_viral = |i: usize| {
        let t = published[i];
        matches!(
            kinds[i],
            DemoMediaType::TextPost
                | DemoMediaType::Image
                | DemoMediaType::Video
                | DemoMediaType::CarouselAlbum
        ) && matches!(
            pacific_day(t).weekday(),
            Weekday::Mon | Weekday::Tue | Weekday::Wed
        ) && days_between(span_start, t) >= 0.25 * span
    };
    // One of them in the last three months, so a replayed past of that length holds one.
    if spec.rhythm && wanted_viral > 0 && n > 2 {
        let recent: Vec<usize> = (1..n - 1)
            .filter(|&i| {
                may_go_viral(i) && (10.0..=75.0).contains(&days_between(published[i], now))
            })
            .collect();
        if let Some(&i) = recent.get(rhythm.below(recent.len() as u64) as usize) {
            viral.insert(i);
        }
    }
    let mut tries = 0;
    while viral.len() < wanted_viral && tries < 10_000 && n > 2 {
        tries += 1;
        let i = 1 + rng.below((n - 2) as u64) as usize;
        let t = published[i];
        let eligible = may_go_viral(i)
            && days_between(t, now) >= 7.0
            && viral
                .iter()
                .all(|&j| days_between(published[j], t).abs() >= 5.0);
        if eligible {
            viral.insert(i);
        }
    }

    // Followers: the account opened a few days before its first post with some followers brought
    // over from Instagram; organic growth accelerates, and each viral post adds a jump.
    let created = shift(span_start, -(3 * DAY + rng.below(9 * DAY as u64) as i64));
    let life = days_between(created, now).max(1.0);
    let start = rng.between(spec.followers_start.0, spec.followers_start.1);
    let target = rng.between(spec.followers_now.0, spec.followers_now.1);
    let bumps: Vec<FollowerBump> = viral
        .iter()
        .map(|&i| FollowerBump {
            at_day: days_between(created, published[i]),
            size: target * rng.between(0.025, 0.06),
            tau_days: rng.between(1.5, 4.0),
        })
        .collect();
    let from_bumps: f64 = bumps
        .iter()
        .map(|b| b.size * saturation(life - b.at_day, b.tau_days))
        .sum();
    let organic = (target - start - from_bumps).max(0.0);
    let growth = FollowerGrowth {
        start,
        linear: 0.35 * organic / life,
        quadratic: 0.65 * organic / (life * life),
        bumps,
    };
    let followers_at = |t: DateTime<Utc>| growth.value(days_between(created, t));

    // The one post without a permalink (copyrighted material): preferably a non-viral video.
    let copyrighted = (0..n)
        .filter(|i| !viral.contains(i))
        .filter(|&i| kinds[i] == DemoMediaType::Video)
        .nth(rng.below(4) as usize)
        .or_else(|| {
            (0..n).find(|&i| !viral.contains(&i) && kinds[i] != DemoMediaType::RepostFacade)
        });

    // Links: the fixed ones, then optional ones; weights perturbed, normalised, sorted by URL.
    let link_count = rng.inclusive((spec.links_min, spec.links.len() as u64)) as usize;
    let mut links: Vec<DemoLink> = spec
        .links
        .iter()
        .take(link_count)
        .map(|(url, w)| DemoLink {
            url: (*url).to_string(),
            weight: w * rng.between(0.8, 1.25),
        })
        .collect();
    let weight_sum: f64 = links.iter().map(|l| l.weight).sum();
    if weight_sum > 0.0 {
        for link in &mut links {
            link.weight /= weight_sum;
        }
    }
    links.sort_by(|a, b| a.url.cmp(&b.url));

    let reach = rng.between(spec.reach.0, spec.reach.1);
    // Japanese posts take their topics in turn, so each recurs.
    let mut japanese_posts = rhythm.below(JA_TOPICS.len() as u64) as usize;
    let mut shortcodes: BTreeSet<String> = BTreeSet::new();
    let mut posts = Vec::with_capacity(n);
    for (i, (&t, &kind)) in published.iter().zip(&kinds).enumerate() {
        let is_repost = kind == DemoMediaType::RepostFacade;
        let shortcode = loop {
            let code: String = (0..11)
                .map(|_| {
                    let c = SHORTCODE_ALPHABET[rng.below(SHORTCODE_ALPHABET.len() as u64) as usize];
                    char::from(c)
                })
                .collect();
            if shortcodes.insert(code.clone()) {
                break code;
            }
        };
        // Ids grow with time like real media ids; the index keeps equal seconds apart.
        let id = spec
            .id_base
            .saturating_add((t.timestamp().max(0) as u64).saturating_mul(1000))
            .saturating_add(i as u64 % 1000);
        let link_url = if !is_repost && rng.chance(0.08) && !links.is_empty() {
            draw_link(&mut rng, &links)
        } else {
            None
        };
        let topic_index = rng.below(TOPICS.len() as u64) as usize;
        let english = draw_english(&mut rng, kind, link_url.as_deref(), topic_index);
        // Drawn per post, so the account's other draws are as they were without them.
        let mut words = Rng::new(hash(&[salt, SALT_POST_TEXT, i as u64]), 0);
        let japanese = (!is_repost && words.chance(spec.japanese)).then(|| {
            japanese_posts += 1;
            japanese_posts % JA_TOPICS.len()
        });
        let wording = word_post(
            &mut words,
            kind,
            english,
            topic_index,
            link_url.as_deref(),
            japanese,
        );
        let is_quote_post = !is_repost && rng.chance(0.05);
        let permalink = (Some(i) != copyrighted).then(|| {
            format!(
                "https://www.threads.net/@{}/post/{}",
                spec.username, shortcode
            )
        });
        let potential = if is_repost {
            DemoPostMetrics::default()
        } else {
            let boost = if viral.contains(&i) {
                Boost::Viral
            } else if spec.rhythm && i + 1 == n {
                Boost::Rising
            } else {
                Boost::None
            };
            let audience = (followers_at(t) * reach + spec.discovery_views)
                * wording.reach
                * weekday_reach(pacific_day(t).weekday());
            potential_metrics(&mut rng, kind, audience, boost, wording.engagement)
        };
        posts.push(DemoPost {
            id: id.to_string(),
            media_type: kind,
            text: wording.text,
            published: t,
            permalink,
            shortcode,
            is_quote_post,
            potential,
            link_url,
        });
    }

    // Each viral post sends a burst of visitors to the profile: 5-20x on its day, fading within 1-3 days.
    let spikes = viral
        .iter()
        .map(|&i| ViewSpike {
            day: pacific_day(published[i]),
            peak: rng.between(5.0, 20.0),
            days: rng.inclusive((1, 3)) as u32,
        })
        .collect();

    let demographics = BREAKDOWNS
        .iter()
        .map(|&(name, keys, coverage)| Breakdown {
            name,
            coverage,
            weights: keys
                .iter()
                .map(|&(key, w)| (key, w * rng.between(0.75, 1.3)))
                .collect(),
        })
        .collect();

    posts.reverse();
    // The creator goes on as in the last three months: as often, in the same mix.
    let recent = posts
        .iter()
        .filter(|p| days_between(p.published, now) <= 90.0)
        .count();
    let share = |kind: DemoMediaType| {
        posts.iter().filter(|p| p.media_type == kind).count() as f64 / posts.len().max(1) as f64
    };
    let carry = CarryOn {
        made_at: now,
        until: now,
        per_day: recent as f64 / 90.0,
        reposts: share(DemoMediaType::RepostFacade),
        audio: share(DemoMediaType::Audio),
        rising: if spec.rhythm { CARRIED_RISING } else { 0.0 },
        reach,
        discovery_views: spec.discovery_views,
        japanese: spec.japanese,
        id_base: spec.id_base,
        made_shortcodes: shortcodes,
        drawn: None,
    };
    DemoAccount {
        user_id: spec.user_id.to_string(),
        username: spec.username.to_string(),
        name: spec.name.to_string(),
        biography: spec.biography.to_string(),
        is_verified: spec.is_verified,
        picture_url: spec.picture_url.to_string(),
        posts,
        created,
        first_post_day: pacific_day(span_start),
        salt,
        growth,
        profile_view_rate: rng.between(spec.profile_view_rate.0, spec.profile_view_rate.1),
        spikes,
        links,
        link_trickle_rate: rng.between(0.0012, 0.002),
        demographics,
        carry,
    }
}

/// What a post says, and how that carries.
struct Wording {
    text: Option<String>,
    /// A factor on the post's reach.
    reach: f64,
    /// A factor on its engagement per view.
    engagement: f64,
}

/// The longest text Threads takes, in characters.
const TEXT_MAX: usize = 500;

/// Words a post of `kind` says: the English ones drawn already, or Japanese on the `japanese`
/// topic; some made longer, some tagged. Links travel less, Japanese posts reach fewer people
/// but engage them more, and posts of a couple of sentences travel furthest.
fn word_post(
    words: &mut Rng,
    kind: DemoMediaType,
    english: Option<String>,
    topic: usize,
    link: Option<&str>,
    japanese: Option<usize>,
) -> Wording {
    if kind == DemoMediaType::RepostFacade {
        return Wording {
            text: None,
            reach: 1.0,
            engagement: 1.0,
        };
    }
    let (mut text, appeal, extra, hashtag, mut reach, mut engagement) = match japanese {
        Some(j) => {
            let topic_word = JA_TOPICS.get(j).copied().unwrap_or("陶芸");
            let templates = match kind {
                _ if link.is_some() => JA_LINK_TEMPLATES,
                DemoMediaType::TextPost => JA_TEXT_TEMPLATES,
                DemoMediaType::Audio => JA_AUDIO_TEMPLATES,
                _ => JA_CAPTION_TEMPLATES,
            };
            let mut text = words
                .pick(templates, "{topic}")
                .replace("{topic}", topic_word);
            if let Some(url) = link {
                text = format!("{text} {url}");
            }
            (
                Some(text),
                TOPIC_APPEAL.get(j).copied().unwrap_or(1.0),
                JA_EXTRA_SENTENCES,
                JA_HASHTAGS.get(j).copied().unwrap_or("#陶芸"),
                0.7,
                1.35,
            )
        }
        None => (
            english,
            TOPIC_APPEAL.get(topic).copied().unwrap_or(1.0),
            EXTRA_SENTENCES,
            TOPIC_HASHTAGS.get(topic).copied().unwrap_or("#ceramics"),
            1.0,
            1.0,
        ),
    };
    let topic_word = match japanese {
        Some(j) => JA_TOPICS.get(j).copied().unwrap_or("陶芸"),
        None => TOPICS.get(topic).copied().unwrap_or("making things"),
    };
    if let Some(text) = &mut text
        && link.is_none()
    {
        // Texts of every length: most a line, some a paragraph, a few nearly the most
        // Threads takes.
        let r = words.unit();
        let target = match kind {
            DemoMediaType::TextPost if r < 0.2 => Some(words.between(90.0, 190.0)),
            DemoMediaType::TextPost if r < 0.35 => Some(words.between(210.0, 340.0)),
            DemoMediaType::TextPost if r < 0.45 => Some(words.between(380.0, 480.0)),
            DemoMediaType::Image | DemoMediaType::Video | DemoMediaType::CarouselAlbum
                if r < 0.2 =>
            {
                Some(words.between(90.0, 190.0))
            }
            _ => None,
        };
        if let Some(target) = target {
            // Japanese runs its sentences on without a space.
            let separator = if japanese.is_some() { "" } else { " " };
            lengthen(text, target as usize, (extra, separator), topic_word, words);
        }
        if words.chance(0.35) {
            append_within_limit(text, " ", hashtag);
        }
    }
    if link.is_some() {
        reach *= 0.7;
        engagement *= 0.85;
    }
    let characters = text.as_deref().map_or(0, |t| t.chars().count());
    reach *= appeal
        * match characters {
            0 => 0.95,
            1..=80 => 1.0,
            81..=200 => 1.2,
            201..=350 => 1.05,
            _ => 0.8,
        };
    if characters > 350 {
        engagement *= 1.15;
    }
    if kind == DemoMediaType::Audio {
        engagement *= 1.3;
    }
    Wording {
        text,
        reach,
        engagement,
    }
}

/// Adds sentences of `extra` (in turn, from one drawn, each after `separator`) to `text` until
/// it is about `target` characters long, never past [`TEXT_MAX`].
fn lengthen(
    text: &mut String,
    target: usize,
    (extra, separator): (&[&str], &str),
    topic: &str,
    words: &mut Rng,
) {
    if extra.is_empty() {
        return;
    }
    let first = words.below(extra.len() as u64) as usize;
    for k in 0..extra.len() {
        if text.chars().count() >= target {
            break;
        }
        let sentence = extra[(first + k) % extra.len()].replace("{topic}", topic);
        if !append_within_limit(text, separator, &sentence) {
            break;
        }
    }
}

/// Appends `more` after `separator` if the text stays within [`TEXT_MAX`]; whether it did.
fn append_within_limit(text: &mut String, separator: &str, more: &str) -> bool {
    if text.chars().count() + separator.chars().count() + more.chars().count() > TEXT_MAX {
        return false;
    }
    text.push_str(separator);
    text.push_str(more);
    true
}

/// Some days of the week carry posts further than others (a factor on a post's reach, by the
/// Pacific day it was published).
fn weekday_reach(day: Weekday) -> f64 {
    match day {
        Weekday::Mon => 1.05,
        Weekday::Tue => 1.3,
        Weekday::Wed => 1.15,
        Weekday::Thu => 1.0,
        Weekday::Fri => 0.85,
        Weekday::Sat => 0.65,
        Weekday::Sun => 0.8,
    }
}

/// Holidays without a post and a three-week streak with a post every day, counted in days
/// before `today`: posts falling on a holiday move (to the streak's empty days first), and the
/// streak's days still empty take a post from long before it. Times of day are kept. The
/// streak's days, in days before `today`, if there is one.
fn shape_rhythm(
    times: &mut [DateTime<Utc>],
    today: NaiveDate,
    span_days: u64,
    rng: &mut Rng,
) -> Option<std::ops::Range<i64>> {
    let span = i64::try_from(span_days).unwrap_or(i64::MAX);
    if span < 365 || times.is_empty() {
        return None;
    }
    let days_ago = |t: DateTime<Utc>| today.signed_duration_since(pacific_day(t)).num_days();
    // (the holiday's last day, in days ago; its length)
    let holidays = [
        (50 + rng.below(5) as i64, 9),
        (142 + rng.below(5) as i64, 8),
        (290 + rng.below(5) as i64, 12),
    ];
    let on_holiday = |ago: i64| {
        holidays
            .iter()
            .any(|&(last, length)| ago >= last && ago < last + length)
    };
    let streak_start = 16 + rng.below(5) as i64;
    let streak = streak_start..streak_start + STREAK_DAYS;
    let moved = |t: DateTime<Utc>, ago: i64| -> Option<DateTime<Utc>> {
        let time_of_day = t.signed_duration_since(pacific_midnight(pacific_day(t)));
        let day = today.checked_sub_days(Days::new(u64::try_from(ago).ok()?))?;
        Some(shift(pacific_midnight(day), time_of_day.num_seconds()))
    };
    let mut empty_streak_days: Vec<i64> = streak
        .clone()
        .filter(|&ago| !times.iter().any(|&t| days_ago(t) == ago))
        .collect();
    for slot in times.iter_mut() {
        let t = *slot;
        if !on_holiday(days_ago(t)) {
            continue;
        }
        let ago = empty_streak_days.pop().or_else(|| {
            (0..100)
                .map(|_| 2 + rng.below((span - 4).max(1) as u64) as i64)
                .find(|&ago| !on_holiday(ago))
        });
        if let Some(new) = ago.and_then(|ago| moved(t, ago)) {
            *slot = new;
        }
    }
    let donors: Vec<usize> = (0..times.len())
        .filter(|&i| days_ago(times[i]) > 120 && !on_holiday(days_ago(times[i])))
        .collect();
    for (ago, &donor) in empty_streak_days.into_iter().zip(donors.iter().rev()) {
        if let Some(new) = moved(times[donor], ago) {
            times[donor] = new;
        }
    }
    times.sort();
    Some(streak)
}

/// How many days in a row the main account posted, a few weeks ago.
const STREAK_DAYS: i64 = 21;

/// How far above the usual a post was made to go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Boost {
    /// An ordinary post.
    None,
    /// A viral post: 60-150x the usual.
    Viral,
    /// A post rising well above the usual, 4-6x (the newest).
    Rising,
}

/// Lifetime totals for one post: views from the audience at publication times a heavy-tailed
/// multiplier (Pareto for ordinary posts, 60-150x for viral ones, 4-6x for a rising one),
/// engagement as shares of views (times `engagement`).
fn potential_metrics(
    rng: &mut Rng,
    kind: DemoMediaType,
    audience: f64,
    boost: Boost,
    engagement: f64,
) -> DemoPostMetrics {
    let viral = boost == Boost::Viral;
    let format = match kind {
        DemoMediaType::TextPost => 0.9,
        DemoMediaType::Image => 1.15,
        DemoMediaType::Video => 1.3,
        DemoMediaType::CarouselAlbum => 1.25,
        DemoMediaType::Audio => 0.6,
        DemoMediaType::RepostFacade => 0.0,
    };
    let multiplier = if viral {
        rng.between(60.0, 150.0)
    } else if boost == Boost::Rising {
        rng.between(4.0, 6.0)
    } else {
        // Pareto with alpha 1.7, capped: most posts near 1x, a few reaching 10-25x.
        let tail = (1.0 - rng.unit()).powf(-1.0 / 1.7).min(25.0);
        tail * rng.between(0.5, 1.0)
    };
    let views = rng.round(audience * format * multiplier).max(1);
    // Viral posts reach people who engage less than followers do.
    let like_rate = if viral {
        rng.between(0.01, 0.025)
    } else {
        rng.between(0.012, 0.05)
    };
    let likes_f = views as f64 * like_rate * engagement;
    let likes = rng.round(likes_f).min(views);
    let reply_rate = rng.between(0.04, 0.22);
    let replies = rng.round(likes_f * reply_rate);
    let reposts_f = likes_f * rng.between(0.01, 0.07);
    let reposts = rng.round(reposts_f);
    let quote_rate = rng.between(0.05, 0.35);
    let quotes = rng.round(reposts_f * quote_rate);
    let share_rate = rng.between(0.01, 0.06);
    let shares = rng.round(likes_f * share_rate);
    DemoPostMetrics {
        views,
        likes,
        replies,
        reposts,
        quotes,
        shares,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s)
            .expect("valid moment")
            .to_utc()
    }

    fn now() -> DateTime<Utc> {
        at("2026-04-21T15:30:00Z")
    }

    fn all_days(account: &DemoAccount, now: DateTime<Utc>) -> Vec<NaiveDate> {
        let mut days = Vec::new();
        let mut d = account.first_post_day;
        while d <= pacific_day(now) {
            days.push(d);
            d = d.succ_opt().expect("next day");
        }
        days
    }

    #[test]
    fn same_seed_same_account() {
        let (a, b) = (DemoAccount::main(7, now()), DemoAccount::main(7, now()));
        assert_eq!(a.posts, b.posts);
        for days_back in [0, 1, 30, 200, 500] {
            let t = shift(now(), -days_back * DAY);
            assert_eq!(a.followers_at(t), b.followers_at(t));
        }
        for d in all_days(&a, now()) {
            assert_eq!(a.profile_views(d, now()), b.profile_views(d, now()));
        }
        for name in ["country", "city", "age", "gender"] {
            assert_eq!(a.demographics(name, now()), b.demographics(name, now()));
        }
        let since = shift(now(), -30 * DAY);
        assert_eq!(
            a.totals_between(since, now()),
            b.totals_between(since, now())
        );
        assert_eq!(
            a.clicks_between(since, now()),
            b.clicks_between(since, now())
        );
        let other = DemoAccount::main(8, now());
        assert_ne!(a.posts, other.posts);
    }

    #[test]
    fn known_seed_gives_known_values() {
        // Pins the generator: a change here changes every demo screenshot and stored fixture,
        // and a difference between platforms would show up here first.
        let a = DemoAccount::main(42, now());
        let newest = &a.posts[0];
        assert_eq!(a.posts.len(), 401);
        assert_eq!(newest.id, "18031776740039400");
        assert_eq!(newest.shortcode, "4GcpMlvpgh0");
        assert_eq!(newest.published, at("2026-04-21T02:53:59Z"));
        assert_eq!(
            newest.potential.views, 15_407,
            "the newest post rises well above the usual"
        );
        assert_eq!(a.followers_at(now()), 12_749);
        assert_eq!(a.profile_views(day(2026, 4, 20), now()), Some(309));
    }

    #[test]
    fn main_account_posts_look_like_a_real_feed() {
        for seed in 0..20 {
            let a = DemoAccount::main(seed, now());
            assert!((380..=420).contains(&a.posts.len()), "{}", a.posts.len());
            let count = |k| a.posts.iter().filter(|p| p.media_type == k).count();
            for kind in [
                DemoMediaType::TextPost,
                DemoMediaType::Image,
                DemoMediaType::Video,
                DemoMediaType::CarouselAlbum,
                DemoMediaType::Audio,
                DemoMediaType::RepostFacade,
            ] {
                assert!(count(kind) > 0, "seed {seed}: no {}", kind.api_name());
            }
            assert!((5..=7).contains(&count(DemoMediaType::RepostFacade)));
            let without_permalink = a
                .posts
                .iter()
                .filter(|p| p.media_type != DemoMediaType::RepostFacade && p.permalink.is_none())
                .count();
            assert_eq!(without_permalink, 1, "seed {seed}");

            let earliest = shift(now(), -549 * DAY);
            assert!(a.posts.windows(2).all(|w| w[0].published > w[1].published));
            assert!(
                a.posts
                    .iter()
                    .all(|p| p.published < now() && p.published > earliest)
            );
            assert!(a.posts.last().expect("posts").published < shift(now(), -540 * DAY));

            let ids: BTreeSet<&str> = a.posts.iter().map(|p| p.id.as_str()).collect();
            let codes: BTreeSet<&str> = a.posts.iter().map(|p| p.shortcode.as_str()).collect();
            assert_eq!(ids.len(), a.posts.len());
            assert_eq!(codes.len(), a.posts.len());
            for p in &a.posts {
                assert!(
                    (17..=18).contains(&p.id.len()) && p.id.bytes().all(|b| b.is_ascii_digit())
                );
                assert_eq!(p.shortcode.len(), 11);
                assert!(p.shortcode.bytes().all(|b| SHORTCODE_ALPHABET.contains(&b)));
                if let Some(link) = &p.permalink {
                    assert_eq!(
                        link,
                        &format!("https://www.threads.net/@mara.makes/post/{}", p.shortcode)
                    );
                }
                match p.media_type {
                    DemoMediaType::TextPost => assert!(p.text.is_some()),
                    DemoMediaType::RepostFacade => {
                        assert!(p.text.is_none() && p.link_url.is_none() && !p.is_quote_post);
                    }
                    _ => {}
                }
            }
            let quotes = a.posts.iter().filter(|p| p.is_quote_post).count();
            let links = a.posts.iter().filter(|p| p.link_url.is_some()).count();
            assert!(
                (5..=40).contains(&quotes),
                "seed {seed}: {quotes} quote posts"
            );
            assert!(
                (12..=60).contains(&links),
                "seed {seed}: {links} link posts"
            );
            assert!(a.user_id.parse::<u64>().expect("numeric id") > 1 << 53);
            assert_eq!(a.username, "mara.makes");
            assert!(!a.name.is_empty() && !a.biography.is_empty() && a.is_verified);
            assert!(a.picture_url.starts_with("https://"));
        }
    }

    #[test]
    fn followers_grow_to_about_twelve_thousand() {
        for seed in 0..20 {
            let a = DemoAccount::main(seed, now());
            let at_now = a.followers_at(now());
            assert!((10_000..14_000).contains(&at_now), "seed {seed}: {at_now}");
            let half_year_ago = a.followers_at(shift(now(), -182 * DAY));
            assert!(
                half_year_ago * 10 < at_now * 8,
                "{half_year_ago} vs {at_now}"
            );
            assert_eq!(a.followers_at(shift(a.created, -1)), 0);
            assert!(a.followers_at(a.created) > 0);
            let mut last = 0;
            let mut t = shift(a.created, -DAY);
            while t <= shift(now(), 30 * DAY) {
                let f = a.followers_at(t);
                assert!(f >= last, "followers fell at {t}");
                last = f;
                t = shift(t, 6 * HOUR);
            }
        }
    }

    #[test]
    fn small_account_stays_under_the_demographics_gate() {
        for seed in 0..20 {
            let a = DemoAccount::small(seed, now());
            let followers = a.followers_at(now());
            assert!((30..100).contains(&followers), "seed {seed}: {followers}");
            assert!((15..=25).contains(&a.posts.len()));
            assert!(
                a.posts
                    .iter()
                    .all(|p| p.published > shift(now(), -92 * DAY))
            );
            assert!(a.user_id.parse::<u64>().expect("numeric id") > 1 << 53);
            assert_ne!(a.user_id, DemoAccount::main(seed, now()).user_id);
            let gender = a.demographics("gender", now()).expect("gender");
            assert!(gender.iter().map(|(_, v)| v).sum::<u64>() <= followers);
        }
    }

    #[test]
    fn post_metrics_grow_then_settle_below_potential() {
        let a = DemoAccount::main(3, now());
        for post in a
            .posts
            .iter()
            .filter(|p| p.media_type != DemoMediaType::RepostFacade)
        {
            let m = |t| a.metrics_at(post, t).expect("own post has metrics");
            assert_eq!(m(shift(post.published, -1)), DemoPostMetrics::default());
            assert_eq!(m(post.published), DemoPostMetrics::default());
            let mut last = DemoPostMetrics::default();
            let mut t = post.published;
            for step in 0..200 {
                // Hourly for three days, then every six hours.
                t = shift(t, if step < 72 { HOUR } else { 6 * HOUR });
                let now_m = m(t);
                let p = post.potential;
                assert!(now_m.views <= p.views && now_m.likes <= p.likes);
                assert!(now_m.replies <= p.replies && now_m.reposts <= p.reposts);
                assert!(now_m.quotes <= p.quotes && now_m.shares <= p.shares);
                assert!(now_m.views >= last.views && now_m.likes >= last.likes);
                assert!(now_m.replies >= last.replies && now_m.reposts >= last.reposts);
                assert!(now_m.quotes >= last.quotes && now_m.shares >= last.shares);
                last = now_m;
            }
            let day1 = m(shift(post.published, DAY)).views;
            let day3 = m(shift(post.published, 3 * DAY)).views;
            let day30 = m(shift(post.published, 30 * DAY)).views;
            if post.potential.views >= 100 {
                assert!(day1 < day3 && day3 < day30, "{day1} {day3} {day30}");
                assert!(
                    day3 * 2 > post.potential.views,
                    "most growth in the first days"
                );
            }
            let much_later = m(shift(post.published, 400 * DAY));
            assert!(much_later.views + 1 >= post.potential.views);
        }
    }

    #[test]
    fn the_main_account_gives_every_content_insight_something_to_show() {
        for seed in 0..20 {
            let a = DemoAccount::main(seed, now());
            let own: Vec<&DemoPost> = a
                .posts
                .iter()
                .filter(|p| p.media_type != DemoMediaType::RepostFacade)
                .collect();
            let audio = own
                .iter()
                .filter(|p| p.media_type == DemoMediaType::Audio)
                .count();
            assert!(
                (16..=22).contains(&audio),
                "seed {seed}: {audio} voice notes"
            );

            let lengths: Vec<usize> = own
                .iter()
                .map(|p| p.text.as_deref().map_or(0, |t| t.chars().count()))
                .collect();
            assert!(lengths.iter().all(|&l| l <= TEXT_MAX), "seed {seed}");
            for (from, to) in [(1, 80), (81, 200), (201, 350), (351, TEXT_MAX)] {
                let count = lengths
                    .iter()
                    .filter(|&&l| (from..=to).contains(&l))
                    .count();
                assert!(count >= 5, "seed {seed}: {count} texts of {from}-{to}");
            }

            let japanese = |p: &&&DemoPost| {
                p.text
                    .as_deref()
                    .is_some_and(|t| t.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)))
            };
            let in_japanese = own.iter().filter(japanese).count();
            assert!(
                (own.len() / 8..=own.len() / 3).contains(&in_japanese),
                "seed {seed}: {in_japanese} in Japanese"
            );
            for word in JA_TOPICS.iter().chain(&TOPICS[..12]) {
                let count = own
                    .iter()
                    .filter(|p| p.text.as_deref().is_some_and(|t| t.contains(word)))
                    .count();
                assert!(count >= 3, "seed {seed}: \"{word}\" in {count} posts");
            }

            // The newest post rises well above the usual, and one viral post is recent.
            let mut views: Vec<u64> = own.iter().map(|p| p.potential.views).collect();
            views.sort_unstable();
            let median = views[views.len() / 2];
            assert!(own[0].potential.views >= 2 * median, "seed {seed}");
            let today = pacific_day(now());
            assert!(
                a.spikes
                    .iter()
                    .any(|s| (10..=76).contains(&(today - s.day).num_days())),
                "seed {seed}: no viral post in the last months"
            );

            // Holidays and a daily streak in the last three months.
            let days: BTreeSet<i64> = own
                .iter()
                .map(|p| (today - pacific_day(p.published)).num_days())
                .collect();
            let runs = |posted: bool| {
                let mut longest = 0;
                let mut run = 0;
                for ago in 0..90 {
                    run = if days.contains(&ago) == posted {
                        run + 1
                    } else {
                        0
                    };
                    longest = longest.max(run);
                }
                longest
            };
            assert!(runs(true) >= 21, "seed {seed}: a streak of {}", runs(true));
            assert!(runs(false) >= 9, "seed {seed}: a gap of {}", runs(false));
        }
    }

    #[test]
    fn weekdays_links_and_topics_carry_posts_differently() {
        assert!(weekday_reach(Weekday::Tue) > 1.5 * weekday_reach(Weekday::Sat));
        let mut words = Rng::new(1, 2);
        let plain = word_post(&mut words, DemoMediaType::Image, None, 2, None, None);
        let linked = word_post(
            &mut words,
            DemoMediaType::Image,
            None,
            2,
            Some("https://example.com/newsletter"),
            None,
        );
        assert!(linked.reach < plain.reach);
        let japanese = word_post(&mut words, DemoMediaType::Image, None, 2, None, Some(0));
        assert!(japanese.reach < plain.reach && japanese.engagement > plain.engagement);
        assert!(japanese.text.is_some_and(|t| t.contains("陶芸")));
    }

    #[test]
    fn reposts_have_no_metrics() {
        let a = DemoAccount::main(5, now());
        let repost = a
            .posts
            .iter()
            .find(|p| p.media_type == DemoMediaType::RepostFacade)
            .expect("a repost");
        assert_eq!(a.metrics_at(repost, now()), None);
        assert_eq!(repost.potential, DemoPostMetrics::default());
    }

    #[test]
    fn post_views_are_heavy_tailed() {
        for seed in 0..20 {
            let a = DemoAccount::main(seed, now());
            let mut views: Vec<u64> = a
                .posts
                .iter()
                .filter(|p| p.media_type != DemoMediaType::RepostFacade)
                .map(|p| p.potential.views)
                .collect();
            views.sort_unstable_by(|x, y| y.cmp(x));
            let median = views[views.len() / 2];
            let top = &views[..views.len().div_ceil(100)];
            let top_mean = top.iter().sum::<u64>() / top.len() as u64;
            assert!(
                top_mean > 10 * median,
                "seed {seed}: {top_mean} vs {median}"
            );
            assert!(top.iter().all(|&v| v > 4 * median), "seed {seed}");
        }
    }

    #[test]
    fn profile_views_have_a_weekly_rhythm_and_spikes() {
        for seed in 0..20 {
            let a = DemoAccount::main(seed, now());
            let days = all_days(&a, now());
            assert!(days.len() > 540);
            let (mut weekday, mut weekend) = (Vec::new(), Vec::new());
            for &d in &days {
                let v = a.profile_views(d, now()).unwrap_or(0) as f64;
                match d.weekday() {
                    Weekday::Sat | Weekday::Sun => weekend.push(v),
                    _ => weekday.push(v),
                }
            }
            let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
            assert!(mean(&weekday) > 1.2 * mean(&weekend), "seed {seed}");

            // Spike days stand far above the fortnight around them.
            let values: Vec<u64> = days
                .iter()
                .map(|&d| a.profile_views(d, now()).unwrap_or(0))
                .collect();
            let spike_days = (7..values.len() - 7)
                .filter(|&i| {
                    let mut around: Vec<u64> = values[i - 7..i + 8].to_vec();
                    around.sort_unstable();
                    values[i] > 4 * around[7].max(1)
                })
                .count();
            assert!((3..=10).contains(&spike_days), "seed {seed}: {spike_days}");
            assert_eq!(
                a.spikes.len(),
                a.spikes
                    .iter()
                    .map(|s| s.day)
                    .collect::<BTreeSet<_>>()
                    .len()
            );
            assert!((3..=5).contains(&a.spikes.len()));
        }
    }

    #[test]
    fn about_three_percent_of_days_are_missing() {
        for seed in 0..10 {
            let a = DemoAccount::main(seed, now());
            let days = all_days(&a, now());
            let missing = days
                .iter()
                .filter(|&&d| a.profile_views(d, now()).is_none())
                .count();
            let share = missing as f64 / days.len() as f64;
            assert!((0.01..0.06).contains(&share), "seed {seed}: {share}");
            let first = a.first_post_day;
            assert_eq!(a.profile_views(first.pred_opt().expect("day"), now()), None);
            let tomorrow = pacific_day(now()).succ_opt().expect("day");
            assert_eq!(a.profile_views(tomorrow, now()), None);
        }
    }

    #[test]
    fn todays_views_grow_during_the_day() {
        let a = DemoAccount::main(11, now());
        let today = pacific_day(now());
        let morning = shift(pacific_midnight(today), 6 * HOUR);
        let evening = shift(pacific_midnight(today), 20 * HOUR);
        let (m, e) = (
            a.profile_views(today, morning).unwrap_or(0),
            a.profile_views(today, evening).unwrap_or(0),
        );
        assert!(m <= e);
        // A past day does not change as time passes.
        let yesterday = today.pred_opt().expect("day");
        assert_eq!(
            a.profile_views(yesterday, morning),
            a.profile_views(yesterday, shift(now(), 10 * DAY))
        );
    }

    #[test]
    fn demographics_cover_at_most_the_followers() {
        let a = DemoAccount::main(9, now());
        let followers = a.followers_at(now());
        for (name, keys) in [("country", 15), ("city", 20), ("age", 7), ("gender", 3)] {
            let rows = a.demographics(name, now()).expect("known breakdown");
            assert_eq!(rows.len(), keys, "{name}");
            let sum: u64 = rows.iter().map(|(_, v)| v).sum();
            assert!(sum <= followers && sum > 0, "{name}: {sum} of {followers}");
            assert!(
                rows.windows(2)
                    .all(|w| w[0].1 > w[1].1 || (w[0].1 == w[1].1 && w[0].0 < w[1].0))
            );
        }
        let gender = a.demographics("gender", now()).expect("gender");
        assert_eq!(gender[0].0, "F");
        let age: Vec<String> = a
            .demographics("age", now())
            .expect("age")
            .into_iter()
            .map(|r| r.0)
            .collect();
        for key in ["13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"] {
            assert!(age.iter().any(|k| k == key));
        }
        assert!(
            a.demographics("country", now())
                .expect("country")
                .iter()
                .any(|(k, _)| k == "US")
        );
        assert_eq!(a.demographics("region", now()), None);
        assert_eq!(a.demographics("", now()), None);
    }

    #[test]
    fn totals_and_clicks_add_up_across_windows() {
        let a = DemoAccount::main(13, now());
        let start = shift(now(), -600 * DAY);
        let mid = shift(now(), -40 * DAY);
        let whole = a.totals_between(start, now());
        let parts = a
            .totals_between(start, mid)
            .saturating_add(a.totals_between(mid, now()));
        assert_eq!(whole, parts);
        let lifetime = a
            .posts
            .iter()
            .filter_map(|p| a.metrics_at(p, now()))
            .fold(DemoPostMetrics::default(), DemoPostMetrics::saturating_add);
        assert_eq!(whole.likes, lifetime.likes);
        assert_eq!(whole.replies, lifetime.replies);
        assert_eq!((whole.views, whole.shares), (0, 0));
        assert_eq!(a.totals_between(now(), start), DemoPostMetrics::default());
        let last_week = a.totals_between(shift(now(), -7 * DAY), now());
        assert!(last_week.likes > 0 && last_week.likes < whole.likes);

        let clicks = a.clicks_between(start, now());
        assert!((3..=5).contains(&clicks.len()), "{clicks:?}");
        assert!(clicks.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(
            clicks
                .iter()
                .any(|(url, _)| url == "https://example.com/newsletter")
        );
        let split: u64 = a
            .clicks_between(start, mid)
            .iter()
            .chain(a.clicks_between(mid, now()).iter())
            .map(|(_, n)| n)
            .sum();
        assert_eq!(split, clicks.iter().map(|(_, n)| n).sum::<u64>());
        assert!(a.clicks_between(now(), now()).is_empty());
        let small = DemoAccount::small(13, now());
        assert!(small.clicks_between(start, now()).len() <= 1);
    }

    #[test]
    fn the_creator_keeps_posting_after_the_account_was_made() {
        let made = DemoAccount::main(42, now());
        let mut a = made.clone();
        let later = shift(now(), 30 * DAY);
        a.carry_on_to(later);
        // What was made stays as it was, behind the new posts.
        let new = a.posts.len() - made.posts.len();
        assert_eq!(&a.posts[new..], &made.posts[..]);
        let carried = &a.posts[..new];
        assert!((18..=45).contains(&new), "{new} posts in 30 days");
        assert!(
            carried
                .iter()
                .all(|p| p.published > now() && p.published <= later)
        );
        assert!(a.posts.windows(2).all(|w| w[0].published > w[1].published));
        let ids: BTreeSet<&str> = a.posts.iter().map(|p| p.id.as_str()).collect();
        let codes: BTreeSet<&str> = a.posts.iter().map(|p| p.shortcode.as_str()).collect();
        assert_eq!((ids.len(), codes.len()), (a.posts.len(), a.posts.len()));
        // Posted on most days: never three days in a row without a post.
        let days: BTreeSet<NaiveDate> = carried.iter().map(|p| pacific_day(p.published)).collect();
        let mut day = pacific_day(now());
        let mut quiet = 0;
        while day <= pacific_day(later) {
            quiet = if days.contains(&day) { 0 } else { quiet + 1 };
            assert!(quiet < 3, "three days without a post up to {day}");
            day = next_day(day);
        }
        // In the account's voice: its formats, links, both languages, its audience.
        let own: Vec<&DemoPost> = carried
            .iter()
            .filter(|p| p.media_type != DemoMediaType::RepostFacade)
            .collect();
        assert!(
            own.iter()
                .all(|p| p.text.as_deref().is_none_or(|t| t.chars().count() <= 500))
        );
        assert!(own.iter().all(|p| p.permalink.is_some()));
        let kinds: BTreeSet<&str> = own.iter().map(|p| p.media_type.api_name()).collect();
        assert!(kinds.len() >= 3, "{kinds:?}");
        let median_views = |posts: &[&DemoPost]| {
            let mut v: Vec<u64> = posts.iter().map(|p| p.potential.views).collect();
            v.sort_unstable();
            v[v.len() / 2]
        };
        let before: Vec<&DemoPost> = made
            .posts
            .iter()
            .filter(|p| p.media_type != DemoMediaType::RepostFacade)
            .take(60)
            .collect();
        let (was, is) = (median_views(&before), median_views(&own));
        assert!(
            is * 2 > was && is < was * 2,
            "median views {is} after, {was} before"
        );
        // Its followers keep growing, and a new post's metrics grow as it ages.
        assert!(a.followers_at(later) > a.followers_at(now()));
        let young = own[0];
        let early = a
            .metrics_at(young, shift(young.published, HOUR))
            .expect("own");
        let day_on = a
            .metrics_at(young, shift(young.published, DAY))
            .expect("own");
        assert!(early.views > 0 && day_on.views > early.views);
    }

    #[test]
    fn the_world_carried_on_is_the_same_however_often_it_was_asked() {
        let mut at_once = DemoAccount::main(42, now());
        let mut hourly = at_once.clone();
        let later = shift(now(), 10 * DAY + 7 * HOUR);
        at_once.carry_on_to(later);
        let mut t = now();
        while t < later {
            t = shift(t, HOUR).min(later);
            hourly.carry_on_to(t);
        }
        assert_eq!(at_once.posts, hourly.posts);
        // Going back changes nothing; the same seed and moment give the same world.
        hourly.carry_on_to(now());
        assert_eq!(at_once.posts, hourly.posts);
        let mut again = DemoAccount::main(42, now());
        again.carry_on_to(later);
        assert_eq!(again.posts, at_once.posts);
        let mut other = DemoAccount::main(43, now());
        other.carry_on_to(later);
        let new = |a: &DemoAccount| -> Vec<DateTime<Utc>> {
            a.posts
                .iter()
                .filter(|p| p.published > now())
                .map(|p| p.published)
                .collect()
        };
        assert_ne!(new(&other), new(&at_once));
        // The small account carries on too, rarely.
        let mut small = DemoAccount::small(43, now());
        let before = small.posts.len();
        small.carry_on_to(shift(now(), 60 * DAY));
        assert!((3..=30).contains(&(small.posts.len() - before)));
    }

    #[test]
    fn extreme_inputs_do_not_panic() {
        let extremes = [
            DateTime::<Utc>::MIN_UTC,
            DateTime::<Utc>::MAX_UTC,
            Utc.timestamp_opt(0, 0).single().expect("epoch"),
        ];
        for &t in &extremes {
            let _ = pacific_day(t);
            for account in [DemoAccount::main(1, t), DemoAccount::small(u64::MAX, t)] {
                for &u in &extremes {
                    let _ = account.followers_at(u);
                    let _ = account.totals_between(u, t);
                    let _ = account.clicks_between(t, u);
                    let _ = account.demographics("city", u);
                    let _ = account.profile_views(pacific_day(u), t);
                    if let Some(p) = account.posts.first() {
                        let _ = account.metrics_at(p, u);
                    }
                }
                let _ = account.profile_views(NaiveDate::MIN, t);
                let _ = account.profile_views(NaiveDate::MAX, t);
            }
        }
        let _ = pacific_midnight(NaiveDate::MIN);
        let _ = pacific_midnight(NaiveDate::MAX);
    }
}
