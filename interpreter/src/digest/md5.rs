//! MD5 (RFC 1321): 64-byte blocks folded into four 32-bit words over four rounds of sixteen
//! steps; words and the length are little-endian.

use alloc::vec::Vec;

use super::Blocks;

/// The step constants: the integer part of 2**32 * |sin(i + 1)|.
const T: [u32; 64] = [
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
];

/// The left rotations of each round's four steps.
const S: [[u32; 4]; 4] = [
    [7, 12, 17, 22],
    [5, 9, 14, 20],
    [4, 11, 16, 23],
    [6, 10, 15, 21],
];

const H0: [u32; 4] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];

fn compress(h: &mut [u32; 4], block: &[u8; 64]) {
    let mut x = [0u32; 16];
    for (i, chunk) in block.chunks_exact(4).enumerate() {
        x[i] = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
    }
    let [mut a, mut b, mut c, mut d] = *h;
    for i in 0..64 {
        let round = i / 16;
        // Each round mixes with its own function and walks the words in its own order.
        let (f, k) = match round {
            0 => ((b & c) | (!b & d), i),
            1 => ((b & d) | (c & !d), (5 * i + 1) % 16),
            2 => (b ^ c ^ d, (3 * i + 5) % 16),
            _ => (c ^ (b | !d), (7 * i) % 16),
        };
        let sum = a.wrapping_add(f).wrapping_add(x[k]).wrapping_add(T[i]);
        let next = b.wrapping_add(sum.rotate_left(S[round][i % 4]));
        a = d;
        d = c;
        c = b;
        b = next;
    }
    for (w, v) in h.iter_mut().zip([a, b, c, d]) {
        *w = w.wrapping_add(v);
    }
}

/// An MD5 computation in progress.
#[derive(Clone)]
pub struct Md5 {
    h: [u32; 4],
    blocks: Blocks<64>,
}

impl Md5 {
    pub fn new() -> Md5 {
        Md5 {
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
        done.blocks.finish(8, false, |b| compress(h, b));
        done.h.iter().flat_map(|w| w.to_le_bytes()).collect()
    }
}

impl Default for Md5 {
    fn default() -> Self {
        Md5::new()
    }
}

#[cfg(test)]
mod tests {
    use super::Md5;
    use crate::digest::{check_split, hex};

    fn one(data: &[u8]) -> alloc::string::String {
        let mut h = Md5::new();
        h.update(data);
        hex(&h.finish())
    }

    #[test]
    fn rfc1321_suite() {
        assert_eq!(one(b""), "d41d8cd98f00b204e9800998ecf8427e");
        assert_eq!(one(b"a"), "0cc175b9c0f1b6a831c399e269772661");
        assert_eq!(one(b"abc"), "900150983cd24fb0d6963f7d28e17f72");
        assert_eq!(one(b"message digest"), "f96b697d7cb7938d525a2f31aaf161d0");
        assert_eq!(
            one(b"abcdefghijklmnopqrstuvwxyz"),
            "c3fcd3d76192e4007dfb496cca67e13b"
        );
        let digits =
            b"12345678901234567890123456789012345678901234567890123456789012345678901234567890";
        assert_eq!(one(digits), "57edf4a22be3c955ac49da2e2107b67a");
        let million = alloc::vec![b'a'; 1_000_000];
        assert_eq!(one(&million), "7707d6ae4e027c70eea2a935c2296f21");
        check_split(
            Md5::new,
            Md5::update,
            Md5::finish,
            digits,
            "57edf4a22be3c955ac49da2e2107b67a",
        );
    }
}
