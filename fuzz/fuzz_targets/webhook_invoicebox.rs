//! Invoicebox notifications: byte 0 is flags (bit 0: sign the body), then the `X-Signature`
//! and a newline unless signed, then the body; see `payspec_hostile::webhook_invoicebox`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    payspec_hostile::webhook_invoicebox(data);
});
