//! Makes N calls of one side of the per-call comparison, or N decodes of a 1000-row page,
//! for counting instructions with valgrind (deterministic, unlike the timings on a shared
//! machine; see BENCHMARKS.md):
//!
//! ```sh
//! cargo build --release -p payspec-benches --example call_instructions
//! valgrind --tool=callgrind target/release/examples/call_instructions sber payspec 1000
//! valgrind --tool=callgrind target/release/examples/call_instructions decode-sber hand 20
//! ```
//!
//! Per call = (count for N − count for 0) / N. Arguments: `sber`, `onebox`, `decode-sber` or
//! `decode-onebox`; `payspec` or `hand`; N.

use std::hint::black_box;

use payspec_benches::calls::{Onebox, Sber};
use payspec_benches::{hand, onebox_page_json, runtime, sber_invoice_page_json};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [provider, side, n] = args.as_slice() else {
        eprintln!("usage: call_instructions sber|onebox payspec|hand N");
        std::process::exit(2);
    };
    let n: usize = n.parse().expect("N is a number");
    let payspec = match side.as_str() {
        "payspec" => true,
        "hand" => false,
        other => panic!("side {other:?}: payspec or hand"),
    };
    let rt = runtime();
    match provider.as_str() {
        "sber" => {
            let sides = Sber::start(&rt);
            calls(
                &rt,
                n,
                payspec,
                || sides.payspec(),
                || async { sides.hand().await.unwrap() },
            );
        }
        "onebox" => {
            let sides = Onebox::start(&rt);
            calls(
                &rt,
                n,
                payspec,
                || sides.payspec(),
                || async { sides.hand().await.unwrap() },
            );
        }
        "decode-onebox" => {
            let body = onebox_page_json(1, 1000);
            for _ in 0..n {
                if payspec {
                    let page: payspec::LenientList<payspec_onebox::types::Payment> =
                        serde_json::from_slice(black_box(&body)).unwrap();
                    black_box(page);
                } else {
                    let page: Vec<hand::OneboxPayment> = serde_json::from_slice(black_box(&body)).unwrap();
                    black_box(page);
                }
            }
        }
        "decode-sber" => {
            let body = sber_invoice_page_json(1000);
            for _ in 0..n {
                if payspec {
                    let page: payspec_sber::types::InvoiceListPage =
                        serde_json::from_slice(black_box(&body)).unwrap();
                    black_box(page);
                } else {
                    let page: hand::SberInvoiceListPage = serde_json::from_slice(black_box(&body)).unwrap();
                    black_box(page);
                }
            }
        }
        other => panic!("{other:?}: sber, onebox, decode-sber or decode-onebox"),
    }
}

/// One call of each side first, as the bench does (the same setup for N = 0), then N calls of
/// the chosen side.
fn calls<A: Future, B: Future>(
    rt: &tokio::runtime::Runtime,
    n: usize,
    payspec: bool,
    ours: impl Fn() -> A,
    theirs: impl Fn() -> B,
) {
    rt.block_on(ours());
    rt.block_on(theirs());
    for _ in 0..n {
        if payspec {
            rt.block_on(ours());
        } else {
            rt.block_on(theirs());
        }
    }
}
