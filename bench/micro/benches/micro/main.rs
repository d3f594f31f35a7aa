//! Criterion micro-benchmarks of the VM's hot paths: dispatch, attribute lookup, calls,
//! instance creation, global lookup (`programs.rs` holds the programs).
//!
//! Each program is compiled and run once as `__main__` on a VM of its own; the timed part is
//! `Vm::call_main("bench")` alone, so neither compiling nor building the VM is measured.
//! Throughput is reported per repetition of the operation (`programs::OPS` per call).
//!
//! Run with `cargo xtask bench --micro [--filter S]` (a release build). The sampling settings
//! below keep the whole suite well under two minutes.

mod programs;

use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use upy::{Config, Port, Vm};

/// A port for programs that print nothing: anything written is a mistake worth seeing.
struct Stderr;

impl Port for Stderr {
    fn write_stdout(&mut self, bytes: &[u8]) {
        eprint!("{}", String::from_utf8_lossy(bytes));
    }
}

/// A VM that has run `source` once, ready for `call_main("bench")`.
fn prepared(name: &str, source: &str) -> Vm {
    let mut vm = Vm::new(Config::default(), Box::new(Stderr));
    if let Err(e) = vm.run_module(source, name) {
        panic!("{name}: the program fails:\n{}", e.traceback);
    }
    if let Err(e) = vm.call_main("bench") {
        panic!("{name}: bench() fails:\n{}", e.traceback);
    }
    vm
}

fn micro(c: &mut Criterion) {
    for program in programs::PROGRAMS {
        let (group, id) = program
            .name
            .split_once('/')
            .unwrap_or(("micro", program.name));
        let mut vm = prepared(program.name, program.source);
        let mut g = c.benchmark_group(group);
        g.throughput(Throughput::Elements(programs::OPS));
        g.bench_function(id, |b| {
            b.iter(|| {
                if let Err(e) = vm.call_main("bench") {
                    panic!("{}: bench() fails:\n{}", program.name, e.traceback);
                }
            })
        });
        g.finish();
    }
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(30)
}

criterion_group! {
    name = benches;
    config = config();
    targets = micro
}
criterion_main!(benches);
