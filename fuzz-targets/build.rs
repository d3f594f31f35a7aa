//! Embeds an rpath to the libpython found at build time: the differential target runs the
//! CPython oracle, and the regression tests must load that library, not another CPython.

fn main() {
    pyo3_build_config::add_libpython_rpath_link_args();
}
