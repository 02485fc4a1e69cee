## Texts drawn into charts: titles, legends, axes, readouts

## Words drawn into the charts: titles, legends, axes, notes and readouts

# A post without text, named by its format (a format-* name) and its day.
drawn-post-of = { $format } post of { $day }
# A post's text quoted in a readout.
drawn-quoted = “{ $text }”
drawn-posts =
    { $count ->
        [one] { $count } post
       *[other] { $count } posts
    }
drawn-no-posts-with-views = No posts with views in this range: pick a longer range, or sync to read your posts.

# The quality map. $views is the median post's views, $rate its engagement rate (written).
drawn-quality-note = Dashed lines: your median post, { $views } views and { $rate } per 100 views. Engagement rate: likes, replies, reposts and quotes per 100 views.
drawn-views-log-scale = Views (log scale)
drawn-engagement-rate-axis = Engagement rate (per 100 views)
# $post is a quoted post, $quadrant one of the drawn-in-quadrant-* names.
drawn-quality-readout = { $post }: { $views } views, { $rate } per 100 views, { $quadrant }
drawn-in-quadrant-breakout = breakout
drawn-in-quadrant-conversation = conversation
drawn-in-quadrant-broadcast = broadcast
drawn-in-quadrant-quiet = quiet

# Top posts against your normal. $multiple is a written number ("3.2").
drawn-multiple = { $multiple }×
drawn-top-note =
    { $posts ->
        [one] { $posts } post
       *[other] { $posts } posts
    } compared with your median post of the same age; { $breakouts } of them { $breakouts ->
        [one] is a breakout
       *[other] are breakouts
    }.
drawn-top-post = Post
drawn-top-breakout = Breakout ({ $multiple }× your normal views or more)
drawn-top-normal = Your normal (1×)
# $post is a quoted post; $multiple a drawn-multiple text.
drawn-top-views-readout = { $post }: { $multiple } your normal views ({ $views } views)
drawn-top-views-readout-breakout = { $post }: { $multiple } your normal views ({ $views } views), breakout
drawn-top-rate-readout = { $post }: { $multiple } your normal engagement rate ({ $rate } per 100 views)
drawn-top-rate-readout-breakout = { $post }: { $multiple } your normal engagement rate ({ $rate } per 100 views), breakout
drawn-no-engagement-rate = no engagement rate
drawn-top-no-rate-readout = { $post }: no engagement rate ({ $views } views)
drawn-views = Views
drawn-engagement-rate = Engagement rate
drawn-no-posts-to-compare = No posts to compare.
drawn-times-your-normal = × your normal

# What to post. $by_views and $by_rate are group names (format-*, length-*, weekday-*,
# group-with-link…); $views_posts and $rate_posts are drawn-posts texts.
drawn-what-verdict = Best of the groups on { $minimum } or more: { $by_views } by views ({ $views_posts }), { $by_rate } by engagement ({ $rate_posts }).
drawn-what-no-best =
    No group has { $minimum ->
        [one] { $minimum } post
       *[other] { $minimum } posts
    } yet, so none is called best.
drawn-median-post = Median post
drawn-middle-half = Middle half of the posts
drawn-best = Best
drawn-too-few-posts = too few posts ({ $posts })
drawn-too-few-readout = { $group }: too few posts ({ $posts }) for a median; { $minimum } needed
# A row's name: a group and its drawn-posts text.
drawn-group-posts = { $group } · { $posts }
drawn-what-views-readout = { $group }: median { $median } views (middle half { $lower }–{ $upper }) over { $posts }
drawn-what-rate-readout = { $group }: median engagement rate { $median } per 100 views (middle half { $lower }–{ $upper }) over { $posts }
drawn-value-best = { $value } · best
# $readout is the readout of the best group.
drawn-best-by-views = { $readout }; the best by views
drawn-best-by-engagement = { $readout }; the best by engagement
drawn-median-views = Median views
# The same heading, shorter and shorter: the longest that fits is drawn.
drawn-median-engagement-long = Median engagement per 100 views
drawn-median-engagement-medium = Engagement per 100 views
drawn-median-engagement-short = Engagement

# Words and topics that travel. $minimum counts posts.
drawn-words-empty =
    No word is in { $minimum ->
        [one] { $minimum } post
       *[other] { $minimum } posts
    } or more in this range yet: pick a longer range.
drawn-words-note =
    Words and hashtags used in { $minimum ->
        [one] { $minimum } post
       *[other] { $minimum } posts
    } or more, by the median views of those posts.
drawn-words-above = Above all posts' median
drawn-words-below = At or below it
drawn-words-all-posts = All posts ({ $views })
# $views is written short ("2.4k"); $posts is a drawn-posts text.
drawn-words-value = { $views } · { $posts }
drawn-words-readout = “{ $word }”: median { $views } views over { $posts } (engagement rate { $rate } per 100 views); all posts' median { $all } views

# Conversation starters. $per_thousand is a written number.
drawn-starters-empty = No post in this range has replies or quotes yet: pick a longer range, or sync.
drawn-starters-note = The posts with the most replies and quotes for the views they had.
drawn-starters-readout = { $post }: { $per_thousand } replies and quotes per 1,000 views ({ $replies } replies, { $quotes } quotes, { $views } views)
drawn-starters-axis = Replies and quotes per 1,000 views

# The posting calendar. $posted and $weeks count weeks, $current and $longest days.
drawn-calendar-empty = No days in this range: pick a range to see your posting days.
drawn-calendar-summary =
    Posted in { $posted } of { $weeks } weeks · current streak { $current ->
        [one] { $current } day
       *[other] { $current } days
    } · longest streak { $longest ->
        [one] { $longest } day
       *[other] { $longest } days
    }
# $day is a weekday and date.
drawn-calendar-readout =
    { $day }: { $posts ->
        [0] no posts
        [one] { $posts } post
       *[other] { $posts } posts
    }
# The scale of shades: no posts, then 1, 2, 3 and this.
drawn-calendar-none = None
drawn-calendar-four-or-more = 4+ posts a day

# Posts per week and their reach.
drawn-frequency-empty = No week in this range has posts with views: pick a longer range, or sync.
drawn-frequency-note = Does posting more in a week dilute each post's reach?
drawn-frequency-week = A week
drawn-frequency-median = Median of the weeks with that many posts
drawn-frequency-x = Posts that week
drawn-frequency-y = Median views per post
# $week is the Monday's weekday and date; $posts a drawn-posts text.
drawn-frequency-week-readout = Week of { $week }: { $posts }, median { $views } views per post
drawn-frequency-median-readout =
    Weeks with { $posts }: { $weeks } { $weeks ->
        [one] week
       *[other] weeks
    }, median { $views } views per post

# Engagement per day, week or month.
drawn-engagement-empty = No posts were published in this range: pick a longer range, or post and sync.
drawn-engagement-note = By the day each post was published. Engagement rate: likes, replies, reposts and quotes per 100 views of the posts of the 7 days to each day.
drawn-shares-in-development = Shares (in development)
drawn-engagement-rate-7-days = Engagement rate, 7 days
drawn-interactions = Interactions
drawn-per-100-views = Per 100 views
# $day is a weekday and date.
drawn-week-of = Week of { $day }
# $period is a day, week or month; $posts a drawn-posts text; $rate one of the
# drawn-engagement-rate-of… or drawn-engagement-no-views… texts.
drawn-engagement-readout = { $period }: { $likes } likes, { $replies } replies, { $reposts } reposts, { $quotes } quotes, { $shares } shares (in development), on { $posts } with { $views } views; { $rate }
drawn-engagement-rate-of = engagement rate { $rate } per 100 views
drawn-engagement-rate-of-smoothed = engagement rate { $rate } per 100 views (7 days: { $smoothed })
drawn-engagement-no-views = no views for an engagement rate
drawn-engagement-no-views-smoothed = no views for an engagement rate (7 days: { $smoothed })

# Followers by one breakdown, and clicks per link. $name is a value (a country, a city, an
# age, a drawn-segment-* name) or a link; $share a written percentage.
drawn-segment-other = Other
drawn-segment-women = Women
drawn-segment-men = Men
drawn-segment-unspecified = Unspecified
drawn-no-followers = No followers in this reading.
drawn-no-link-clicks = No link clicks in this reading.
drawn-followers-readout = { $name }: { $count } followers ({ $share })
drawn-clicks-readout = { $name }: { $count } clicks ({ $share })

# Best time to post.
drawn-best-times-title = Median views by the hour a post went out
# A cell with too few posts for a median says how many it has.
drawn-best-times-withheld = { $posts }×
# $weekday is a weekday's name, $hour an hour of the day.
drawn-weekday-hour = { $weekday } { $hour }
# $when is a drawn-weekday-hour text, $posts a drawn-posts text.
drawn-best-times-readout = { $when }: median { $views } views over { $posts }
drawn-best-times-too-few = { $when }: { $posts }, too few for a median
drawn-best-times-note = Grey cells: fewer than { $minimum } posts, too few for a median (the number shows how many).

# Values read at successive syncs. $day is a date, $when a date and time.
drawn-observation-began = Observation began { $day }
drawn-no-follower-readings = No follower readings yet: they start with the first sync.
drawn-followers-reading = { $when }: { $count } followers
drawn-this-post = This post (views, in development at Meta)
drawn-no-post-readings = No readings of this post yet: they start with the next sync.
drawn-published = Published { $when }
drawn-views-reading = { $when }: { $count } views
drawn-all-links = Clicks on all links, since the first day read
drawn-no-click-readings = No link-click readings yet: they start with the first sync.
drawn-clicks-reading = { $when }: { $count } clicks
drawn-typical-post = Your typical post (middle half)
# $age is an age-hours or age-days text.
drawn-typical-readout = At { $age }: typical { $median } views (middle half { $lower }–{ $upper })

# Profile views per day. $day is a weekday and date.
drawn-no-profile-views = No profile views were reported for these days.
drawn-7-day-average = 7-day average
drawn-profile-views-readout = { $day }: { $views } profile views
drawn-not-reported = { $day }: not reported by Threads

## Names of what Spool measures and shows, wherever they are written (crates/model's message_id)

# Account metrics, as the overview's cards name them.
metric-profile-views = Profile views
metric-likes = Likes
metric-replies = Replies
metric-reposts = Reposts
metric-quotes = Quotes
metric-link-clicks = Link clicks
metric-followers = Followers
metric-audience = Audience

# What followers are counted by.
breakdown-country = Country
breakdown-city = City
breakdown-age = Age
breakdown-gender = Gender

# What a sync is doing.
sync-phase-profile = Reading the profile
sync-phase-posts = Listing posts
sync-phase-post-insights = Reading post insights
sync-phase-profile-views = Reading profile views
sync-phase-engagement = Reading likes, replies, reposts and quotes
sync-phase-link-clicks = Reading link clicks
sync-phase-audience = Reading followers and audience
sync-phase-saving = Saving

# The tables the export menu offers.
dataset-posts = Posts with metrics
dataset-profile-views = Profile views per day
dataset-followers = Followers over time
dataset-audience = Audience (country, city, age, gender)
dataset-link-clicks = Link clicks
dataset-post-insights = Posts against your normal
dataset-what-to-post = What to post (by format, length, weekday)
dataset-words = Words and topics
dataset-engagement = Engagement per day

# File formats in the export menu.
data-format-csv = CSV (spreadsheets)
data-format-json = JSON
image-format-png = PNG image
image-format-svg = SVG (vector)

# Shapes of an exported chart.
layout-as-shown = As on screen
layout-slide = 16:9 slide
layout-square = Square social card
layout-a4 = A4 landscape

# The charts' names, as their titles say them.
kind-profile-views = Profile views per day
kind-followers = Followers over time
kind-best-times = Best time to post
kind-post-growth = Views since publication
kind-audience-country = Followers by country
kind-audience-city = Followers by city
kind-audience-age = Followers by age
kind-audience-gender = Followers by gender
kind-link-clicks = Clicks per link
kind-clicks-over-time = Link clicks over time
kind-top-posts = Top posts against your normal
kind-quality-map = Post quality map
kind-engagement-day = Engagement per day
kind-engagement-week = Engagement per week
kind-engagement-month = Engagement per month
kind-what-to-post-format = What to post: by format
kind-what-to-post-length = What to post: by length
kind-what-to-post-weekday = What to post: by weekday
kind-posting-calendar = Posting calendar
kind-posting-frequency = Posts per week and their reach
kind-words = Words and topics that travel
kind-conversation-starters = Conversation starters

# Ranges the picker offers in one click.
preset-last-7-days = 7 days
preset-last-30-days = 30 days
preset-last-90-days = 90 days
preset-this-month = This month
preset-last-month = Last month
preset-year-to-date = Year to date
preset-everything = Everything

# Formats of a post.
format-text = Text
format-image = Image
format-video = Video
format-carousel = Carousel
format-audio = Audio
format-other = Other

# Lengths of a post's text.
length-no-text = No text
length-short = Up to 80 characters
length-medium = 81–200 characters
length-long = 201–350 characters
length-very-long = Over 350 characters

# Groups of posts the "what to post" chart compares.
group-with-link = With a link
group-without-link = Without a link
group-by-format = Format
group-by-length = Length
group-by-weekday = Weekday
weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday
# A weekday that is none of the seven (never shown in practice).
weekday-unknown = ?

# The quality map's quadrants.
quadrant-breakout = Breakout
quadrant-conversation = Conversation
quadrant-broadcast = Broadcast
quadrant-quiet = Quiet

# A share of followers or clicks, written as the language writes a percentage.
drawn-share = { NUMBER($share, style: "percent", maximumFractionDigits: 0) }
