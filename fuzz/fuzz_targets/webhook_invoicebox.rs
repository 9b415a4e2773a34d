//! Invoicebox notification requests through `Receiver::receive`: byte 0 is flags (sign the
//! body, method, content type, store id, body limit), byte 1 the receiver's signature setting,
//! then the `X-Signature` and a newline unless signed, then the body; see
//! `payspec_hostile::webhook_invoicebox`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    payspec_hostile::webhook_invoicebox(data);
});
