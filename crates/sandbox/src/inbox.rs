//! A loopback receiver for notifications.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use tokio::sync::{Mutex, mpsc};

/// One request the inbox received.
#[derive(Clone, Debug)]
pub struct Received {
    /// The method (notifications are POSTs).
    pub method: Method,
    /// The path and query it was sent to.
    pub uri: Uri,
    /// Its headers.
    pub headers: HeaderMap,
    /// Its body, exactly as received.
    pub body: Bytes,
}

impl Received {
    /// A header's value as text (`None` if absent or not ASCII).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// What the inbox answers a request with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reply {
    /// The HTTP status.
    pub status: u16,
    /// The body (sent as `text/plain`, or `application/json` when it starts with `{`).
    pub body: String,
}

impl Reply {
    /// `200` with `body`.
    pub fn ok(body: impl Into<String>) -> Reply {
        Reply {
            status: 200,
            body: body.into(),
        }
    }
}

type Answer = Arc<dyn Fn(&Received) -> Reply + Send + Sync>;

/// A small HTTP server on `127.0.0.1` that keeps every request it receives, for examples and
/// tests that want to see the notifications a (sandboxed) provider sends.
///
/// ```no_run
/// # async fn demo() -> std::io::Result<()> {
/// use payspec_sandbox::{Inbox, Reply};
/// let inbox = Inbox::start(|_| Reply::ok("OK")).await?;
/// println!("notifications to {}", inbox.url());
/// if let Some(received) = inbox.next(std::time::Duration::from_secs(5)).await {
///     println!("{} bytes", received.body.len());
/// }
/// # Ok(()) }
/// ```
pub struct Inbox {
    addr: SocketAddr,
    received: Mutex<mpsc::UnboundedReceiver<Received>>,
    server: tokio::task::JoinHandle<()>,
}

impl std::fmt::Debug for Inbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Inbox")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl Drop for Inbox {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl Inbox {
    /// Starts the inbox on a free loopback port; `answer` gives the reply to each request
    /// (some providers check it: PayKeeper wants `OK <hash>`).
    pub async fn start(
        answer: impl Fn(&Received) -> Reply + Send + Sync + 'static,
    ) -> std::io::Result<Inbox> {
        let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0))).await?;
        let addr = listener.local_addr()?;
        let (sender, receiver) = mpsc::unbounded_channel();
        let answer: Answer = Arc::new(answer);
        let app = Router::new().fallback(receive).with_state((sender, answer));
        let server = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(Inbox {
            addr,
            received: Mutex::new(receiver),
            server,
        })
    }

    /// `http://127.0.0.1:PORT/notifications`: the URL to give the provider.
    pub fn url(&self) -> String {
        format!("http://{}/notifications", self.addr)
    }

    /// The next request received, waiting up to `timeout` for one.
    pub async fn next(&self, timeout: Duration) -> Option<Received> {
        let mut received = self.received.lock().await;
        tokio::time::timeout(timeout, received.recv())
            .await
            .ok()
            .flatten()
    }
}

async fn receive(
    State((sender, answer)): State<(mpsc::UnboundedSender<Received>, Answer)>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> (StatusCode, [(&'static str, &'static str); 1], String) {
    let received = Received {
        method,
        uri,
        headers,
        body,
    };
    let reply = answer(&received);
    // The receiving half lives as long as the inbox, which owns this server.
    let _ = sender.send(received);
    let content_type = if reply.body.starts_with('{') {
        "application/json"
    } else {
        "text/plain; charset=utf-8"
    };
    (
        StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        [("content-type", content_type)],
        reply.body,
    )
}
