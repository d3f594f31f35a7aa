//! SHA-1 (FIPS 180-4 §6.1): 64-byte blocks folded into five 32-bit words over 80 rounds.

use alloc::vec::Vec;

use super::Blocks;

const H0: [u32; 5] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];

fn compress(h: &mut [u32; 5], block: &[u8; 64]) {
    let mut w = [0u32; 80];
    for (i, chunk) in block.chunks_exact(4).enumerate() {
        w[i] = u32::from_be_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
    }
    for i in 16..80 {
        w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
    }
    let [mut a, mut b, mut c, mut d, mut e] = *h;
    for (i, &wi) in w.iter().enumerate() {
        // The round function and constant change every 20 rounds.
        let (f, k) = match i / 20 {
            0 => ((b & c) | (!b & d), 0x5a827999),
            1 => (b ^ c ^ d, 0x6ed9eba1),
            2 => ((b & c) | (b & d) | (c & d), 0x8f1bbcdc),
            _ => (b ^ c ^ d, 0xca62c1d6),
        };
        let t = a
            .rotate_left(5)
            .wrapping_add(f)
            .wrapping_add(e)
            .wrapping_add(k)
            .wrapping_add(wi);
        e = d;
        d = c;
        c = b.rotate_left(30);
        b = a;
        a = t;
    }
    for (x, v) in h.iter_mut().zip([a, b, c, d, e]) {
        *x = x.wrapping_add(v);
    }
}

/// A SHA-1 computation in progress.
#[derive(Clone)]
pub struct Sha1 {
    h: [u32; 5],
    blocks: Blocks<64>,
}

impl Sha1 {
    pub fn new() -> Sha1 {
        Sha1 {
            h: H0,
            blocks: Blocks::default(),
        }
    }

    pub fn update(&mut self, data: &[u8]) {
        let h = &mut self.h;
        self.blocks.update(data, |b| compress(h, b));
    }

    /// The digest of everything given so far (the hasher itself is left as it was).
    pub fn finish(&self) -> Vec<u8> {
        let mut done = self.clone();
        let h = &mut done.h;
        done.blocks.finish(8, true, |b| compress(h, b));
        done.h.iter().flat_map(|w| w.to_be_bytes()).collect()
    }
}

impl Default for Sha1 {
    fn default() -> Self {
        Sha1::new()
    }
}

#[cfg(test)]
mod tests {
    use super::Sha1;
    use crate::digest::{check_split, hex};

    fn one(data: &[u8]) -> alloc::string::String {
        let mut h = Sha1::new();
        h.update(data);
        hex(&h.finish())
    }

    #[test]
    fn vectors() {
        assert_eq!(one(b""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
        assert_eq!(one(b"abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
        let two = b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
        assert_eq!(one(two), "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
        let million = alloc::vec![b'a'; 1_000_000];
        assert_eq!(one(&million), "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
        check_split(
            Sha1::new,
            Sha1::update,
            Sha1::finish,
            two,
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1",
        );
    }
}
