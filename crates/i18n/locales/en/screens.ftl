## Overview, What works, Audience, Links and the range picker

## Overview

# $range is a range-span text, and so is $compared.
overview-range-compared = { $range } · compared with { $compared }
# $percent is the size of the change, already written ("12").
overview-change-up = ▲ { $percent } %
overview-change-down = ▼ { $percent } %
# A badge after a metric that is not summed over the range (followers).
overview-now = now
overview-no-earlier-period = no earlier period stored

## What works

# $range is a range-span text.
insights-summary =
    { $range } · { $posts ->
        [one] { $posts } post
       *[other] { $posts } posts
    } with views published in these days: every figure below stands on them.
insights-note =
    Engagement rate is per post view: the likes, replies, reposts and quotes of these posts over their views. A group is ranked only on { $minimum ->
        [one] { $minimum } post
       *[other] { $minimum } posts
    } or more. Views and shares are marked "in development" by Meta.
insights-top-posts = Top posts against your normal
insights-engagement = Engagement over time
# Followed by buttons: day, week, month.
insights-bars-per = Bars per
insights-what-to-post = What to post
# Followed by buttons: Format, Length, Weekday…
insights-group-by = By
insights-rhythm = Posting rhythm
insights-words = Words and topics that travel
insights-conversation = Conversation starters

## Audience

audience-gate-title = Threads shows who your followers are from { $minimum } followers on.
audience-gate-body =
    This account has { $followers ->
        [one] { $followers } follower
       *[other] { $followers } followers
    }. Spool reads countries, cities, ages and genders at the first sync after it reaches { $minimum }.
audience-none = No audience reading yet.
audience-none-note = Spool reads followers by country, city, age and gender at every sync.
# $segment is a country, city, age or gender; $change is signed ("+3", "−2").
audience-segment-change = { $segment } { $change }
# $day is a date.
audience-read-unchanged = Read { $day }; no change since the reading before (or none before).
# $changes lists audience-segment-change texts.
audience-read-changes = Read { $day }. Since the reading before: { $changes }

## Links

# $since and $until are dates.
links-window = Clicks from { $since } to { $until }, as Threads counted them at the latest sync.
links-none = No link clicks read yet.
# After a link and a dash.
links-clicks =
    { $clicks ->
        [one] { $clicks } click
       *[other] { $clicks } clicks
    }
# $change is signed ("+3", "−2").
links-clicks-change =
    { $clicks ->
        [one] { $clicks } click
       *[other] { $clicks } clicks
    } ({ $change } since the reading before)

## Any screen while it loads

loaded-loading = Loading…

## The range picker

# The label of the group of preset buttons (7 days, 30 days…).
range-presets = Range
range-enter-both-days = Enter both days as YYYY-MM-DD, or pick them.
# Followed by a choice of range-compare-previous or range-compare-year.
range-compare-with = Compare with
range-compare-previous = the period before
range-compare-year = the same days a year earlier
range-from = From
range-to = To
range-show = Show
# $day is the first day Threads has insights of.
range-note = Days before { $day } cannot be picked: Threads keeps no insights before then. Followers are always as of now: Threads gives only the current count.
# A range of days: $since and $until are dates.
range-span = { $since } – { $until }

# The unit a bar of the engagement chart stands for, on the buttons that choose it.
insights-granularity-day = day
insights-granularity-week = week
insights-granularity-month = month
