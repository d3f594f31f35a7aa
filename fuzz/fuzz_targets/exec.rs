//! `exec`: see `upy_fuzz_targets::exec::exec`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| upy_fuzz_targets::exec::exec(data));
