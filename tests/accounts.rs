//! End to end: the demo login through the interface; a real login through the loopback listener
//! against a simulator this test controls (the test plays the browser); a second account from a
//! pasted token; switching; logging out; a revoked login leading to the banner and back. No
//! token or secret crosses into the web view or the logs.

mod support;

use fantoccini::Locator;
use support::{App, Step, free_port, stored_vault};
use threads_sim::{RunningSimulator, SimApp, Simulator};

#[tokio::test(flavor = "multi_thread")]
async fn the_demo_account_logs_in_from_settings_without_credentials() {
    // A German user in Tokyo: the words, numbers, days and times in the window follow the
    // system's language and locale.
    let app = App::launch_with(
        "demo",
        &[
            ("LANG", "de_DE.UTF-8"),
            ("LANGUAGE", "de_DE"),
            ("TZ", "Asia/Tokyo"),
        ],
    )
    .await;
    let outcome = demo(&app).await;
    app.finish(outcome).await;
}

/// How WebKit writes numbers and days for de_DE in Tokyo (ICU's stand-alone short names).
fn german() -> spool_model::Locale {
    let names = |names: &[&str]| names.iter().map(|n| (*n).to_owned()).collect();
    spool_model::Locale {
        tag: "de-DE".to_owned(),
        group: ".".to_owned(),
        decimal: ",".to_owned(),
        months: names(&[
            "Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez",
        ]),
        weekdays: names(&["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]),
        day_first: true,
        year_first: None,
        hour12: false,
        utc_offset_minutes: 9 * 60,
    }
}

async fn demo(app: &App) -> Step {
    app.wait_for_text("main h1", "Heute").await?;
    app.record_ipc().await?;
    app.click("#current-account, .account-chip.empty").await?;
    app.wait_for_text("main h1", "Einstellungen").await?;
    app.start_demo("#try-demo").await?;
    app.wait_for_text("main h1", "Heute").await?;
    assert_eq!(app.text_of("#current-account .badge.demo").await?, "DEMO");
    app.click("button[data-screen=overview]").await?;
    app.wait_for_text("main h1", "Übersicht").await?;
    // The demo arrived with its past: the replayed syncs are on record.
    let last = app.text_of("#last-sync").await?;
    assert!(last.starts_with("Zuletzt synchronisiert"), "{last}");
    // The overview shows what the simulator served: last month's profile views, every day
    // of which the replayed past stored, add up to the demo account's own numbers.
    let data = app.data_home.join("app.spool.desktop");
    let anchor = stored_vault(&data)?
        .demo_anchor
        .ok_or("the demo's anchor is stored")?;
    let account = threads_sim::DemoAccount::main(42, anchor);
    let today = spool_model::pacific::day_of(chrono::Utc::now());
    let last_month = spool_model::RangePreset::LastMonth.range(today, None);
    let expected: u64 = last_month
        .since()
        .iter_days()
        .take_while(|d| *d <= last_month.until())
        .filter_map(|d| account.profile_views(d, anchor))
        .sum();
    app.click("button.preset:nth-child(5)").await?;
    let german = german();
    app.wait_for_text(
        ".card[data-metric=views] .card-value",
        &german.number(expected),
    )
    .await?;
    let followers = app
        .text_of(".card[data-metric=followers_count] .card-value")
        .await?;
    assert!(
        followers.contains('.'),
        "{followers} followers, with a German separator"
    );
    // The chart speaks German too, as the catalogue writes it.
    let words = spool_i18n::Catalogue::bundled(
        spool_i18n::Language::German,
        spool_i18n::NumberStyle::of(spool_i18n::Language::German),
    );
    assert_eq!(
        app.chart_name("#profile-views-chart").await?,
        "Profilaufrufe pro Tag"
    );
    // Each bar reads out its day and value, under the pointer or the arrow keys.
    let month_chart = app.readouts("#profile-views-chart").await?;
    app.screenshot("demo-overview-last-month").await?;
    let (day, views) = last_month
        .since()
        .iter_days()
        .find_map(|d| account.profile_views(d, anchor).map(|v| (d, v)))
        .ok_or("a measured day")?;
    let readout = words.format(
        "drawn-profile-views-readout",
        &[
            ("day", german.weekday_date(day).into()),
            ("views", german.number(views).into()),
        ],
    );
    assert!(!readout.contains("profile views"), "{readout}");
    assert!(
        month_chart.contains(&readout),
        "no readout {readout:?} in {month_chart:?}"
    );

    // Changing the range changes the chart, drawn again in place: an Export panel opened
    // before stays open.
    let month_range = app.text_of("#overview-range").await?;
    app.click("#profile-views-chart .export-panel summary")
        .await?;
    app.click("button.preset:nth-child(1)").await?;
    app.wait_until_text("#overview-range", |r| r != month_range)
        .await?;
    let week_chart = app.readouts("#profile-views-chart").await?;
    assert!(
        !week_chart.is_empty() && week_chart.len() < month_chart.len(),
        "7 days read out {week_chart:?}"
    );
    let panel_open = app
        .script(
            "return document.querySelector('#profile-views-chart .export-panel').open;",
            vec![],
        )
        .await?;
    assert_eq!(
        panel_open,
        serde_json::json!(true),
        "the Export panel after a change of range"
    );
    app.click("#profile-views-chart .export-panel summary")
        .await?;
    // The picker's fields show the preset's days, ready to adjust.
    let week = spool_model::RangePreset::Last7Days.range(today, None);
    let fields = app
        .script(
            "return ['#range-since', '#range-until'].map(f => document.querySelector(f).value);",
            vec![],
        )
        .await?;
    assert_eq!(
        fields,
        serde_json::json!([week.since().to_string(), week.until().to_string()]),
        "the picker after pressing 7 days"
    );
    // The picker refuses a day before 2024-04-13, with the reason, and asks nothing.
    app.type_into("#range-since", "2024-04-12").await?;
    app.type_into("#range-until", &last_month.until().to_string())
        .await?;
    app.click("#apply-range").await?;
    let refusal = app.text_of("#picker-refusal").await?;
    assert!(
        refusal.contains("Threads speichert keine Statistiken vor dem 2024-04-13"),
        "{refusal}"
    );
    // The same days picked by hand give the same numbers as the preset.
    app.type_into("#range-since", &last_month.since().to_string())
        .await?;
    app.click("#apply-range").await?;
    app.wait_for_text(
        ".card[data-metric=views] .card-value",
        &german.number(expected),
    )
    .await?;

    // And it syncs like any account, against the simulator inside Spool.
    app.click("#sync-now").await?;
    let before = chrono::Utc::now();
    app.wait_until_text("#last-sync", |t| {
        t != last && t.starts_with("Zuletzt synchronisiert")
    })
    .await?;
    // On the Tokyo clock, as the user reads it.
    let sidebar = app.text_of("#sidebar-last-sync").await?;
    let tokyo = [before, chrono::Utc::now()].map(|at| {
        format!(
            "Synchronisiert am {} um {}",
            german.day_month(german.local_day(at)),
            german.time(at)
        )
    });
    assert!(
        tokyo.contains(&sidebar),
        "{sidebar} is not one of {tokyo:?}"
    );
    app.screenshot("demo-overview").await?;

    app.click("button[data-screen=settings]").await?;
    let status = app
        .text_of("[data-account='mara.makes'] .account-status")
        .await?;
    assert!(status.starts_with("Anmeldung gültig bis"), "{status}");
    app.screenshot("demo-settings").await?;

    // The token is on disk, sealed in a file only the user can read (its key too, where no
    // credential store answers, as here), and nowhere in the web view.
    let store = data.join("credentials.json");
    for private in [
        "credentials.json",
        "credentials.json.bak",
        "credentials.key",
    ] {
        // No key file where a credential store holds the key.
        if private == "credentials.key" && !data.join(private).exists() {
            continue;
        }
        let mode = support::permission_bits(&data.join(private))?;
        assert_eq!(mode, 0o600, "{private} is private");
    }
    let token = stored_vault(&data)?
        .accounts
        .first()
        .ok_or("the demo token is stored")?
        .token
        .expose()
        .to_owned();
    for copy in ["credentials.json", "credentials.json.bak"] {
        let bytes = std::fs::read_to_string(data.join(copy))?;
        assert!(!bytes.contains(&token), "the token is sealed in {copy}");
    }
    let seen = app.ipc_and_page().await?;
    assert!(seen.contains("mara.makes"), "the recorder saw the login");
    assert!(!seen.contains(&token), "the token reached the web view");
    assert!(!app.log().contains(&token), "the token reached a log");

    // Logging out deletes the token from disk, unsealed or not, and says where Threads
    // lets the creator remove Spool's access too.
    app.click("[data-account='mara.makes'] .log-out").await?;
    app.wait_for_text(".account-chip.empty", "Konto verbinden")
        .await?;
    let stored = std::fs::read_to_string(&store)?;
    assert!(!stored.contains(&token), "the token left the disk");
    assert!(
        stored_vault(&data)?.accounts.is_empty(),
        "the token left the sealed vault"
    );
    Ok(())
}

async fn simulator(port: u16) -> RunningSimulator {
    Simulator::new()
        .app(SimApp {
            redirect_uris: vec![format!("https://127.0.0.1:{port}/callback")],
            ..SimApp::default()
        })
        .start()
        .await
        .expect("the simulator starts")
}

/// The browser: follows the authorization window to Spool's listener, trusting its
/// self-signed certificate as the creator does after the one-time warning.
async fn play_browser(window: &str) -> Step<String> {
    let browser = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .tls_danger_accept_invalid_certs(true)
        .build()?;
    let answer = browser.get(window).send().await?;
    let landed = answer
        .headers()
        .get("location")
        .ok_or("the window redirected")?
        .to_str()?
        .trim_end_matches("#_")
        .to_owned();
    Ok(browser.get(landed).send().await?.text().await?)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_real_login_a_second_account_switching_and_a_revoked_login() {
    let port = free_port();
    let sim = simulator(port).await;
    let base = sim.base_url().to_string();
    let port_text = port.to_string();
    let app = App::launch_with(
        "real-login",
        &[
            ("SPOOL_THREADS_API", &base),
            ("SPOOL_LOGIN_PORT", &port_text),
        ],
    )
    .await;
    let outcome = real_login(&app, &sim, port).await;
    app.finish(outcome).await;
}

async fn real_login(app: &App, sim: &RunningSimulator, port: u16) -> Step {
    let secret = sim.app().secret;
    app.wait_for_text("main h1", "Today").await?;
    app.record_ipc().await?;
    app.click("button[data-screen=settings]").await?;
    app.wait_for_text(
        "#redirect-uri",
        &format!("https://127.0.0.1:{port}/callback"),
    )
    .await?;

    // A Facebook-style mistake is refused before anything is sent.
    app.type_into("#app-id", "my app").await?;
    app.type_into("#app-secret", &secret).await?;
    app.click("#save-app").await?;
    let refused = app.text_of("#error-banner p").await?;
    assert!(refused.contains("Threads app id is a number"), "{refused}");

    app.type_into("#app-id", &sim.app().app_id).await?;
    app.type_into("#app-secret", &secret).await?;
    app.click("#save-app").await?;
    app.click("#log-in:not([disabled])").await?;
    let window = app.text_of("#login-url").await?;
    let page = play_browser(&window).await?;
    assert!(page.contains("You can close this tab"), "{page}");
    app.wait_for_text("#current-account .account-handle", "@mara.makes")
        .await?;
    assert!(
        app.client
            .find(Locator::Css("#current-account .badge.demo"))
            .await
            .is_err(),
        "a real account is not marked DEMO"
    );

    // A second account from a pasted long-lived token. The login lands on Today once its
    // account is shown: Settings is chosen after that, or the landing would undo the choice.
    app.wait_for_text("main h1", "Today").await?;
    app.click("button[data-screen=settings]").await?;
    app.wait_for_text("main h1", "Settings").await?;
    let small = sim.issue_long_lived_token(sim.small_user_id());
    app.type_into("#pasted-token", &small).await?;
    app.click("#pasted-token ~ button, form:has(#pasted-token) button")
        .await?;
    app.wait_for_text("#current-account .account-handle", "@jonah.sketches")
        .await?;

    // Switching back with the sidebar's list.
    app.click("button[data-screen=settings]").await?;
    app.click("[data-account='mara.makes'] .show-account")
        .await?;
    app.wait_for_text("#current-account .account-handle", "@mara.makes")
        .await?;
    assert_eq!(app.texts_of("#account-switcher option").await?.len(), 2);
    app.screenshot("two-accounts").await?;

    // Threads revokes every login: at the next check Spool asks for a new one.
    sim.revoke_tokens_after(0);
    app.client.refresh().await?;
    app.wait_for_text("main h1", "Today").await?;
    let banner = app.text_of("#needs-login-banner p").await?;
    assert!(banner.contains("@mara.makes"), "{banner}");
    app.screenshot("needs-login").await?;
    app.record_ipc().await?;
    app.click("#needs-login-banner button").await?;
    app.wait_for_text("main h1", "Settings").await?;
    app.click("#log-in:not([disabled])").await?;
    let window = app.text_of("#login-url").await?;
    play_browser(&window).await?;
    app.wait_for_text("main h1", "Today").await?;
    assert!(
        app.client
            .find(Locator::Css("#needs-login-banner"))
            .await
            .is_err(),
        "the banner is gone after logging in again"
    );

    // No token and not the app secret crossed into the web view or the logs.
    let seen = app.ipc_and_page().await?;
    assert!(
        seen.contains("wait_for_login"),
        "the recorder saw the login"
    );
    let log = app.log();
    for line in [
        "logged in through the browser as @mara.makes",
        "logged in with a pasted token as @jonah.sketches",
    ] {
        assert!(log.contains(line), "the log has no `{line}`:\n{log}");
    }
    for token in sim.issued_tokens() {
        assert!(!seen.contains(&token), "a token reached the web view");
        assert!(!log.contains(&token), "a token reached a log");
    }
    assert!(
        !seen.contains(&secret),
        "the app secret reached the web view"
    );
    assert!(!log.contains(&secret), "the app secret reached a log");
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_credentials_file_is_set_aside_and_the_app_starts() {
    let app = App::launch_prepared("damaged-store", &[], |data| {
        std::fs::write(
            data.join("credentials.json"),
            b"{\"vault\": {\"accounts\": [{\"tok",
        )
        .expect("a damaged file");
    })
    .await;
    let outcome = damaged(&app).await;
    app.finish(outcome).await;
}

async fn damaged(app: &App) -> Step {
    app.wait_for_text("main h1", "Today").await?;
    let notice = app.text_of(".notice.info p").await?;
    assert!(notice.contains("credentials file was damaged"), "{notice}");
    let data = app.data_home.join("app.spool.desktop");
    let copies: Vec<_> = std::fs::read_dir(&data)?
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("credentials.json.damaged-")
        })
        .collect();
    assert_eq!(copies.len(), 1, "one copy of the damaged file is kept");
    assert!(
        notice.contains(&copies[0].path().display().to_string()),
        "{notice}"
    );
    // The app works: the demo logs in and is kept in a fresh credentials file.
    app.click("button[data-screen=settings]").await?;
    app.start_demo("#try-demo").await?;
    let fresh = stored_vault(&data)?;
    assert_eq!(fresh.accounts[0].profile.username, "mara.makes");
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn remove_all_data_asks_first_then_leaves_no_login_setting_or_history() {
    let app = App::launch("remove-all").await;
    let outcome = remove_all(&app).await;
    app.finish(outcome).await;
}

async fn remove_all(app: &App) -> Step {
    app.wait_for_text("main h1", "Today").await?;
    app.click("button[data-screen=settings]").await?;
    app.start_demo("#try-demo").await?;
    app.wait_until_text("#last-sync", |t| t.starts_with("Last synced"))
        .await?;
    let folder = app.data_home.join("app.spool.desktop");
    let store = folder.join("credentials.json");
    let stored = stored_vault(&folder)?;
    let demo = stored.accounts.first().ok_or("the demo token is stored")?;
    let token = demo.token.expose().to_owned();
    let id = demo.profile.id.clone();
    let history = spool_core::history::History::open(&folder.join("history.sqlite"))?;
    assert!(history.last_run(&id)?.is_some());
    assert!(
        !history.data_digest()?.is_empty(),
        "the demo's past is stored"
    );

    // Asked first; "Keep my data" keeps it.
    app.click("button[data-screen=settings]").await?;
    app.click("#remove-all").await?;
    let question = app.text_of("#remove-question").await?;
    assert!(question.contains("Remove every login"), "{question}");
    app.screenshot("remove-confirmation").await?;
    app.click("#remove-cancel").await?;
    app.text_of("#remove-all").await?;
    assert_eq!(stored_vault(&folder)?.accounts[0].token.expose(), token);

    app.click("#remove-all").await?;
    app.click("#remove-confirm").await?;
    app.wait_for_text(
        ".banners .notice.info p",
        "Every login, setting and the history were removed.",
    )
    .await?;
    // No account in the window, no token or setting in the store, nothing in the history.
    app.wait_until_text("#current-account, .account-chip.empty", |t| {
        !t.contains("mara")
    })
    .await?;
    let left = std::fs::read_to_string(&store)?;
    assert!(!left.contains(&token), "the token is gone: {left}");
    let vault = stored_vault(&folder)?;
    assert_eq!(vault.accounts, [], "{left}");
    assert_eq!(vault.app, None, "{left}");
    assert_eq!(history.data_digest()?, "", "the history is empty");
    assert_eq!(history.last_run(&id)?, None, "the sync log is empty too");
    assert!(
        !folder.join("login-key.pem").exists(),
        "the login key is gone"
    );
    app.click("button[data-screen=overview]").await?;
    let empty = app.text_of(".empty-title").await?;
    assert_eq!(empty, "No Threads account is connected yet.");
    Ok(())
}
