//! Which addresses Spool talks to and hands to the browser, decided once: an API address other
//! than Meta's is https, or plain http to this machine only; a post's permalink, which comes
//! from the network, is opened only when it is https on a Threads host.

use url::Url;

/// The hosts a post's permalink may be on: Threads' own web addresses.
const THREADS_WEB_HOSTS: [&str; 4] = [
    "threads.net",
    "www.threads.net",
    "threads.com",
    "www.threads.com",
];

/// The one host plain http may go to: this machine, where tests run their simulator and the
/// demo runs its own. Anything else would send the token and the app secret in the clear.
const PLAIN_HTTP_HOST: &str = "127.0.0.1";

/// Whether `base` may be the address of the API: https anywhere, or http to 127.0.0.1.
pub(crate) fn api_address_allowed(base: &Url) -> bool {
    match base.scheme() {
        "https" => base.host_str().is_some(),
        "http" => base.host_str() == Some(PLAIN_HTTP_HOST),
        _ => false,
    }
}

/// Why a post's address is not handed to the browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LinkRefused {
    /// The text is not a web address.
    #[error("it is not a web address")]
    NotAnAddress,
    /// The address is not https.
    #[error("it is not an https address")]
    NotHttps,
    /// The address is on another host than threads.net or threads.com, or names a user or a
    /// port.
    #[error("it is not on threads.net or threads.com")]
    NotThreads,
}

/// The address of a post to open in the browser, when `permalink` (as the API gave it) is https
/// on threads.net or threads.com (with or without `www.`), on the standard port, with no user
/// name; anything else is refused, with why.
pub fn threads_post_link(permalink: &str) -> Result<Url, LinkRefused> {
    let url = Url::parse(permalink.trim()).map_err(|_| LinkRefused::NotAnAddress)?;
    if url.scheme() != "https" {
        return Err(LinkRefused::NotHttps);
    }
    let on_threads = url
        .host_str()
        .is_some_and(|host| THREADS_WEB_HOSTS.contains(&host));
    if !on_threads || url.port().is_some() || !url.username().is_empty() || url.password().is_some()
    {
        return Err(LinkRefused::NotThreads);
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(text: &str) -> Url {
        Url::parse(text).expect("an address")
    }

    #[test]
    fn an_api_address_is_https_or_plain_http_to_this_machine_only() {
        for allowed in [
            "https://graph.threads.com/",
            "https://api.example.org:8443/base/",
            "http://127.0.0.1:4321/",
            "http://127.0.0.1/",
        ] {
            assert!(api_address_allowed(&url(allowed)), "{allowed}");
        }
        for refused in [
            "http://graph.threads.com/",
            "http://evil.example/",
            "http://localhost:4321/",
            "http://127.0.0.2:4321/",
            "http://[::1]:4321/",
            "http://0.0.0.0:4321/",
            "http://127.0.0.1.evil.example/",
            "ftp://127.0.0.1/",
            "file:///etc/passwd",
            "ws://127.0.0.1:4321/",
        ] {
            assert!(!api_address_allowed(&url(refused)), "{refused}");
        }
    }

    #[test]
    fn no_client_is_made_for_an_api_address_that_is_plain_http_elsewhere() {
        use crate::{ApiError, ApiHosts, ClientConfig, RequestRefused, ThreadsClient};
        let refused = ThreadsClient::new(
            ApiHosts::single(url("http://evil.example:8080/")),
            ClientConfig::default(),
        )
        .expect_err("plain http to another machine");
        assert!(
            matches!(
                refused,
                ApiError::Refused(RequestRefused::InsecureApiAddress { .. })
            ),
            "{refused:?}"
        );
        assert!(refused.to_string().contains("not https"), "{refused}");
        let mut hosts = ApiHosts::meta();
        hosts.authorize = url("http://www.threads.com/");
        assert!(
            hosts.check().is_err(),
            "the login window's address is checked too"
        );
        ThreadsClient::new(ApiHosts::meta(), ClientConfig::default()).expect("Meta's hosts");
        ThreadsClient::new(
            ApiHosts::single(url("http://127.0.0.1:9/")),
            ClientConfig::default(),
        )
        .expect("a simulator on this machine");
    }

    #[test]
    fn only_https_posts_on_a_threads_host_are_opened() {
        for allowed in [
            "https://www.threads.net/@mara.makes/post/C8abc123",
            "https://threads.net/@mara.makes/post/C8abc123",
            "https://www.threads.com/@mara.makes/post/C8abc123?xmt=1",
            "https://THREADS.COM/@mara.makes/post/C8abc123",
            " https://threads.com/t/C8abc123 ",
        ] {
            let opened = threads_post_link(allowed).expect(allowed);
            assert_eq!(opened.scheme(), "https");
        }
        let refused = |text: &str| threads_post_link(text).expect_err(text);
        assert_eq!(
            refused("http://www.threads.net/@mara.makes/post/C8abc123"),
            LinkRefused::NotHttps
        );
        assert_eq!(refused("file:///etc/passwd"), LinkRefused::NotHttps);
        assert_eq!(refused("javascript:alert(1)"), LinkRefused::NotHttps);
        assert_eq!(refused("smb://threads.net/share"), LinkRefused::NotHttps);
        assert_eq!(refused("not an address"), LinkRefused::NotAnAddress);
        assert_eq!(refused(""), LinkRefused::NotAnAddress);
        for elsewhere in [
            "https://evil.example/@mara.makes/post/C8abc123",
            "https://threads.net.evil.example/post/1",
            "https://evilthreads.net/post/1",
            "https://m.threads.net/post/1",
            "https://threads.net.:443/post/1",
            "https://www.threads.net:8443/post/1",
            "https://threads.net@evil.example/post/1",
            "https://user:pass@threads.net/post/1",
            "https://127.0.0.1/post/1",
        ] {
            assert_eq!(refused(elsewhere), LinkRefused::NotThreads, "{elsewhere}");
        }
    }
}
