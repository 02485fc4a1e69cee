//! The HTTP side: the same paths, parameters, envelopes and refusals as the real API, and the
//! faults a test asked for.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Form, FromRequest, Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{Value, json};
use spool_model::limits::{
    DEMOGRAPHICS_MIN_FOLLOWERS, INSIGHTS_FLOOR_UNIX, POSTS_PAGE_DEFAULT, POSTS_PAGE_MAX,
    POSTS_SINCE_FLOOR_UNIX,
};
use spool_model::pacific;
use url::Url;

use crate::demo::{DemoAccount, DemoMediaType, DemoPost};
use crate::world::{
    CODE_LIFETIME, CodeGrant, FaultKind, LONG_LIVED_SECONDS, REFRESH_MIN_AGE, Route, TokenGrant,
    TokenKind, World,
};

pub(crate) type Shared = Arc<Mutex<World>>;
type Params = HashMap<String, String>;

/// Every route of the simulated API. The Graph API and the token endpoints answer with and
/// without the `/v1.0` prefix, as Meta's do (its Postman collection and sample app call them
/// unversioned); anything else gets a Graph error, never an empty answer.
pub(crate) fn router(world: Shared) -> Router {
    let graph = Router::new()
        .route(
            "/oauth/access_token",
            get(oauth_access_token).post(oauth_access_token),
        )
        .route("/access_token", get(long_lived_exchange))
        .route("/refresh_access_token", get(refresh))
        .route("/debug_token", get(debug_token))
        .route("/me", get(profile))
        .route("/{id}", get(object))
        .route("/{id}/threads", get(posts))
        .route("/{id}/insights", get(post_insights))
        .route("/{id}/threads_insights", get(account_insights));
    Router::new()
        .route("/oauth/authorize", get(authorize))
        .route("/oauth/authorize/decision", post(authorize_decision))
        .merge(graph.clone())
        .nest("/v1.0", graph)
        .fallback(unsupported)
        .method_not_allowed_fallback(unsupported)
        .with_state(world)
}

pub(crate) fn lock(world: &Shared) -> MutexGuard<'_, World> {
    // A panic while holding the lock leaves the world usable for the next test request.
    world
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Applies the faults for `route`, then answers with `handle` if none cut the request short.
async fn guarded(
    world: &Shared,
    route: Route,
    handle: impl FnOnce(&mut World) -> Response,
) -> Response {
    let (delay, failure, nth) = {
        let mut world = lock(world);
        let (delay, failure) = world.faults_for(route);
        (
            delay,
            failure,
            world.requests.get(&route).copied().unwrap_or(0),
        )
    };
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    if let Some(kind) = failure {
        return fault_response(kind, nth);
    }
    let mut world = lock(world);
    world.carry_on();
    handle(&mut world)
}

/// The answer a fault gives to the `nth` request of its route (1 for the first).
fn fault_response(kind: FaultKind, nth: u64) -> Response {
    match kind {
        FaultKind::Latency(_) => StatusCode::OK.into_response(),
        FaultKind::GraphError { code } => {
            graph_error(code, None, fault_message(code)).into_response()
        }
        FaultKind::Html502 => (
            StatusCode::BAD_GATEWAY,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            "<html><head><title>502 Bad Gateway</title></head>\
             <body><h1>502 Bad Gateway</h1></body></html>",
        )
            .into_response(),
        FaultKind::MalformedJson => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/json")],
            "{\"data\": [{\"id\": \"180",
        )
            .into_response(),
        FaultKind::DropConnection => {
            // Headers go out, then the body fails: the client sees the connection cut mid-answer.
            let failing = futures_util::stream::once(async {
                Err::<Bytes, std::io::Error>(std::io::Error::new(
                    std::io::ErrorKind::ConnectionReset,
                    "connection dropped by the simulator",
                ))
            });
            (StatusCode::OK, Body::from_stream(failing)).into_response()
        }
        FaultKind::RateLimited { retry_after } => {
            let mut response = Refusal::Graph {
                code: 4,
                subcode: None,
                message: "Application request limit reached".to_owned(),
                status: Some(StatusCode::TOO_MANY_REQUESTS),
            }
            .into_response();
            if let Ok(value) = HeaderValue::from_str(&retry_after.as_secs().to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            response
        }
        FaultKind::OversizedBody { bytes } => {
            // Valid JSON of `bytes` bytes, `{"data": [], "padding": "xx…x"}`, in 64 KiB pieces.
            const HEAD: &[u8] = br#"{"data": [], "padding": ""#;
            const TAIL: &[u8] = br#""}"#;
            const PIECE: usize = 64 * 1024;
            let padding = bytes.saturating_sub(HEAD.len() + TAIL.len());
            let pieces = std::iter::once(Bytes::from_static(HEAD))
                .chain(
                    (0..padding.div_ceil(PIECE))
                        .map(move |i| Bytes::from(vec![b'x'; PIECE.min(padding - i * PIECE)])),
                )
                .chain(std::iter::once(Bytes::from_static(TAIL)))
                .map(Ok::<_, std::io::Error>);
            (
                StatusCode::OK,
                [(header::CONTENT_TYPE, "application/json")],
                Body::from_stream(futures_util::stream::iter(pieces)),
            )
                .into_response()
        }
        FaultKind::EndlessPages { cycle } => {
            let after = match cycle {
                Some(cycle) => format!("LOOP{}", nth % u64::from(cycle.max(1))),
                None => format!("PAGE{nth}"),
            };
            ok(json!({
                "data": [{
                    "id": format!("9{nth:017}"),
                    "media_type": "TEXT_POST",
                    "text": format!("Page {nth} of a list that never ends"),
                    "timestamp": "2026-01-01T00:00:00+0000",
                    "is_quote_post": false,
                }],
                "paging": { "cursors": { "before": format!("PAGE{}", nth.saturating_sub(1)), "after": after } },
            }))
        }
    }
}

fn fault_message(code: i64) -> &'static str {
    match code {
        1 => "An unknown error occurred",
        2 => "An unexpected error has occurred. Please retry your request later.",
        4 | 17 | 32 | 613 => "Application request limit reached",
        10 => "Application does not have permission for this action",
        190 => "Error validating access token: The user has not authorized application.",
        _ => "An error occurred",
    }
}

/// An error answer of the API, in one of its three envelopes.
#[derive(Debug)]
pub(crate) enum Refusal {
    /// `{"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}`.
    Graph {
        code: i64,
        subcode: Option<i64>,
        message: String,
        /// The HTTP status when it is not the usual one for the code.
        status: Option<StatusCode>,
    },
    /// The token exchange's `{"error_type", "code", "error_message"}`.
    Token { code: i64, message: String },
    /// The authorization window's `{"error_message", "error_code"}`.
    Window { code: i64, message: String },
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        match self {
            Self::Graph {
                code,
                subcode,
                message,
                status,
            } => {
                let usual = match code {
                    // Server-side faults come with 500; so, at times, does code 100 (see /me).
                    1 | 2 => StatusCode::INTERNAL_SERVER_ERROR,
                    10 | 200..=299 => StatusCode::FORBIDDEN,
                    _ => StatusCode::BAD_REQUEST,
                };
                // Threads uses both `OAuthException` and `THApiException`.
                let kind = if code == 190 {
                    "OAuthException"
                } else {
                    "THApiException"
                };
                let mut error = json!({
                    "message": message,
                    "type": kind,
                    "code": code,
                    "fbtrace_id": "AbCdEfSimTrace",
                });
                if let Some(subcode) = subcode {
                    error["error_subcode"] = json!(subcode);
                }
                (
                    status.unwrap_or(usual),
                    axum::Json(json!({ "error": error })),
                )
                    .into_response()
            }
            Self::Token { code, message } => (
                StatusCode::BAD_REQUEST,
                axum::Json(json!({
                    "error_type": "OAuthException",
                    "code": code,
                    "error_message": message,
                })),
            )
                .into_response(),
            Self::Window { code, message } => (
                StatusCode::BAD_REQUEST,
                axum::Json(json!({ "error_message": message, "error_code": code })),
            )
                .into_response(),
        }
    }
}

fn graph_error(code: i64, subcode: Option<i64>, message: &str) -> Refusal {
    Refusal::Graph {
        code,
        subcode,
        message: message.to_owned(),
        status: None,
    }
}

fn invalid(message: &str) -> Refusal {
    graph_error(100, None, message)
}

fn missing_object(id: &str) -> Refusal {
    graph_error(
        100,
        Some(33),
        &format!(
            "Unsupported get request. Object with ID '{id}' does not exist, cannot be loaded \
             due to missing permissions, or does not support this operation."
        ),
    )
}

fn token_error(code: i64, message: &str) -> Response {
    Refusal::Token {
        code,
        message: message.to_owned(),
    }
    .into_response()
}

fn window_error(code: i64, message: &str) -> Refusal {
    Refusal::Window {
        code,
        message: message.to_owned(),
    }
}

fn ok(value: Value) -> Response {
    (StatusCode::OK, axum::Json(value)).into_response()
}

/// The token of a Graph request: the `access_token` parameter or a bearer header.
fn token_of(params: &Params, headers: &HeaderMap) -> Option<String> {
    params.get("access_token").cloned().or_else(|| {
        headers
            .get(header::AUTHORIZATION)?
            .to_str()
            .ok()?
            .strip_prefix("Bearer ")
            .map(str::to_owned)
    })
}

/// Checks the token of a Graph request and returns its grant.
fn authenticate(
    world: &mut World,
    route: Route,
    params: &Params,
    headers: &HeaderMap,
) -> Result<TokenGrant, Refusal> {
    let Some(token) = token_of(params, headers) else {
        return Err(graph_error(
            190,
            None,
            "An active access token must be used to query information about the current user.",
        ));
    };
    world.token_requests += 1;
    if world
        .revoke_after
        .is_some_and(|after| world.token_requests > after)
    {
        // Once: tokens issued afterwards (a new login) work.
        world.revoke_after = None;
        for grant in world.tokens.values_mut() {
            grant.revoked = true;
        }
    }
    let now = world.now();
    let Some(grant) = world.tokens.get(&token) else {
        return Err(graph_error(
            190,
            None,
            "Invalid OAuth access token - Cannot parse access token",
        ));
    };
    if grant.revoked {
        if route == Route::Profile {
            // Seen from the real API: a dead token on /me, as code 100 with HTTP 500.
            return Err(Refusal::Graph {
                code: 100,
                subcode: None,
                message: "The requested resource does not exist".to_owned(),
                status: Some(StatusCode::INTERNAL_SERVER_ERROR),
            });
        }
        return Err(graph_error(
            190,
            Some(460),
            "Error validating access token: The session has been invalidated.",
        ));
    }
    if grant.expires_at <= now {
        return Err(graph_error(
            190,
            Some(463),
            &format!(
                "Error validating access token: Session has expired on {}.",
                grant.expires_at.format("%A, %d-%b-%y %H:%M:%S UTC")
            ),
        ));
    }
    Ok(grant.clone())
}

/// The account a path id names: `me` or the token's own user. Anything else is refused as
/// the API does for objects a token cannot see.
fn own_account<'w>(
    world: &'w World,
    grant: &TokenGrant,
    id: &str,
) -> Result<&'w DemoAccount, Refusal> {
    let user_id = if id == "me" { &grant.user_id } else { id };
    if user_id != grant.user_id {
        return Err(missing_object(id));
    }
    world.account(user_id).ok_or_else(|| missing_object(id))
}

fn api_time(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S+0000").to_string()
}

fn unix_param(params: &Params, name: &str) -> Result<Option<i64>, Refusal> {
    params
        .get(name)
        .map(|value| {
            value.parse::<i64>().map_err(|_| {
                invalid(&format!(
                    "(#100) The parameter {name} must be a Unix timestamp"
                ))
            })
        })
        .transpose()
}

fn moment(unix: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(unix, 0).unwrap_or(DateTime::<Utc>::MIN_UTC)
}

// ---- The authorization window -----------------------------------------------------------------

fn redirect_registered(registered: &[String], uri: &str) -> bool {
    // The app dashboard may store the address with a trailing slash.
    registered
        .iter()
        .any(|r| r == uri || r.trim_end_matches('/') == uri.trim_end_matches('/'))
}

/// The window's checks, shared by the page and its decision.
fn check_window(world: &World, params: &Params) -> Result<String, Refusal> {
    let client_id = params.get("client_id").map(String::as_str).unwrap_or("");
    if client_id == world.app.facebook_app_id {
        return Err(window_error(
            4_476_002,
            "Invalid app ID: this is a Facebook app ID. Use the Threads app ID of your app.",
        ));
    }
    if client_id != world.app.app_id {
        return Err(window_error(1_349_026, "Invalid platform app"));
    }
    let redirect_uri = params.get("redirect_uri").cloned().unwrap_or_default();
    let https = Url::parse(&redirect_uri).is_ok_and(|url| url.scheme() == "https");
    if !https || !redirect_registered(&world.app.redirect_uris, &redirect_uri) {
        return Err(window_error(
            1_349_168,
            "URL blocked: This redirect failed because the redirect URI is not whitelisted in \
             the app's client OAuth settings.",
        ));
    }
    if params.get("response_type").map(String::as_str) != Some("code") {
        return Err(window_error(1_349_187, "response_type must be code"));
    }
    Ok(redirect_uri)
}

fn redirect_with(redirect_uri: &str, pairs: &[(&str, &str)]) -> Response {
    let Ok(mut url) = Url::parse(redirect_uri) else {
        return window_error(1_349_168, "Invalid redirect URI").into_response();
    };
    {
        let mut query = url.query_pairs_mut();
        for (key, value) in pairs {
            query.append_pair(key, value);
        }
    }
    // Threads appends `#_` to the address it sends the browser back to.
    url.set_fragment(Some("_"));
    (
        StatusCode::FOUND,
        [(header::LOCATION, url.to_string())],
        Body::empty(),
    )
        .into_response()
}

fn grant_code(world: &mut World, params: &Params, redirect_uri: &str) -> Response {
    let scopes = params.get("scope").cloned().unwrap_or_default();
    let code = world.fresh_secret("AQD", 64);
    let now = world.now();
    let user_id = world.window_user.clone();
    let app_id = world.app.app_id.clone();
    world.codes.insert(
        code.clone(),
        CodeGrant {
            user_id,
            app_id,
            redirect_uri: redirect_uri.to_owned(),
            issued_at: now,
            used: false,
            insights_scope: scopes.split(',').any(|s| s == "threads_manage_insights"),
        },
    );
    let state = params.get("state").cloned().unwrap_or_default();
    redirect_with(redirect_uri, &[("code", &code), ("state", &state)])
}

async fn authorize(State(world): State<Shared>, Query(params): Query<Params>) -> Response {
    guarded(&world, Route::Authorize, |world| {
        let redirect_uri = match check_window(world, &params) {
            Ok(uri) => uri,
            Err(refusal) => return refusal.into_response(),
        };
        if world.approve_at_once {
            return grant_code(world, &params, &redirect_uri);
        }
        let username = world
            .account(&world.window_user)
            .map(|a| a.username.clone())
            .unwrap_or_default();
        consent_page(&params, &username)
    })
    .await
}

async fn authorize_decision(State(world): State<Shared>, Form(params): Form<Params>) -> Response {
    let mut world = lock(&world);
    let redirect_uri = match check_window(&world, &params) {
        Ok(uri) => uri,
        Err(refusal) => return refusal.into_response(),
    };
    if params.get("decision").map(String::as_str) == Some("allow") {
        return grant_code(&mut world, &params, &redirect_uri);
    }
    let state = params.get("state").cloned().unwrap_or_default();
    redirect_with(
        &redirect_uri,
        &[
            ("error", "access_denied"),
            ("error_reason", "user_denied"),
            ("error_description", "Permissions error"),
            ("state", &state),
        ],
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn consent_page(params: &Params, username: &str) -> Response {
    let hidden: String = [
        "client_id",
        "redirect_uri",
        "scope",
        "response_type",
        "state",
    ]
    .iter()
    .map(|name| {
        let value = params.get(*name).map(String::as_str).unwrap_or("");
        format!(
            "<input type=\"hidden\" name=\"{name}\" value=\"{}\">",
            escape(value)
        )
    })
    .collect();
    Html(format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Threads (simulated)</title>\
         </head><body style=\"font-family: sans-serif; max-width: 32em; margin: 4em auto\">\
         <h1>Allow Spool to see your Threads insights?</h1>\
         <p>Logged in as <b>@{}</b> on the Threads simulator.</p>\
         <form method=\"post\" action=\"/oauth/authorize/decision\">{hidden}\
         <button name=\"decision\" value=\"allow\">Allow</button> \
         <button name=\"decision\" value=\"deny\">Cancel</button></form></body></html>",
        escape(username)
    ))
    .into_response()
}

// ---- Tokens ---------------------------------------------------------------------------------

/// `/oauth/access_token`: the code exchange, or an app access token for `client_credentials`,
/// with the parameters in the query string or a form body, by `GET` or `POST`.
async fn oauth_access_token(State(world): State<Shared>, Sent(params): Sent) -> Response {
    if params.get("grant_type").map(String::as_str) == Some("client_credentials") {
        return guarded(&world, Route::AppToken, |world| app_token(world, &params)).await;
    }
    code_exchange(&world, &params).await
}

async fn code_exchange(world: &Shared, params: &Params) -> Response {
    guarded(world, Route::CodeExchange, |world| {
        let param = |name: &str| params.get(name).map(String::as_str).unwrap_or("");
        if param("client_id") != world.app.app_id {
            return token_error(101, "Error validating application. Invalid application ID.");
        }
        if param("client_secret") != world.app.secret {
            return token_error(101, "Error validating client secret.");
        }
        if param("grant_type") != "authorization_code" {
            return token_error(100, "Unsupported grant_type");
        }
        let now = world.now();
        let Some(code) = world.codes.get_mut(param("code")) else {
            return token_error(400, "Matching code was not found or was already used");
        };
        if code.used {
            return token_error(400, "Matching code was not found or was already used");
        }
        if now - code.issued_at > CODE_LIFETIME {
            return token_error(400, "This authorization code has expired.");
        }
        if !redirect_registered(
            std::slice::from_ref(&code.redirect_uri),
            param("redirect_uri"),
        ) {
            return token_error(
                400,
                "Error validating verification code. Please make sure your redirect_uri is \
                 identical to the one you used in the OAuth dialog request",
            );
        }
        code.used = true;
        let grant = code.clone();
        let token = world.issue_token(
            &grant.user_id,
            &grant.app_id,
            TokenKind::Short,
            grant.insights_scope,
        );
        // Ids beyond 2^53 arrive as JSON numbers; smaller ones are sent as strings, as seen.
        let user_id = match grant.user_id.parse::<u64>() {
            Ok(id) if id > (1u64 << 53) => json!(id),
            _ => json!(grant.user_id),
        };
        ok(json!({ "access_token": token, "user_id": user_id }))
    })
    .await
}

async fn long_lived_exchange(State(world): State<Shared>, Sent(params): Sent) -> Response {
    guarded(&world, Route::LongLivedExchange, |world| {
        let param = |name: &str| params.get(name).map(String::as_str).unwrap_or("");
        if param("grant_type") != "th_exchange_token" {
            return token_error(100, "Unsupported grant_type");
        }
        if param("client_secret") != world.app.secret {
            return token_error(101, "Error validating client secret.");
        }
        let now = world.now();
        let Some(grant) = world.tokens.get(param("access_token")).cloned() else {
            return token_error(190, "Invalid OAuth access token - Cannot parse access token");
        };
        if grant.kind != TokenKind::Short {
            return token_error(100, "The access token is not a short-lived token");
        }
        if grant.revoked || grant.expires_at <= now {
            return token_error(190, "Error validating access token: Session has expired.");
        }
        let token = world.issue_token(&grant.user_id, &grant.app_id, TokenKind::Long, grant.insights_scope);
        ok(json!({ "access_token": token, "token_type": "bearer", "expires_in": LONG_LIVED_SECONDS }))
    })
    .await
}

async fn refresh(State(world): State<Shared>, Sent(params): Sent) -> Response {
    guarded(&world, Route::Refresh, |world| {
        let param = |name: &str| params.get(name).map(String::as_str).unwrap_or("");
        if param("grant_type") != "th_refresh_token" {
            return token_error(100, "Unsupported grant_type");
        }
        let now = world.now();
        let Some(grant) = world.tokens.get(param("access_token")).cloned() else {
            return token_error(190, "Invalid OAuth access token - Cannot parse access token");
        };
        if grant.revoked || grant.expires_at <= now {
            return token_error(190, "Error validating access token: Session has expired.");
        }
        if grant.kind != TokenKind::Long {
            return token_error(100, "Only long-lived access tokens can be refreshed");
        }
        if now - grant.issued_at < REFRESH_MIN_AGE {
            return token_error(
                100,
                "The access token must be at least 24 hours old before it can be refreshed",
            );
        }
        let token = world.issue_token(&grant.user_id, &grant.app_id, TokenKind::Long, grant.insights_scope);
        ok(json!({ "access_token": token, "token_type": "bearer", "expires_in": LONG_LIVED_SECONDS }))
    })
    .await
}

// ---- Reading ----------------------------------------------------------------------------------

async fn profile(State(world): State<Shared>, headers: HeaderMap, Sent(params): Sent) -> Response {
    profile_of(&world, "me", &params, &headers).await
}

/// The profile `id` names (`me` or the token's own user id), with the fields asked for.
async fn profile_of(world: &Shared, id: &str, params: &Params, headers: &HeaderMap) -> Response {
    guarded(world, Route::Profile, |world| {
        let grant = match authenticate(world, Route::Profile, params, headers) {
            Ok(grant) => grant,
            Err(refusal) => return refusal.into_response(),
        };
        let account = match own_account(world, &grant, id) {
            Ok(account) => account,
            Err(refusal) => return refusal.into_response(),
        };
        let all = json!({
            "id": account.user_id,
            "username": account.username,
            "name": account.name,
            "threads_profile_picture_url": account.picture_url,
            "threads_biography": account.biography,
            "is_verified": account.is_verified,
        });
        ok(select_fields(
            &all,
            params.get("fields").map(String::as_str),
        ))
    })
    .await
}

/// Only the fields asked for (and always `id`), as the Graph API answers.
fn select_fields(all: &Value, fields: Option<&str>) -> Value {
    let mut out = serde_json::Map::new();
    let wanted: Vec<&str> = fields.unwrap_or("id").split(',').map(str::trim).collect();
    if let Value::Object(map) = all {
        for (key, value) in map {
            if key == "id" || wanted.contains(&key.as_str()) {
                out.insert(key.clone(), value.clone());
            }
        }
    }
    Value::Object(out)
}

fn post_json(post: &DemoPost, account: &DemoAccount, now: DateTime<Utc>) -> Value {
    let has_replies = account.metrics_at(post, now).is_some_and(|m| m.replies > 0);
    let mut all = json!({
        "id": post.id,
        "media_product_type": "THREADS",
        "media_type": post.media_type.api_name(),
        "timestamp": api_time(post.published),
        "shortcode": post.shortcode,
        "is_quote_post": post.is_quote_post,
        "owner": { "id": account.user_id },
        "username": account.username,
        "has_replies": has_replies,
    });
    if let Some(text) = &post.text {
        all["text"] = json!(text);
    }
    if let Some(permalink) = &post.permalink {
        all["permalink"] = json!(permalink);
    }
    if let Some(link) = &post.link_url {
        all["link_attachment_url"] = json!(link);
    }
    all
}

fn cursor(index: usize) -> String {
    format!("QVFI{:x}", index ^ 0x5a5a)
}

fn cursor_index(cursor: &str) -> Option<usize> {
    let hex = cursor.strip_prefix("QVFI")?;
    usize::from_str_radix(hex, 16).ok().map(|v| v ^ 0x5a5a)
}

async fn posts(
    State(world): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    Sent(params): Sent,
) -> Response {
    guarded(&world, Route::Posts, |world| {
        let grant = match authenticate(world, Route::Posts, &params, &headers) {
            Ok(grant) => grant,
            Err(refusal) => return refusal.into_response(),
        };
        let now = world.now();
        let account = match own_account(world, &grant, &id) {
            Ok(account) => account,
            Err(refusal) => return refusal.into_response(),
        };
        let limit = match params.get("limit").map(|l| l.parse::<u32>()) {
            None => POSTS_PAGE_DEFAULT,
            Some(Ok(limit)) if (1..=POSTS_PAGE_MAX).contains(&limit) => limit,
            Some(_) => {
                return invalid(&format!(
                    "(#100) The parameter limit must be a number between 1 and {POSTS_PAGE_MAX}"
                ))
                .into_response();
            }
        } as usize;
        if params.contains_key("before") && params.contains_key("after") {
            return invalid("(#100) The parameters before and after cannot be used together")
                .into_response();
        }
        let (since, until) = match (unix_param(&params, "since"), unix_param(&params, "until")) {
            (Ok(since), Ok(until)) => (since, until),
            (Err(refusal), _) | (_, Err(refusal)) => return refusal.into_response(),
        };
        if since.is_some_and(|s| s < POSTS_SINCE_FLOOR_UNIX) {
            return invalid(&format!(
                "(#100) The parameter since must be on or after {POSTS_SINCE_FLOOR_UNIX}"
            ))
            .into_response();
        }
        let listed: Vec<&DemoPost> = account
            .posts
            .iter()
            .filter(|p| p.published <= now)
            .filter(|p| since.is_none_or(|s| p.published.timestamp() >= s))
            .filter(|p| until.is_none_or(|u| p.published.timestamp() <= u))
            .collect();
        let (start, end) = match (params.get("after"), params.get("before")) {
            (Some(after), _) => match cursor_index(after) {
                Some(start) => (start.min(listed.len()), (start + limit).min(listed.len())),
                None => return invalid("(#100) Invalid cursor").into_response(),
            },
            (_, Some(before)) => match cursor_index(before) {
                Some(end) => (end.saturating_sub(limit), end.min(listed.len())),
                None => return invalid("(#100) Invalid cursor").into_response(),
            },
            _ => (0, limit.min(listed.len())),
        };
        let fields = params.get("fields").map(String::as_str);
        let data: Vec<Value> = listed[start..end]
            .iter()
            .map(|post| select_fields(&post_json(post, account, now), fields))
            .collect();
        let mut cursors = json!({ "before": cursor(start) });
        if end < listed.len() {
            cursors["after"] = json!(cursor(end));
        }
        ok(json!({ "data": data, "paging": { "cursors": cursors } }))
    })
    .await
}

const POST_METRICS: [&str; 6] = ["views", "likes", "replies", "reposts", "quotes", "shares"];

async fn post_insights(
    State(world): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    Sent(params): Sent,
) -> Response {
    guarded(&world, Route::PostInsights, |world| {
        let grant = match authenticate(world, Route::PostInsights, &params, &headers) {
            Ok(grant) => grant,
            Err(refusal) => return refusal.into_response(),
        };
        if !grant.insights_scope {
            return graph_error(10, None, fault_message(10)).into_response();
        }
        let now = world.now();
        let Some(account) = world.account(&grant.user_id) else {
            return missing_object(&id).into_response();
        };
        let Some(post) = account
            .posts
            .iter()
            .find(|p| p.id == id && p.published <= now)
        else {
            return missing_object(&id).into_response();
        };
        let metrics = match requested_metrics(&params, &POST_METRICS) {
            Ok(metrics) => metrics,
            Err(refusal) => return refusal.into_response(),
        };
        let Some(values) = account.metrics_at(post, now) else {
            // A repost of someone else's post has no insights of its own.
            debug_assert_eq!(post.media_type, DemoMediaType::RepostFacade);
            return ok(json!({ "data": [] }));
        };
        let data: Vec<Value> = metrics
            .iter()
            .map(|name| {
                let value = match *name {
                    "views" => values.views,
                    "likes" => values.likes,
                    "replies" => values.replies,
                    "reposts" => values.reposts,
                    "quotes" => values.quotes,
                    _ => values.shares,
                };
                json!({
                    "name": name,
                    "period": "lifetime",
                    "values": [{ "value": value }],
                    "title": title(name),
                    "description": post_metric_description(name),
                    "id": format!("{id}/insights/{name}/lifetime"),
                })
            })
            .collect();
        ok(json!({ "data": data }))
    })
    .await
}

fn title(name: &str) -> String {
    let mut chars = name.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The `metric` parameter, each name checked against what the endpoint offers.
fn requested_metrics<'a>(params: &'a Params, allowed: &[&str]) -> Result<Vec<&'a str>, Refusal> {
    let Some(list) = params.get("metric").filter(|m| !m.is_empty()) else {
        return Err(invalid("(#100) The parameter metric is required"));
    };
    let metrics: Vec<&str> = list.split(',').map(str::trim).collect();
    for (index, metric) in metrics.iter().enumerate() {
        if !allowed.contains(metric) {
            return Err(invalid(&format!(
                "(#100) metric[{index}] must be one of the following values: {}",
                allowed.join(", ")
            )));
        }
    }
    Ok(metrics)
}

const ACCOUNT_METRICS: [&str; 8] = [
    "views",
    "likes",
    "replies",
    "reposts",
    "quotes",
    "clicks",
    "followers_count",
    "follower_demographics",
];
const BREAKDOWNS: [&str; 4] = ["country", "city", "age", "gender"];

async fn account_insights(
    State(world): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    uri: Uri,
    Sent(params): Sent,
) -> Response {
    let here = own_address(&headers, &uri);
    guarded(&world, Route::AccountInsights, |world| {
        let grant = match authenticate(world, Route::AccountInsights, &params, &headers) {
            Ok(grant) => grant,
            Err(refusal) => return refusal.into_response(),
        };
        if !grant.insights_scope {
            return graph_error(10, None, fault_message(10)).into_response();
        }
        let now = world.now();
        let account = match own_account(world, &grant, &id) {
            Ok(account) => account,
            Err(refusal) => return refusal.into_response(),
        };
        match account_insights_answer(account, &params, now, &here) {
            Ok(value) => ok(value),
            Err(refusal) => refusal.into_response(),
        }
    })
    .await
}

fn account_insights_answer(
    account: &DemoAccount,
    params: &Params,
    now: DateTime<Utc>,
    here: &str,
) -> Result<Value, Refusal> {
    let metrics = requested_metrics(params, &ACCOUNT_METRICS)?;
    let since = unix_param(params, "since")?;
    let until = unix_param(params, "until")?;
    if since.is_some_and(|s| s < INSIGHTS_FLOOR_UNIX)
        || until.is_some_and(|u| u < INSIGHTS_FLOOR_UNIX)
    {
        return Err(invalid(&format!(
            "(#100) The since and until parameters must be on or after {INSIGHTS_FLOOR_UNIX} \
             (April 13, 2024)"
        )));
    }
    let ranged = since.is_some() || until.is_some();
    if let Some(rangeless) = metrics
        .iter()
        .find(|m| ["followers_count", "follower_demographics"].contains(m))
        && ranged
    {
        return Err(invalid(&format!(
            "(#100) The metric {rangeless} does not support the since and until parameters"
        )));
    }
    let breakdown = params.get("breakdown").map(String::as_str);
    let demographics = metrics.contains(&"follower_demographics");
    match (demographics, breakdown) {
        (true, None) => {
            // The subcode was reported in 2026 for exactly this request.
            return Err(graph_error(
                100,
                Some(4_279_040),
                "(#100) The metric follower_demographics requires the breakdown parameter",
            ));
        }
        (false, Some(_)) => {
            return Err(invalid(
                "(#100) The breakdown parameter is only supported for follower_demographics",
            ));
        }
        (true, Some(b)) if b.contains(',') => {
            return Err(invalid(
                "(#100) Only one breakdown value can be requested at a time",
            ));
        }
        (true, Some(b)) if !BREAKDOWNS.contains(&b) => {
            return Err(invalid(&format!(
                "(#100) breakdown must be one of the following values: {}",
                BREAKDOWNS.join(", ")
            )));
        }
        _ => {}
    }
    let followers = account.followers_at(now);
    if demographics && followers < DEMOGRAPHICS_MIN_FOLLOWERS {
        return Err(invalid(&format!(
            "(#100) Follower demographics are only available for profiles with at least \
             {DEMOGRAPHICS_MIN_FOLLOWERS} followers"
        )));
    }
    // Without a range: yesterday through today.
    let today = pacific::day_of(now);
    let yesterday = today.pred_opt().unwrap_or(today);
    let since = since.map_or_else(|| pacific::midnight(yesterday), moment);
    let until = until.map_or(now, moment);
    if until < since {
        return Err(invalid("(#100) The until parameter must be after since"));
    }
    let user_id = &account.user_id;
    let item = |name: &str, period: &str, body: (&str, Value)| {
        // Account metrics' titles are their names, in lower case, as Meta's examples show.
        let mut item = json!({
            "name": name,
            "period": period,
            "title": name,
            "description": account_metric_description(name),
            "id": format!("{user_id}/insights/{name}/{period}"),
        });
        item[body.0] = body.1;
        item
    };
    let totals = account.totals_between(since, until.min(now));
    let data: Vec<Value> = metrics
        .iter()
        .map(|metric| match *metric {
            "views" => item(
                "views",
                "day",
                (
                    "values",
                    Value::Array(daily_views(account, since, until, now)),
                ),
            ),
            "clicks" => {
                let links: Vec<Value> = account
                    .clicks_between(since, until.min(now))
                    .into_iter()
                    .map(|(url, value)| json!({ "value": value, "link_url": url }))
                    .collect();
                item("clicks", "day", ("link_total_values", Value::Array(links)))
            }
            "followers_count" => item(
                "followers_count",
                "day",
                ("total_value", json!({ "value": followers })),
            ),
            "follower_demographics" => {
                let key = breakdown.unwrap_or("country");
                let results: Vec<Value> = account
                    .demographics(key, now)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(k, v)| json!({ "dimension_values": [k], "value": v }))
                    .collect();
                item(
                    "follower_demographics",
                    "lifetime",
                    (
                        "total_value",
                        json!({ "breakdowns": [{ "dimension_keys": [key], "results": results }] }),
                    ),
                )
            }
            other => {
                let value = match other {
                    "likes" => totals.likes,
                    "replies" => totals.replies,
                    "reposts" => totals.reposts,
                    _ => totals.quotes,
                };
                item(other, "day", ("total_value", json!({ "value": value })))
            }
        })
        .collect();
    Ok(json!({ "data": data, "paging": insights_paging(here, params, since, until) }))
}

/// Profile views for the days that start within `since..until`, stamped at the Pacific midnight
/// ending each day. Days without a value are left out, as the API does.
fn daily_views(
    account: &DemoAccount,
    since: DateTime<Utc>,
    until: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Vec<Value> {
    let mut values = Vec::new();
    let mut day: NaiveDate = pacific::day_of(since);
    if pacific::midnight(day) < since {
        day = day.succ_opt().unwrap_or(day);
    }
    let last = pacific::day_of(now);
    while pacific::midnight(day) < until && day <= last {
        let Some(next) = day.succ_opt() else { break };
        if let Some(value) = account.profile_views(day, now) {
            values.push(json!({ "value": value, "end_time": api_time(pacific::midnight(next)) }));
        }
        day = next;
    }
    values
}

// ---- As Meta's documentation and sample send requests ------------------------------------------

/// The parameters of a request as the Graph API reads them: the query string, then a
/// urlencoded or multipart body. Meta's own examples send even `GET`s with `curl -F`.
pub(crate) struct Sent(pub Params);

impl<S: Send + Sync> FromRequest<S> for Sent {
    type Rejection = Response;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let mut params: Params = request
            .uri()
            .query()
            .map(|query| {
                url::form_urlencoded::parse(query.as_bytes())
                    .into_owned()
                    .collect()
            })
            .unwrap_or_default();
        let content_type = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let body = Bytes::from_request(request, state)
            .await
            .map_err(|_| invalid("(#100) The request body could not be read").into_response())?;
        if content_type.starts_with("application/x-www-form-urlencoded") {
            params.extend(url::form_urlencoded::parse(&body).into_owned());
        } else if let Some(boundary) = multipart_boundary(&content_type) {
            params.extend(multipart_fields(&body, &boundary));
        }
        Ok(Sent(params))
    }
}

fn multipart_boundary(content_type: &str) -> Option<String> {
    let (kind, rest) = content_type.split_once(';')?;
    if !kind.trim().eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    rest.split(';')
        .find_map(|part| part.trim().strip_prefix("boundary="))
        .map(|boundary| boundary.trim_matches('"').to_owned())
}

/// The text fields of a `multipart/form-data` body.
fn multipart_fields(body: &[u8], boundary: &str) -> Vec<(String, String)> {
    let text = String::from_utf8_lossy(body);
    let delimiter = format!("--{boundary}");
    text.split(delimiter.as_str())
        .skip(1)
        .filter(|part| !part.starts_with("--"))
        .filter_map(|part| {
            let part = part.strip_prefix("\r\n").unwrap_or(part);
            let (head, value) = part.split_once("\r\n\r\n")?;
            let name = head
                .lines()
                .find(|line| line.to_ascii_lowercase().starts_with("content-disposition"))?
                .split(';')
                .find_map(|piece| piece.trim().strip_prefix("name="))?
                .trim_matches('"')
                .to_owned();
            let value = value.strip_suffix("\r\n").unwrap_or(value);
            Some((name, value.to_owned()))
        })
        .collect()
}

/// Every path or method the simulator does not implement: a Graph error, as Meta answers an
/// unsupported request, never an empty body a client cannot parse.
async fn unsupported(method: Method, uri: Uri) -> Response {
    graph_error(
        100,
        None,
        &format!(
            "Unsupported {} request. threads-sim does not implement {method} {}: it answers the \
             reading, insights and login calls Spool makes.",
            method.as_str().to_lowercase(),
            uri.path()
        ),
    )
    .into_response()
}

/// `GET /{id}`: the token's own profile by its user id, or one of its posts by its media id,
/// with the fields the posts list offers.
async fn object(
    State(world): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    Sent(params): Sent,
) -> Response {
    let is_user = lock(&world).account(&id).is_some();
    if is_user {
        return profile_of(&world, &id, &params, &headers).await;
    }
    guarded(&world, Route::Post, |world| {
        let grant = match authenticate(world, Route::Post, &params, &headers) {
            Ok(grant) => grant,
            Err(refusal) => return refusal.into_response(),
        };
        let now = world.now();
        let Some(account) = world.account(&grant.user_id) else {
            return missing_object(&id).into_response();
        };
        let Some(post) = account
            .posts
            .iter()
            .find(|p| p.id == id && p.published <= now)
        else {
            return missing_object(&id).into_response();
        };
        ok(select_fields(
            &post_json(post, account, now),
            params.get("fields").map(String::as_str),
        ))
    })
    .await
}

/// An app access token (`TH|<app id>|...`) for the app's id and secret.
fn app_token(world: &mut World, params: &Params) -> Response {
    let param = |name: &str| params.get(name).map(String::as_str).unwrap_or("");
    if param("client_id") != world.app.app_id {
        return token_error(101, "Error validating application. Invalid application ID.");
    }
    if param("client_secret") != world.app.secret {
        return token_error(101, "Error validating client secret.");
    }
    let key = world.fresh_secret("", 27);
    let token = format!("TH|{}|{key}", world.app.app_id);
    world.app_tokens.push(token.clone());
    ok(json!({ "access_token": token, "token_type": "bearer" }))
}

/// Whether `token` is an app access token: one issued, or `TH|<app id>|<app secret>`.
fn is_app_token(world: &World, token: &str) -> bool {
    world.app_tokens.iter().any(|t| t == token)
        || token == format!("TH|{}|{}", world.app.app_id, world.app.secret)
}

/// `GET /debug_token?input_token=...`: what a token is, asked with a user token of the same
/// app or an app token.
async fn debug_token(
    State(world): State<Shared>,
    headers: HeaderMap,
    Sent(params): Sent,
) -> Response {
    guarded(&world, Route::DebugToken, |world| {
        let by_app = token_of(&params, &headers).is_some_and(|t| is_app_token(world, &t));
        if !by_app && let Err(refusal) = authenticate(world, Route::DebugToken, &params, &headers) {
            return refusal.into_response();
        }
        let Some(input) = params.get("input_token").filter(|t| !t.is_empty()) else {
            return invalid("(#100) The parameter input_token is required").into_response();
        };
        ok(json!({ "data": token_data(world, input) }))
    })
    .await
}

fn token_data(world: &World, input: &str) -> Value {
    const APPLICATION: &str = "Spool (threads-sim)";
    if is_app_token(world, input) {
        return json!({
            "app_id": world.app.app_id,
            "type": "APP",
            "application": APPLICATION,
            "is_valid": true,
        });
    }
    let Some(grant) = world.tokens.get(input) else {
        return json!({
            "error": { "code": 190, "message": "Invalid OAuth access token - Cannot parse access token" },
            "is_valid": false,
            "scopes": [],
        });
    };
    let now = world.now();
    let mut scopes = vec!["threads_basic"];
    if grant.insights_scope {
        scopes.push("threads_manage_insights");
    }
    let mut data = json!({
        "type": "USER",
        "application": APPLICATION,
        "data_access_expires_at": (grant.issued_at + chrono::TimeDelta::days(90)).timestamp(),
        "expires_at": grant.expires_at.timestamp(),
        "is_valid": !grant.revoked && grant.expires_at > now,
        "issued_at": grant.issued_at.timestamp(),
        "scopes": scopes,
        "user_id": grant.user_id,
    });
    if grant.revoked {
        data["error"] = json!({ "code": 190, "subcode": 460,
            "message": "Error validating access token: The session has been invalidated." });
    } else if grant.expires_at <= now {
        data["error"] = json!({ "code": 190, "subcode": 463,
            "message": "Error validating access token: Session has expired." });
    }
    data
}

/// The address a request reached, as the paging links of an answer start.
fn own_address(headers: &HeaderMap, uri: &Uri) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("127.0.0.1");
    format!("http://{host}{}", uri.path())
}

/// `paging.previous/next` of account insights: the same request over the window before and
/// the window after. The token is left out of the links: a client adds its own.
fn insights_paging(
    here: &str,
    params: &Params,
    since: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Value {
    let span = (until - since).num_seconds().max(1);
    let link = |from: i64, to: i64| {
        let mut url = Url::parse(here)
            .unwrap_or_else(|_| Url::parse("http://127.0.0.1/").expect("a valid URL"));
        {
            let mut query = url.query_pairs_mut();
            for name in ["metric", "breakdown"] {
                if let Some(value) = params.get(name) {
                    query.append_pair(name, value);
                }
            }
            query
                .append_pair("since", &from.to_string())
                .append_pair("until", &to.to_string());
        }
        url.to_string()
    };
    let (since, until) = (since.timestamp(), until.timestamp());
    json!({
        "previous": link(since - span, since),
        "next": link(until, until + span),
    })
}

/// Account metrics' descriptions, in Meta's words.
fn account_metric_description(name: &str) -> &'static str {
    match name {
        "views" => "The number of times your profile was viewed.",
        "likes" => "The number of likes on your posts.",
        "replies" => "The number of replies on your posts.",
        "reposts" => "The number of times your posts were reposted.",
        "quotes" => "The number of times your posts were quoted.",
        "clicks" => "The number of times users clicked on a link.",
        "followers_count" => "This is your total number of followers on Threads.",
        _ => {
            "The demographic characteristics of followers, including countries, cities and \
             gender distribution."
        }
    }
}

/// Post metrics' descriptions, in Meta's words.
fn post_metric_description(name: &str) -> &'static str {
    match name {
        "views" => {
            "The number of times your post was viewed. This metric is in development \
             (https://www.facebook.com/business/help/metrics-labeling)"
        }
        "likes" => "The number of likes on your post.",
        "replies" => "The number of replies on your post.",
        "reposts" => "The number of times your post was reposted.",
        "quotes" => "The number of times your post was quoted.",
        _ => {
            "The number of times your post was shared. This metric is in development \
             (https://www.facebook.com/business/help/metrics-labeling)"
        }
    }
}
