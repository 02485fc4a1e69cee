//! Keeping logins alive against the simulator, with its clock moved by the test.

use chrono::{DateTime, TimeDelta, Utc};
use spool_core::lifecycle::{LoginCheck, check_login};
use spool_core::{Accounts, MemoryStore, StoredAccount};
use threads_api::{AccessToken, ApiHosts, ClientConfig, RetryPolicy, ThreadsClient};
use threads_sim::{Route, RunningSimulator, SimClock, Simulator};

fn start() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-20T18:30:00Z")
        .expect("moment")
        .to_utc()
}

async fn setup() -> (RunningSimulator, ThreadsClient, Accounts, String) {
    let sim = Simulator::new()
        .clock(SimClock::Fixed(start()))
        .start()
        .await
        .expect("starts");
    let client = ThreadsClient::new(ApiHosts::single(sim.base_url()), ClientConfig::default())
        .expect("client");
    let token = AccessToken::new(sim.issue_long_lived_token(sim.main_user_id()));
    let profile = client.profile(&token).await.expect("profile");
    let accounts = Accounts::open(Box::new(MemoryStore::default())).expect("opens");
    let id = profile.id.clone();
    accounts
        .add(StoredAccount {
            profile,
            token,
            issued_at: start(),
            expires_at: start() + TimeDelta::seconds(5_183_944),
            needs_login: false,
            demo: false,
        })
        .expect("added");
    (sim, client, accounts, id)
}

async fn check(
    sim: &RunningSimulator,
    client: &ThreadsClient,
    accounts: &Accounts,
    id: &str,
) -> LoginCheck {
    let account = accounts.get(id).expect("readable").expect("known");
    check_login(accounts, client, &account, sim.now())
        .await
        .expect("stored")
}

#[tokio::test]
async fn a_token_is_renewed_inside_its_last_week_and_lost_after_it_expired() {
    let (sim, client, accounts, id) = setup().await;
    sim.advance(TimeDelta::hours(23));
    assert_eq!(check(&sim, &client, &accounts, &id).await, LoginCheck::Fine);
    assert_eq!(
        sim.requests(Route::Refresh),
        0,
        "not renewed before a day, nor weeks early"
    );

    sim.advance(TimeDelta::days(52) + TimeDelta::hours(2));
    assert_eq!(
        check(&sim, &client, &accounts, &id).await,
        LoginCheck::Renewed
    );
    let renewed = accounts.get(&id).expect("readable").expect("known");
    assert_eq!(renewed.issued_at, sim.now());
    assert!(
        renewed.expires_at - sim.now() > TimeDelta::days(59),
        "60 more days"
    );
    client
        .profile(&renewed.token)
        .await
        .expect("the renewed token works");

    sim.advance(TimeDelta::days(61));
    let requests = sim.requests(Route::Profile) + sim.requests(Route::Refresh);
    assert_eq!(
        check(&sim, &client, &accounts, &id).await,
        LoginCheck::NeedsLogin
    );
    assert_eq!(
        sim.requests(Route::Profile) + sim.requests(Route::Refresh),
        requests,
        "an expired token is not sent"
    );
    assert!(
        accounts.summaries().expect("summaries")[0].status
            == spool_model::AccountStatus::NeedsLogin
    );
}

#[tokio::test]
async fn a_revoked_login_needs_a_new_one_and_an_unreachable_api_changes_nothing() {
    let (sim, client, accounts, id) = setup().await;
    let offline = ThreadsClient::new(
        ApiHosts::single(url::Url::parse("http://127.0.0.1:9/").expect("url")),
        ClientConfig {
            retry: RetryPolicy {
                attempts: 1,
                ..RetryPolicy::default()
            },
            ..ClientConfig::default()
        },
    )
    .expect("client");
    assert!(matches!(
        check(&sim, &offline, &accounts, &id).await,
        LoginCheck::Unanswered(_)
    ));
    assert!(
        !accounts
            .get(&id)
            .expect("readable")
            .expect("known")
            .needs_login
    );

    sim.revoke_tokens_after(0);
    assert_eq!(
        check(&sim, &client, &accounts, &id).await,
        LoginCheck::NeedsLogin
    );
}
