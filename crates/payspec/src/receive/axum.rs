//! axum integration (feature `axum`): the [`Verified`] extractor and responses for [`Reply`]
//! and [`Refused`].
//!
//! The extractor takes the receiver from the router's state (`R: FromRef<S>`), refuses a body
//! whose `Content-Length` is over the receiver's limit before reading it, stops reading a body
//! without `Content-Length` as soon as it passes the limit, verifies, and decodes. It works on
//! any path, in a nested router too, and needs no `DefaultBodyLimit` (it reads the body itself).
//!
//! ```ignore
//! async fn notifications(
//!     State(store): State<Arc<MemoryEventStore>>,
//!     Verified(notification): Verified<payspec_paykeeper::Receiver>,
//! ) -> Reply {
//!     let outcome = notification.process_once(&*store, async { credit(&notification).await }).await;
//!     notification.reply(&outcome)
//! }
//! ```

use axum::body::Body;
use axum::extract::{FromRef, FromRequest, Request};
use axum::response::{IntoResponse, Response};
use http_body_util::{BodyExt, LengthLimitError, Limited};

use super::{Notification, Receive, Reply, WebhookError, check_size};

/// Extracts a verified notification through the receiver `R` held in the router's state.
///
/// A delivery that is not accepted is [`Refused`]: it answers with the receiver's
/// [`rejection`](Receive::rejection) reply, which names no key and no expected signature.
#[derive(Debug)]
pub struct Verified<R: Receive>(pub Notification<R::Notification>);

/// A delivery the [`Verified`] extractor did not accept: the reason, and the reply it answers
/// with.
#[derive(Debug)]
pub struct Refused {
    /// Why it was not accepted.
    pub error: WebhookError,
    /// What is answered (the receiver's reply for `error`).
    pub reply: Reply,
}

impl<S, R> FromRequest<S> for Verified<R>
where
    S: Send + Sync,
    R: Receive + FromRef<S> + Send + Sync,
    R::Notification: Send,
{
    type Rejection = Refused;

    async fn from_request(request: Request, state: &S) -> Result<Self, Refused> {
        let receiver = R::from_ref(state);
        let refuse = |error: WebhookError| {
            tracing::debug!(target: "payspec::receive", %error, "notification refused");
            Refused {
                reply: receiver.rejection(&error),
                error,
            }
        };
        let limit = receiver.body_limit();
        let (parts, body) = request.into_parts();
        let announced = parts
            .headers
            .get(http::header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok());
        if let Some(length) = announced {
            check_size(length, limit).map_err(refuse)?;
        }
        let body = read(body, limit).await.map_err(refuse)?;
        receiver
            .receive(&parts.method, &parts.headers, &body)
            .map(Verified)
            .map_err(refuse)
    }
}

/// Reads at most `limit` bytes of `body`: one byte more is [`WebhookError::TooLarge`], and
/// nothing after it is read.
async fn read(body: Body, limit: usize) -> Result<bytes::Bytes, WebhookError> {
    match Limited::new(body, limit).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(e) if e.downcast_ref::<LengthLimitError>().is_some() => Err(WebhookError::TooLarge { limit }),
        Err(e) => Err(WebhookError::Malformed(format!(
            "the body could not be read: {e}"
        ))),
    }
}

impl IntoResponse for Reply {
    fn into_response(self) -> Response {
        self.into_http().map(Body::from)
    }
}

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        self.reply.into_response()
    }
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.error.fmt(f)
    }
}

impl std::error::Error for Refused {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}
