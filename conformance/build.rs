//! Embeds an rpath to the libpython found at build time, so tests and binaries of this crate load
//! that library and not another CPython 3.11 installed elsewhere on the machine.

fn main() {
    pyo3_build_config::add_libpython_rpath_link_args();
}
