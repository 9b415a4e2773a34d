//! (a) Per-call overhead: a payspec call vs a hand-written reqwest call of the same request,
//! decoded into a hand-written serde type, both against the same loopback keep-alive server.
//!
//! `cargo bench -p payspec-benches --bench call_overhead`

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use payspec_benches::calls::{Onebox, Sber};
use payspec_benches::runtime;

fn sber_invoice_get(c: &mut Criterion) {
    let rt = runtime();
    let sides = Sber::start(&rt);
    // Both sides work before anything is timed (and open their keep-alive connection).
    let ours = rt.block_on(sides.payspec());
    let theirs = rt.block_on(sides.hand()).unwrap();
    assert_eq!(ours.invoice_id.as_deref(), theirs.invoice_id.as_deref());

    let mut group = c.benchmark_group("call/sber_invoice_get");
    group.bench_function("payspec", |b| b.iter(|| rt.block_on(sides.payspec())));
    group.bench_function("hand_reqwest", |b| b.iter(|| rt.block_on(sides.hand()).unwrap()));
    group.finish();
}

fn onebox_payment_get(c: &mut Criterion) {
    let rt = runtime();
    let sides = Onebox::start(&rt);
    let ours = rt.block_on(sides.payspec());
    let theirs = rt.block_on(sides.hand()).unwrap();
    assert_eq!(ours.0.len(), theirs.len());

    let mut group = c.benchmark_group("call/onebox_payment_get");
    group.bench_function("payspec", |b| b.iter(|| rt.block_on(sides.payspec())));
    group.bench_function("hand_reqwest", |b| b.iter(|| rt.block_on(sides.hand()).unwrap()));
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(50)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    targets = sber_invoice_get, onebox_payment_get
}
criterion_main!(benches);
