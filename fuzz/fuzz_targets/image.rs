//! `image`: see `upy_fuzz_targets::image::image`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| upy_fuzz_targets::image::image(data));
