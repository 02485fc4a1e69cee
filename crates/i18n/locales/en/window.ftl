## The window's frame: palette, shortcuts, banners, Settings' accounts and About

## The command palette (Ctrl+K)

palette-label = Command palette
palette-placeholder = Go to a screen, a post, a range…
# The list of what the palette offers, as screen readers name it.
palette-commands = Commands
palette-empty = Nothing matches. Try a screen's name or words of a post.
# $screen is a screen's name (screen-today…).
palette-go-to = Go to { $screen }
# $range is a range's name ("30 days").
palette-range = Range: { $range }
# $account is a handle (@name).
palette-show-account = Show { $account }
palette-export-chart = Export this chart…
# $excerpt is the start of a post's text.
palette-post = Post: { $excerpt }

## The list of keyboard shortcuts (?)

shortcuts-title = Keyboard shortcuts
shortcuts-screens = Go to a screen, in the sidebar's order
shortcuts-palette = Command palette: screens, posts, ranges, sync, export
shortcuts-sync = Sync the account shown
shortcuts-close-window = Close the window (Spool stays in the tray, where there is one)
shortcuts-chart = Read a chart's values, when it has the focus
shortcuts-this-list = This list
shortcuts-close-dialogs = Close the palette or this list
shortcuts-close = Close

## The window's frame: the sidebar

# $version is Spool's version ("0.1.0").
app-version = Spool { $version }
# The sidebar, as screen readers name it.
app-screens = Screens
app-show-account = Show account
# The badge of the demo account.
app-demo-badge = DEMO
# An account in the sidebar's switcher: $account is its handle (@name).
app-account-demo = { $account } (DEMO)
# The window could not reach Spool's native side: $detail says what failed, in technical words.
app-ipc-failed = Spool's window could not talk to the app: { $detail }. Restart Spool; if this keeps happening, please report it.
# $detail when nothing says what failed.
app-ipc-unknown = an unknown failure

## Banners above the screen

# $account is a handle (@name), drawn in bold.
banner-needs-login = Threads no longer accepts the login of { $account }. Log in again to keep its insights up to date; what Spool stored stays.
banner-log-in-again = Log in again
banner-dismiss = Dismiss
# Folds what Meta's support would ask for about an error.
banner-details = Details

## Settings → Accounts

settings-accounts = Accounts
settings-no-account = No account yet: try the demo or connect yours below.
settings-needs-login = Needs a new login
# $date is a date.
settings-login-valid-until = Login valid until { $date }
settings-show-account = Show
settings-shown = Shown
settings-log-out = Log out
# $account is a handle (@name).
settings-logged-out = { $account } is logged out: Spool deleted every copy of its login from this computer. To remove Spool's access on Threads too, open Threads: Settings → Account → Website permissions.

## Settings → Connect an account

settings-connect = Connect an account
settings-demo-note = No Meta app yet? The demo account shows Spool with 18 months of simulated insights; it needs no login.
settings-try-demo = Try the demo
settings-demo-starting = Starting the demo…
settings-own-account = Your own Threads account
settings-own-account-note = Meta lets an app read insights only for people it lists as testers, so Spool logs in through a Meta app of your own. Setting it up takes about five minutes, once.
# Names in Meta's developer dashboard, drawn in bold in the steps below.
settings-meta-use-case = Access the Threads API
settings-meta-roles = Roles → Roles
settings-meta-tester = Threads Tester
settings-meta-use-case-settings = Use cases → Customize → Settings
settings-meta-basic = App settings → Basic
settings-meta-app-id = Threads app ID
settings-meta-app-secret = Threads app secret
# $usecase is settings-meta-use-case.
settings-step-create-app = At developers.facebook.com, create an app and choose the use case { $usecase }.
# $roles is settings-meta-roles, $tester settings-meta-tester. The path at the end is Threads' own menus.
settings-step-tester = In the app's { $roles }, add yourself as a { $tester }, then accept the invitation in Threads (Settings → Account → Website permissions → Invites).
# $place is settings-meta-use-case-settings.
settings-step-redirect = Under { $place }, add this redirect callback URL, exactly:
settings-login-port = Spool receives the login on this port of your computer
settings-change-port = Change port
settings-port-invalid = A port is a whole number from 1024 to 65535.
# $place is settings-meta-basic, $id settings-meta-app-id, $secret settings-meta-app-secret.
settings-step-app-id = From { $place }, copy the { $id } and { $secret } (not the Facebook app ID) here:
settings-app-id = Threads app ID
settings-app-secret = Threads app secret
settings-app-secret-saved = saved (enter again to replace)
settings-save-app = Save
settings-log-in = Log in with Threads
settings-save-app-first = Save the app ID and secret first.
settings-login-browser-opened = Your browser opened the Threads login. Allow Spool there; this page continues by itself.
settings-login-open-address = Open this address in your browser and allow Spool; this page continues by itself:
settings-login-certificate = The browser warns once that the connection to 127.0.0.1 is not private: Spool made that certificate itself to receive the login on your computer. Choose Advanced → Proceed.
settings-login-paste-address = Or paste the address the browser landed on
settings-login-continue = Continue
settings-login-cancel = Cancel
settings-login-errors = If Threads shows an error
# $address is the redirect address, drawn as code.
settings-login-errors-note = The redirect address to register is { $address }. Pasting the address of Threads' error page below says which of these it is.
# One row of that list: $code is Meta's error code (drawn in bold); $meaning and $fix are
# the row's login-window-…-meaning and login-window-…-fix.
settings-login-window-error = { $code }: { $meaning }. { $fix }
settings-token-label = Or paste a long-lived token from the app's User Token Generator
settings-token-log-in = Log in with token
settings-copy = Copy
settings-copied = Copied

## What the errors of Threads' login window mean and what to change, by Meta's error code:
## the $meaning and $fix of settings-login-window-error and error-login-window-refused

login-window-1349168-meaning = the redirect address Spool sent is not registered for the app
login-window-1349168-fix = In the Meta app dashboard, open Use cases → Access the Threads API → Settings and add the redirect address Spool's Settings show, exactly as shown (https, 127.0.0.1, the same port and path), to "Redirect Callback URLs"; save, then log in again.
login-window-1349026-meaning = the app id is not a Threads app id: usually the Facebook app id was entered
login-window-1349026-fix = In the Meta app dashboard, open App settings → Basic and copy the "Threads app ID" and the "Threads app secret" (not the App ID at the top of the page) into Spool's Settings, then log in again.
login-window-4476002-meaning = no usable app id reached the window: the Facebook app id was entered, or the address lost its query on a redirect from threads.net to threads.com
login-window-4476002-fix = Check that Spool's Settings hold the "Threads app ID" from App settings → Basic (not the Facebook App ID), then start the login again from Spool, which opens www.threads.com directly.
login-window-1349245-meaning = the Threads account is not yet an accepted tester of the app
login-window-1349245-fix = In the Meta app dashboard, add the account under App roles → Roles → Threads Testers; then, in Threads, open Settings → Account → Website permissions → Invites and accept the invitation. Log in again with that account.
login-window-1349187-meaning = the redirect address is not https
login-window-1349187-fix = Register and use an https redirect address: Spool's own is the https://127.0.0.1 address its Settings show. Plain http and custom schemes are refused.
login-window-1-meaning = Meta could not read the request: an app id that is not a number, or a query lost on the way, or a passing fault
login-window-1-fix = Check that the Threads app ID in Spool's Settings is the number from App settings → Basic, with no spaces, then start the login again from Spool. If it persists, try again in a few minutes.

## Settings → Your data

settings-your-data = Your data
settings-data-note = Spool keeps your logins, your Meta app's secret, your settings and the history of every sync in its data folder on this computer, and nowhere else.
settings-remove-all = Remove all data…
settings-remove-question = Remove every login, setting and the whole history from this computer?
settings-remove-warning = Threads keeps your posts; what Spool alone keeps (followers over time, each post's growth) cannot be brought back. Back up first if you may want it.
settings-remove-confirm = Remove everything
settings-remove-cancel = Keep my data
settings-removed = Every login, setting and the history were removed.

## Settings → About

settings-about = About
settings-loading = Loading…
settings-about-version = Version
settings-about-data-folder = Data folder
settings-about-log-folder = Log folder
settings-about-system = System
settings-about-logins = Logins
# $store is the system's credential store ("the macOS Keychain").
settings-secrets-system-store = Sealed on disk; the key is held by { $store }.
# $path is a file's path.
settings-secrets-key-file = Sealed on disk, but no system credential store answered, so the key is kept in { $path }, readable by you only: anyone who can read your files can read your logins.
settings-secrets-memory = Kept in memory only.
