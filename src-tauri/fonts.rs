//! The window's fallback fonts: the fonts exports are drawn in, served to the web view under
//! `spool-font:` so that a system without fonts for a script (a Linux desktop with no CJK or
//! Devanagari fonts) still shows every language and every post's text.
//!
//! The style sheet (`ui/style.css`) names these files in its `@font-face` rules, after the
//! system's own fonts for each script; the bytes are those `spool-charts` carries, so the
//! fonts cost the installer nothing more. WebKit (Linux, macOS) asks for
//! `spool-font://localhost/<file>`, WebView2 (Windows) for `http://spool-font.localhost/<file>`:
//! the rules list both, and each web view takes the one it can load.

use std::borrow::Cow;

use tauri::http::{Request, Response, StatusCode, header};

/// The scheme the fonts are served under.
pub const SCHEME: &str = "spool-font";

/// The answer to the web view's request for a font: the file, or 404.
pub fn serve(request: &Request<Vec<u8>>) -> Response<Cow<'static, [u8]>> {
    let file = request.uri().path().trim_start_matches('/');
    let Some(bytes) = spool_charts::bundled_font(file) else {
        return answer(
            StatusCode::NOT_FOUND,
            "text/plain",
            Cow::Borrowed(b"no such font"),
        );
    };
    let kind = if file.ends_with(".otf") {
        "font/otf"
    } else {
        "font/ttf"
    };
    answer(StatusCode::OK, kind, Cow::Borrowed(bytes))
}

fn answer(
    status: StatusCode,
    kind: &str,
    body: Cow<'static, [u8]>,
) -> Response<Cow<'static, [u8]>> {
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, kind)
        // The page's origin is the app's, not this scheme's: fonts load only when allowed.
        .header(header::ACCESS_CONTROL_ALLOW_ORIGIN, "*")
        .header(header::CACHE_CONTROL, "max-age=31536000, immutable")
        .body(body)
        .unwrap_or_else(|_| Response::new(Cow::Borrowed(&[][..])))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The files `ui/style.css` asks for, in either of its address forms.
    fn files_the_style_sheet_names() -> Vec<String> {
        let css = include_str!("../ui/style.css");
        let mut files: Vec<String> = css
            .split("url(\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .filter_map(|address| {
                address
                    .strip_prefix("spool-font://localhost/")
                    .or_else(|| address.strip_prefix("http://spool-font.localhost/"))
            })
            .map(str::to_owned)
            .collect();
        files.dedup();
        files
    }

    #[test]
    fn every_font_the_window_asks_for_is_served_whole() {
        let files = files_the_style_sheet_names();
        assert!(files.len() >= 4, "{files:?}");
        for file in files {
            let request = Request::builder()
                .uri(format!("spool-font://localhost/{file}"))
                .body(Vec::new())
                .expect("a request");
            let response = serve(&request);
            assert_eq!(response.status(), StatusCode::OK, "{file}");
            assert_eq!(
                response.body().len(),
                spool_charts::bundled_font(&file).expect("bundled").len()
            );
            // An OpenType font begins with its version: 0x00010000 or 'OTTO'.
            assert!(
                response.body().starts_with(&[0, 1, 0, 0]) || response.body().starts_with(b"OTTO"),
                "{file}"
            );
        }
    }

    #[test]
    fn nothing_but_a_bundled_font_is_served() {
        for address in [
            "spool-font://localhost/../Cargo.toml",
            "spool-font://localhost/",
            "http://spool-font.localhost/style.css",
        ] {
            let request = Request::builder()
                .uri(address)
                .body(Vec::new())
                .expect("a request");
            assert_eq!(serve(&request).status(), StatusCode::NOT_FOUND, "{address}");
        }
    }
}
