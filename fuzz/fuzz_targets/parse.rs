//! `parse`: see `upy_fuzz_targets::front::parse`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| upy_fuzz_targets::front::parse(data));
