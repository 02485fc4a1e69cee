//! Typed async client of the Threads Graph API, following `shared/threads-api.md`.
//!
//! Every request the API would refuse is refused here first, from the rules in `spool-model`;
//! every failure is an [`ApiError`] classified by the API's error `code`; no token or secret ever
//! appears in an error, a `Debug` print or a URL that leaves this crate.
#![warn(missing_docs)]

mod addresses;
mod auth;
mod client;
mod error;
mod insights;
mod posts;
mod secret;
mod wire;

pub use addresses::{LinkRefused, threads_post_link};
pub use auth::{AuthorizationError, approve_in_window, authorization_url, code_from_redirect};
pub use client::{
    ApiHosts, ClientConfig, LongLivedToken, RetryPolicy, ShortLivedLogin, ThreadsClient,
};
pub use error::{ApiError, Endpoint, GraphTrace, RequestRefused};
pub use insights::{AccountInsights, AccountInsightsQuery};
pub use posts::{Cursor, PostPages, PostsQuery};
pub use secret::{AccessToken, AppCredentials};
