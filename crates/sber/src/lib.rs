//! placeholder while the spec is written
