//! CPython 3.11's hash functions for the built-in hashable types.
//!
//! Set iteration order depends on hashes, so these reproduce CPython's exactly: ints modulo the
//! Mersenne prime 2**61 - 1, floats by the same rational rule, str and bytes by SipHash-1-3 over
//! the PEP 393 representation with the all-zero key that `PYTHONHASHSEED=0` selects, and tuples
//! by the xxHash-style combination.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

const MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: u32 = 61;
pub const HASH_INF: i64 = 314159;

/// The hash of a 64-bit int.
pub fn hash_i64(n: i64) -> i64 {
    let m = (n.unsigned_abs() % MODULUS) as i64;
    let h = if n < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The hash of an arbitrary int.
pub fn hash_bigint(n: &BigInt) -> i64 {
    let m = n.magnitude() % MODULUS;
    let m = m.to_i64().unwrap_or(0);
    let h = if n.sign() == Sign::Minus { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The hash of a float; `None` for NaN (whose hash is identity-based in CPython).
pub fn hash_f64(v: f64) -> Option<i64> {
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { HASH_INF } else { -HASH_INF });
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        (e as u32) % HASH_BITS
    } else {
        HASH_BITS - 1 - (((-1 - e) as u32) % HASH_BITS)
    };
    x = ((x << e) & MODULUS) | (x >> (HASH_BITS - e));
    let h = (x as i64).wrapping_mul(sign);
    Some(if h == -1 { -2 } else { h })
}

/// Splits `v` into a mantissa in [0.5, 1) and a power of two, like C's `frexp`.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

/// The hash of a str (CPython hashes its 1-, 2- or 4-byte-per-character representation).
pub fn hash_str(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let h = if max < 0x100 {
        if s.is_ascii() {
            siphash13(s.as_bytes())
        } else {
            let bytes: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
            siphash13(&bytes)
        }
    } else if max < 0x10000 {
        let bytes: Vec<u8> = s
            .chars()
            .flat_map(|c| (c as u32 as u16).to_le_bytes())
            .collect();
        siphash13(&bytes)
    } else {
        let bytes: Vec<u8> = s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect();
        siphash13(&bytes)
    };
    fix(h as i64)
}

/// The hash of a bytes object.
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    fix(siphash13(b) as i64)
}

fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Combines element hashes as `tuple.__hash__` does.
pub fn hash_tuple(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let len = hashes.len() as u64;
    let mut acc = P5;
    for lane in hashes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// The hash of an object without `__hash__` of its own: derived from its identity.
pub fn hash_identity(id: u32) -> i64 {
    // CPython rotates the address right by 4; ids here are small, so spread them similarly.
    ((id as i64) << 4) | 0x1000_0000
}

/// A stable 64-bit checksum (SipHash-1-3 with a zero key) for integrity checks of serialized
/// data; the same on every platform and in every version.
pub fn checksum(data: &[u8]) -> u64 {
    siphash13(data)
}

fn siphash13(data: &[u8]) -> u64 {
    let (k0, k1) = (0u64, 0u64);
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    let round = |v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64| {
        *v0 = v0.wrapping_add(*v1);
        *v2 = v2.wrapping_add(*v3);
        *v1 = v1.rotate_left(13) ^ *v0;
        *v3 = v3.rotate_left(16) ^ *v2;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v1);
        *v0 = v0.wrapping_add(*v3);
        *v1 = v1.rotate_left(17) ^ *v2;
        *v3 = v3.rotate_left(21) ^ *v0;
        *v2 = v2.rotate_left(32);
    };
    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let mut buf = [0u8; 8];
        buf.copy_from_slice(chunk);
        let mi = u64::from_le_bytes(buf);
        v3 ^= mi;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= mi;
    }
    let rest = chunks.remainder();
    let mut t = [0u8; 8];
    t[..rest.len()].copy_from_slice(rest);
    let b = ((data.len() as u64) << 56) | u64::from_le_bytes(t);
    v3 ^= b;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= b;
    v2 ^= 0xff;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    (v0 ^ v1) ^ (v2 ^ v3)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values printed by CPython 3.11 under PYTHONHASHSEED=0.
    #[test]
    fn str_and_bytes_hashes_match_cpython() {
        assert_eq!(hash_str("a"), 4644417185603328019);
        assert_eq!(hash_str("abc"), -4594863902769663758);
        assert_eq!(hash_bytes(b"abc"), -4594863902769663758);
        assert_eq!(hash_str(""), 0);
        assert_eq!(hash_str("é"), 6047309291227476195);
        assert_eq!(hash_str("€"), -5529981157763016009);
        assert_eq!(hash_str("😀"), -3536540696076613844);
    }

    #[test]
    fn numeric_hashes_match_cpython() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_f64(0.5), Some(1152921504606846976));
        assert_eq!(hash_f64(1.5), Some(1152921504606846977));
        assert_eq!(hash_f64(-2.0), Some(-2));
        assert_eq!(hash_tuple([1i64, 2].into_iter()), -3550055125485641917);
        assert_eq!(hash_tuple(std::iter::empty()), 5740354900026072187);
    }
}
