//! PayKeeper notifications: byte 0 is flags (bit 0: sign the form), the rest is the form body;
//! see `payspec_hostile::webhook_paykeeper`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    payspec_hostile::webhook_paykeeper(data);
});
