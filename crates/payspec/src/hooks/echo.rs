//! A success answer that echoes a secret and will not decode (the last check of `judge` on an
//! answer with no verdict): redacted before progenitor's `send()` quotes it.
//!
//! `send()` decodes a 2xx JSON answer as the operation's type; when that fails its
//! `InvalidResponsePayload` shows the body as received in its `Display` and `Debug`. A body
//! that is not well-formed JSON is redacted before (the one read of the answer in
//! `hooks/shape.rs` tells); a well-formed one is the caller's data, so it is changed only when it
//! could never become data: when it holds a spelling of a secret the client holds
//! ([`redact::contains`](super::redact), one cheap scan of every 2xx JSON body) and it does not
//! decode as the operation's success type ([`Decoder::decodes`], the same
//! `serde_json::from_slice` that `send()` makes, from the generated `ANSWERS` table). Then its
//! body and header values are redacted, and the error `send()` makes of it shows no secret. An
//! answer that decodes is left as it is, echo and all.
//!
//! Only a raw `.send()` needs this: `.await` on a builder maps every error through `finish`,
//! which redacts the message and the excerpt it quotes, so `judge` skips the search there
//! (`trace::awaited`).

use reqwest::StatusCode;

use super::{Answers, Provider};

/// Whether the 2xx answer `body` of `operation`, well-formed JSON within the decoding budget
/// that `send()` will decode (the request accepts `application/json`), must have its body and
/// header values redacted before `send()` sees it: it holds a secret and does not decode as
/// the operation's success type ([`echoes_undecodable`]). `judge` redacts it then.
pub(super) fn echoes<P: Provider>(
    provider: &P,
    operation: &'static str,
    status: StatusCode,
    body: &[u8],
) -> bool {
    let secrets = provider.secrets();
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    let echoes = echoes_undecodable::<P>(operation, status.as_u16(), body, &secrets);
    if echoes {
        tracing::debug!("a success answer that does not decode echoes a secret: redacted");
    }
    echoes
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
