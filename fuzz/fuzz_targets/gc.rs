//! `gc`: see `upy_fuzz_targets::gc::gc`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| upy_fuzz_targets::gc::gc(data));
