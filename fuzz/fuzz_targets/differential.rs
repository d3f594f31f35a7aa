//! `differential`: see `upy_fuzz_targets::differential::differential`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| upy_fuzz_targets::differential::differential(data));
