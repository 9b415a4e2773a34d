//! Cross-provider integration tests live in `tests/tests/`; this library only compiles the
//! README's examples as doctests, so the documented usage cannot rot.
#![doc = include_str!("../../README.md")]

/// The README of each published crate (its page on the registry), compiled as doctests too.
#[cfg(doctest)]
mod crate_readmes {
    #[doc = include_str!("../../crates/payspec/README.md")]
    struct Payspec;
    #[doc = include_str!("../../crates/onebox/README.md")]
    struct Onebox;
    #[doc = include_str!("../../crates/crystalpay/README.md")]
    struct Crystalpay;
    #[doc = include_str!("../../crates/paykeeper/README.md")]
    struct Paykeeper;
    #[doc = include_str!("../../crates/invoicebox/README.md")]
    struct Invoicebox;
    #[doc = include_str!("../../crates/sber/README.md")]
    struct Sber;
    #[doc = include_str!("../../crates/sandbox/README.md")]
    struct Sandbox;
}
