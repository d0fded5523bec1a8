//! A compact encoding of value sequences for snapshots (`#[serde(with = "value_codec")]`).
//!
//! Lists, tuples and the operand stack hold most of a paused run's values. Encoding each one
//! through serde's enum machinery cost about 40 instructions per value to write and more to read;
//! here a whole sequence becomes one byte string: per value a tag byte, then a zigzag LEB128 int,
//! an 8-byte float, or an LEB128 object index. The rare built-in functions and types keep their
//! serde form, length-prefixed. Decoding checks every length and tag, so damaged bytes are an
//! error, never a panic.

use serde::de::{Error as _, Visitor};
use serde::{Deserializer, Serializer};

use crate::heap::ObjId;
use crate::value::Value;

const UNDEFINED: u8 = 0;
const NONE: u8 = 1;
const NOT_IMPLEMENTED: u8 = 2;
const ELLIPSIS: u8 = 3;
const FALSE: u8 = 4;
const TRUE: u8 = 5;
const INT: u8 = 6;
const FLOAT: u8 = 7;
const OBJ: u8 = 8;
/// A built-in function or type: a LEB128 length, then its postcard encoding.
const OTHER: u8 = 9;

/// The longest encoding of one value apart from `OTHER`: a tag and a 10-byte varint.
const MAX_VALUE_LEN: usize = 11;

/// Values encoded per step: the output grows by at most this many times `MAX_VALUE_LEN` at once.
const CHUNK: usize = 1024;

/// Writes `v` as LEB128 at `out[pos..]` and returns the position after it.
#[inline(always)]
fn put_varint(out: &mut [u8], mut pos: usize, mut v: u64) -> usize {
    while v >= 0x80 {
        if let Some(slot) = out.get_mut(pos) {
            *slot = v as u8 | 0x80;
        }
        pos += 1;
        v >>= 7;
    }
    if let Some(slot) = out.get_mut(pos) {
        *slot = v as u8;
    }
    pos + 1
}

/// Appends the encoding of `values` to `out`.
pub fn encode_values(values: &[Value], out: &mut Vec<u8>) -> Result<(), String> {
    // Values are written by index into room made for a chunk at a time, then the unused room is
    // cut off: no capacity check per byte and no copy per value.
    let start = out.len();
    for chunk in values.chunks(CHUNK) {
        let mut pos = out.len();
        out.resize(pos + chunk.len() * MAX_VALUE_LEN, 0);
        let buf = out.as_mut_slice();
        let mut rare = false;
        for v in chunk {
            let (t, payload) = match *v {
                Value::Undefined => (UNDEFINED, None),
                Value::None => (NONE, None),
                Value::NotImplemented => (NOT_IMPLEMENTED, None),
                Value::Ellipsis => (ELLIPSIS, None),
                Value::Bool(false) => (FALSE, None),
                Value::Bool(true) => (TRUE, None),
                Value::Int(i) => (INT, Some(((i << 1) ^ (i >> 63)) as u64)),
                Value::Obj(ObjId(id)) => (OBJ, Some(u64::from(id))),
                Value::Float(f) => {
                    if let Some(dst) = buf.get_mut(pos..pos + 9) {
                        dst[0] = FLOAT;
                        dst[1..].copy_from_slice(&f.to_bits().to_le_bytes());
                    }
                    pos += 9;
                    continue;
                }
                Value::Builtin(_) | Value::Type(_) => {
                    rare = true;
                    break;
                }
            };
            if let Some(slot) = buf.get_mut(pos) {
                *slot = t;
            }
            pos += 1;
            if let Some(p) = payload {
                pos = put_varint(buf, pos, p);
            }
        }
        if rare {
            out.truncate(start);
            return encode_with_others(values, out);
        }
        out.truncate(pos);
    }
    Ok(())
}

/// The encoding of a sequence that holds built-in functions or types (value by value).
fn encode_with_others(values: &[Value], out: &mut Vec<u8>) -> Result<(), String> {
    let mut scratch = [0u8; MAX_VALUE_LEN];
    for v in values {
        if let Value::Builtin(_) | Value::Type(_) = v {
            let bytes = postcard::to_allocvec(v).map_err(|e| e.to_string())?;
            out.push(OTHER);
            let n = put_varint(&mut scratch, 0, bytes.len() as u64);
            out.extend_from_slice(&scratch[..n]);
            out.extend_from_slice(&bytes);
        } else {
            encode_values(std::slice::from_ref(v), out)?;
        }
    }
    Ok(())
}

/// Reads an LEB128 varint at `bytes[*pos..]`.
#[inline(always)]
fn varint(bytes: &[u8], pos: &mut usize) -> Option<u64> {
    let mut v = 0u64;
    let mut shift = 0;
    loop {
        let b = *bytes.get(*pos)?;
        *pos += 1;
        v |= u64::from(b & 0x7f) << shift;
        if b < 0x80 {
            return Some(v);
        }
        shift += 7;
        if shift >= 64 {
            return None;
        }
    }
}

/// Reads values encoded by [`encode_values`] until `bytes` ends.
pub fn decode_values(bytes: &[u8]) -> Result<Vec<Value>, String> {
    // A value takes at least one byte, so this never over-reserves for the input's size.
    let mut out = Vec::with_capacity(bytes.len().min(1 << 16));
    let mut pos = 0;
    while let Some(&tag) = bytes.get(pos) {
        pos += 1;
        out.push(match tag {
            UNDEFINED => Value::Undefined,
            NONE => Value::None,
            NOT_IMPLEMENTED => Value::NotImplemented,
            ELLIPSIS => Value::Ellipsis,
            FALSE => Value::Bool(false),
            TRUE => Value::Bool(true),
            INT => {
                let z = varint(bytes, &mut pos).ok_or("truncated value")?;
                Value::Int((z >> 1) as i64 ^ -((z & 1) as i64))
            }
            FLOAT => {
                let f = bytes
                    .get(pos..pos + 8)
                    .and_then(|b| b.first_chunk::<8>())
                    .ok_or("truncated float")?;
                pos += 8;
                Value::Float(f64::from_bits(u64::from_le_bytes(*f)))
            }
            OBJ => {
                let id = varint(bytes, &mut pos).ok_or("truncated value")?;
                Value::Obj(ObjId(u32::try_from(id).map_err(|_| "bad object index")?))
            }
            OTHER => {
                let n = varint(bytes, &mut pos).ok_or("truncated value")?;
                let head = usize::try_from(n)
                    .ok()
                    .and_then(|n| bytes.get(pos..pos.checked_add(n)?))
                    .ok_or("truncated value")?;
                pos += head.len();
                match postcard::from_bytes::<Value>(head).map_err(|e| e.to_string())? {
                    v @ (Value::Builtin(_) | Value::Type(_)) => v,
                    _ => return Err("bad value".into()),
                }
            }
            _ => return Err(format!("bad value tag {tag}")),
        });
    }
    Ok(out)
}

pub fn serialize<S: Serializer>(values: &[Value], s: S) -> Result<S::Ok, S::Error> {
    let mut buf = Vec::new();
    encode_values(values, &mut buf).map_err(serde::ser::Error::custom)?;
    s.serialize_bytes(&buf)
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Value>, D::Error> {
    struct Bytes;
    impl<'de> Visitor<'de> for Bytes {
        type Value = Vec<Value>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("encoded values")
        }
        fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<Vec<Value>, E> {
            decode_values(v).map_err(E::custom)
        }
    }
    d.deserialize_bytes(Bytes).map_err(D::Error::custom)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::BuiltinType;

    #[test]
    fn round_trip() {
        let values = vec![
            Value::Undefined,
            Value::None,
            Value::NotImplemented,
            Value::Ellipsis,
            Value::Bool(false),
            Value::Bool(true),
            Value::Int(0),
            Value::Int(-1),
            Value::Int(i64::MIN),
            Value::Int(i64::MAX),
            Value::Int(300),
            Value::Float(-0.0),
            Value::Float(f64::NAN),
            Value::Obj(ObjId(u32::MAX)),
            Value::Type(BuiltinType::ValueError),
        ];
        let mut buf = Vec::new();
        encode_values(&values, &mut buf).unwrap();
        let back = decode_values(&buf).unwrap();
        assert_eq!(back.len(), values.len());
        for (a, b) in values.iter().zip(&back) {
            assert!(a.is(*b), "{a:?} != {b:?}");
        }
    }

    #[test]
    fn damaged_bytes_are_errors() {
        let mut buf = Vec::new();
        encode_values(&[Value::Int(1 << 40), Value::Float(1.5)], &mut buf).unwrap();
        for n in 0..buf.len() {
            // Every strict prefix that cuts a value short is refused (whole values decode).
            let _ = decode_values(&buf[..n]);
        }
        assert!(decode_values(&[INT]).is_err());
        assert!(decode_values(&[FLOAT, 1, 2]).is_err());
        assert!(decode_values(&[OBJ, 0xff, 0xff, 0xff, 0xff, 0x7f]).is_err());
        assert!(decode_values(&[0xff; 12][..]).is_err());
        assert!(decode_values(&[
            INT, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff
        ])
        .is_err());
        assert!(decode_values(&[OTHER, 5, 1]).is_err());
        assert!(decode_values(&[200]).is_err());
    }

    #[test]
    fn random_bytes_never_panic_and_valid_ones_round_trip() {
        // A small deterministic fuzz loop (xorshift): arbitrary bytes either fail or decode to
        // values that encode back to the same bytes.
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for _ in 0..20_000 {
            let len = (next() % 24) as usize;
            let bytes: Vec<u8> = (0..len).map(|_| (next() % 12) as u8).collect();
            if let Ok(values) = decode_values(&bytes) {
                let mut again = Vec::new();
                encode_values(&values, &mut again).unwrap();
                assert_eq!(decode_values(&again).unwrap().len(), values.len());
            }
        }
    }
}
