//! What the commands share: the data folder, the accounts, the API clients, the demo's
//! simulator and the login in progress.

use std::sync::Mutex;

use spool_core::login::{LoginError, PendingLogin};
use spool_core::loopback::{DEFAULT_LOGIN_PORT, LoopbackListener, TlsIdentity};
use std::collections::HashMap;

use spool_core::history::History;
use spool_core::sync::CancelFlag;
use spool_core::{Accounts, Demo, Library, StoredAccount};
use threads_api::{ApiHosts, ClientConfig, ThreadsClient};
use tokio::sync::{OnceCell, oneshot};

/// Where a build for tests points "real" accounts: a simulator's address instead of Meta's.
const API_OVERRIDE: &str = "SPOOL_THREADS_API";
/// The login listener's port, when not the default.
const PORT_OVERRIDE: &str = "SPOOL_LOGIN_PORT";

/// A login waiting for the browser, and how a pasted address reaches it.
pub struct WaitingLogin {
    /// The attempt.
    pub pending: PendingLogin,
    /// Hands a code from a pasted address to the waiting login.
    pub pasted: oneshot::Sender<String>,
    /// The listener and the pasted code's receiving end, until the wait takes them.
    pub listener: Option<(LoopbackListener, oneshot::Receiver<String>)>,
}

/// Spool's state while it runs.
pub struct AppState {
    /// The data folder.
    pub library: Library,
    /// The accounts and their secrets.
    pub accounts: Accounts,
    /// Every sync's snapshot.
    pub history: History,
    /// The syncs running now, by account id, with the flag that stops each.
    pub syncing: Mutex<HashMap<String, CancelFlag>>,
    /// The client for real accounts.
    pub threads: ThreadsClient,
    /// The demo's simulator, started when first needed.
    pub demo: OnceCell<Demo>,
    /// The login listener's certificate.
    pub tls: TlsIdentity,
    /// The login listener's port unless the creator chose one in Settings.
    default_login_port: u16,
    /// The login in progress, if any.
    pub waiting: Mutex<Option<WaitingLogin>>,
    /// Things the user must be told once the window is up (a damaged file set aside).
    pub notices: Mutex<Vec<String>>,
}

impl AppState {
    /// The state for the data folder `library`, with `accounts` already opened.
    pub fn new(library: Library, accounts: Accounts, history: History) -> Result<Self, LoginError> {
        let hosts =
            match std::env::var(API_OVERRIDE) {
                Ok(base) => ApiHosts::single(url::Url::parse(&base).map_err(|e| {
                    LoginError::Demo(format!("{API_OVERRIDE} is not an address: {e}"))
                })?),
                Err(_) => ApiHosts::meta(),
            };
        let default_login_port = std::env::var(PORT_OVERRIDE)
            .ok()
            .and_then(|port| port.parse().ok())
            .unwrap_or(DEFAULT_LOGIN_PORT);
        let tls = TlsIdentity::load_or_create(library.root())?;
        Ok(Self {
            threads: ThreadsClient::new(hosts, ClientConfig::default())?,
            library,
            accounts,
            history,
            syncing: Mutex::new(HashMap::new()),
            demo: OnceCell::new(),
            tls,
            default_login_port,
            waiting: Mutex::new(None),
            notices: Mutex::new(Vec::new()),
        })
    }

    /// The login listener's port: the creator's choice, else the default.
    pub fn login_port(&self) -> u16 {
        self.accounts
            .login_port()
            .ok()
            .flatten()
            .unwrap_or(self.default_login_port)
    }

    /// The demo's simulator, started on first use.
    pub async fn demo(&self) -> Result<&Demo, LoginError> {
        self.demo
            .get_or_try_init(|| async {
                Demo::start(self.accounts.demo_anchor(chrono::Utc::now())?).await
            })
            .await
    }

    /// The client that serves `account`: the demo's simulator or Threads.
    pub async fn client_for(&self, account: &StoredAccount) -> Result<&ThreadsClient, LoginError> {
        if account.demo {
            Ok(self.demo().await?.client())
        } else {
            Ok(&self.threads)
        }
    }
}
