//! Helpers of the notification receivers' tests (`crates/{paykeeper,crystalpay,invoicebox}/
//! tests/receive.rs`), written once: a [`Server`] serving any [`axum::Router`] on loopback, an
//! [`Endless`] request body that counts what was pulled from it, a TRACE log capture
//! ([`capture_logs`]), and the reader of a server's [`Answer`] with a [`post`] helper.
//!
//! Only what no provider shapes lives here: the handlers, the routers' state, and the signing
//! stay in each test file. The crate is a path dev-dependency of the provider crates and is
//! never published (`cargo package` drops version-less path dev-dependencies).
#![deny(missing_docs)]
#![forbid(unsafe_code)]

use std::convert::Infallible;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::task::{Context, Poll};

use tracing_subscriber::filter::LevelFilter;

// ------------------------------------------------------------------ the loopback server

/// A router served by `axum::serve` on 127.0.0.1 (a port the system picked), on the current
/// tokio runtime. Dropping it stops accepting connections.
#[derive(Debug)]
pub struct Server {
    addr: SocketAddr,
    task: tokio::task::JoinHandle<()>,
}

/// Serves `router` on 127.0.0.1:0 until the returned [`Server`] is dropped.
pub async fn serve(router: axum::Router) -> Server {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let task = tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    Server { addr, task }
}

impl Server {
    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The URL of `path` (which starts with `/`) on this server: `http://127.0.0.1:<port><path>`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

// ------------------------------------------------------------------ the endless body

/// A request body that never ends: chunks of `chunk` spaces, as many as the server pulls (or,
/// for a chunk size of 0, a stream that never yields and is never woken: the body never
/// comes). [`Endless::pulled`] counts the chunks sent. Send it with `reqwest`'s
/// `RequestBuilder::body` (it converts into a chunked [`reqwest::Body`]).
#[derive(Debug)]
pub struct Endless {
    chunk: usize,
    left: Option<usize>,
    pulled: Pulled,
}

impl Endless {
    /// A body of `chunk`-byte chunks without end.
    pub fn new(chunk: usize) -> Endless {
        Endless {
            chunk,
            left: None,
            pulled: Pulled {
                chunks: Arc::default(),
                chunk,
            },
        }
    }

    /// Ends the body after `bytes` (whole chunks only), so that a server that reads it all
    /// answers at last and the test fails instead of hanging.
    pub fn ending_after(mut self, bytes: usize) -> Endless {
        self.left = Some(bytes.checked_div(self.chunk).unwrap_or(0));
        self
    }

    /// The counter of the chunks pulled so far (it outlives the body).
    pub fn pulled(&self) -> Pulled {
        self.pulled.clone()
    }
}

impl futures_core::Stream for Endless {
    type Item = Result<Vec<u8>, Infallible>;

    fn poll_next(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.chunk == 0 {
            // Never woken: the body never comes.
            return Poll::Pending;
        }
        match &mut self.left {
            Some(0) => return Poll::Ready(None),
            Some(left) => *left -= 1,
            None => {}
        }
        self.pulled.chunks.fetch_add(1, Ordering::SeqCst);
        Poll::Ready(Some(Ok(vec![b' '; self.chunk])))
    }
}

impl From<Endless> for reqwest::Body {
    fn from(body: Endless) -> reqwest::Body {
        reqwest::Body::wrap_stream(body)
    }
}

/// How much of an [`Endless`] body was pulled.
#[derive(Clone, Debug)]
pub struct Pulled {
    chunks: Arc<AtomicUsize>,
    chunk: usize,
}

impl Pulled {
    /// The chunks pulled so far.
    pub fn chunks(&self) -> usize {
        self.chunks.load(Ordering::SeqCst)
    }

    /// The bytes pulled so far.
    pub fn bytes(&self) -> usize {
        self.chunks() * self.chunk
    }
}

// ------------------------------------------------------------------ the log capture

/// Every log line of the test binary at TRACE, in one buffer (a global subscriber: the servers
/// run on other threads, and every test of the binary writes to it).
#[derive(Clone, Debug, Default)]
pub struct Logs(Arc<Mutex<Vec<u8>>>);

impl Logs {
    /// What was logged so far, without colours.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

impl std::io::Write for Logs {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The log capture of this test binary: a global TRACE `fmt` subscriber writing to [`Logs`],
/// installed by the first call (later calls return the same buffer).
///
/// # Panics
///
/// On the first call, if another global subscriber was installed before.
pub fn capture_logs() -> Logs {
    static LOGS: OnceLock<Logs> = OnceLock::new();
    LOGS.get_or_init(|| {
        let logs = Logs::default();
        let writer = logs.clone();
        tracing_subscriber::fmt()
            .with_max_level(LevelFilter::TRACE)
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .init();
        logs
    })
    .clone()
}

// ------------------------------------------------------------------ answers

/// What a server answered: status, content type (empty when none), body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// The status code.
    pub status: u16,
    /// The `Content-Type` header, empty when there is none.
    pub content_type: String,
    /// The body as text.
    pub body: String,
}

impl Answer {
    /// An answer of `status` with a `text/plain; charset=utf-8` body.
    pub fn text(status: u16, body: &str) -> Answer {
        Answer {
            status,
            content_type: "text/plain; charset=utf-8".into(),
            body: body.into(),
        }
    }

    /// An answer of `status` with an `application/json` body.
    pub fn json(status: u16, body: &str) -> Answer {
        Answer {
            status,
            content_type: "application/json".into(),
            body: body.into(),
        }
    }
}

/// Reads `response` whole into an [`Answer`].
pub async fn answer(response: reqwest::Response) -> Answer {
    Answer {
        status: response.status().as_u16(),
        content_type: response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default(),
        body: response.text().await.unwrap(),
    }
}

/// POSTs `body` to `url` with `content_type` (no `Content-Type` header when `None`) and the
/// extra `headers`, and reads the answer.
pub async fn post(
    url: &str,
    content_type: Option<&str>,
    headers: &[(&str, &str)],
    body: impl Into<reqwest::Body>,
) -> Answer {
    let mut request = reqwest::Client::new().post(url).body(body);
    if let Some(content_type) = content_type {
        request = request.header(reqwest::header::CONTENT_TYPE, content_type);
    }
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    answer(request.send().await.unwrap()).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_core::Stream;

    fn next(body: &mut Endless) -> Poll<Option<Result<Vec<u8>, Infallible>>> {
        Pin::new(body).poll_next(&mut Context::from_waker(std::task::Waker::noop()))
    }

    #[test]
    fn an_endless_body_counts_its_chunks_and_ends_only_when_told() {
        let mut body = Endless::new(4);
        let pulled = body.pulled();
        for _ in 0..100 {
            assert_eq!(next(&mut body), Poll::Ready(Some(Ok(b"    ".to_vec()))));
        }
        assert_eq!((pulled.chunks(), pulled.bytes()), (100, 400));

        let mut body = Endless::new(4).ending_after(10);
        let pulled = body.pulled();
        assert_eq!(next(&mut body), Poll::Ready(Some(Ok(b"    ".to_vec()))));
        assert_eq!(next(&mut body), Poll::Ready(Some(Ok(b"    ".to_vec()))));
        assert_eq!(next(&mut body), Poll::Ready(None));
        assert_eq!((pulled.chunks(), pulled.bytes()), (2, 8));
    }

    #[test]
    fn an_endless_body_of_empty_chunks_never_comes() {
        let mut body = Endless::new(0);
        let pulled = body.pulled();
        assert_eq!(next(&mut body), Poll::Pending);
        assert_eq!(next(&mut body), Poll::Pending);
        assert_eq!(pulled.chunks(), 0);
    }

    #[tokio::test]
    async fn a_router_is_served_on_loopback_and_post_sends_the_content_type_and_headers() {
        async fn echo(headers: axum::http::HeaderMap, body: String) -> String {
            let header = |name: &str| headers.get(name).map(|v| v.to_str().unwrap().to_owned());
            format!("{:?} {:?} {body}", header("content-type"), header("x-extra"))
        }
        let router = axum::Router::new().route("/a/echo", axum::routing::post(echo));
        let server = serve(router).await;
        assert!(server.addr().ip().is_loopback());
        let url = server.url("/a/echo");
        assert_eq!(url, format!("http://127.0.0.1:{}/a/echo", server.addr().port()));

        let got = post(&url, Some("application/json"), &[("x-extra", "1")], "{}").await;
        assert_eq!(got, Answer::text(200, r#"Some("application/json") Some("1") {}"#));
        assert_eq!(
            post(&url, None, &[], "body").await,
            Answer::text(200, "None None body")
        );
        let missing = post(&server.url("/nowhere"), None, &[], "").await;
        assert_eq!(
            missing,
            Answer {
                status: 404,
                content_type: String::new(),
                body: String::new()
            }
        );
        assert_ne!(Answer::json(200, "{}"), Answer::text(200, "{}"));
    }
}
