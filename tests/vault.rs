//! End to end: the credentials vault. The page listens to tauri-plugin-store's `store://change`
//! (any script in the window may) while the creator saves a Meta app, logs in with a pasted
//! token and tries the demo, and hears no token and no secret, only the sealed vault. Logging
//! out says where Threads lets the creator remove Spool's access. A vault whose file was cut
//! short by a write stopped half-way comes back from its backup, logins and all.

mod support;

use std::time::{Duration, Instant};

use spool_core::vault_file::{KeyFile, KeyStores, NoCopy, RealDisk, SealedStore};
use spool_core::{CredentialStore, StoredAccount, Vault};
use support::{App, PATIENCE, Step, stored_vault};
use threads_api::AccessToken;
use threads_sim::{RunningSimulator, Simulator};

#[tokio::test(flavor = "multi_thread")]
async fn no_token_or_secret_reaches_the_window_through_the_store_event() {
    let sim = Simulator::new()
        .start()
        .await
        .expect("the simulator starts");
    let base = sim.base_url().to_string();
    let app = App::launch_with("store-event", &[("SPOOL_THREADS_API", &base)]).await;
    let outcome = store_event(&app, &sim).await;
    app.finish(outcome).await;
}

/// Starts hearing `store://change` in the page, as any script there could.
async fn listen_to_the_store(app: &App) -> Step {
    let listening = app
        .client
        .execute_async(
            "const done = arguments[0];
             window.__storeEvents = [];
             window.__TAURI__.event
               .listen('store://change', (event) => {
                 window.__storeEvents.push(JSON.stringify(event.payload));
               })
               .then(() => done(true), (error) => done(String(error)));",
            vec![],
        )
        .await?;
    if listening != serde_json::json!(true) {
        return Err(format!("the page could not listen: {listening}").into());
    }
    Ok(())
}

/// Every `store://change` the page heard, once there are at least `least`. Read in slices:
/// tauri-driver drops answers of more than a few kilobytes.
async fn heard(app: &App, least: usize) -> Step<Vec<String>> {
    let deadline = Instant::now() + PATIENCE;
    let count = loop {
        let count = app
            .script("return window.__storeEvents.length;", vec![])
            .await?
            .as_u64()
            .ok_or("no count")? as usize;
        if count >= least {
            break count;
        }
        if Instant::now() > deadline {
            return Err(format!("the page heard {count} store events, not {least}").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let mut events = Vec::new();
    for index in 0..count {
        let length = app
            .script(
                "return window.__storeEvents[arguments[0]].length;",
                vec![serde_json::Value::from(index)],
            )
            .await?
            .as_u64()
            .ok_or("no length")?;
        let mut event = String::new();
        let mut start = 0;
        while start < length {
            let slice = app
                .script(
                    "return window.__storeEvents[arguments[0]].slice(arguments[1], arguments[1] + 2000);",
                    vec![
                        serde_json::Value::from(index),
                        serde_json::Value::from(start),
                    ],
                )
                .await?;
            event.push_str(slice.as_str().unwrap_or_default());
            start += 2000;
        }
        events.push(event);
    }
    Ok(events)
}

async fn store_event(app: &App, sim: &RunningSimulator) -> Step {
    let data = app.data_home.join("app.spool.desktop");
    app.wait_for_text("main h1", "Today").await?;
    listen_to_the_store(app).await?;
    app.click("button[data-screen=settings]").await?;

    // The app secret, a pasted login and the demo's login: three saves of the vault.
    let secret = sim.app().secret;
    app.type_into("#app-id", &sim.app().app_id).await?;
    app.type_into("#app-secret", &secret).await?;
    app.click("#save-app").await?;
    let pasted = sim.issue_long_lived_token(sim.small_user_id());
    app.type_into("#pasted-token", &pasted).await?;
    app.click("form:has(#pasted-token) button").await?;
    app.wait_for_text("#current-account .account-handle", "@jonah.sketches")
        .await?;
    app.click("button[data-screen=settings]").await?;
    app.start_demo("#try-demo").await?;

    let vault = stored_vault(&data)?;
    assert_eq!(
        vault.app.as_ref().map(|a| a.expose_secret()),
        Some(secret.as_str()),
        "the app secret is stored"
    );
    let tokens: Vec<String> = vault
        .accounts
        .iter()
        .map(|a| a.token.expose().to_owned())
        .chain(sim.issued_tokens())
        .collect();
    assert!(tokens.contains(&pasted), "the pasted login is stored");
    assert_eq!(vault.accounts.len(), 2, "the pasted login and the demo's");
    let events = heard(app, 3).await?;
    for event in &events {
        assert!(
            event.contains("spool-sealed-vault"),
            "an event of the vault, sealed: {event}"
        );
        assert!(!event.contains(&secret), "the app secret was broadcast");
        for token in &tokens {
            assert!(!event.contains(token.as_str()), "a token was broadcast");
        }
        assert!(!event.contains("jonah.sketches"), "{event}");
    }

    // Settings says how the vault is kept: where no Secret Service answers (a test machine,
    // CI), in a key file, which the log says once.
    app.click("button[data-screen=settings]").await?;
    app.wait_for_text("main h1", "Settings").await?;
    let kept = app.text_of("#about-secrets").await?;
    let key_file = data.join("credentials.key");
    let log = app.log_file();
    if key_file.exists() {
        assert!(
            kept.contains("no system credential store answered")
                && kept.contains(&key_file.display().to_string()),
            "{kept}"
        );
        assert_eq!(
            log.matches("no credential store answered").count(),
            1,
            "the log says so once:\n{log}"
        );
    } else {
        assert!(
            kept.starts_with("Sealed on disk; the key is held by"),
            "{kept}"
        );
        assert!(!log.contains("no credential store answered"), "{log}");
    }

    // Logging out the pasted login says where to end Spool's access on Threads.
    app.click("[data-account='jonah.sketches'] .log-out")
        .await?;
    let told = app
        .wait_until_text(".banners", |t| t.contains("Website permissions"))
        .await?;
    assert!(
        told.contains("@jonah.sketches is logged out")
            && told.contains("Settings → Account → Website permissions"),
        "{told}"
    );
    let events = heard(app, events.len() + 1).await?;
    for event in &events {
        assert!(!event.contains(&secret), "the app secret was broadcast");
        for token in &tokens {
            assert!(!event.contains(token.as_str()), "a token was broadcast");
        }
    }
    assert!(
        stored_vault(&data)?
            .accounts
            .iter()
            .all(|a| a.token.expose() != pasted),
        "the logged-out token left the vault"
    );
    for copy in ["credentials.json", "credentials.json.bak"] {
        assert!(!std::fs::read_to_string(data.join(copy))?.contains(&pasted));
    }
    app.screenshot("logged-out").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_logins_come_back_from_the_backup_after_a_write_stopped_half_way() {
    let sim = Simulator::new()
        .start()
        .await
        .expect("the simulator starts");
    let base = sim.base_url().to_string();
    let token = sim.issue_long_lived_token(sim.main_user_id());
    let account = StoredAccount {
        profile: spool_model::Profile {
            id: sim.main_user_id().to_owned(),
            username: "mara.makes".to_owned(),
            name: None,
            picture_url: None,
            biography: None,
            is_verified: false,
        },
        token: AccessToken::new(token),
        issued_at: chrono::Utc::now(),
        expires_at: chrono::Utc::now() + chrono::TimeDelta::days(60),
        needs_login: false,
        demo: false,
    };
    let app = App::launch_prepared("half-written", &[("SPOOL_THREADS_API", &base)], |data| {
        // Kept as Spool keeps it, then cut short by a write killed half-way, which left its
        // temporary file behind.
        let opened = SealedStore::open(
            data,
            KeyStores {
                system: None,
                file: KeyFile::in_folder(data),
            },
            Box::new(RealDisk),
            Box::new(NoCopy),
        )
        .expect("a vault");
        opened
            .store
            .save(&Vault {
                accounts: vec![account],
                current: Some(sim.main_user_id().to_owned()),
                ..Vault::default()
            })
            .expect("kept");
        let path = data.join("credentials.json");
        let whole = std::fs::read(&path).expect("written");
        std::fs::write(&path, &whole[..whole.len() / 2]).expect("cut");
        std::fs::write(
            data.join(".credentials.json.0123456789abcdef.spool-partial"),
            &whole[..whole.len() / 3],
        )
        .expect("left");
    })
    .await;
    let outcome = half_written(&app).await;
    app.finish(outcome).await;
}

async fn half_written(app: &App) -> Step {
    app.wait_for_text("main h1", "Today").await?;
    app.wait_for_text("#current-account .account-handle", "@mara.makes")
        .await?;
    let notice = app
        .wait_until_text(".banners", |t| t.contains("backup copy"))
        .await?;
    assert!(
        notice.contains("restored your logins from its backup copy"),
        "{notice}"
    );
    let data = app.data_home.join("app.spool.desktop");
    assert_eq!(
        stored_vault(&data)?.accounts.len(),
        1,
        "the file is whole again"
    );
    assert!(
        !data
            .join(".credentials.json.0123456789abcdef.spool-partial")
            .exists(),
        "the half-written file is gone"
    );
    Ok(())
}
