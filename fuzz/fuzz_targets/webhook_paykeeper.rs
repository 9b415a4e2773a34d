//! PayKeeper notifications: byte 0 is flags (bit 0: sign the form; bits 1 to 4: the method,
//! content type and body limit of the request, `payspec_hostile::Request`), the rest is the
//! form body, through the receiver (`payspec_paykeeper::Receiver::receive`) and the verifiers
//! it calls; see `payspec_hostile::webhook_paykeeper`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    payspec_hostile::webhook_paykeeper(data);
});
