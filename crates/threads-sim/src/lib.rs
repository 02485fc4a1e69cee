//! A simulated Threads Graph API: the same endpoints, envelopes, limits and quirks as the real
//! service (`shared/threads-api.md`), deterministic demo accounts, a controllable clock, and fault
//! knobs. Tests and the app's demo account start it in-process on 127.0.0.1 with port 0; the
//! `threads-sim` binary serves it on a chosen port.
#![warn(missing_docs)]

mod demo;
mod server;
mod world;

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, TimeDelta, Utc};
use tokio::sync::oneshot;
use url::Url;

pub use demo::{DemoAccount, DemoMediaType, DemoPost, DemoPostMetrics};
pub use world::{Fault, FaultKind, Route, SimApp, SimClock};

use server::{Shared, lock};
use world::{TokenKind, World};

/// How to set up a simulator before starting it.
#[derive(Debug, Clone)]
pub struct Simulator {
    seed: u64,
    clock: SimClock,
    app: SimApp,
    consent_page: bool,
    window_user_small: bool,
    faults: Vec<Fault>,
    accounts_as_of: Option<DateTime<Utc>>,
    main_posts: Option<u64>,
    keeps_posting: bool,
}

impl Default for Simulator {
    fn default() -> Self {
        Self {
            seed: 42,
            clock: SimClock::Real {
                offset: TimeDelta::zero(),
            },
            app: SimApp::default(),
            consent_page: false,
            window_user_small: false,
            faults: Vec::new(),
            accounts_as_of: None,
            main_posts: None,
            keeps_posting: false,
        }
    }
}

impl Simulator {
    /// A simulator with the demo accounts of seed 42, the real clock, and approval at once.
    pub fn new() -> Self {
        Self::default()
    }

    /// The seed the demo accounts are made from.
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// The simulator's clock; the demo accounts are made as of its "now" at start.
    pub fn clock(mut self, clock: SimClock) -> Self {
        self.clock = clock;
        self
    }

    /// Make the demo accounts as of `moment` instead of the clock's "now" at start: two
    /// simulators with the same seed and moment serve the same accounts whatever their clocks.
    pub fn accounts_as_of(mut self, moment: DateTime<Utc>) -> Self {
        self.accounts_as_of = Some(moment);
        self
    }

    /// The accounts' creators keep posting after the moment the accounts are made: as the
    /// clock moves on, each day brings the posts the account draws for it (deterministic from
    /// the seed and the day, so the world at a moment is the same on every run), and every
    /// metric keeps growing. Without it the accounts have no post after that moment, which
    /// tests that move the clock by days rely on.
    pub fn keeps_posting(mut self) -> Self {
        self.keeps_posting = true;
        self
    }

    /// Give the main account about `posts` posts instead of about 400.
    pub fn main_posts(mut self, posts: u64) -> Self {
        self.main_posts = Some(posts);
        self
    }

    /// The creator's app as registered with the simulator.
    pub fn app(mut self, app: SimApp) -> Self {
        self.app = app;
        self
    }

    /// Show a consent page in the authorization window instead of approving at once.
    pub fn consent_page(mut self) -> Self {
        self.consent_page = true;
        self
    }

    /// Log in through the window as the small account (under 100 followers).
    pub fn window_user_small(mut self) -> Self {
        self.window_user_small = true;
        self
    }

    /// A fault from the start.
    pub fn fault(mut self, fault: Fault) -> Self {
        self.faults.push(fault);
        self
    }

    /// Serves on 127.0.0.1 on a free port.
    pub async fn start(self) -> std::io::Result<RunningSimulator> {
        self.start_on(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
            .await
    }

    /// Serves on `address`.
    pub async fn start_on(self, address: SocketAddr) -> std::io::Result<RunningSimulator> {
        let made_at = self.accounts_as_of.unwrap_or_else(|| self.clock.now());
        let [main, small] = accounts(self.seed, self.main_posts, made_at);
        let window_user = if self.window_user_small {
            small.user_id.clone()
        } else {
            main.user_id.clone()
        };
        let ids = (main.user_id.clone(), small.user_id.clone());
        let mut world = World::new(
            self.clock,
            vec![main, small],
            self.app,
            window_user,
            self.seed,
        );
        world.approve_at_once = !self.consent_page;
        world.faults = self.faults;
        world.keeps_posting = self.keeps_posting;
        world.carry_on();
        let world: Shared = Arc::new(Mutex::new(world));

        let listener = tokio::net::TcpListener::bind(address).await?;
        let address = listener.local_addr()?;
        let (stop, stopped) = oneshot::channel::<()>();
        let app = server::router(world.clone());
        tokio::spawn(async move {
            let serve = axum::serve(listener, app).with_graceful_shutdown(async {
                let _ = stopped.await;
            });
            if let Err(error) = serve.await {
                eprintln!("threads-sim stopped: {error}");
            }
        });
        Ok(RunningSimulator {
            address,
            world,
            main_user_id: ids.0,
            small_user_id: ids.1,
            seed: self.seed,
            main_posts: self.main_posts,
            _stop: stop,
        })
    }
}

/// The main and the small account of `seed`, as made at `made_at`.
fn accounts(seed: u64, main_posts: Option<u64>, made_at: DateTime<Utc>) -> [DemoAccount; 2] {
    let main = match main_posts {
        Some(posts) => DemoAccount::main_with_posts(seed, made_at, posts),
        None => DemoAccount::main(seed, made_at),
    };
    [main, DemoAccount::small(seed.wrapping_add(1), made_at)]
}

/// A simulator serving requests; it stops when dropped.
#[derive(Debug)]
pub struct RunningSimulator {
    address: SocketAddr,
    world: Shared,
    main_user_id: String,
    small_user_id: String,
    seed: u64,
    main_posts: Option<u64>,
    _stop: oneshot::Sender<()>,
}

impl RunningSimulator {
    /// Where it listens.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Its base address, serving both the Graph API and the authorization window.
    pub fn base_url(&self) -> Url {
        Url::parse(&format!("http://{}/", self.address)).expect("a socket address makes a URL")
    }

    /// The creator's app as the simulator knows it (id, secret, redirect addresses).
    pub fn app(&self) -> SimApp {
        lock(&self.world).app.clone()
    }

    /// The user id of the main demo account (about 12,000 followers).
    pub fn main_user_id(&self) -> &str {
        &self.main_user_id
    }

    /// The user id of the small account (under 100 followers).
    pub fn small_user_id(&self) -> &str {
        &self.small_user_id
    }

    /// A copy of an account's data, to compare what a client read with what was served (with
    /// the posts published until now, when its creator keeps posting).
    pub fn account(&self, user_id: &str) -> Option<DemoAccount> {
        let mut world = lock(&self.world);
        world.carry_on();
        world.account(user_id).cloned()
    }

    /// A long-lived token for `user_id` with both permissions, issued now.
    pub fn issue_long_lived_token(&self, user_id: &str) -> String {
        let mut world = lock(&self.world);
        let app_id = world.app.app_id.clone();
        world.issue_token(user_id, &app_id, TokenKind::Long, true)
    }

    /// A short-lived token (one hour) for `user_id`, issued now.
    pub fn issue_short_lived_token(&self, user_id: &str) -> String {
        let mut world = lock(&self.world);
        let app_id = world.app.app_id.clone();
        world.issue_token(user_id, &app_id, TokenKind::Short, true)
    }

    /// A long-lived token without `threads_manage_insights`.
    pub fn issue_token_without_insights(&self, user_id: &str) -> String {
        let mut world = lock(&self.world);
        let app_id = world.app.app_id.clone();
        world.issue_token(user_id, &app_id, TokenKind::Long, false)
    }

    /// Every token issued so far, for tests that check none of them leaks.
    pub fn issued_tokens(&self) -> Vec<String> {
        lock(&self.world).tokens.keys().cloned().collect()
    }

    /// Revokes one token, as the creator removing the app would.
    pub fn revoke(&self, token: &str) {
        if let Some(grant) = lock(&self.world).tokens.get_mut(token) {
            grant.revoked = true;
        }
    }

    /// Revokes every token issued so far once `requests` more token-bearing requests have been
    /// answered.
    pub fn revoke_tokens_after(&self, requests: u64) {
        let mut world = lock(&self.world);
        world.revoke_after = Some(world.token_requests + requests);
    }

    /// Now, as the simulator sees it.
    pub fn now(&self) -> DateTime<Utc> {
        lock(&self.world).now()
    }

    /// Moves the simulator's clock forward.
    pub fn advance(&self, by: TimeDelta) {
        let mut world = lock(&self.world);
        world.clock = world.clock.advanced(by);
    }

    /// Makes the accounts again as of `moment`, as a simulator started with
    /// [`Simulator::accounts_as_of`] that moment serves them (carried on to now if their
    /// creators keep posting). Their ids stay, and so do the tokens issued for them.
    pub fn remake_accounts_as_of(&self, moment: DateTime<Utc>) {
        let mut world = lock(&self.world);
        world.accounts = accounts(self.seed, self.main_posts, moment).into();
        world.carry_on();
    }

    /// Adds a fault.
    pub fn add_fault(&self, fault: Fault) {
        lock(&self.world).faults.push(fault);
    }

    /// Removes every fault.
    pub fn clear_faults(&self) {
        lock(&self.world).faults.clear();
    }

    /// Show the consent page in the window (`true`) or approve at once (`false`).
    pub fn set_consent_page(&self, shown: bool) {
        lock(&self.world).approve_at_once = !shown;
    }

    /// How many requests `route` has answered (faulted ones included).
    pub fn requests(&self, route: Route) -> u64 {
        lock(&self.world).requests.get(&route).copied().unwrap_or(0)
    }
}
