//! How a client behaves on the network: timeouts, `User-Agent`, retries, response size limit,
//! and which redirects it follows.

use std::time::Duration;

use crate::hooks::Provider;

/// The default connect timeout of the provider clients.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(15);
/// The default timeout of one call (connecting, sending and reading the whole answer).
pub const CALL_TIMEOUT: Duration = Duration::from_secs(30);
/// The default limit on the size of a response body: 4 MiB. A OneBox page of 1000 payments
/// is about 0.5 MiB.
pub const MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;

/// A client's network settings. Every provider crate has `Client::with_config(base_url,
/// credentials, config)`; the other constructors use [`Config::default()`].
///
/// ```
/// use std::time::Duration;
/// use payspec::{Config, RetryPolicy};
///
/// let config = Config::default()
///     .timeout(Duration::from_secs(10))
///     .retry(RetryPolicy::exponential(3))
///     .max_response_bytes(1 << 20);
/// assert_eq!(config.connect_timeout, payspec::CONNECT_TIMEOUT);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Config {
    /// How long connecting (TCP and TLS) may take. Default [`CONNECT_TIMEOUT`] (15 s).
    pub connect_timeout: Duration,
    /// How long one call may take, from sending to the end of the answer. Default
    /// [`CALL_TIMEOUT`] (30 s). Each retry gets the whole timeout again. Change it for one
    /// call with `client.with_timeout(..)`; Sber's long polls (`wait=N`) get `N` seconds on top.
    pub timeout: Duration,
    /// The `User-Agent` header; `None` sends `payspec-<provider>/<version>`.
    pub user_agent: Option<String>,
    /// When a failed call is repeated. Default: never ([`RetryPolicy::none`]).
    pub retry: RetryPolicy,
    /// The largest response body the client reads; a larger one is
    /// [`Error::ResponseTooLarge`](crate::Error::ResponseTooLarge) and is not kept in memory.
    /// Default [`MAX_RESPONSE_BYTES`] (4 MiB).
    ///
    /// Decoding is bounded by the answer too: a call that reads an `n`-byte answer allocates
    /// at most `48 * n + 1 MiB` ([`DECODE_BUDGET`](crate::envelope::DECODE_BUDGET)), so
    /// with the default limit at most 193 MiB. A decoded answer can take far more memory
    /// than its body (each `{}` item of a list becomes a whole struct of optional fields, about
    /// 3 KB for a Sber invoice: over 1000 times its 3 bytes), so the client reads each answer
    /// once before decoding it, estimates what decoding (and the refusal check's parse) will
    /// allocate from the operation's generated cost tree, and refuses an answer over the bound
    /// as [`Error::Decode`](crate::Error::Decode) naming the estimate and the bound. Every
    /// spec example of 256 bytes or more estimates at most 24 bytes per byte (most 4 to 14),
    /// and a page of 1000 sparse items (OneBox payments with only an id: 18 KB, about 1 MB
    /// decoded) passes on the 1 MiB. Lower the limit where memory is tight and the pages you
    /// ask for are small.
    pub max_response_bytes: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            connect_timeout: CONNECT_TIMEOUT,
            timeout: CALL_TIMEOUT,
            user_agent: None,
            retry: RetryPolicy::none(),
            max_response_bytes: MAX_RESPONSE_BYTES,
        }
    }
}

impl Config {
    /// Sets [`Config::connect_timeout`].
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Sets [`Config::timeout`].
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Sets [`Config::user_agent`].
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// Sets [`Config::retry`].
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Sets [`Config::max_response_bytes`].
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = limit;
        self
    }
}

/// When a call that failed on the way is sent again.
///
/// Only calls that are safe to repeat are ever retried: those the spec marks
/// `x-idempotent: true` (reads, whatever their HTTP method; OneBox creates payments with GET,
/// so the method alone decides nothing). A call that creates or moves money is never repeated
/// by the client. A safe call is repeated after a transport error (no answer, or a timeout)
/// and after HTTP 429, 502, 503 and 504, waiting an exponentially growing, jittered backoff,
/// or what the server's `Retry-After` asks for when that is not longer than
/// [`RetryPolicy::max_retry_after`] (when it is, the answer is returned as it is).
///
/// ```
/// use std::time::Duration;
/// use payspec::RetryPolicy;
///
/// let policy = RetryPolicy::exponential(3)
///     .initial_backoff(Duration::from_millis(100))
///     .max_backoff(Duration::from_secs(2));
/// assert_eq!(policy.max_retries, 3);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// How many times one call may be repeated (0: never).
    pub max_retries: u32,
    /// The wait before the first repeat; it doubles for each further one.
    pub initial_backoff: Duration,
    /// The longest backoff.
    pub max_backoff: Duration,
    /// The longest `Retry-After` the client waits for; a longer one ends the retries.
    pub max_retry_after: Duration,
    /// Whether each backoff is randomised (between half and all of it), so that many clients
    /// failing at once do not come back at once.
    pub jitter: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy::none()
    }
}

impl RetryPolicy {
    /// Never retry (the default).
    pub fn none() -> Self {
        RetryPolicy {
            max_retries: 0,
            initial_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(10),
            max_retry_after: Duration::from_secs(60),
            jitter: true,
        }
    }

    /// Up to `max_retries` repeats, first after 250 ms, doubling up to 10 s, with jitter,
    /// honouring a `Retry-After` of up to 60 s.
    pub fn exponential(max_retries: u32) -> Self {
        RetryPolicy {
            max_retries,
            ..RetryPolicy::none()
        }
    }

    /// Sets [`RetryPolicy::initial_backoff`].
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// Sets [`RetryPolicy::max_backoff`].
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// Sets [`RetryPolicy::max_retry_after`].
    pub fn max_retry_after(mut self, limit: Duration) -> Self {
        self.max_retry_after = limit;
        self
    }

    /// Turns the jitter off: every backoff is exactly `initial_backoff × 2^n`, capped.
    pub fn without_jitter(mut self) -> Self {
        self.jitter = false;
        self
    }

    /// How long to wait before repeat number `retry + 1` (`retry` counts from 0), or `None`
    /// when the call must not be repeated: no retries left, or the server asked (with
    /// `Retry-After`) for a longer wait than [`RetryPolicy::max_retry_after`].
    pub fn delay(&self, retry: u32, retry_after: Option<Duration>) -> Option<Duration> {
        if retry >= self.max_retries {
            return None;
        }
        if let Some(asked) = retry_after {
            return (asked <= self.max_retry_after).then_some(asked);
        }
        let factor = 2u32.checked_pow(retry).unwrap_or(u32::MAX);
        let backoff = self
            .initial_backoff
            .checked_mul(factor)
            .unwrap_or(Duration::MAX)
            .min(self.max_backoff);
        if !self.jitter {
            return Some(backoff);
        }
        let half = backoff / 2;
        let spread = u64::try_from((backoff - half).as_nanos()).unwrap_or(u64::MAX);
        Some(half + Duration::from_nanos(fastrand::u64(0..=spread)))
    }
}

/// The HTTP statuses after which a safe call is repeated: 429, 502, 503, 504.
pub fn is_retryable_status(status: reqwest::StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 502 | 503 | 504)
}

/// The wait a `Retry-After` header asks for (seconds, or an HTTP date), if it is readable.
pub fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let value = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(
        when.duration_since(std::time::SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// Which redirects a client follows. Credentials never leave the configured host: a redirect
/// to another host (or from `https` down to `http`) is not followed, so neither the
/// `Authorization` header nor query or body credentials are sent there; the call fails with
/// [`Error::Redirect`](crate::Error::Redirect).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Redirects {
    /// Follow up to 10 redirects on the same host (and `http` → `https` on the same host).
    SameHost,
    /// Follow none: the 3xx answer is the call's answer (PayKeeper's login redirect).
    Never,
}

fn same_host(from: &reqwest::Url, to: &reqwest::Url) -> bool {
    let upgrade = from.scheme() == "http" && to.scheme() == "https";
    from.host_str() == to.host_str()
        && (from.scheme() == to.scheme() && from.port_or_known_default() == to.port_or_known_default()
            || upgrade && from.port().is_none() && to.port().is_none())
}

/// The `reqwest::Client` a provider crate builds for its generated client: the credential
/// header (if any) as a sensitive default header, the `User-Agent` ([`Config::user_agent`] or
/// `default_user_agent`), the timeouts of `config`, and the redirect policy.
pub fn http_client(
    config: &Config,
    authorization: Option<reqwest::header::HeaderValue>,
    default_user_agent: &str,
    redirects: Redirects,
) -> reqwest::Result<reqwest::Client> {
    let mut headers = reqwest::header::HeaderMap::new();
    if let Some(mut value) = authorization {
        value.set_sensitive(true);
        headers.insert(reqwest::header::AUTHORIZATION, value);
    }
    let policy = match redirects {
        Redirects::Never => reqwest::redirect::Policy::none(),
        Redirects::SameHost => reqwest::redirect::Policy::custom(|attempt| {
            let allowed = attempt
                .previous()
                .last()
                .is_some_and(|from| same_host(from, attempt.url()));
            if !allowed {
                attempt.stop()
            } else if attempt.previous().len() > 10 {
                attempt.error("more than 10 redirects")
            } else {
                attempt.follow()
            }
        }),
    };
    reqwest::Client::builder()
        .default_headers(headers)
        .user_agent(config.user_agent.as_deref().unwrap_or(default_user_agent))
        .redirect(policy)
        .connect_timeout(config.connect_timeout)
        .timeout(config.timeout)
        .build()
}

/// What a provider crate's generated client carries as its inner value: the provider's own
/// state (credentials, session) and the client's [`Config`].
#[derive(Clone, Debug)]
pub struct Context<P> {
    provider: P,
    config: std::sync::Arc<Config>,
    timeout: Option<Duration>,
    client_times_out: bool,
}

impl<P: Provider> Context<P> {
    /// The inner value for `provider` with `config`.
    pub fn new(provider: P, config: Config) -> Self {
        Context {
            provider,
            config: std::sync::Arc::new(config),
            timeout: None,
            client_times_out: false,
        }
    }

    /// Says that the `reqwest::Client` this context is used with was built by [`http_client`]
    /// from the same [`Config`], so its requests already time out after
    /// [`Config::timeout`]: a call then sets a timeout of its own only under
    /// [`Context::with_timeout`] (setting one costs an allocation per request). Without it,
    /// every request carries the timeout, whatever client sends it.
    pub fn client_times_out(mut self) -> Self {
        self.client_times_out = true;
        self
    }

    /// The provider's state.
    pub fn provider(&self) -> &P {
        &self.provider
    }

    /// The client's configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The timeout of one call: the override of [`Context::with_timeout`], or
    /// [`Config::timeout`].
    pub fn timeout(&self) -> Duration {
        self.timeout.unwrap_or(self.config.timeout)
    }

    /// The timeout a request must carry itself: the override of [`Context::with_timeout`], or
    /// [`Config::timeout`] unless the client already applies it ([`Context::client_times_out`]).
    pub fn request_timeout(&self) -> Option<Duration> {
        self.timeout
            .or((!self.client_times_out).then_some(self.config.timeout))
    }

    /// A copy whose calls time out after `timeout`.
    pub fn with_timeout(&self, timeout: Duration) -> Self {
        Context {
            timeout: Some(timeout),
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Debug)]
    struct Nobody;

    impl Provider for Nobody {
        const NAME: &'static str = "nobody";
        const IDEMPOTENT: &'static [&'static str] = &[];
        async fn authenticate(
            &self,
            _request: &mut reqwest::Request,
            _operation: &'static str,
        ) -> Result<(), crate::AuthError> {
            Ok(())
        }
        fn classify(&self, _status: reqwest::StatusCode, _body: &[u8]) -> Option<crate::Rejection> {
            None
        }
        fn secrets(&self) -> Vec<String> {
            Vec::new()
        }
    }

    #[test]
    fn a_request_carries_a_timeout_only_when_the_client_does_not_apply_it() {
        let config = Config::default().timeout(Duration::from_secs(7));
        // Any reqwest client: every request carries the timeout.
        let any = Context::new(Nobody, config.clone());
        assert_eq!(any.request_timeout(), Some(Duration::from_secs(7)));
        // A client built by `http_client` from the config applies it itself.
        let built = Context::new(Nobody, config).client_times_out();
        assert_eq!(built.request_timeout(), None);
        assert_eq!(built.timeout(), Duration::from_secs(7));
        // An override always goes on the request.
        let patient = built.with_timeout(Duration::from_secs(60));
        assert_eq!(patient.request_timeout(), Some(Duration::from_secs(60)));
        assert_eq!(
            any.with_timeout(Duration::from_secs(1)).request_timeout(),
            Some(Duration::from_secs(1))
        );
    }

    #[test]
    fn backoff_doubles_up_to_the_cap_without_jitter() {
        let p = RetryPolicy::exponential(5)
            .initial_backoff(Duration::from_millis(100))
            .max_backoff(Duration::from_millis(350))
            .without_jitter();
        let delays: Vec<_> = (0..6).map(|n| p.delay(n, None)).collect();
        let ms = |n| Some(Duration::from_millis(n));
        assert_eq!(delays, [ms(100), ms(200), ms(350), ms(350), ms(350), None]);
    }

    #[test]
    fn jitter_stays_between_half_and_all_of_the_backoff() {
        let p = RetryPolicy::exponential(1).initial_backoff(Duration::from_millis(100));
        for _ in 0..200 {
            let d = p.delay(0, None).unwrap();
            assert!(
                d >= Duration::from_millis(50) && d <= Duration::from_millis(100),
                "{d:?}"
            );
        }
    }

    #[test]
    fn retry_after_is_honoured_up_to_the_limit() {
        let p = RetryPolicy::exponential(2).max_retry_after(Duration::from_secs(5));
        assert_eq!(
            p.delay(0, Some(Duration::from_secs(3))),
            Some(Duration::from_secs(3))
        );
        assert_eq!(p.delay(0, Some(Duration::from_secs(6))), None);
        assert_eq!(RetryPolicy::none().delay(0, Some(Duration::ZERO)), None);
        // A huge retry count saturates instead of overflowing.
        let p = RetryPolicy::exponential(u32::MAX).without_jitter();
        assert_eq!(p.delay(200, None), Some(p.max_backoff));
    }

    #[test]
    fn retry_after_reads_seconds_and_http_dates() {
        let mut h = reqwest::header::HeaderMap::new();
        assert_eq!(retry_after(&h), None);
        h.insert("retry-after", " 7 ".parse().unwrap());
        assert_eq!(retry_after(&h), Some(Duration::from_secs(7)));
        h.insert("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT".parse().unwrap());
        assert_eq!(retry_after(&h), Some(Duration::ZERO));
        let later = std::time::SystemTime::now() + Duration::from_secs(120);
        h.insert("retry-after", httpdate::fmt_http_date(later).parse().unwrap());
        let d = retry_after(&h).unwrap();
        assert!(
            d > Duration::from_secs(100) && d <= Duration::from_secs(120),
            "{d:?}"
        );
        h.insert("retry-after", "soon".parse().unwrap());
        assert_eq!(retry_after(&h), None);
    }

    #[test]
    fn only_same_host_redirects_are_allowed() {
        let u = |s: &str| reqwest::Url::parse(s).unwrap();
        assert!(same_host(&u("https://a.ru/x?login=1"), &u("https://a.ru/y")));
        assert!(same_host(&u("http://a.ru/x"), &u("https://a.ru/x")));
        assert!(!same_host(&u("https://a.ru/x"), &u("http://a.ru/x")));
        assert!(!same_host(&u("https://a.ru/x"), &u("https://b.ru/x")));
        assert!(!same_host(&u("http://127.0.0.1:1/x"), &u("http://127.0.0.1:2/x")));
        assert!(!same_host(&u("http://a.ru:8080/x"), &u("https://a.ru/x")));
    }
}
