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
    /// The most bytes of the Rust stack the VM may use, below the point where the embedder
    /// called it, before native recursion (a dunder calling back into Python, a deep repr
    /// or comparison) raises `RecursionError`. It must leave room for one more nested
    /// operation below it: the thread's stack size less 64 KiB is safe.
    pub stack_limit: usize,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            heap_size: 64 * 1024 * 1024,
            max_depth: 1000,
            gc_stress: false,
            step_budget: None,
            // The unix main thread's 8 MiB stack, with room to spare.
            stack_limit: 7 << 20,
        }
    }
}
