//! The `image` target: compiled module files (`.upyc`) that are corrupt, truncated or made
//! up are refused with a `ValueError` or run, never crash, and leave the heap sound.
//!
//! Input layout: byte 0's low two bits choose how the rest becomes an image:
//! - `0`: the rest is the whole file;
//! - `1`: the rest is the body, given a valid header (magic, versions, length and CRC), so
//!   the decoder's checks past the CRC are explored;
//! - `2`, `3`: bytes 1-2 are a position, byte 3 a mask, and the rest is Python source:
//!   its image has the byte at that position of the body XORed with the mask (`3` then
//!   corrects the CRC, so the damaged image reaches the decoder and, if it passes the
//!   checks, the VM). Conformance cases seed this mode.
//!
//! An image that loads runs under the `exec` target's tiny heap and step budget.

use upy::image::{HEADER, MAGIC, VERSION, crc32};
use upy::{Config, Vm};

use crate::exec::quiet_vm;

/// The seed prefix for a source: mode 3, position 0, mask 0 (the intact image).
pub const SEED_PREFIX: [u8; 4] = [3, 0, 0, 0];

/// The image, and whether it is an intact one made from source (which must load); `None`
/// for a source that does not compile.
fn image_of(data: &[u8]) -> Option<(Vec<u8>, bool)> {
    let (&mode, rest) = data.split_first()?;
    match mode & 3 {
        0 => Some((rest.to_vec(), false)),
        1 => Some((with_header(rest), false)),
        _ => {
            let [p0, p1, mask, source @ ..] = rest else {
                return None;
            };
            let source = String::from_utf8_lossy(source);
            let mut vm = quiet_vm(Config::default());
            let mut image = vm.compile_image(&source, "<fuzz>").ok()?;
            let body = image.len() - HEADER;
            if body > 0 {
                let at = HEADER + usize::from(u16::from_le_bytes([*p0, *p1])) % body;
                image[at] ^= mask;
            }
            if mode & 3 == 3 {
                let crc = crc32(0, &image[HEADER..]);
                image[12..16].copy_from_slice(&crc.to_le_bytes());
            }
            Some((image, *mask == 0))
        }
    }
}

/// `body` behind a header that matches it.
pub fn with_header(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER + body.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&[VERSION, upy::bytecode::VERSION, 0, 0]);
    out.extend_from_slice(&(body.len() as u32).to_le_bytes());
    out.extend_from_slice(&crc32(0, body).to_le_bytes());
    out.extend_from_slice(body);
    out
}

/// `image`: loads and runs the image, then checks the heap.
pub fn image(data: &[u8]) {
    let Some((image, intact)) = image_of(data) else {
        return;
    };
    let (config, _) = crate::exec::config(&[0x0f, 0x40]);
    let mut vm: Vm = quiet_vm(config);
    if let Err(e) = vm.run_image(&image, "<fuzz>.upyc")
        && intact
        && e.message.starts_with("bad compiled module: ")
    {
        panic!("an intact image was refused: {}", e.message);
    }
    if let Err(broken) = vm.check_heap() {
        panic!("heap invariant broken after the run: {broken}");
    }
}
