//! A success answer that echoes a secret and will not decode (`exec`'s last step before the
//! verdict): redacted before progenitor's `send()` quotes it.
//!
//! `send()` decodes a 2xx JSON answer as the operation's type; when that fails its
//! `InvalidResponsePayload` shows the body as received in its `Display` and `Debug`. A body
//! that is not well-formed JSON is redacted before (`redact_undecodable` in
//! `hooks/transport.rs`); a well-formed one is the caller's data, so it is changed only when it
//! could never become data: when it holds a spelling of a secret the client holds
//! ([`redact::contains`](super::redact), one cheap scan of every 2xx JSON body) and it does not
//! decode as the operation's success type ([`Decoder::decodes`], the same
//! `serde_json::from_slice` that `send()` makes, from the generated `ANSWERS` table). Then its
//! body and header values are redacted, and the error `send()` makes of it shows no secret. An
//! answer that decodes is left as it is, echo and all.

use super::transport::{Answer, Body};
use super::verdict::{redact_bytes, redact_headers};
use super::{Answers, Provider};

/// Redacts the body and headers of a 2xx answer that `send()` will decode as JSON
/// (`decodes_json`: the request accepts `application/json`) when it holds a secret and does not
/// decode as `operation`'s success type ([`echoes_undecodable`]); returns every other answer
/// unchanged.
pub(super) fn redact_echo<P: Provider>(
    provider: &P,
    operation: &'static str,
    decodes_json: bool,
    mut answer: Answer,
) -> Answer {
    if !decodes_json || !answer.status.is_success() {
        return answer;
    }
    let Body::Read(body) = &answer.body else {
        return answer;
    };
    let secrets = provider.secrets();
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    if !echoes_undecodable::<P>(operation, answer.status.as_u16(), body, &secrets) {
        return answer;
    }
    tracing::debug!("a success answer that does not decode echoes a secret: redacted");
    answer.body = Body::Read(redact_bytes(body.clone(), &secrets));
    redact_headers(&mut answer.headers, &secrets);
    answer
}

/// Whether a JSON answer `body` with the 2xx `status` of `operation` must be redacted before
/// progenitor's `send()` sees it: `send()` decodes it (the status is declared and the success
/// is JSON, [`Provider::ANSWERS`]), it holds a spelling of one of `secrets`
/// ([`contains_secret`](super::contains_secret)), and it does not decode as the operation's
/// success type. An answer that decodes is never redacted: it is the caller's data.
#[doc(hidden)]
pub fn echoes_undecodable<P: Provider>(operation: &str, status: u16, body: &[u8], secrets: &[&str]) -> bool {
    let Some(row) = Answers::find(P::ANSWERS, operation) else {
        return false;
    };
    // A status `send()` does not declare is never decoded: the verdict reports it redacted.
    let Some(decoder) = row.json.filter(|_| row.declares(status)) else {
        return false;
    };
    super::redact::contains(body, secrets) && !(decoder.decodes)(body)
}
