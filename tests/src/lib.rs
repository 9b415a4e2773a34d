//! Cross-provider integration tests live in tests/tests/.
