//! Embeds an rpath to the libpython found at build time, for the differential target, which
//! runs the CPython oracle.

fn main() {
    pyo3_build_config::add_libpython_rpath_link_args();
}
