//! Receiving a provider's notifications, framework-free: from a request's method, headers and
//! raw body to a verified, typed [`Notification`], the exact [`Reply`] the provider expects, and
//! duplicate deliveries handled once ([`EventStore`], [`Notification::process_once`]).
//!
//! Each provider crate that receives notifications (PayKeeper, Invoicebox, CrystalPay) has a
//! receiver implementing [`Receive`], configured once with the signing key. With the `axum`
//! feature, [`axum::Verified`] is an extractor over any such receiver.
//!
//! The handler pattern, in any framework:
//!
//! 1. `receiver.receive(method, headers, body)`; on `Err(e)` answer `receiver.rejection(&e)`
//!    (it names no key and no expected signature);
//! 2. `notification.process_once(&store, async { /* your business logic */ })`: the logic runs
//!    for the first delivery of the notification's [`event_key`](Notification::event_key) only;
//! 3. answer `notification.reply(&outcome)`: the provider's success reply when the event is
//!    processed (now or by an earlier delivery), the reply that makes it deliver again otherwise.
//!
//! ```
//! use payspec::receive::{EventStore, MemoryEventStore, Notification, Outcome, Reply};
//! use http::StatusCode;
//!
//! # tokio_test_block_on(async {
//! let store = MemoryEventStore::new();
//! // What a provider crate's receiver gives for a verified delivery:
//! let delivery = || Notification::new(
//!     "payment 42",
//!     "42".to_owned(),
//!     Reply::text(StatusCode::OK, "OK"),
//!     Reply::text(StatusCode::SERVICE_UNAVAILABLE, "retry"),
//! );
//! let mut credited = 0;
//! let first = delivery();
//! let outcome = first.process_once(&store, async { credited += 1; Ok::<(), String>(()) }).await;
//! assert!(matches!(outcome, Outcome::Processed));
//! assert_eq!(first.reply(&outcome).body(), "OK");
//! // The provider delivers the same event again: answered with success, not processed twice.
//! let again = delivery();
//! let outcome = again.process_once(&store, async { credited += 1; Ok::<(), String>(()) }).await;
//! assert!(matches!(outcome, Outcome::Duplicate));
//! assert_eq!(again.reply(&outcome).body(), "OK");
//! assert_eq!(credited, 1);
//! # });
//! # fn tokio_test_block_on<F: std::future::Future>(f: F) -> F::Output {
//! #     tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(f)
//! # }
//! ```

use std::collections::HashMap;
use std::convert::Infallible;
use std::fmt;
use std::future::Future;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use http::{HeaderMap, Method, StatusCode};

pub use crate::webhook::WebhookError;

#[cfg(feature = "axum")]
pub mod axum;

/// The body limit receivers use unless configured otherwise: 64 KiB, far above any documented
/// notification (a few KiB) and small enough that a flood of large bodies costs little.
pub const DEFAULT_BODY_LIMIT: usize = 64 * 1024;

/// A provider's notification receiver, configured once with its signing key.
///
/// Implemented by each provider crate's receiver; [`axum::Verified`] (feature `axum`) extracts
/// a notification through any implementation.
pub trait Receive {
    /// The provider's typed notification (the generated type, unknown members kept).
    type Notification;

    /// The largest body accepted, in bytes; a larger one is [`WebhookError::TooLarge`].
    fn body_limit(&self) -> usize;

    /// Checks the method, content type, size and signature of one delivery and decodes it.
    fn receive(
        &self,
        method: &Method,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Notification<Self::Notification>, WebhookError>;

    /// The reply to a delivery that was not accepted: what the provider documents for `error`
    /// (or, where it documents nothing, a status that makes it deliver again). It names no
    /// key and no expected signature.
    fn rejection(&self, error: &WebhookError) -> Reply;
}

/// An HTTP reply to a notification: status, content type and exact body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reply {
    status: StatusCode,
    content_type: &'static str,
    body: String,
}

impl Reply {
    /// A `text/plain; charset=utf-8` reply.
    pub fn text(status: StatusCode, body: impl Into<String>) -> Reply {
        Reply {
            status,
            content_type: "text/plain; charset=utf-8",
            body: body.into(),
        }
    }

    /// An `application/json` reply with `value` as its body.
    pub fn json(status: StatusCode, value: &serde_json::Value) -> Reply {
        Reply {
            status,
            content_type: "application/json",
            body: value.to_string(),
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The `Content-Type` header's value.
    pub fn content_type(&self) -> &'static str {
        self.content_type
    }

    /// The body, exactly as it is sent.
    pub fn body(&self) -> &str {
        &self.body
    }

    /// The reply as an [`http::Response`], for any framework built on the `http` crate.
    pub fn into_http(self) -> http::Response<String> {
        let mut response = http::Response::new(self.body);
        *response.status_mut() = self.status;
        response.headers_mut().insert(
            http::header::CONTENT_TYPE,
            http::HeaderValue::from_static(self.content_type),
        );
        response
    }
}

/// A verified notification: the provider's typed body, its event key for de-duplication, and
/// the two replies the provider understands.
///
/// Dereferences to the typed body.
#[derive(Clone, Debug)]
pub struct Notification<N> {
    body: N,
    event_key: String,
    success: Reply,
    retry: Reply,
}

impl<N> Notification<N> {
    /// Assembles a verified notification (provider crates call this after verifying).
    pub fn new(body: N, event_key: String, success: Reply, retry: Reply) -> Notification<N> {
        Notification {
            body,
            event_key,
            success,
            retry,
        }
    }

    /// The typed body.
    pub fn body(&self) -> &N {
        &self.body
    }

    /// The typed body, owned.
    pub fn into_body(self) -> N {
        self.body
    }

    /// The key that is equal for every delivery of the same event (each provider crate
    /// documents what it is made of).
    pub fn event_key(&self) -> &str {
        &self.event_key
    }

    /// The reply that tells the provider the notification was delivered and processed.
    pub fn success_reply(&self) -> &Reply {
        &self.success
    }

    /// The reply that makes the provider deliver the notification again.
    pub fn retry_reply(&self) -> &Reply {
        &self.retry
    }

    /// The reply for an [`Outcome`]: success when the event is processed (by this delivery or
    /// an earlier one), the retry reply otherwise.
    pub fn reply<E, S>(&self, outcome: &Outcome<E, S>) -> Reply {
        if outcome.is_processed() {
            self.success.clone()
        } else {
            self.retry.clone()
        }
    }

    /// Runs `work` (your business logic) only if no delivery of this event was processed or is
    /// being processed: it claims the [`event_key`](Self::event_key) in `store`, awaits `work`,
    /// then marks the key processed (`Ok`) or releases it so a redelivery tries again (`Err`).
    ///
    /// `work` is a future, so it does nothing unless the claim succeeds. A delivery that
    /// arrives while another delivery of the same event is being processed gets
    /// [`Outcome::InProgress`] (answer it with the retry reply: if the first attempt fails,
    /// the provider's next delivery runs it again).
    pub async fn process_once<S, E, F>(&self, store: &S, work: F) -> Outcome<E, S::Error>
    where
        S: EventStore + ?Sized,
        F: Future<Output = Result<(), E>>,
    {
        match store.claim(&self.event_key).await {
            Err(e) => return Outcome::Store(e),
            Ok(Claim::Processed) => return Outcome::Duplicate,
            Ok(Claim::InProgress) => return Outcome::InProgress,
            Ok(Claim::Claimed) => {}
        }
        match work.await {
            Ok(()) => match store.complete(&self.event_key).await {
                Ok(()) => Outcome::Processed,
                Err(e) => Outcome::Store(e),
            },
            Err(e) => match store.release(&self.event_key).await {
                Ok(()) => Outcome::Failed(e),
                Err(store_error) => Outcome::Store(store_error),
            },
        }
    }
}

impl<N> std::ops::Deref for Notification<N> {
    type Target = N;

    fn deref(&self) -> &N {
        &self.body
    }
}

/// What [`Notification::process_once`] did.
#[derive(Debug)]
#[must_use = "answer the provider with `notification.reply(&outcome)`"]
pub enum Outcome<E, S> {
    /// This delivery ran the work, and it succeeded.
    Processed,
    /// An earlier delivery of the same event was processed; the work did not run.
    Duplicate,
    /// Another delivery of the same event is being processed now; the work did not run.
    InProgress,
    /// The work ran and failed; the claim was released so a redelivery runs it again.
    Failed(E),
    /// The event store failed; the work may or may not have run (see [`EventStore`]).
    Store(S),
}

impl<E, S> Outcome<E, S> {
    /// Whether the event is processed (now or before): answer with the success reply.
    pub fn is_processed(&self) -> bool {
        matches!(self, Outcome::Processed | Outcome::Duplicate)
    }
}

/// What [`EventStore::claim`] found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Claim {
    /// The key was free: it is now claimed by the caller, who must `complete` or `release` it.
    Claimed,
    /// The key was processed before.
    Processed,
    /// The key is claimed by another delivery being processed now.
    InProgress,
}

/// "Have I processed this event?": the store of event keys that [`Notification::process_once`]
/// consults, implemented on your own database or cache (an in-memory one,
/// [`MemoryEventStore`], is for tests and single-process servers).
///
/// `claim` must be atomic (an insert that fails when the key exists: a unique key in SQL,
/// `SET key NX PX <lease>` in Redis), so that two concurrent deliveries cannot both claim.
/// A claim should expire after a lease longer than the business logic takes: a handler
/// cancelled between `claim` and `complete` (a dropped connection, a crash) then does not
/// block the event forever.
pub trait EventStore: Send + Sync {
    /// The store's error.
    type Error: std::error::Error + Send + Sync + 'static;

    /// Atomically claims `key` unless it is processed or claimed already.
    fn claim(&self, key: &str) -> impl Future<Output = Result<Claim, Self::Error>> + Send;

    /// Marks the claimed `key` processed, for good.
    fn complete(&self, key: &str) -> impl Future<Output = Result<(), Self::Error>> + Send;

    /// Releases the claim on `key` after a failure, so a later delivery can claim it.
    fn release(&self, key: &str) -> impl Future<Output = Result<(), Self::Error>> + Send;
}

impl<T: EventStore + ?Sized> EventStore for Arc<T> {
    type Error = T::Error;

    fn claim(&self, key: &str) -> impl Future<Output = Result<Claim, Self::Error>> + Send {
        (**self).claim(key)
    }

    fn complete(&self, key: &str) -> impl Future<Output = Result<(), Self::Error>> + Send {
        (**self).complete(key)
    }

    fn release(&self, key: &str) -> impl Future<Output = Result<(), Self::Error>> + Send {
        (**self).release(key)
    }
}

/// An [`EventStore`] in memory: for tests, examples and single-process servers (it forgets
/// everything on restart, so a production server wants its own store).
///
/// A claim expires after its lease (5 minutes unless [`with_lease`](Self::with_lease)), after
/// which a delivery can claim the key again.
pub struct MemoryEventStore {
    lease: Duration,
    keys: Mutex<HashMap<String, Entry>>,
}

#[derive(Clone, Copy)]
enum Entry {
    Claimed(Instant),
    Processed,
}

impl MemoryEventStore {
    /// An empty store with a 5-minute claim lease.
    pub fn new() -> MemoryEventStore {
        MemoryEventStore::with_lease(Duration::from_secs(300))
    }

    /// An empty store whose claims expire after `lease`.
    pub fn with_lease(lease: Duration) -> MemoryEventStore {
        MemoryEventStore {
            lease,
            keys: Mutex::new(HashMap::new()),
        }
    }

    /// Whether `key` is marked processed.
    pub fn is_processed(&self, key: &str) -> bool {
        matches!(self.lock().get(key), Some(Entry::Processed))
    }

    /// How many keys are marked processed.
    pub fn processed(&self) -> usize {
        self.lock()
            .values()
            .filter(|e| matches!(e, Entry::Processed))
            .count()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Entry>> {
        // Every critical section leaves the map consistent, so a poisoned lock is still usable.
        self.keys.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Default for MemoryEventStore {
    fn default() -> Self {
        MemoryEventStore::new()
    }
}

impl fmt::Debug for MemoryEventStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MemoryEventStore")
            .field("lease", &self.lease)
            .field("keys", &self.lock().len())
            .finish()
    }
}

impl EventStore for MemoryEventStore {
    type Error = Infallible;

    fn claim(&self, key: &str) -> impl Future<Output = Result<Claim, Infallible>> + Send {
        let mut keys = self.lock();
        let now = Instant::now();
        let claim = match keys.get(key) {
            Some(Entry::Processed) => Claim::Processed,
            Some(Entry::Claimed(at)) if now.duration_since(*at) < self.lease => Claim::InProgress,
            _ => {
                keys.insert(key.to_owned(), Entry::Claimed(now));
                Claim::Claimed
            }
        };
        std::future::ready(Ok(claim))
    }

    fn complete(&self, key: &str) -> impl Future<Output = Result<(), Infallible>> + Send {
        self.lock().insert(key.to_owned(), Entry::Processed);
        std::future::ready(Ok(()))
    }

    fn release(&self, key: &str) -> impl Future<Output = Result<(), Infallible>> + Send {
        let mut keys = self.lock();
        if matches!(keys.get(key), Some(Entry::Claimed(_))) {
            keys.remove(key);
        }
        std::future::ready(Ok(()))
    }
}

/// Checks that the method is `POST` (every provider here POSTs its notifications).
pub fn check_post(method: &Method) -> Result<(), WebhookError> {
    if method == Method::POST {
        Ok(())
    } else {
        Err(WebhookError::Method(method.as_str().chars().take(32).collect()))
    }
}

/// Checks that the `Content-Type` header's media type (before any `;` parameters, compared
/// without case) is one of `accepted`.
pub fn check_content_type(headers: &HeaderMap, accepted: &[&'static str]) -> Result<(), WebhookError> {
    let found = headers
        .get(http::header::CONTENT_TYPE)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    let essence = found.as_deref().map(|v| {
        v.split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase()
    });
    match essence {
        Some(essence) if accepted.iter().any(|a| *a == essence) => Ok(()),
        _ => Err(WebhookError::ContentType {
            expected: accepted.first().copied().unwrap_or_default(),
            found: found.map(|f| f.chars().take(64).collect()),
        }),
    }
}

/// Checks a body's length (or a `Content-Length` announced before reading it) against `limit`.
pub fn check_size(length: u64, limit: usize) -> Result<(), WebhookError> {
    if length > limit as u64 {
        Err(WebhookError::TooLarge { limit })
    } else {
        Ok(())
    }
}

/// A header's value as text, `None` when absent; a value that is not visible ASCII is treated
/// as absent (no signature here is anything but hex or base64).
pub fn header<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block_on<F: Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(f)
    }

    fn delivery(key: &str) -> Notification<()> {
        Notification::new(
            (),
            key.to_owned(),
            Reply::text(StatusCode::OK, "OK"),
            Reply::text(StatusCode::INTERNAL_SERVER_ERROR, "retry"),
        )
    }

    #[test]
    fn a_failed_attempt_is_released_and_the_next_delivery_runs_again() {
        block_on(async {
            let store = MemoryEventStore::new();
            let n = delivery("k");
            let outcome = n.process_once(&store, async { Err::<(), _>("db down") }).await;
            assert!(matches!(outcome, Outcome::Failed("db down")));
            assert_eq!(n.reply(&outcome).body(), "retry");
            assert!(!store.is_processed("k"));
            let outcome = n.process_once(&store, async { Ok::<(), &str>(()) }).await;
            assert!(matches!(outcome, Outcome::Processed));
            assert!(store.is_processed("k"));
            assert_eq!(store.processed(), 1);
        });
    }

    #[test]
    fn a_delivery_during_processing_is_in_progress_and_an_expired_claim_is_free() {
        block_on(async {
            let store = MemoryEventStore::with_lease(Duration::from_millis(50));
            assert_eq!(store.claim("k").await, Ok(Claim::Claimed));
            let n = delivery("k");
            let outcome = n.process_once(&store, async { Ok::<(), ()>(()) }).await;
            assert!(matches!(outcome, Outcome::InProgress));
            assert_eq!(n.reply(&outcome).status(), StatusCode::INTERNAL_SERVER_ERROR);
            std::thread::sleep(Duration::from_millis(60));
            let outcome = n.process_once(&store, async { Ok::<(), ()>(()) }).await;
            assert!(matches!(outcome, Outcome::Processed));
        });
    }

    #[test]
    fn concurrent_deliveries_run_the_work_once() {
        let store = Arc::new(MemoryEventStore::new());
        let runs = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(4)
            .enable_time()
            .build()
            .unwrap();
        let replies = rt.block_on(async {
            let tasks: Vec<_> = (0..16)
                .map(|_| {
                    let (store, runs) = (store.clone(), runs.clone());
                    tokio::spawn(async move {
                        let n = delivery("same");
                        let outcome = n
                            .process_once(&store, async {
                                runs.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                                tokio::time::sleep(Duration::from_millis(20)).await;
                                Ok::<(), ()>(())
                            })
                            .await;
                        n.reply(&outcome)
                    })
                })
                .collect();
            let mut replies = Vec::new();
            for t in tasks {
                replies.push(t.await.unwrap());
            }
            replies
        });
        assert_eq!(runs.load(std::sync::atomic::Ordering::SeqCst), 1);
        assert!(replies.iter().any(|r| r.body() == "OK"));
        assert!(store.is_processed("same"));
    }

    #[test]
    fn checks_name_what_was_wrong() {
        assert_eq!(check_post(&Method::GET), Err(WebhookError::Method("GET".into())));
        assert_eq!(check_post(&Method::POST), Ok(()));
        let mut headers = HeaderMap::new();
        assert_eq!(
            check_content_type(&headers, &["application/json"]),
            Err(WebhookError::ContentType {
                expected: "application/json",
                found: None
            })
        );
        headers.insert(
            http::header::CONTENT_TYPE,
            http::HeaderValue::from_static("Application/JSON; charset=UTF-8"),
        );
        assert_eq!(check_content_type(&headers, &["application/json"]), Ok(()));
        headers.insert(
            http::header::CONTENT_TYPE,
            http::HeaderValue::from_static("text/html"),
        );
        assert_eq!(
            check_content_type(&headers, &["application/json"]),
            Err(WebhookError::ContentType {
                expected: "application/json",
                found: Some("text/html".into())
            })
        );
        assert_eq!(check_size(10, 10), Ok(()));
        assert_eq!(check_size(11, 10), Err(WebhookError::TooLarge { limit: 10 }));
    }

    #[test]
    fn replies_become_http_responses() {
        let r = Reply::json(StatusCode::OK, &serde_json::json!({"status": "success"})).into_http();
        assert_eq!(r.status(), StatusCode::OK);
        assert_eq!(r.headers()[http::header::CONTENT_TYPE], "application/json");
        assert_eq!(r.body(), r#"{"status":"success"}"#);
    }
}
