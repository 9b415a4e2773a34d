//! (b) Decoding a 1000-row page: the generated (lenient, exact-decimal) types vs hand-written
//! serde structs with the same fields, on the same bytes. No I/O.
//!
//! `cargo bench -p payspec-benches --bench decode_page`

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use payspec_benches::{hand, onebox_page_json, sber_invoice_page_json};

const ROWS: usize = 1000;

fn onebox_payments_page(c: &mut Criterion) {
    let body = onebox_page_json(1, ROWS);
    // The same bytes decode both ways, to the same number of rows.
    let ours: payspec::LenientList<payspec_onebox::types::Payment> = serde_json::from_slice(&body).unwrap();
    let theirs: Vec<hand::OneboxPayment> = serde_json::from_slice(&body).unwrap();
    assert_eq!((ours.0.len(), theirs.len()), (ROWS, ROWS));
    assert!(
        payspec_onebox::decode_response("payment_get", &body)
            .unwrap()
            .is_ok()
    );

    let mut group = c.benchmark_group("decode/onebox_payments_1000");
    group.throughput(Throughput::Bytes(body.len() as u64));
    group.bench_function("payspec", |b| {
        b.iter(|| {
            serde_json::from_slice::<payspec::LenientList<payspec_onebox::types::Payment>>(black_box(&body))
                .unwrap()
        })
    });
    group.bench_function("hand_serde", |b| {
        b.iter(|| serde_json::from_slice::<Vec<hand::OneboxPayment>>(black_box(&body)).unwrap())
    });
    group.finish();
}

fn sber_invoices_page(c: &mut Criterion) {
    let body = sber_invoice_page_json(ROWS);
    let ours: payspec_sber::types::InvoiceListPage = serde_json::from_slice(&body).unwrap();
    let theirs: hand::SberInvoiceListPage = serde_json::from_slice(&body).unwrap();
    assert_eq!((ours.invoices.len(), theirs.invoices.len()), (ROWS, ROWS));

    let mut group = c.benchmark_group("decode/sber_invoices_1000");
    group.throughput(Throughput::Bytes(body.len() as u64));
    group.bench_function("payspec", |b| {
        b.iter(|| serde_json::from_slice::<payspec_sber::types::InvoiceListPage>(black_box(&body)).unwrap())
    });
    group.bench_function("hand_serde", |b| {
        b.iter(|| serde_json::from_slice::<hand::SberInvoiceListPage>(black_box(&body)).unwrap())
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(50)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    targets = onebox_payments_page, sber_invoices_page
}
criterion_main!(benches);
