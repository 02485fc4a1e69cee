## Errors and notices from the native side

## What the window is told when something asked of Spool did not happen

error-no-account = Connect an account first (Settings → Connect an account), or try the demo.
error-needs-login = Log in to @{ $username } again before syncing.
error-already-syncing = This account is syncing already.
error-removing = Spool is removing all data; nothing can sync meanwhile.
error-logging-out = This account is being logged out; nothing of it can sync meanwhile.
error-sync-did-not-stop = A sync or a login check did not stop in time, so nothing was removed. Try again in a moment.
error-sync-interval = Sync every 1 to 168 hours (a week).
error-login-port = Choose a port from 1024 to 65535; lower ports need administrator rights.
error-post-not-found = That post is not in Spool's history.
error-no-post-address = Threads gives no address for this post (it contains copyrighted material).
# $url: the post's address as Threads gave it; $reason: one of the error-link-* texts.
error-not-a-threads-link = Spool opens only posts on threads.net or threads.com over https; this post's address ({ $url }) is not one ({ $reason }), so it was not opened.
error-link-not-an-address = it is not a web address
error-link-not-https = it is not an https address
error-link-not-threads = it is not on threads.net or threads.com
# $reason: what the desktop said (in its own language).
error-browser = The browser could not be opened ({ $reason }); the post is at { $url }
error-start-at-login = Spool could not change whether it starts when you log in ({ $reason }). Try again; if it keeps failing, change it in your desktop's list of startup applications.
error-clipboard = The clipboard refused the image ({ $reason }). Export it as a file instead.
error-chart-image = { $reason }. Please report this.
error-backup = Spool could not write { $path }: { $reason }
# $doing: one of the error-doing-* texts (or, for work none names, its English words).
error-fault = Spool hit a fault while { $doing }; your data is unchanged. Try again; if it happens again, please report it with Spool's log (Settings → About shows where it is).

## Days the date picker cannot ask for ($floor, $day, $today, $since, $until: days as 2024-04-13)

error-range-before-floor = Threads keeps no insights before { $floor }; choose a day from then on.
error-range-in-future = { $day } is in the future; choose today ({ $today }) or earlier.
error-range-reversed = The range ends ({ $until }) before it starts ({ $since }).

## Spool's own files ($path: a file or folder; $reason: what the system said)

error-storage-data-dir = Spool could not prepare its data folder { $path }: { $reason }
error-storage-in-use = Another copy of Spool is already running with the data folder { $path }. Switch to its window (or close it and start Spool again): two copies would write over each other's files.
error-storage-credentials = Spool could not read or write its credentials file: { $reason }
error-storage-credentials-unreadable = Spool could not read its credentials file { $path }: { $reason }. Nothing was changed: make the file readable by you (or repair the disk), then start Spool again.
error-storage-credentials-not-written = Spool could not save its credentials file { $path }: { $reason }. Nothing was changed: free some space or check the data folder's permissions, then try again.
# $holder: where the key is kept ("the macOS Keychain", "Windows Credential Manager").
error-storage-key-unavailable = Spool could not get the key that seals its credentials from { $holder }: { $reason }. Your logins are kept as they were: unlock or start { $holder }, then start Spool again.
# Where the key that seals the credentials is kept, as $holder (here) and $store
# (Settings → About) name it; key-holder-file's $path is the key's file.
key-holder-macos-keychain = the macOS Keychain
key-holder-windows-credential-manager = Windows Credential Manager
key-holder-secret-service = the Secret Service (GNOME Keyring, KWallet)
key-holder-system = the system's credential store
key-holder-file = the file { $path }
error-storage-unknown-account = that account is not known to Spool; it may have been logged out

## The history database ($reason: what SQLite said)

error-history-damaged = the history database is damaged ({ $reason })
error-history-busy = the history database is in use by another program (another copy of Spool, or a tool reading the file): close the other Spool or that program, then try again
error-history-read-only = Spool may not write its history: the disk or the data folder is read-only ({ $reason }). Make it writable (Settings → About shows where it is), then try again
error-history-disk-full = the disk holding Spool's history is full: free some disk space, then try again; nothing was lost
error-history-cannot-open = Spool could not open or read its history file ({ $reason }): check that Spool may read and write its data folder (Settings → About shows where it is), then try again
error-history-migration = Spool could not bring its history up to date (step { $step }: { $reason }); the file is unchanged. Please report this
error-history-too-new = the history database was written by a newer version of Spool (schema { $found }); update Spool
error-history-failed = the history database failed: { $reason }

## Logging in ("App settings → Basic" names Meta's app dashboard)

error-login-no-app = Enter your Threads app id and app secret first (Settings → Connect an account).
error-login-bad-app-id = The Threads app id is a number of 15 or 16 digits (App settings → Basic → Threads app ID).
error-login-bad-app-secret = The Threads app secret is a string of 32 letters and digits (App settings → Basic → Threads app secret, after "Show").
error-login-denied = The login was cancelled in the Threads window. Log in again and choose "Allow" to let Spool read your insights.
error-login-state-mismatch = That address belongs to an earlier login attempt. Start the login again and paste the address the browser shows at its end.
error-login-not-an-address = That is neither the address the browser landed on nor a login code. Copy the whole address from the browser's address bar after allowing Spool.
error-login-code-used = This login code was already used or has expired (codes work once, within an hour). Start the login again.
error-login-app-refused = Threads did not accept the app id and secret together. Copy both again from your app's dashboard (App settings → Basic, the Threads app id and secret).
error-login-redirect-refused = Threads did not accept the redirect address. Register exactly the one Settings shows under your app's Threads settings, then log in again.
# $message: Threads' own words (English).
error-login-refused = Threads refused the login: { $message }
error-login-timed-out = No answer came from the browser within { $minutes } minutes; start the login again.
error-login-listener = Spool could not listen for the login on 127.0.0.1:{ $port } ({ $reason }). Another program may use that port: choose another one in Settings and register the new redirect address.
error-login-not-started = No login is in progress: choose "Log in with Threads" first.
error-login-cancelled = The login was cancelled.
error-login-demo = The demo could not start: { $reason }
# Meta's window showed its own error page: $code is its error code; $meaning and $fix
# say it (a login-window-…-meaning and -fix).
error-login-window-refused = Threads' login window refused the login (error { $code }): { $meaning }. { $fix }
# A code Spool does not know: $message is Meta's own words.
error-login-window-unknown = Threads' login window refused the login (error { $code }: { $message }). Check the app id and the redirect address in the Meta app dashboard, then start the login again.

## A sync that stopped

error-sync-cancelled = The sync was cancelled; nothing was saved and the history is as it was.
# $reason: one of the error-api-* texts.
# A sentence the history kept before Spool kept sentences: its text as it was written, in
# whatever language that was.
said-as-written = { $text }
error-sync-api = The sync stopped and saved nothing: { $reason }
error-sync-too-many-pages = The sync stopped and saved nothing: Threads listed more than { $pages } pages of posts, more than one sync reads. Try again later; if it happens again, please report it.
# $limit: error-sync-limit-seconds or error-sync-limit-minutes.
error-sync-too-slow = The sync stopped and saved nothing: it was still reading after { $limit }. Check the connection and try again later.
error-sync-limit-seconds = { $seconds } s
error-sync-limit-minutes = { $minutes } minutes

## Exports and saved files ($file: the file's name)

# $what: what was to be exported, as the screen names it.
error-export-range-needed = Choose the days of “{ $what }” to export, then export again.
error-export-nothing-stored = Spool has nothing stored for “{ $what }” yet: sync, then export again.
error-export-drawing = the chart could not be drawn: { $reason }. Please report this; your data is unchanged.
error-export-too-large = an image of { $width } × { $height } pixels is too large; choose a lower resolution
# $format: CSV, JSON, PNG or SVG.
error-export-encoding = Spool could not write the { $format } file ({ $reason }); please report this.
error-save-folder-missing = The folder for “{ $file }” no longer exists. Choose another folder and save again.
error-save-not-writable = Spool may not write “{ $file }” there: the folder is read-only or another app has the file open. Choose another folder, or close the file in the other app, and save again.
error-save-disk-full = There is not enough space to save “{ $file }”. Free some space or choose another drive, and save again.
error-save-other = Spool could not save “{ $file }”: { $reason }. Choose another folder and save again.
error-save-folder-in-the-way = a folder of that name is already there

## Threads' answers ($code, $subcode, $status: numbers from Threads; $message, $detail: Threads' own words)

# $reason: Spool's own check, in English (a fault in Spool).
error-api-refused = not sent: { $reason }
error-api-rate-limited = Threads is limiting requests (code { $code })
error-api-rate-limited-retry = Threads is limiting requests (code { $code }); try again in { $seconds } s
error-api-token-expired = the login has expired or was revoked (code { $code }): log in again
# $scope: the permission's name in Meta's API (threads_basic, threads_manage_insights).
error-api-permission-missing = the login lacks the { $scope } permission (code { $code }): log in again and allow it
error-api-not-found = Threads could not find that object, or this login may not see it (code 100, subcode 33): { $message }
error-api-invalid-subcode = Threads refused the request (code 100, subcode { $subcode }): { $message }
error-api-invalid = Threads refused the request (code 100): { $message }
# $step: one of the error-api-step-* texts.
error-api-login-refused = Threads refused { $step }: { $message }
error-api-step-code-exchange = finishing the login
error-api-step-long-lived-exchange = getting a long-lived login
error-api-step-refresh = renewing the login
error-api-step-profile = reading the profile
error-api-step-posts = listing posts
error-api-step-post-insights = reading a post's insights
error-api-step-account-insights = reading account insights
error-api-transient = Threads had a passing fault ({ $detail }); try again shortly
error-api-other = Threads answered with error { $code }: { $message }
error-api-network = Threads could not be reached: { $reason }
error-api-timeout = Threads did not answer in time
error-api-unexpected = Threads sent an unexpected answer (HTTP { $status }): { $detail }

## Notices: what the window is told that answers no command

# $reason: one of the error-history-* texts.
native-history-unopened = Spool could not open its history and left the file as it was: { $reason }. Your accounts and settings work meanwhile, and the history opens by itself once the cause is gone.
# Told once the window is up, about a file opened at start ($path: where the old file was kept).
native-credentials-restored = Spool's credentials file was damaged, so Spool restored your logins from its backup copy and kept the damaged file at { $path }.
native-credentials-damaged = Spool's credentials file was damaged, so Spool started without it and kept a copy at { $path }. Log in to your accounts again; your history is unaffected.
# $holder: where the key was kept ("the macOS Keychain", "the file …/credentials.key").
native-credentials-key-gone = Spool could not unseal its credentials: the key that sealed them is gone from { $holder }. Spool kept the sealed file at { $path } and started without it. Log in to your accounts again; your history is unaffected.
native-history-set-aside = Spool's history could not be read, so Spool started a new one and kept the old file at { $path }. Syncing again rebuilds what Threads still has.
# $doing: one of the error-doing-* texts (or, for work none names, its English words).
native-background-fault = Spool hit a fault while { $doing } in the background and carried on; your data is unchanged, and the next round tries again. If this notice comes back, please report it with Spool's log (Settings → About shows where it is).

## The save dialog: the kinds of file it offers

dialog-filter-png = PNG image
dialog-filter-svg = SVG image
dialog-filter-csv = CSV (spreadsheets)
dialog-filter-json = JSON
dialog-filter-sqlite = SQLite database

## macOS's application menu (named as macOS names these items in each language)

menu-about = About Spool
menu-settings = Settings…
menu-services = Services
menu-hide = Hide Spool
menu-hide-others = Hide Others
menu-show-all = Show All
menu-quit = Quit Spool
menu-edit = Edit
menu-undo = Undo
menu-redo = Redo
menu-cut = Cut
menu-copy = Copy
menu-paste = Paste
menu-select-all = Select All
menu-view = View
menu-full-screen = Toggle Full Screen
menu-window = Window
menu-minimize = Minimize
menu-zoom = Zoom
menu-close-window = Close Window

## What Spool was doing when it hit a fault: error-fault and native-background-fault say it
## (English "while …"; word each so that it fits those two sentences)

error-doing-backing-up = backing up the history
error-doing-checking-logins = checking the logins
error-doing-copying-chart = copying the chart
error-doing-deciding-notifications = deciding what to notify
error-doing-drawing-chart = drawing the chart
error-doing-emptying-history = emptying the history
error-doing-exporting-chart = exporting the chart
error-doing-exporting-data = exporting the data
error-doing-logging-in = logging in
error-doing-logging-in-with-token = logging in with the token
error-doing-logging-out = logging out
error-doing-opening-demo = opening the demo
error-doing-opening-history = opening the history
error-doing-opening-post = opening the post
error-doing-reading-accounts = reading the accounts
error-doing-reading-audience = reading the audience
error-doing-reading-best-times = reading the best times
error-doing-reading-best-times-to-post = reading the best times to post
error-doing-reading-content-insights = reading the content insights
error-doing-reading-last-sync = reading the last sync
error-doing-reading-link-clicks = reading the link clicks
error-doing-reading-login-settings = reading the login settings
error-doing-reading-overview = reading the overview
error-doing-reading-pasted-address = reading the pasted address
error-doing-reading-post = reading the post
error-doing-reading-posts = reading the posts
error-doing-reading-preferences = reading the preferences
error-doing-reading-today = reading today
error-doing-reading-todays-numbers = reading today's numbers
error-doing-reading-what-works = reading what works
error-doing-reading-young-posts = reading young posts
error-doing-recording-failed-sync = recording a failed sync
error-doing-removing-all-data = removing all data
error-doing-running-scheduled-syncs = running the scheduled syncs
error-doing-saving-file = saving the file
error-doing-saving-login-port = saving the login port
error-doing-saving-preferences = saving the preferences
error-doing-saving-meta-app = saving your Meta app
error-doing-starting-login = starting the login
error-doing-stopping-sync = stopping the sync
error-doing-switching-accounts = switching accounts
error-doing-syncing = syncing

## Reports

# $username is a handle, without the @.
error-unknown-account = Spool has no account @{ $username }: connect it in Spool first, or name one it has (demo for the demo account).
# $path is a folder; $reason what is wrong with it.
error-report-folder = Spool cannot write reports into { $path }: { $reason }. Choose a folder that exists.
error-report-sync-failed = The sync failed, so no report was written: { $reason }
error-report-sync-stopped = The sync was stopped, so no report was written.
error-doing-drawing-report = drawing the report
error-doing-writing-report = writing the report
error-doing-writing-scheduled-report = writing the scheduled report
error-doing-reading-report-schedule = reading the report schedule
error-doing-saving-report-schedule = saving the report schedule
error-doing-choosing-folder = choosing a folder
