//! Sending notifications to the merchant's URL.

use std::fmt;
use std::time::Duration;

/// How one notification went: where it was sent, what was sent and what the receiver answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delivery {
    /// The URL it was POSTed to.
    pub url: String,
    /// The `Content-Type` it was sent with.
    pub content_type: String,
    /// The body sent, exactly.
    pub body: String,
    /// The receiver's HTTP status, or `None` when it could not be reached.
    pub status: Option<u16>,
    /// The receiver's answer (its body), or why it could not be reached.
    pub answer: String,
}

impl Delivery {
    /// Whether the receiver answered with a 2xx status.
    pub fn accepted(&self) -> bool {
        self.status.is_some_and(|s| (200..300).contains(&s))
    }
}

impl fmt::Display for Delivery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.status {
            Some(status) => write!(f, "POST {} answered {status}: {:?}", self.url, self.answer),
            None => write!(f, "POST {} failed: {}", self.url, self.answer),
        }
    }
}

/// The HTTP client notifications go out with.
pub(crate) struct Notifier {
    http: reqwest::Client,
}

impl Default for Notifier {
    fn default() -> Self {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            // Only fails when TLS cannot be set up at all: then plain defaults (same TLS) are
            // no better, so fall back to them rather than refuse to start.
            .unwrap_or_default();
        Notifier { http }
    }
}

impl Notifier {
    /// POSTs `body` to `url` with `content_type` and the extra `headers`, once (the sandbox
    /// does not repeat failed notifications), and reports what happened.
    pub(crate) async fn send(
        &self,
        url: &str,
        content_type: &str,
        headers: &[(&str, String)],
        body: String,
    ) -> Delivery {
        let mut request = self
            .http
            .post(url)
            .header(reqwest::header::CONTENT_TYPE, content_type)
            .body(body.clone());
        for (name, value) in headers {
            request = request.header(*name, value);
        }
        let (status, answer) = match request.send().await {
            Ok(response) => {
                let status = response.status().as_u16();
                let answer = response
                    .text()
                    .await
                    .unwrap_or_else(|e| format!("(unreadable answer: {e})"));
                (Some(status), answer)
            }
            Err(e) => (None, e.without_url().to_string()),
        };
        Delivery {
            url: url.to_owned(),
            content_type: content_type.to_owned(),
            body,
            status,
            answer,
        }
    }
}
