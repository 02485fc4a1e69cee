//! The API's answers as they arrive: success bodies, the three error envelopes, and bodies that
//! are not JSON at all. The body decides, not the HTTP status (code 100 has come with HTTP 500).

use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

use crate::error::{ApiError, Endpoint, GraphTrace};
use crate::secret::redact;

/// What one HTTP exchange returned, before classification.
pub(crate) struct RawAnswer<'a> {
    pub endpoint: Endpoint,
    pub status: u16,
    pub retry_after: Option<Duration>,
    pub body: &'a [u8],
    /// Secrets sent with the request, removed from any text kept from the answer.
    pub secrets: &'a [&'a str],
}

/// The JSON body of a successful answer, or the error it carries.
pub(crate) fn classify(answer: &RawAnswer<'_>) -> Result<Value, ApiError> {
    let status = answer.status;
    let Ok(json) = serde_json::from_slice::<Value>(answer.body) else {
        return Err(match status {
            429 => ApiError::RateLimited {
                code: 429,
                retry_after: answer.retry_after,
            },
            500..=599 => ApiError::Transient {
                detail: format!("HTTP {status} without a readable body"),
                trace: GraphTrace::default(),
            },
            _ => ApiError::UnexpectedResponse {
                status,
                detail: "the body is not JSON".to_owned(),
            },
        });
    };
    let text = |value: Option<&Value>| {
        let message = value.and_then(Value::as_str).unwrap_or("no message");
        redact(message, answer.secrets)
    };
    if let Some(error) = json.get("error").filter(|e| e.is_object()) {
        // The Graph envelope: {"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}.
        let code = error.get("code").and_then(Value::as_i64).unwrap_or(-1);
        let subcode = error.get("error_subcode").and_then(Value::as_i64);
        let field = |name: &str| {
            error
                .get(name)
                .and_then(Value::as_str)
                .map(|v| redact(v, answer.secrets))
        };
        let trace = GraphTrace {
            fbtrace_id: field("fbtrace_id"),
            kind: field("type"),
        };
        return Err(classify_code(
            answer,
            code,
            subcode,
            text(error.get("message")),
            trace,
        ));
    }
    if json.get("error_message").is_some() || json.get("error_type").is_some() {
        // The token-exchange envelope: {"error_type", "code", "error_message"}; the
        // authorization window's: {"error_message", "error_code"}.
        let code = json
            .get("code")
            .or_else(|| json.get("error_code"))
            .and_then(Value::as_i64)
            .unwrap_or(-1);
        let message = text(json.get("error_message"));
        return Err(match code {
            190 => ApiError::TokenExpired { code },
            _ if is_login_step(answer.endpoint) => ApiError::LoginRefused {
                endpoint: answer.endpoint,
                message,
            },
            _ => classify_code(answer, code, None, message, GraphTrace::default()),
        });
    }
    match status {
        200..=299 => Ok(json),
        429 => Err(ApiError::RateLimited {
            code: 429,
            retry_after: answer.retry_after,
        }),
        500..=599 => Err(ApiError::Transient {
            detail: format!("HTTP {status}"),
            trace: GraphTrace::default(),
        }),
        _ => Err(ApiError::UnexpectedResponse {
            status,
            detail: "an error status without an error body".to_owned(),
        }),
    }
}

fn is_login_step(endpoint: Endpoint) -> bool {
    matches!(
        endpoint,
        Endpoint::CodeExchange | Endpoint::LongLivedExchange | Endpoint::Refresh
    )
}

/// Classifies by the API's code, never by `type` or HTTP status.
fn classify_code(
    answer: &RawAnswer<'_>,
    code: i64,
    subcode: Option<i64>,
    message: String,
    trace: GraphTrace,
) -> ApiError {
    match code {
        // Meta's words are kept: "code 1" alone tells nobody anything.
        1 | 2 => ApiError::Transient {
            detail: format!("code {code}: {message}"),
            trace,
        },
        4 | 17 | 32 | 613 => ApiError::RateLimited {
            code,
            retry_after: answer.retry_after,
        },
        190 => ApiError::TokenExpired { code },
        // A dead token has been seen answered this way on /me, and only there: elsewhere "does
        // not exist" (subcode 33 above all) is an object missing or out of this login's sight.
        100 if answer.endpoint == Endpoint::Profile
            && subcode.is_none()
            && message.contains("does not exist") =>
        {
            ApiError::TokenExpired { code }
        }
        10 | 200..=299 => ApiError::PermissionMissing {
            code,
            scope: answer.endpoint.scope(),
        },
        100 => ApiError::InvalidParameter {
            subcode,
            message,
            trace,
        },
        _ => ApiError::Other {
            code,
            message,
            trace,
        },
    }
}

/// Reads a successful body into `T`, or says what did not fit.
pub(crate) fn parse<T: DeserializeOwned>(value: Value, status: u16) -> Result<T, ApiError> {
    serde_json::from_value(value).map_err(|error| ApiError::UnexpectedResponse {
        status,
        detail: error.to_string(),
    })
}

/// An id that arrives as a JSON string or as a number too large for a double: kept as a string.
pub(crate) fn id_string<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    match Value::deserialize(deserializer)? {
        Value::String(id) => Ok(id),
        Value::Number(n) if n.is_u64() || n.is_i64() => Ok(n.to_string()),
        other => Err(serde::de::Error::custom(format!(
            "an id must be a string or a whole number, not {other}"
        ))),
    }
}

/// `{"data": [...], "paging": {...}}`.
#[derive(Debug, Deserialize)]
pub(crate) struct Page<T> {
    pub data: Vec<T>,
    #[serde(default)]
    pub paging: Option<Paging>,
}

/// Paging as the API sends it; `next`/`previous` may be absent even when there is more.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct Paging {
    #[serde(default)]
    pub cursors: Option<Cursors>,
}

/// The cursors of a page.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct Cursors {
    #[serde(default)]
    pub after: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(endpoint: Endpoint, status: u16, body: &str) -> Result<Value, ApiError> {
        classify(&RawAnswer {
            endpoint,
            status,
            retry_after: Some(Duration::from_secs(30)),
            body: body.as_bytes(),
            secrets: &["TOKEN123"],
        })
    }

    fn graph(code: i64, message: &str) -> String {
        serde_json::json!({"error": {"message": message, "type": "THApiException", "code": code, "fbtrace_id": "A1"}})
            .to_string()
    }

    #[test]
    fn codes_decide_not_types_or_statuses() {
        let limited = answer(Endpoint::Posts, 400, &graph(613, "Calls within one hour"));
        assert_eq!(
            limited,
            Err(ApiError::RateLimited {
                code: 613,
                retry_after: Some(Duration::from_secs(30))
            })
        );
        // Code 100 with HTTP 500 is still an invalid parameter, not a server fault.
        let invalid = answer(Endpoint::Posts, 500, &graph(100, "Invalid parameter"));
        assert!(matches!(invalid, Err(ApiError::InvalidParameter { .. })));
        for code in [1, 2] {
            assert!(matches!(
                answer(Endpoint::Posts, 500, &graph(code, "Please retry")),
                Err(ApiError::Transient { .. })
            ));
        }
    }

    #[test]
    fn a_dead_token_is_190_or_100_does_not_exist_on_me() {
        assert_eq!(
            answer(Endpoint::Posts, 400, &graph(190, "Session has expired")),
            Err(ApiError::TokenExpired { code: 190 })
        );
        let gone = "The requested resource does not exist";
        assert_eq!(
            answer(Endpoint::Profile, 400, &graph(100, gone)),
            Err(ApiError::TokenExpired { code: 100 })
        );
        assert!(matches!(
            answer(Endpoint::Posts, 400, &graph(100, gone)),
            Err(ApiError::InvalidParameter { .. })
        ));
    }

    #[test]
    fn does_not_exist_is_a_dead_token_only_on_me_without_a_subcode() {
        let missing = serde_json::json!({"error": {
            "message": "Unsupported get request. Object with ID 'me' does not exist, cannot be \
                        loaded due to missing permissions, or does not support this operation.",
            "type": "THApiException", "code": 100, "error_subcode": 33, "fbtrace_id": "A1"}})
        .to_string();
        let error = answer(Endpoint::Profile, 400, &missing).expect_err("an error");
        assert!(
            matches!(
                error,
                ApiError::InvalidParameter {
                    subcode: Some(33),
                    ..
                }
            ),
            "{error:?}"
        );
        assert!(
            error
                .to_string()
                .contains("could not find that object, or this login may not see it"),
            "{error}"
        );
    }

    #[test]
    fn a_graph_error_keeps_its_trace_and_type_for_metas_support() {
        let error =
            answer(Endpoint::Posts, 400, &graph(100, "Invalid parameter")).expect_err("an error");
        let ApiError::InvalidParameter { trace, .. } = &error else {
            panic!("{error:?}");
        };
        assert_eq!(
            trace,
            &GraphTrace {
                fbtrace_id: Some("A1".into()),
                kind: Some("THApiException".into())
            }
        );
        // Kept apart from the message: the window folds it under "Details", the log writes it.
        let shown = spool_model::CommandError::from(error.clone());
        assert_eq!(
            shown.details.as_deref(),
            Some("For Meta's support: fbtrace_id A1, type THApiException")
        );
        assert!(!shown.message.contains("fbtrace_id"), "{}", shown.message);
        let other =
            answer(Endpoint::Posts, 400, &graph(3000, "Something new")).expect_err("an error");
        assert!(
            other
                .trace()
                .is_some_and(|t| t.to_string().contains("fbtrace_id A1")),
            "{other:?}"
        );
    }

    #[test]
    fn a_code_1_error_keeps_metas_message() {
        let error = answer(Endpoint::Posts, 500, &graph(1, "An unknown error occurred"))
            .expect_err("an error");
        let shown = error.to_string();
        assert!(
            shown.contains("code 1: An unknown error occurred"),
            "{shown}"
        );
        assert!(
            error
                .trace()
                .is_some_and(|t| t.to_string().contains("fbtrace_id A1")),
            "{error:?}"
        );
    }

    #[test]
    fn permission_errors_name_the_scope_the_call_needs() {
        assert_eq!(
            answer(
                Endpoint::AccountInsights,
                403,
                &graph(10, "Permission denied")
            ),
            Err(ApiError::PermissionMissing {
                code: 10,
                scope: "threads_manage_insights"
            })
        );
        assert_eq!(
            answer(Endpoint::Profile, 403, &graph(200, "Permissions error")),
            Err(ApiError::PermissionMissing {
                code: 200,
                scope: "threads_basic"
            })
        );
    }

    #[test]
    fn the_token_exchange_envelope_is_a_refused_login_step() {
        let body = r#"{"error_type":"OAuthException","code":400,"error_message":"Matching code was not found or was already used"}"#;
        assert_eq!(
            answer(Endpoint::CodeExchange, 400, body),
            Err(ApiError::LoginRefused {
                endpoint: Endpoint::CodeExchange,
                message: "Matching code was not found or was already used".into()
            })
        );
    }

    #[test]
    fn bodies_that_are_not_json_are_their_own_kind() {
        let html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        assert!(matches!(
            answer(Endpoint::Posts, 502, html),
            Err(ApiError::Transient { .. })
        ));
        assert!(matches!(
            answer(Endpoint::Posts, 500, ""),
            Err(ApiError::Transient { .. })
        ));
        assert_eq!(
            answer(Endpoint::Posts, 200, "{\"data\": [tru"),
            Err(ApiError::UnexpectedResponse {
                status: 200,
                detail: "the body is not JSON".into()
            })
        );
    }

    #[test]
    fn messages_that_echo_the_token_are_redacted() {
        let error = answer(
            Endpoint::Posts,
            400,
            &graph(100, "Bad token TOKEN123 given"),
        )
        .expect_err("an error");
        let shown = format!("{error} {error:?}");
        assert!(!shown.contains("TOKEN123"), "{shown}");
    }

    #[test]
    fn ids_arrive_as_strings_or_as_numbers_beyond_two_to_the_53() {
        #[derive(Deserialize)]
        struct Login {
            #[serde(deserialize_with = "id_string")]
            user_id: String,
        }
        let big: Login =
            serde_json::from_str(r#"{"user_id": 17841400000000001}"#).expect("a number");
        assert_eq!(big.user_id, "17841400000000001");
        let text: Login =
            serde_json::from_str(r#"{"user_id": "17841400000000001"}"#).expect("a string");
        assert_eq!(text.user_id, "17841400000000001");
        assert!(serde_json::from_str::<Login>(r#"{"user_id": 1.5}"#).is_err());
    }
}
