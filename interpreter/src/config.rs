//! Sizes chosen by the port at start-up. Footprint choices are cargo features instead.

/// The VM's configuration; `Config::default()` suits a desktop.
#[derive(Clone, Debug)]
pub struct Config {
    /// The heap's byte budget: when live objects need more after a collection, the
    /// allocation raises `MemoryError`. The unix port's `-X heapsize=`.
    pub heap_size: usize,
    /// The deepest nesting of Python calls before `RecursionError` (CPython's default is 1000).
    pub max_depth: usize,
    /// Collect garbage before every allocation: very slow, for testing that every live value
    /// is rooted (the unix port's `-X gcstress`).
    pub gc_stress: bool,
    /// The most steps (backward jumps and calls) a program may take before
    /// `KeyboardInterrupt("step budget exhausted")`; `None` for no limit. Fuzzing and
    /// the harness use it so that every run ends.
    pub step_budget: Option<u64>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            heap_size: 64 * 1024 * 1024,
            max_depth: 1000,
            gc_stress: false,
            step_budget: None,
        }
    }
}
