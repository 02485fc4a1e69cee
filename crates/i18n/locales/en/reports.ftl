## Reports: the Reports screen, a report's pages, the media kit

screen-reports = Reports
screen-reports-purpose = A month on Threads in one file for a brand, an agency or your manager: a PDF report of the sections you choose, or a one-page media kit for a pitch.

# What the file is, on its cover and in its properties.
report-title = Threads report
media-kit-title = Media kit
report-kind-report = Report
report-kind-media-kit = Media kit
report-look-light = Light
report-look-print = Print-friendly
report-section-profile-views = Profile views
report-section-followers = Followers
report-section-engagement = Engagement
report-section-top-posts = Top posts
report-section-what-worked = What worked
report-section-audience = Audience
report-section-links = Links
report-every-week = Every week, on Mondays: the week before
report-every-month = Every month, on the 1st: the month before

## A report's pages

# $account is a handle (@name); $range is a range-span text.
report-running-head = { $account } · { $range }
# $version is Spool's version; $page and $pages are numbers.
report-footer = Made with Spool { $version } from the history kept on this computer · page { $page } of { $pages }
# $compared is a range-span text.
report-cover-compared = Each number against { $compared }, the period of the same length just before.
report-cover-no-compared = Spool has no earlier period stored to compare with.
report-cover-note = Followers are as of the last sync: Threads gives only the current count. Views and shares are marked "in development" by Meta.
# $percent is the size of the change, already written ("12"); $previous the number before.
report-change-up = ▲ { $percent } % from { $previous }
report-change-down = ▼ { $percent } % from { $previous }
report-change-level = the same as before
report-card-posts = Posts published
report-card-total = In these days
report-card-daily-average = Per day, on average
report-card-best-day = Best day
report-card-interactions = Interactions on these posts
report-card-engagement-rate = Engagement rate
report-card-followers-now = Followers now
report-card-typical-views = Typical views per post
report-profile-views-intro = Views of the profile each day, with the average of the last seven days. A day Threads left out is a gap.
report-followers-intro = Followers at every sync Spool made. Threads gives only the current count, so the line begins when Spool began to keep it.
report-engagement-intro = Likes, replies, reposts and quotes on the posts published in these days, by the day each went out, and the engagement rate: interactions per 100 views.
# $posts is a number of posts.
report-top-posts-intro =
    The { $posts ->
        [one] post
       *[other] { $posts } posts
    } published in these days against your normal for posts of the same age, then the best of them with their numbers and words.
report-what-worked-intro = What the posts of these days say about what works for you: each finding stands on enough posts to mean something.
report-audience-intro = Who follows you, at the latest reading. Threads shows this from 100 followers on.
report-links-intro = Clicks on the links in your profile and posts, at the latest reading and at every sync.
report-nothing = Spool has nothing stored for this yet. Sync the account, then make the report again.
# $views, $interactions are numbers; $rate is a percentage, already written.
report-post-numbers = { $views } views · { $interactions } interactions · { $rate } engagement
# $rank is a number; $day is a date.
report-post-when = { $rank } · { $day }
report-post-no-text = (a post without text)

## What worked: findings

# $breakouts and $posts are numbers of posts.
report-finding-breakouts =
    { $breakouts ->
        [one] One post
       *[other] { $breakouts } posts
    } of { $posts } broke out: three times your normal views for their age, or more.
# $group is a format ("Text", "Image"…), $views and $posts numbers.
report-finding-format = { $group } did best: a median of { $views } views over { $posts } posts.
# $group is a length of text ("Short (under 100 characters)"…).
report-finding-length = By length, { $group } did best: a median of { $views } views over { $posts } posts.
# $group is a weekday.
report-finding-weekday = Posts that went out on { $group } did best: a median of { $views } views over { $posts } posts.
# $word is a word or a hashtag; $views and $median are numbers of views.
report-finding-word = Posts with “{ $word }” had a median of { $views } views, against { $median } for all posts.
# $minimum is a number of posts.
report-finding-none =
    Too few posts in these days to tell what worked: a finding needs { $minimum ->
        [one] { $minimum } post
       *[other] { $minimum } posts
    } in a group.

## The media kit

# $day is a date; $range is a range-span text.
media-kit-as-of = Numbers as of { $day } · posts of { $range }
media-kit-best-posts = Best posts
media-kit-audience = Who follows

## The Reports screen

reports-kind = Make a
reports-sections = Sections
reports-look = Look
reports-preview = Preview
# $pages is a number of pages.
reports-pages =
    { $pages ->
        [one] One page
       *[other] { $pages } pages
    }
reports-save-pdf = Save PDF…
reports-save-png = Save PNG…
reports-no-sections = Choose at least one section for the report.
reports-making = Drawing the pages…
reports-schedule = On a schedule
reports-schedule-note = While Spool runs (in the tray too), it writes a report of the account shown into the folder you choose, and tells you when it is written.
reports-schedule-off = Off
reports-schedule-folder = Folder
reports-schedule-choose = Choose folder…
reports-schedule-saved = Scheduled reports are saved.
# $page and $pages are numbers: the page a preview's image shows.
reports-page = Page { $page } of { $pages }
reports-schedule-needs-folder = Choose a folder for the reports: the schedule starts once it has one.
# $path is where the file was written.
notify-report-written-title = Your report is ready
notify-report-written-body = Spool wrote { $path }.
dialog-filter-pdf = PDF document
