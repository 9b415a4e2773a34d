//! Every answer of the sber API: byte 0 picks the operation, byte 1 the status, the rest is the
//! body; see `payspec_hostile::response`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    payspec_hostile::response_input(payspec_hostile::Provider::Sber, data);
});
