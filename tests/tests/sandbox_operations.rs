//! Every operation of every spec, called through its provider's client against the sandbox
//! with the spec's examples as arguments, answers a success that decodes (issue 22). The tests
//! are generated from the specs by `cargo xtask generate` (`generated/sandbox_operations.rs`,
//! one per operation); `common::sandbox` is their harness.

mod common;

#[rustfmt::skip]
#[path = "generated/sandbox_operations.rs"]
mod generated;
