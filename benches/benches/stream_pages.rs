//! (c) Streaming OneBox payments through `payment_get().stream()`: throughput, and the peak
//! live heap while streaming 10,000 vs 100,000 payments (it must not grow with the total).
//!
//! `cargo bench -p payspec-benches --bench stream_pages`
//!
//! The server answers `part=N` with 1000 payments for N up to the number of full parts and
//! with `[]` after that; the number of full parts rides in `accountid` (a filter the stream
//! keeps on every page), so one server serves every total. Each part's rows have their own
//! ids (the stream rightly refuses a page served twice). The bodies are assembled from one
//! pre-rendered page plus a per-part id prefix into the connection's reused output buffer,
//! so the server's share of the heap stays the same whatever the total.

use std::borrow::Cow;
use std::sync::Arc;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use payspec_benches::{CountingAlloc, Reply, leak, onebox_payments, query_param, runtime, serve};

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

const PART: usize = 1000;

/// The server: the rows of part N are the template rows with ids prefixed by N.
fn start(rt: &tokio::runtime::Runtime) -> String {
    // `[` + rows whose ids read `"id":"<part>-<row>"`: the template is split at every id value.
    let rows = onebox_payments(0, PART);
    let mut pieces: Vec<&'static [u8]> = Vec::new();
    let mut text = serde_json::to_string(&rows).unwrap();
    // Mark each id, then cut the text at the marks; part N's body is the pieces with "N-" between.
    for i in 0..PART {
        text = text.replacen(&format!("\"id\":\"{i}\""), &format!("\"id\":\"\u{1}{i}\""), 1);
    }
    for piece in text.split('\u{1}') {
        pieces.push(leak(piece.as_bytes().to_vec()));
    }
    assert_eq!(pieces.len(), PART + 1);
    rt.block_on(serve(Arc::new(move |target: &str| {
        let part: usize = query_param(target, "part")
            .and_then(|p| p.parse().ok())
            .unwrap_or(1);
        let full: usize = query_param(target, "accountid")
            .and_then(|p| p.parse().ok())
            .unwrap_or(0);
        if part > full {
            return Reply::fixed(b"[]");
        }
        let prefix: Cow<'static, [u8]> = Cow::Owned(format!("{part}-").into_bytes());
        let mut body = Vec::with_capacity(2 * pieces.len());
        body.push(Cow::Borrowed(pieces[0]));
        for piece in &pieces[1..] {
            body.push(prefix.clone());
            body.push(Cow::Borrowed(*piece));
        }
        Reply { body }
    })))
}

fn client(base: &str) -> payspec_onebox::Client {
    let credentials = payspec_onebox::Credentials::from_password("api-user", "password").unwrap();
    payspec_onebox::Client::with_credentials(base, credentials).unwrap()
}

/// Streams `parts` full parts (plus the empty one that ends the stream); returns the count.
async fn stream_all(client: &payspec_onebox::Client, parts: usize) -> usize {
    let mut payments = client.payment_get().accountid(parts as i64).stream();
    let mut n = 0;
    while let Some(payment) = payments.next_item().await {
        let payment = payment.unwrap();
        std::hint::black_box(&payment);
        n += 1;
    }
    n
}

/// Peak live heap (whole process: client, server, runtime) while streaming `parts` parts.
fn peak_while_streaming(
    rt: &tokio::runtime::Runtime,
    client: &payspec_onebox::Client,
    parts: usize,
) -> (usize, usize) {
    let before = CountingAlloc::live();
    CountingAlloc::reset_peak();
    let n = rt.block_on(stream_all(client, parts));
    assert_eq!(n, parts * PART);
    (before, CountingAlloc::peak())
}

fn memory(c: &mut Criterion) {
    let _ = c;
    let rt = runtime();
    let base = start(&rt);
    let client = client(&base);
    // Warm up: the connection, the runtime's and reqwest's buffers.
    rt.block_on(stream_all(&client, 2));
    let (base10, peak10) = peak_while_streaming(&rt, &client, 10);
    let (base100, peak100) = peak_while_streaming(&rt, &client, 100);
    let mib = |b: usize| b as f64 / (1024.0 * 1024.0);
    println!(
        "stream/memory: 10,000 payments: peak live heap {:.2} MiB (live before {:.2} MiB, +{:.2} MiB)",
        mib(peak10),
        mib(base10),
        mib(peak10 - base10)
    );
    println!(
        "stream/memory: 100,000 payments: peak live heap {:.2} MiB (live before {:.2} MiB, +{:.2} MiB)",
        mib(peak100),
        mib(base100),
        mib(peak100 - base100)
    );
    println!(
        "stream/memory: peak ratio 100k / 10k = {:.3}",
        peak100 as f64 / peak10 as f64
    );
    assert!(
        peak100 as f64 <= 1.5 * peak10 as f64,
        "peak live heap grows with the total: {peak10} B for 10k, {peak100} B for 100k"
    );
}

fn throughput(c: &mut Criterion) {
    let rt = runtime();
    let base = start(&rt);
    let client = client(&base);
    rt.block_on(stream_all(&client, 2));
    let mut group = c.benchmark_group("stream/onebox_payment_get");
    for parts in [10usize, 100] {
        group.throughput(Throughput::Elements((parts * PART) as u64));
        group.bench_with_input(BenchmarkId::from_parameter(parts * PART), &parts, |b, &parts| {
            b.iter(|| rt.block_on(stream_all(&client, parts)))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8));
    targets = memory, throughput
}
criterion_main!(benches);
