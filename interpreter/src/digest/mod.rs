//! Message digests written from their specifications: MD5 (RFC 1321), SHA-1, SHA-224,
//! SHA-256, SHA-384 and SHA-512 (FIPS 180-4). Each is a streaming hasher (`update` any number
//! of times, then `finish` on a copy), for `hashlib` and for `random.seed`.
//!
//! All six are Merkle–Damgård constructions: the message is cut into fixed blocks, each
//! block is folded into a small state by a compression function, and the last block is
//! padded with a 1 bit, zeros and the message length in bits. [`Blocks`] owns that shared
//! part (the partial block and the length); each algorithm file owns its compression.

pub mod md5;
pub mod sha1;
pub mod sha256;
pub mod sha512;

/// The block buffer of a Merkle–Damgård hash with `N`-byte blocks.
///
/// Invariant: `used < N` between calls; `total` counts every byte given, modulo 2**128.
#[derive(Clone)]
pub struct Blocks<const N: usize> {
    buf: [u8; N],
    used: usize,
    total: u128,
}

impl<const N: usize> Default for Blocks<N> {
    fn default() -> Self {
        Blocks {
            buf: [0; N],
            used: 0,
            total: 0,
        }
    }
}

impl<const N: usize> Blocks<N> {
    /// Adds `data`, calling `compress` with each block it completes.
    pub fn update(&mut self, mut data: &[u8], mut compress: impl FnMut(&[u8; N])) {
        self.total = self.total.wrapping_add(data.len() as u128);
        if self.used > 0 {
            let take = (N - self.used).min(data.len());
            self.buf[self.used..self.used + take].copy_from_slice(&data[..take]);
            self.used += take;
            data = &data[take..];
            if self.used < N {
                return;
            }
            compress(&self.buf);
            self.used = 0;
        }
        let mut chunks = data.chunks_exact(N);
        for chunk in &mut chunks {
            if let Ok(block) = <&[u8; N]>::try_from(chunk) {
                compress(block);
            }
        }
        let rest = chunks.remainder();
        self.buf[..rest.len()].copy_from_slice(rest);
        self.used = rest.len();
    }

    /// Pads the message (a 1 bit, zeros, then its length in bits in the last `len_bytes`
    /// bytes, big-endian or little-endian) and compresses the last block or two.
    pub fn finish(
        &mut self,
        len_bytes: usize,
        big_endian: bool,
        mut compress: impl FnMut(&[u8; N]),
    ) {
        let bits = self.total.wrapping_mul(8);
        let mut tail = [0u8; 32];
        let len = &mut tail[..len_bytes.min(16)];
        if big_endian {
            let be = bits.to_be_bytes();
            len.copy_from_slice(&be[16 - len.len()..]);
        } else {
            let le = bits.to_le_bytes();
            len.copy_from_slice(&le[..len.len()]);
        }
        let mut block = self.buf;
        block[self.used] = 0x80;
        block[self.used + 1..].fill(0);
        if self.used + 1 > N - len_bytes {
            compress(&block);
            block = [0; N];
        }
        block[N - len_bytes..].copy_from_slice(&tail[..len_bytes]);
        compress(&block);
    }
}

#[cfg(test)]
pub(crate) fn hex(bytes: &[u8]) -> alloc::string::String {
    bytes.iter().map(|b| alloc::format!("{b:02x}")).collect()
}

/// Runs `digest` over `data` fed in pieces of every size from 1 to 130 bytes, checking each
/// gives `want`: the block buffering must not depend on how the input is split.
#[cfg(test)]
pub(crate) fn check_split<H: Clone>(
    new: impl Fn() -> H,
    update: impl Fn(&mut H, &[u8]),
    finish: impl Fn(&H) -> alloc::vec::Vec<u8>,
    data: &[u8],
    want: &str,
) {
    for step in 1..=130 {
        let mut h = new();
        for piece in data.chunks(step) {
            update(&mut h, piece);
        }
        assert_eq!(hex(&finish(&h)), want, "split {step}");
    }
}
