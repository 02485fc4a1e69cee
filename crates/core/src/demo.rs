//! The demo account: the simulator runs inside Spool, and the demo logs in through the same
//! code as a real login, with Spool playing the browser's part (the simulator approves at once).

use chrono::{DateTime, Utc};
use threads_api::{
    ApiHosts, AppCredentials, ClientConfig, ThreadsClient, approve_in_window, code_from_redirect,
};
use threads_sim::{RunningSimulator, Simulator};

use crate::accounts::StoredAccount;
use crate::login::{LoginError, begin_login, finish_login};

/// The in-process simulator behind the demo account.
#[derive(Debug)]
pub struct Demo {
    simulator: RunningSimulator,
    client: ThreadsClient,
}

impl Demo {
    /// Starts the simulator on a free loopback port.
    pub async fn start() -> Result<Self, LoginError> {
        let simulator = Simulator::new()
            .start()
            .await
            .map_err(|e| LoginError::Demo(e.to_string()))?;
        let client = ThreadsClient::new(
            ApiHosts::single(simulator.base_url()),
            ClientConfig::default(),
        )?;
        Ok(Self { simulator, client })
    }

    /// The client that talks to the demo's simulator.
    pub fn client(&self) -> &ThreadsClient {
        &self.client
    }

    /// Logs in to the demo account: the window's address with a fresh state, the redirect read
    /// and checked, both exchanges and the profile, as for a real account.
    pub async fn log_in(&self, now: DateTime<Utc>) -> Result<StoredAccount, LoginError> {
        let app = self.simulator.app();
        let redirect_uri = app.redirect_uris.first().cloned().unwrap_or_default();
        let credentials = AppCredentials::new(app.app_id.clone(), app.secret);
        let pending = begin_login(self.client.hosts(), &app.app_id, &redirect_uri)?;
        let landed = approve_in_window(&pending.url).await?;
        let code = code_from_redirect(&landed, &pending.state)?;
        finish_login(&self.client, &credentials, &code, &redirect_uri, now, true).await
    }
}
