//! Shared pieces of the criterion benchmarks in `benches/benches/` (see `BENCHMARKS.md`):
//! a minimal keep-alive HTTP/1.1 server on loopback, the answers it serves (rows made from the
//! specs' own examples), the hand-written serde types the generated ones are compared with, and
//! a counting allocator for the streaming bench's peak-memory check.

use std::alloc::{GlobalAlloc, Layout, System};
use std::borrow::Cow;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::Deserialize;
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

pub mod hand;

/// A single-threaded tokio runtime with I/O and timers: the client and the server both run on
/// it, so one `block_on` drives a whole call and nothing else competes for a core.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime")
}

/// What the server sends back: the body, in pieces (concatenated into one write with the head).
pub struct Reply {
    /// The body's pieces.
    pub body: Vec<Cow<'static, [u8]>>,
}

impl Reply {
    /// A body served as is.
    pub fn fixed(body: &'static [u8]) -> Self {
        Reply {
            body: vec![Cow::Borrowed(body)],
        }
    }
}

/// Answers a request target (`/path?query`).
pub type Handler = Arc<dyn Fn(&str) -> Reply + Send + Sync>;

/// Starts the loopback server on the current runtime and returns its base URL
/// (`http://127.0.0.1:PORT`). Every connection is kept alive; each request gets
/// `200 OK`, `Content-Type: application/json` and the handler's body.
pub async fn serve(handler: Handler) -> String {
    let listener = TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .expect("bind 127.0.0.1");
    let addr = listener.local_addr().expect("local addr");
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let handler = handler.clone();
            tokio::spawn(connection(stream, handler));
        }
    });
    format!("http://{addr}")
}

/// One keep-alive connection: read a request head, answer, repeat until the peer closes.
async fn connection(mut stream: tokio::net::TcpStream, handler: Handler) {
    let _ = stream.set_nodelay(true);
    let mut buf: Vec<u8> = Vec::with_capacity(4096);
    let mut out: Vec<u8> = Vec::with_capacity(4096);
    loop {
        // Read until the end of the head (requests here never have a body).
        let end = loop {
            if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break i + 4;
            }
            let mut chunk = [0u8; 4096];
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        };
        let target = {
            let line_end = buf.iter().position(|&b| b == b'\r').unwrap_or(end);
            let line = std::str::from_utf8(&buf[..line_end]).unwrap_or("");
            line.split(' ').nth(1).unwrap_or("/").to_owned()
        };
        buf.drain(..end);
        let reply = handler(&target);
        let len: usize = reply.body.iter().map(|p| p.len()).sum();
        // One write per answer (head and body together), from a buffer the connection reuses.
        out.clear();
        out.extend_from_slice(
            format!("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len}\r\n\r\n")
                .as_bytes(),
        );
        for piece in &reply.body {
            out.extend_from_slice(piece);
        }
        if stream.write_all(&out).await.is_err() {
            return;
        }
    }
}

/// The value of query parameter `name` in a request target.
pub fn query_param<'t>(target: &'t str, name: &str) -> Option<&'t str> {
    let query = target.split_once('?')?.1;
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// Leaks `bytes` for the lifetime of the bench process (the server's fixed answers).
pub fn leak(bytes: Vec<u8>) -> &'static [u8] {
    Box::leak(bytes.into_boxed_slice())
}

fn spec(name: &str) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../specs")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let yaml: serde_norway::Value = serde_norway::from_str(&text).expect("spec YAML");
    serde_json::to_value(yaml).expect("spec as JSON")
}

fn example(spec: &Value, path: &str, method: &str) -> Value {
    spec["paths"][path][method]["responses"]["200"]["content"]["application/json"]["example"].clone()
}

/// The one payment of the `payment_get` example in `specs/onebox.yaml`.
pub fn onebox_payment_example() -> Value {
    example(&spec("onebox.yaml"), "/api/payment/get/", "get")[0].clone()
}

/// `count` OneBox payments made from the spec example, with ids, codes and amounts varied.
/// `first_id` is the id of the first row.
pub fn onebox_payments(first_id: u64, count: usize) -> Vec<Value> {
    let item = onebox_payment_example();
    (0..count as u64)
        .map(|i| {
            let mut row = item.clone();
            let n = first_id + i;
            row["id"] = Value::from(n.to_string());
            row["code1c"] = Value::from(format!("PAY-{n}"));
            let amount = format!("{}.{:02}", 100 + n % 9000, n % 100);
            row["amount"] = Value::from(amount.clone());
            row["amountbase"] = Value::from(amount);
            row["clientid"] = Value::from((n % 500).to_string());
            row
        })
        .collect()
}

/// A OneBox `payment_get` answer of `count` payments (a JSON array).
pub fn onebox_page_json(first_id: u64, count: usize) -> Vec<u8> {
    serde_json::to_vec(&onebox_payments(first_id, count)).expect("json")
}

/// The `invoice_list` example page of `specs/sber.yaml`.
fn sber_list_example() -> Value {
    example(&spec("sber.yaml"), "/invoices", "get")
}

/// A Sber `invoice_list` page of `count` invoices made from the spec example's one invoice,
/// with ids, order numbers and amounts varied; the paging fields describe the page.
pub fn sber_invoice_page_json(count: usize) -> Vec<u8> {
    let mut page = sber_list_example();
    let item = page["invoices"][0].clone();
    let invoices: Vec<Value> = (0..count as u64)
        .map(|i| {
            let mut row = item.clone();
            row["invoice_id"] = Value::from(1_000_000_000 + i);
            row["order_number"] = Value::from(1_000_000 + i);
            let amount = Value::from(10_000 + (i * 37) % 90_000);
            for key in ["amount_create", "amount_confirm", "amount_current"] {
                row[key]["amount"] = amount.clone();
            }
            row
        })
        .collect();
    page["invoices"] = Value::from(invoices);
    page["empty"] = Value::from(count == 0);
    page["last"] = Value::from(false);
    page["size"] = Value::from(count);
    page["numberOfElements"] = Value::from(count);
    page["totalElements"] = Value::from(count * 10);
    page["totalPages"] = Value::from(10);
    page["pageable"]["pageSize"] = Value::from(count);
    serde_json::to_vec(&page).expect("json")
}

/// The `invoice_get` example answer of `specs/sber.yaml`.
pub fn sber_invoice_get_json() -> Vec<u8> {
    serde_json::to_vec(&example(&spec("sber.yaml"), "/invoices/{invoice_id}", "get")).expect("json")
}

/// A check that the hand-written types really read the fixtures (not just skip them).
pub fn assert_decodes<T: for<'de> Deserialize<'de>>(body: &[u8]) {
    serde_json::from_slice::<T>(body).expect("hand-written type decodes the fixture");
}

/// A [`GlobalAlloc`] over the system allocator that counts live heap bytes and their peak.
/// The streaming bench installs it as its `#[global_allocator]`.
pub struct CountingAlloc;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

impl CountingAlloc {
    /// Live heap bytes now.
    pub fn live() -> usize {
        LIVE.load(Ordering::Relaxed)
    }
    /// The highest live heap bytes since the last [`CountingAlloc::reset_peak`].
    pub fn peak() -> usize {
        PEAK.load(Ordering::Relaxed)
    }
    /// Starts a new peak measurement from the live bytes now.
    pub fn reset_peak() {
        PEAK.store(LIVE.load(Ordering::Relaxed), Ordering::Relaxed);
    }
}

fn grew(by: usize) {
    let now = LIVE.fetch_add(by, Ordering::Relaxed) + by;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

// SAFETY: every call is forwarded unchanged to `System`; the counters only observe sizes.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's layout.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's layout.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded with the caller's pointer and layout.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded with the caller's arguments.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

/// The two sides of the per-call overhead comparison (bench `call_overhead` and the example
/// `call_instructions`): a payspec client and a hand-written reqwest call of the same request,
/// against one loopback server on `rt`.
pub mod calls {
    use std::sync::Arc;
    use std::time::Duration;

    use reqwest::header::{ACCEPT, AUTHORIZATION};

    use super::{Reply, hand, leak, onebox_page_json, sber_invoice_get_json, serve};

    const TOKEN: &str = "bench-partner-token";
    type HandResult<T> = Result<T, Box<dyn std::error::Error>>;

    /// A hand-written client with the same timeouts and User-Agent as payspec's defaults. The
    /// hand-written calls send the same request as payspec's, header for header (progenitor's
    /// `api-version` included); `benches/tests/same_request.rs` checks it.
    pub fn hand_client(user_agent: &str) -> reqwest::Client {
        reqwest::Client::builder()
            .user_agent(user_agent)
            .connect_timeout(Duration::from_secs(15))
            .timeout(Duration::from_secs(30))
            .build()
            .expect("reqwest client")
    }

    /// Sber `invoice_get` (Bearer token; the spec's example answer, 1.6 KB).
    pub struct Sber {
        /// The payspec client.
        pub client: payspec_sber::Client,
        hand: reqwest::Client,
        base: String,
        bearer: String,
    }

    impl Sber {
        /// Starts the server on `rt` and builds both clients.
        pub fn start(rt: &tokio::runtime::Runtime) -> Self {
            let body = leak(sber_invoice_get_json());
            super::assert_decodes::<hand::SberGetInvoiceResponse>(body);
            let base = rt.block_on(serve(Arc::new(move |_| Reply::fixed(body))));
            Self::new(&base)
        }

        /// Both clients for a server at `server` (`http://host:port`).
        pub fn new(server: &str) -> Self {
            let base = format!("{server}/smartpay/v1");
            let token = payspec_sber::BearerToken::new(TOKEN).expect("token");
            Sber {
                client: payspec_sber::Client::with_token(&base, token).expect("client"),
                hand: hand_client(payspec_sber::DEFAULT_USER_AGENT),
                base,
                bearer: format!("Bearer {TOKEN}"),
            }
        }

        /// The payspec call.
        pub async fn payspec(&self) -> payspec_sber::types::GetInvoiceResponse {
            self.client
                .invoice_get()
                .invoice_id("7")
                .await
                .expect("payspec call")
        }

        /// The same request by hand.
        pub async fn hand(&self) -> HandResult<hand::SberGetInvoiceResponse> {
            let response = self
                .hand
                .get(format!("{}/invoices/{}", self.base, "7"))
                .header(AUTHORIZATION, &self.bearer)
                .header(ACCEPT, "application/json")
                .header(
                    "api-version",
                    <payspec_sber::Client as payspec::progenitor_client::ClientInfo<_>>::api_version(),
                )
                .send()
                .await?
                .error_for_status()?;
            let bytes = response.bytes().await?;
            Ok(serde_json::from_slice(&bytes)?)
        }
    }

    /// OneBox `payment_get` of one payment (login and md5 password in the query; 0.55 KB).
    pub struct Onebox {
        /// The payspec client.
        pub client: payspec_onebox::Client,
        hand: reqwest::Client,
        base: String,
        md5: String,
    }

    impl Onebox {
        /// Starts the server on `rt` and builds both clients.
        pub fn start(rt: &tokio::runtime::Runtime) -> Self {
            let body = leak(onebox_page_json(7927, 1));
            super::assert_decodes::<Vec<hand::OneboxPayment>>(body);
            let base = rt.block_on(serve(Arc::new(move |_| Reply::fixed(body))));
            Self::new(&base)
        }

        /// Both clients for a server at `server` (`http://host:port`).
        pub fn new(server: &str) -> Self {
            let base = server.to_owned();
            let credentials =
                payspec_onebox::Credentials::from_password("api-user", "password").expect("credentials");
            let md5 = credentials.password_md5_hex().to_owned();
            Onebox {
                client: payspec_onebox::Client::with_credentials(&base, credentials).expect("client"),
                hand: hand_client(payspec_onebox::DEFAULT_USER_AGENT),
                base,
                md5,
            }
        }

        /// The payspec call.
        pub async fn payspec(&self) -> payspec::LenientList<payspec_onebox::types::Payment> {
            self.client.payment_get().part(1).await.expect("payspec call")
        }

        /// The same request by hand.
        pub async fn hand(&self) -> HandResult<Vec<hand::OneboxPayment>> {
            let response = self
                .hand
                .get(format!("{}/api/payment/get/", self.base))
                .query(&[("part", "1")])
                .query(&[("login", "api-user"), ("password", self.md5.as_str())])
                .header(ACCEPT, "application/json")
                .header(
                    "api-version",
                    <payspec_onebox::Client as payspec::progenitor_client::ClientInfo<_>>::api_version(),
                )
                .send()
                .await?
                .error_for_status()?;
            let bytes = response.bytes().await?;
            Ok(serde_json::from_slice(&bytes)?)
        }
    }
}
