//! Data taken from CPython that behaviour must follow exactly.
pub mod names;
