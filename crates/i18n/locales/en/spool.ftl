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
