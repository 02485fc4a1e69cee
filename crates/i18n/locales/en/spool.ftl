# Spool's English: the source every other language translates.
# Ids begin with the part of Spool that says them.

## Who an account is, in the tray and in notifications

account-handle = @{ $username }
account-handle-demo = @{ $username } (demo)

## The tray's menu (the menu bar's on macOS)

tray-profile-views = Profile views: { $today } today so far, { $yesterday } yesterday
tray-followers = Followers: { $followers }
tray-followers-change = Followers: { $followers } ({ $change } since yesterday)
tray-best-post =
    Best post of the last 24 h: { $views ->
        [one] { $views } view
       *[other] { $views } views
    }
tray-best-post-against =
    Best post of the last 24 h: { $views ->
        [one] { $views } view
       *[other] { $views } views
    }, { NUMBER($multiple, maximumFractionDigits: 1) }× your typical post at { $hours } h
tray-quote = “{ $excerpt }”
tray-no-post = No post in the last 24 hours
tray-no-account = No account yet: open Spool to connect one
tray-sync-now = Sync now
tray-open = Open Spool
tray-quit = Quit Spool
tray-sync-failed = Spool could not sync
tray-still-running = Spool is still running
tray-still-running-body = It keeps syncing in the background and tells you when something happens. Open it or quit it from its icon in the tray (the menu bar on macOS); Settings choose whether closing the window quits instead.

## Notifications

notify-breakout = A post of { $account } is breaking out
notify-breakout-body =
    “{ $excerpt }” has { $views ->
        [one] { $views } view
       *[other] { $views } views
    } at { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }: { NUMBER($multiple, maximumFractionDigits: 1) }× your typical post at that age.
notify-milestone = { $account } has { $milestone } followers
notify-milestone-body = { $followers } followers now, up from { $before } at the sync before.
notify-login-needed = Log in to { $account } again
notify-login-needed-body = Threads no longer accepts Spool's login, so nothing syncs until you log in again in Settings. Your history is kept.
notify-login-ending =
    { $days ->
        [0] The login of { $account } ends today
        [1] The login of { $account } ends tomorrow
       *[other] The login of { $account } ends in { $days } days
    }
notify-login-ending-body = Spool could not renew it. Log in again in Settings before it ends to keep syncing.
notify-syncs-failing = Syncs of { $account } keep failing
notify-syncs-failing-body = The last { $failed } syncs failed. The last one said: { $reason }
notify-no-reason = no reason was given

## The screens: their names in the sidebar and as headings, and what each shows

screen-today = Today
screen-overview = Overview
screen-insights = What works
screen-posts = Posts
screen-audience = Audience
screen-links = Links
screen-settings = Settings
screen-today-purpose = Your last three days' posts against your typical post, today's profile views and followers, and what needs your attention.
screen-overview-purpose = Profile views, likes, replies, reposts, quotes, link clicks and followers over the range you choose.
screen-insights-purpose = What works for you: your top posts against your normal, formats, lengths, weekdays, words and your posting rhythm.
screen-posts-purpose = Every post with its views, likes, replies, reposts, quotes and shares, and how each grew.
screen-audience-purpose = Where your followers live, their age and gender, once you have at least 100 followers.
screen-links-purpose = How often the links in your posts and profile were clicked.
screen-settings-purpose = Accounts, preferences and information about Spool.

## Settings → Language

settings-language = Language
settings-language-label = Spool speaks
# $language is the system's language in its own name ("日本語", "Deutsch").
settings-language-system = The system's language ({ $language })
settings-language-note = Menus, messages, notifications and exported charts follow this choice at once, and numbers and dates are written as this language writes them in your region.

## Ages of a post, as its checkpoints name them

age-hours = { $hours } h
age-days =
    { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
# $multiple is how many times the typical post's views; $age is an age-hours or age-days text.
on-track = { NUMBER($multiple, maximumFractionDigits: 1) }× your typical post at { $age }

## A screen before it has insights to show

waiting-no-account = No Threads account is connected yet.
waiting-connected = { $account } is connected.
waiting-connect = Connect an account
waiting-try-demo = Try the demo account
waiting-demo-note = The demo shows every screen with simulated data, labelled demo; it needs no Meta app.

## Syncing

sync-now = Sync now
sync-cancel = Cancel
# $done and $total count requests; $rate is requests per second.
sync-progress = { $done } of { $total } · { NUMBER($rate, maximumFractionDigits: 0) } requests/s
sync-never = Not synced yet: Spool has no insights of this account stored.
# $when is a date and time.
sync-completed = Last synced { $when } ({ $requests } requests).
sync-cancelled = The sync of { $when } was cancelled; nothing was saved.
sync-failed = Last sync { $when }: { $reason }
sync-failed-no-reason = it failed for no given reason; nothing was saved.
# $day is a day and month, $time a time of day.
sync-short-completed = Synced { $day }, { $time }
sync-short-cancelled = Last sync cancelled
sync-short-failed = Last sync failed

## Today

today-views = Profile views today so far
today-usual-day = a usual day: { $views }
today-no-usual-day = no usual day stored yet
today-followers = Followers
today-followers-up = ▲ { $change } since yesterday
today-followers-down = ▼ { $change } since yesterday
today-no-reading = no reading before today
today-recent = Your last three days
today-no-recent = No posts in the last three days.
# $ages lists the checkpoints ("1 h, 6 h, 24 h, 3 days, 7 days").
today-typical-note = Your typical post is the middle of your past posts read at the same age ({ $ages }); Spool reads posts younger than two days every hour while it runs, and at each sync otherwise.
today-typical-unknown = Spool needs at least { $posts } past posts read at the same age to know your typical post; it reads young posts every hour while it runs.
today-login-ending = Your login ends on { $when }: log in again before then so Spool keeps syncing.
today-login-needed = Threads no longer accepts this login: log in again to sync.
today-log-in-again = Log in again
today-sync-failed = The last sync, { $when }, failed: { $reason }
today-not-synced =
    { $hours ->
        [one] Nothing has been synced for { $hours } hour.
       *[other] Nothing has been synced for { $hours } hours.
    }
today-no-text = (no text)
today-not-read = not read yet
today-post-views =
    { $views ->
        [one] { $views } view
       *[other] { $views } views
    }
today-not-compared = Not compared yet: a post is compared once it is read at 1 h or later and your typical post is known.
today-newest = Your newest post against your typical post

## Lists

# Between the items of a list ("1 h, 6 h, 24 h").
list-separator = { ", " }

## Settings → Syncing and On the desktop

settings-syncing = Syncing
# Followed by a choice of settings-sync-every-hours.
settings-sync-every = While Spool runs, sync each account
settings-sync-every-hours =
    { $hours ->
        [one] every hour
       *[other] every { $hours } h
    }
settings-history-note = Spool keeps every sync in a history on this computer; Threads itself keeps no follower history and no post growth.
settings-back-up = Back up data…
settings-backed-up = A copy of the history was written to { $path }.
settings-desktop = On the desktop
settings-keep-in-tray = When I close the window, keep Spool running in the tray and syncing
settings-no-tray = This desktop shows no tray icons (on GNOME, the AppIndicator extension adds them), so closing the window quits Spool: it never runs where you cannot see or stop it.
settings-start-at-login = Start Spool in the tray when I log in to this computer
settings-notify-when = Notify me when…
settings-notify-breakouts = a post breaks out (twice the views of my typical post at its age)
settings-notify-milestones = my followers pass a milestone (1,000, 2,500, 5,000…)
settings-notify-logins = a login ends within a week, or needs logging in again
settings-notify-failing-syncs = syncs keep failing (three in a row)

# The sync panel before the first step of a sync is known.
sync-starting = Starting…
