//! cargo-fuzz target: see `harness::snapshot_bytes`.
#![no_main]

#[path = "../harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::snapshot_bytes(data));
