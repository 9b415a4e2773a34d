//! CrystalPay callbacks: byte 0 is flags (bit 0: sign the body), the rest is the body; see
//! `payspec_hostile::webhook_crystalpay`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    payspec_hostile::webhook_crystalpay(data);
});
