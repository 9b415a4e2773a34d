//! A server that echoes a credential in base64, hex or percent-encoded twice: the error the
//! client returns (its `Display` and `Debug`) never shows it, for a refusal (the message and the
//! raw body), an undocumented status (the body excerpt) and an undecodable answer (the body
//! excerpt). Sber's Bearer token stands for every secret: the redaction is the same function
//! for all providers (`payspec::hooks::redact`, unit-tested there for every spelling).
//!
//! The encodings are written here independently of the crate's.

use payspec::Error;
mod common;

use serde_json::json;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A token with characters that change when percent-encoded (`/`, `+`, `=`).
const TOKEN: &str = "sber/t0k+en=R7xq2";

use common::base64;

fn percent(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => char::from(b).to_string(),
            b => format!("%{b:02X}"),
        })
        .collect()
}

/// One way a server echoes the token: the echoed text, what the client must make of it, and
/// the part that depends on the token alone (which no error may show).
struct Echo {
    text: String,
    redacted: String,
    secret_part: String,
}

/// The token in `Authorization: Bearer <token>` echoed as standard base64 with padding: the
/// token starts at byte 22 (offset 1 in a 3-byte group), so characters 30.. depend on it
/// alone, to the end (it ends the stream, padding included), and character 29 holds its first
/// 4 bits: all are redacted.
fn base64_standard() -> Echo {
    let text = base64(format!("Authorization: Bearer {TOKEN}").as_bytes(), false, true);
    Echo {
        redacted: format!("{}[redacted]", &text[..29]),
        secret_part: text[30..text.len() - 1].to_owned(),
        text,
    }
}

/// The whole JSON request echoed as URL-safe base64 without padding: the token is bytes
/// 10..27 (offset 1), characters 14..36 depend on it alone, and characters 13 and 36 hold its
/// first and last bits with its neighbours': 13..37 are redacted.
fn base64_url_safe() -> Echo {
    let body = format!(r#"{{"token":"{TOKEN}","amount":100}}"#);
    let text = base64(body.as_bytes(), true, false);
    let (first, end) = ((8 * 10usize).div_ceil(6), 8 * (10 + TOKEN.len()) / 6);
    let (lead, tail) = (8 * 10 / 6, (8 * (10 + TOKEN.len())).div_ceil(6));
    Echo {
        redacted: format!("{}[redacted]{}", &text[..lead], &text[tail..]),
        secret_part: text[first..end].to_owned(),
        text,
    }
}

fn hex_upper() -> Echo {
    let hex: String = TOKEN.bytes().map(|b| format!("{b:02X}")).collect();
    Echo {
        text: format!("7B{hex}7D"),
        redacted: "7B[redacted]7D".to_owned(),
        secret_part: hex,
    }
}

/// Percent-encoded twice, after `token=` (`/` as `%252F`).
fn percent_twice() -> Echo {
    let twice = percent(&percent(TOKEN));
    assert!(twice.contains("%252F"), "{twice}");
    Echo {
        text: format!("token={twice}&x=1"),
        redacted: "token=[redacted]&x=1".to_owned(),
        secret_part: twice,
    }
}

async fn client_answering(answer: ResponseTemplate) -> (MockServer, payspec_sber::Client) {
    let server = MockServer::start().await;
    Mock::given(any()).respond_with(answer).mount(&server).await;
    let client =
        payspec_sber::Client::with_token(&server.uri(), payspec::BearerToken::new(TOKEN).unwrap()).unwrap();
    (server, client)
}

async fn call(client: &payspec_sber::Client) -> Error {
    client.invoice_get().invoice_id("7").await.unwrap_err()
}

/// Neither `Display` nor `Debug` of `err` shows the token or the part of the echo that
/// depends on it alone, in any case.
fn assert_hidden(err: &Error, echo: &Echo) {
    for shown in [err.to_string(), format!("{err:?}")] {
        let lower = shown.to_ascii_lowercase();
        for secret in [TOKEN, &echo.secret_part] {
            assert!(
                !lower.contains(&secret.to_ascii_lowercase()),
                "{secret} in {shown}"
            );
        }
        assert!(shown.contains("[redacted]"), "{shown}");
    }
}

/// The echo in a refusal's message, in an undocumented status's body and in an undecodable
/// answer: each error carries exactly the redacted text.
async fn check(echo: Echo) {
    let refusal = json!({"error": {"user_message": format!("echo {}", echo.text), "error_description": "", "error_code": "1001"}});
    let (_server, client) = client_answering(ResponseTemplate::new(400).set_body_json(&refusal)).await;
    let err = call(&client).await;
    let Error::Provider(p) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(p.messages, [format!("echo {}", echo.redacted)]);
    assert_hidden(&err, &echo);

    let (_server, client) =
        client_answering(ResponseTemplate::new(502).set_body_string(echo.text.clone())).await;
    let err = call(&client).await;
    let Error::Status { excerpt, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(excerpt, &echo.redacted);
    assert_hidden(&err, &echo);

    let html = format!("<html>{}</html>", echo.text);
    let (_server, client) =
        client_answering(ResponseTemplate::new(200).set_body_raw(html, "text/html")).await;
    let err = call(&client).await;
    let Error::Decode { excerpt, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(excerpt, &format!("<html>{}</html>", echo.redacted));
    assert_hidden(&err, &echo);
}

#[tokio::test]
async fn a_token_echoed_in_standard_base64_inside_a_basic_like_value_is_not_shown() {
    check(base64_standard()).await;
}

#[tokio::test]
async fn a_token_echoed_in_url_safe_base64_of_the_whole_body_is_not_shown() {
    check(base64_url_safe()).await;
}

#[tokio::test]
async fn a_token_echoed_in_hex_is_not_shown() {
    check(hex_upper()).await;
}

#[tokio::test]
async fn a_token_echoed_percent_encoded_twice_is_not_shown() {
    check(percent_twice()).await;
}
