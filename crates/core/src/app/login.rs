//! Logging in: the creator's Meta app, the browser login and its fallbacks.

use std::time::Duration;

use spool_model::{AccountSummary, LoginSetup, LoginStarted};
use tokio::sync::oneshot;

use super::activity::{self, LoginMethod};
use super::panics::caught;
use super::{AppError, AppResult, Host, Spool};
use crate::locks::lock;
use crate::login::{
    LoginError, PendingLogin, begin_login, check_app, code_from_pasted, finish_login,
    login_with_token,
};
use crate::loopback::{LOGIN_TIMEOUT, LoopbackListener, PortReleased, redirect_uri};

/// How long a new login attempt waits for the one it replaces to let go of the login port.
const RELEASE_WAIT: Duration = Duration::from_secs(5);

/// A login waiting for the browser, and how a pasted address reaches it.
pub(crate) struct WaitingLogin {
    /// The attempt.
    pending: PendingLogin,
    /// Hands a code from a pasted address to the waiting login.
    pasted: oneshot::Sender<String>,
    /// The listener and the pasted code's receiving end, until the wait takes them.
    listener: Option<(LoopbackListener, oneshot::Receiver<String>)>,
    /// Resolves once the attempt's listener has closed its port, wherever the listener is.
    released: PortReleased,
}

impl<H: Host> Spool<H> {
    /// The login listener's port: the creator's choice, else the default.
    fn login_port(&self) -> u16 {
        self.accounts
            .login_port()
            .ok()
            .flatten()
            .unwrap_or(self.default_login_port)
    }

    /// The redirect address to register and what is saved of the creator's app.
    pub fn login_setup(&self) -> AppResult<LoginSetup> {
        Ok(self.accounts.login_setup(self.login_port())?)
    }

    /// Changes the port Spool listens on for the login; the redirect address changes with it
    /// and must be registered again in the Meta app.
    pub fn save_login_port(&self, port: u16) -> AppResult<LoginSetup> {
        if port < 1024 {
            return Err(AppError::LoginPort);
        }
        self.accounts.set_login_port(port)?;
        self.login_setup()
    }

    /// Saves the creator's Threads app id and secret, after checking they can be right.
    pub fn save_threads_app(&self, app_id: &str, app_secret: &str) -> AppResult<LoginSetup> {
        self.accounts.set_app(check_app(app_id, app_secret)?)?;
        self.login_setup()
    }

    /// Starts a login: listens for the browser's return and opens the authorization window
    /// (or, without a browser, answers the address for the creator to open).
    /// [`Spool::wait_for_login`] then waits for it to finish. A login already under way gives
    /// way to this one: its wait ends as cancelled and its port is taken over.
    pub async fn start_login(&self) -> AppResult<LoginStarted> {
        let credentials = self.accounts.app()?.ok_or(LoginError::NoApp)?;
        let port = self.login_port();
        let pending = begin_login(
            self.threads.hosts(),
            &credentials.app_id,
            &redirect_uri(port),
        )?;
        // One start at a time, so that two presses of "Log in" cannot both wait for the same
        // earlier attempt and then race for its port.
        let _starting = self.starting_login.lock().await;
        // "Log in" pressed again: the earlier attempt ends (its wait sees its sender gone) and
        // its listener closes, wherever its wait holds it; then this attempt takes the port.
        let earlier = lock(&self.waiting).take();
        if let Some(earlier) = earlier {
            let released = earlier.released.clone();
            drop(earlier);
            // Past this, binding says what holds the port.
            let _ = tokio::time::timeout(RELEASE_WAIT, released.wait()).await;
        }
        let listener = LoopbackListener::bind(port, &self.tls).await?;
        let (pasted, pasted_code) = oneshot::channel();
        let url = pending.url.to_string();
        *lock(&self.waiting) = Some(WaitingLogin {
            pending,
            pasted,
            released: listener.released(),
            listener: Some((listener, pasted_code)),
        });
        let browser_opened = self.host.open_url(&url).is_ok();
        Ok(LoginStarted {
            url,
            browser_opened,
        })
    }

    /// Waits for the login started by [`Spool::start_login`]: the browser's return to the
    /// listener, or an address pasted with [`Spool::paste_login_address`]. Then exchanges the
    /// code and keeps the account.
    pub async fn wait_for_login(&self) -> AppResult<AccountSummary> {
        let result = caught("logging in", self.browser_login()).await;
        activity::login_ended(LoginMethod::Browser, &result);
        result
    }

    async fn browser_login(&self) -> AppResult<AccountSummary> {
        let (state, redirect, (listener, pasted)) = {
            let mut slot = lock(&self.waiting);
            let waiting = slot.as_mut().ok_or(LoginError::NotStarted)?;
            (
                waiting.pending.state.clone(),
                waiting.pending.redirect_uri.clone(),
                waiting.listener.take().ok_or(LoginError::NotStarted)?,
            )
        };
        let code = tokio::select! {
            received = listener.receive(&state, LOGIN_TIMEOUT) => received,
            pasted = pasted => pasted.map_err(|_| LoginError::Cancelled),
        };
        // This attempt is over, however it ended; a newer one, started meanwhile, stays.
        {
            let mut slot = lock(&self.waiting);
            if slot.as_ref().is_some_and(|w| w.pending.state == state) {
                slot.take();
            }
        }
        let code = code?;
        let credentials = self.accounts.app()?.ok_or(LoginError::NoApp)?;
        let account = finish_login(
            &self.threads,
            &credentials,
            &code,
            &redirect,
            self.now(),
            false,
        )
        .await?;
        self.keep(account)
    }

    /// Hands the address the browser landed on (or the code in it) to the waiting login.
    pub fn paste_login_address(&self, address: &str) -> AppResult<()> {
        let mut slot = lock(&self.waiting);
        let waiting = slot.take().ok_or(LoginError::NotStarted)?;
        match code_from_pasted(address, &waiting.pending.state) {
            Ok(code) => {
                // The waiting login may have ended meanwhile; then there is nothing to hand over.
                let _ = waiting.pasted.send(code);
                Ok(())
            }
            Err(error) => {
                *slot = Some(waiting);
                Err(error.into())
            }
        }
    }

    /// Gives up the login in progress: its wait ends as cancelled.
    pub fn cancel_login(&self) {
        lock(&self.waiting).take();
    }

    /// Logs in with a long-lived token pasted from the app dashboard's User Token Generator;
    /// the token is checked with Threads before it is kept.
    pub async fn log_in_with_token(&self, token: &str) -> AppResult<AccountSummary> {
        let result = caught("logging in", async {
            let account = login_with_token(&self.threads, token, self.now()).await?;
            self.keep(account)
        })
        .await;
        activity::login_ended(LoginMethod::PastedToken, &result);
        result
    }
}
