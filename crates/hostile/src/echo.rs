//! A server that echoes a secret into a success answer (issue 18, item 4): the answer is
//! redacted before progenitor's `send()` quotes it exactly when it would not decode.
//!
//! [`answer`] splices one secret of the client, in one of the spellings a server may echo it in
//! (spelled here independently of `payspec::hooks::redact`), into the middle of a body, and
//! states, for the body as it is and for the spliced one:
//!
//! - the scan made on every success answer ([`payspec::hooks::contains_secret`]) finds a
//!   secret exactly where [`payspec::hooks::redact`] changes the text (its shortcuts miss
//!   nothing);
//! - an answer that decodes as the operation's type is never redacted (it is the caller's
//!   data);
//! - an answer that does not decode is redacted when it holds a secret, and what `send()`'s
//!   error would then quote (the body, as `Bytes`' `Debug` shows it) holds no secret as sent.

use payspec::hooks::{contains_secret, echoes_undecodable, redact};

use super::Provider;

/// How many spellings [`spell`] knows.
pub const SPELLINGS: u8 = 9;

/// `secret` spelled the way spelling `how` (wrapping over [`SPELLINGS`]) does: as it is,
/// percent-encoded once and twice, form-encoded, JSON-escaped and then percent-encoded,
/// upper-case, hex, base64 (standard and URL-safe).
pub fn spell(secret: &str, how: u8) -> String {
    let percent = |text: &str| -> String {
        text.bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                    char::from(b).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect()
    };
    let json = serde_json::to_string(secret).unwrap_or_default();
    let json = json.get(1..json.len().saturating_sub(1)).unwrap_or(secret);
    match how % SPELLINGS {
        0 => secret.to_owned(),
        1 => percent(secret),
        2 => percent(&percent(secret)),
        3 => form_urlencoded::byte_serialize(secret.as_bytes()).collect(),
        4 => percent(json),
        5 => secret.to_ascii_uppercase(),
        6 => hex::encode(secret),
        7 => base64(secret.as_bytes(), b'+', b'/'),
        _ => base64(secret.as_bytes(), b'-', b'_'),
    }
}

/// Unpadded base64 with the two last characters of the alphabet given.
fn base64(bytes: &[u8], c62: u8, c63: u8) -> String {
    let digit = |v: u32| -> char {
        let v = u8::try_from(v & 63).unwrap_or(0);
        char::from(match v {
            0..=25 => b'A' + v,
            26..=51 => b'a' + v - 26,
            52..=61 => b'0' + v - 52,
            62 => c62,
            _ => c63,
        })
    };
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(digit(n >> (18 - 6 * i)));
        }
    }
    out
}

/// The property for a 2xx answer `body` of `operation`, as it is and with a secret of the
/// client spelled by `how` (see [`spell`]) spliced into its middle. Panics when one breaks;
/// returns whether the spliced answer is one that is redacted before `send()` sees it.
pub fn answer(provider: Provider, operation: &str, how: u8, body: &[u8]) -> bool {
    let secrets = provider.secrets();
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    let Some(secret) = secrets.get(usize::from(how) % secrets.len().max(1)) else {
        return false;
    };
    // Not inside a character (a continuation byte is `0b10xx_xxxx`).
    let mut middle = body.len() / 2;
    while middle > 0 && body.get(middle).is_some_and(|&b| b & 0xc0 == 0x80) {
        middle -= 1;
    }
    let spliced = [&body[..middle], spell(secret, how).as_bytes(), &body[middle..]].concat();
    check(provider, operation, body, &secrets);
    check(provider, operation, &spliced, &secrets)
}

/// What [`answer`] states of one body; whether it is redacted.
fn check(provider: Provider, operation: &str, body: &[u8], secrets: &[&str]) -> bool {
    let found = contains_secret(body, secrets);
    if let Ok(text) = std::str::from_utf8(body) {
        assert_eq!(
            found,
            redact(text, secrets) != text,
            "{}: the scan and the redaction disagree on {text:?}",
            provider.name()
        );
    }
    let must = match provider {
        Provider::Onebox => echoes_undecodable::<payspec_onebox::Inner>(operation, 200, body, secrets),
        Provider::Crystalpay => {
            echoes_undecodable::<payspec_crystalpay::Inner>(operation, 200, body, secrets)
        }
        Provider::Paykeeper => echoes_undecodable::<payspec_paykeeper::Inner>(operation, 200, body, secrets),
        Provider::Invoicebox => {
            echoes_undecodable::<payspec_invoicebox::Inner>(operation, 200, body, secrets)
        }
        Provider::Sber => echoes_undecodable::<payspec_sber::Inner>(operation, 200, body, secrets),
    };
    match provider.decode(operation, body) {
        // Not decoded as JSON (a byte stream): never redacted.
        None => assert!(!must, "{}: {operation} is not decoded", provider.name()),
        Some(Ok(())) => assert!(
            !must,
            "{}: {operation}: an answer that decodes was redacted",
            provider.name()
        ),
        Some(Err(_)) => {
            assert_eq!(must, found, "{}: {operation}", provider.name());
            // What `send()`'s `InvalidResponsePayload` then shows.
            let sent = if must {
                bytes_debug(redact(&String::from_utf8_lossy(body), secrets).as_bytes())
            } else {
                bytes_debug(body)
            };
            let sent = sent.to_ascii_lowercase();
            for secret in secrets {
                assert!(
                    !sent.contains(&secret.to_ascii_lowercase()),
                    "{}: {operation}: a secret shows in {sent:?}",
                    provider.name()
                );
            }
        }
    }
    must
}

/// `body` as `bytes::Bytes`' `Debug` writes it (`b"..."`, non-ASCII as `\xNN`), which is how
/// progenitor's `InvalidResponsePayload` quotes it.
fn bytes_debug(body: &[u8]) -> String {
    let mut out = String::from("b\"");
    for &b in body {
        match b {
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b'\\' | b'"' => {
                out.push('\\');
                out.push(char::from(b));
            }
            0x20..=0x7e => out.push(char::from(b)),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spellings_are_the_encoders() {
        assert_eq!(spell("a/b \"c", 1), "a%2Fb%20%22c");
        assert_eq!(spell("a/b \"c", 2), "a%252Fb%2520%2522c");
        assert_eq!(spell("a/b \"c", 3), "a%2Fb+%22c");
        assert_eq!(spell("a/b \"c", 4), "a%2Fb%20%5C%22c");
        assert_eq!(spell("ab?>", 7), "YWI/Pg");
        assert_eq!(spell("ab?>", 8), "YWI_Pg");
        assert_eq!(spell("\u{1}", 6), "01");
        assert_eq!(bytes_debug("é\"".as_bytes()), "b\"\\xc3\\xa9\\\"\"");
    }

    #[test]
    fn every_provider_keeps_the_property_on_an_echoing_answer_of_the_wrong_type() {
        for provider in Provider::ALL {
            let mut redacted = 0;
            for &operation in provider.operations() {
                for how in 0..SPELLINGS {
                    for body in [
                        &br#"{"echo": "", "id": {"wrong": [1]}}"#[..],
                        br#"[{"echo": "", "amount": true}]"#,
                        b"{}",
                        b"[]",
                    ] {
                        redacted += usize::from(answer(provider, operation, how, body));
                    }
                }
            }
            // Most operations cannot read an `id` or `amount` of the wrong type.
            assert!(redacted > 0, "{}: nothing redacted", provider.name());
        }
    }
}
