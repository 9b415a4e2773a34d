//! Answers small on the wire and large in memory: byte 0 picks the provider, the rest is
//! `payspec_hostile::amplification::amplification_input` (operation, hostile body class, its
//! length in KiB, bytes spliced into it). Run with `-malloc_limit_mb` above the decoding budget
//! (48 bytes per byte + 1 MiB) to have libFuzzer catch an answer the client's estimate lets
//! through but decoding makes larger.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let [provider, rest @ ..] = data {
        let all = payspec_hostile::Provider::ALL;
        let provider = all[usize::from(*provider) % all.len()];
        payspec_hostile::amplification::amplification_input(provider, rest);
    }
});
