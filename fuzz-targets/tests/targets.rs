//! The targets themselves work: sample programs from the conformance corpus go through every
//! source target, and pseudo-random inputs through the gc target, without a finding. (The
//! fuzzers explore from here; this keeps a broken target from passing unnoticed.)

use std::path::Path;

use upy_fuzz_targets::{TARGETS, exec, gc, image, target};

/// A few conformance cases, spread over the areas.
fn samples() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../conformance/cases");
    let mut files = Vec::new();
    for area in std::fs::read_dir(&root).expect("conformance/cases") {
        let area = area.unwrap().path();
        let mut cases: Vec<_> = std::fs::read_dir(&area)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "py"))
            .collect();
        cases.sort();
        files.extend(cases.into_iter().take(2));
    }
    assert!(files.len() > 10, "too few conformance cases found");
    files.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

#[test]
fn every_target_has_a_name_and_a_function() {
    for (name, _) in TARGETS {
        assert!(target(name).is_some());
    }
    assert!(target("no-such-target").is_none());
}

#[test]
fn conformance_programs_pass_the_source_targets() {
    for src in samples() {
        upy_fuzz_targets::front::lex(&src);
        upy_fuzz_targets::front::parse(&src);
        upy_fuzz_targets::front::compile(&src);
        let mut input = exec::SEED_PREFIX.to_vec();
        input.extend_from_slice(&src);
        exec::exec(&input);
        // The smallest heap with collection before every allocation.
        input[0] = 0x10;
        exec::exec(&input);
    }
}

#[test]
fn exec_reads_its_configuration_from_the_first_bytes() {
    let (config, rest) = exec::config(&[0x1f, 0x00, b'x']);
    assert_eq!(config.heap_size, 64 * 1024);
    assert!(config.gc_stress);
    assert_eq!(config.step_budget, Some(100));
    assert_eq!(rest, b"x");
    let (config, rest) = exec::config(&[]);
    assert_eq!(config.heap_size, 4096);
    assert!(rest.is_empty());
}

#[test]
fn exec_ends_an_endless_loop() {
    exec::exec(
        b"\x00\xffwhile True:\n    try:\n        pass\n    except BaseException:\n        pass\n",
    );
}

#[test]
fn gc_survives_pseudo_random_inputs_that_reach_deep() {
    // xorshift64: deterministic inputs of many lengths.
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut total = gc::Stats::default();
    for len in 0..400 {
        let data: Vec<u8> = (0..len * 8)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state as u8
            })
            .collect();
        let stats = gc::run(&data);
        total.ops += stats.ops;
        total.collections += stats.collections;
        total.most_live = total.most_live.max(stats.most_live);
    }
    assert!(total.ops > 10_000, "{total:?}");
    assert!(total.collections > 2000, "{total:?}");
    assert!(total.most_live > 20, "{total:?}");
}

/// Images of conformance programs, intact and damaged at spread positions (with the CRC
/// corrected, so the damage reaches the decoder and the VM), load or are refused cleanly.
#[test]
fn damaged_images_of_conformance_programs_pass_the_image_target() {
    for (n, src) in samples().iter().enumerate() {
        for k in 0..12u16 {
            let pos = (k * 977 + n as u16 * 31).to_le_bytes();
            let mask = [0x00, 0x01, 0x80, 0xff][usize::from(k % 4)];
            for mode in [2, 3] {
                let mut input = vec![mode, pos[0], pos[1], mask];
                input.extend_from_slice(src);
                image::image(&input);
            }
        }
    }
    image::image(&image::SEED_PREFIX);
    image::image(&[1, 0, 1, 2, 3]);
    image::image(&image::with_header(&[0, 5, 4]));
}
