//! Cross-provider integration tests live in `tests/tests/`; this library only compiles the
//! README's examples as doctests, so the documented usage cannot rot.
#![doc = include_str!("../../README.md")]
