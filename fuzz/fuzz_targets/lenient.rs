//! The lenient scalar and container types, as JSON and as text; see `payspec_hostile::lenient`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    payspec_hostile::lenient(data);
});
