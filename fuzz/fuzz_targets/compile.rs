//! `compile`: see `upy_fuzz_targets::front::compile`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| upy_fuzz_targets::front::compile(data));
