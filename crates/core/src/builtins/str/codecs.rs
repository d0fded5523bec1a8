//! The text codecs behind `str.encode`, `str(bytes, encoding)` and `bytes.decode`: UTF-8
//! (and -sig), ASCII, Latin-1, UTF-16 and UTF-32, with CPython's error handlers and messages.

use crate::error::{Exc, PyResult};
use crate::types::BuiltinType;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    /// UTF-16 with a byte order mark (written little-endian).
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
}

impl Codec {
    /// The name CPython's messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 => "utf-32",
            Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
        }
    }
}

/// Finds a codec by any of the names and aliases Python accepts for it.
pub fn lookup(encoding: &str, encode: bool) -> PyResult<Codec> {
    let mut norm = String::with_capacity(encoding.len());
    for c in encoding.trim().chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            norm.push(c.to_ascii_lowercase());
        } else if !norm.ends_with('_') {
            norm.push('_');
        }
    }
    Ok(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "utf_8_sig" | "utf8_sig" => Codec::Utf8Sig,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
        | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991"
        | "iso_ir_6" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "csisolatin1" | "ibm819" | "iso_8859_1_1987" => Codec::Latin1,
        "utf_16" | "utf16" | "u16" => Codec::Utf16,
        "utf_16_le" | "utf_16le" | "utf16le" => Codec::Utf16Le,
        "utf_16_be" | "utf_16be" | "utf16be" => Codec::Utf16Be,
        "utf_32" | "utf32" | "u32" => Codec::Utf32,
        "utf_32_le" | "utf_32le" | "utf32le" => Codec::Utf32Le,
        "utf_32_be" | "utf_32be" | "utf32be" => Codec::Utf32Be,
        "rot13" | "rot_13" | "hex" | "hex_codec" | "base64" | "base_64" | "base64_codec"
        | "zlib" | "zip" | "bz2" | "quopri" | "uu" => {
            let f = if encode { "encode" } else { "decode" };
            return Err(Exc::new(
                BuiltinType::LookupError,
                format!(
                    "'{encoding}' is not a text encoding; use codecs.{f}() to handle arbitrary codecs"
                ),
            ));
        }
        _ => {
            return Err(Exc::new(
                BuiltinType::LookupError,
                format!("unknown encoding: {encoding}"),
            ))
        }
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    Unknown,
}

fn handler(errors: &str) -> Handler {
    match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        _ => Handler::Unknown,
    }
}

fn unknown_handler(errors: &str) -> Exc {
    Exc::new(
        BuiltinType::LookupError,
        format!("unknown error handler name '{errors}'"),
    )
}

fn push_backslash_char(out: &mut Vec<u8>, n: u32) {
    let s = if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    };
    out.extend_from_slice(s.as_bytes());
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(encoding, true)?;
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf8Sig => {
            let mut out = Vec::with_capacity(s.len() + 3);
            out.extend_from_slice(b"\xef\xbb\xbf");
            out.extend_from_slice(s.as_bytes());
            return Ok(out);
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            let be = codec == Codec::Utf16Be;
            if codec == Codec::Utf16 {
                out.extend_from_slice(b"\xff\xfe");
            }
            for u in s.encode_utf16() {
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            return Ok(out);
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            let be = codec == Codec::Utf32Be;
            if codec == Codec::Utf32 {
                out.extend_from_slice(b"\xff\xfe\x00\x00");
            }
            for c in s.chars() {
                let n = c as u32;
                out.extend_from_slice(&if be { n.to_be_bytes() } else { n.to_le_bytes() });
            }
            return Ok(out);
        }
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let h = handler(errors);
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let n = c as u32;
        if n < limit {
            out.push(n as u8);
            i += 1;
            continue;
        }
        // The run of consecutive unencodable characters is one error.
        let mut end = i + 1;
        while chars.get(end).is_some_and(|&d| d as u32 >= limit) {
            end += 1;
        }
        match h {
            Handler::Strict => {
                let name = codec.name();
                let msg = if end - i == 1 {
                    let esc = super::ascii_escape(&c.to_string());
                    format!(
                        "'{name}' codec can't encode character '{esc}' in position {i}: ordinal not in range({limit})"
                    )
                } else {
                    format!(
                        "'{name}' codec can't encode characters in position {i}-{}: ordinal not in range({limit})",
                        end - 1
                    )
                };
                return Err(Exc::new(BuiltinType::UnicodeEncodeError, msg));
            }
            Handler::Unknown => return Err(unknown_handler(errors)),
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', end - i)),
            Handler::BackslashReplace => {
                for &d in chars.get(i..end).unwrap_or(&[]) {
                    push_backslash_char(&mut out, d as u32);
                }
            }
            Handler::XmlCharRefReplace => {
                for &d in chars.get(i..end).unwrap_or(&[]) {
                    out.extend_from_slice(format!("&#{};", d as u32).as_bytes());
                }
            }
        }
        i = end;
    }
    Ok(out)
}

/// Applies the error handler to the undecodable bytes `b[start..end]`.
fn decode_error(
    out: &mut String,
    b: &[u8],
    start: usize,
    end: usize,
    codec: Codec,
    errors: &str,
    reason: &str,
) -> PyResult<()> {
    match handler(errors) {
        Handler::Strict | Handler::XmlCharRefReplace => {
            if handler(errors) == Handler::XmlCharRefReplace {
                return Err(Exc::type_error(
                    "don't know how to handle UnicodeDecodeError in error callback",
                ));
            }
            let name = codec.name();
            let msg = if end - start <= 1 {
                let byte = b.get(start).copied().unwrap_or(0);
                format!(
                    "'{name}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}"
                )
            } else {
                format!(
                    "'{name}' codec can't decode bytes in position {start}-{}: {reason}",
                    end - 1
                )
            };
            Err(Exc::new(BuiltinType::UnicodeDecodeError, msg))
        }
        Handler::Unknown => Err(unknown_handler(errors)),
        Handler::Ignore => Ok(()),
        Handler::Replace => {
            out.push('\u{fffd}');
            Ok(())
        }
        Handler::BackslashReplace => {
            for &x in b.get(start..end).unwrap_or(&[]) {
                out.push_str(&format!("\\x{x:02x}"));
            }
            Ok(())
        }
    }
}

fn decode_utf8(b: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    let mut rest = b;
    let mut offset = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                let (valid, after) = rest.split_at(good);
                out.push_str(std::str::from_utf8(valid).unwrap_or_default());
                let lead = after.first().copied().unwrap_or(0);
                let (len, reason) = match e.error_len() {
                    None => (after.len(), "unexpected end of data"),
                    Some(n) if (0x80..0xc2).contains(&lead) || lead >= 0xf5 => {
                        (n, "invalid start byte")
                    }
                    Some(n) => (n, "invalid continuation byte"),
                };
                let start = offset + good;
                decode_error(&mut out, b, start, start + len, codec, errors, reason)?;
                rest = after.get(len..).unwrap_or(&[]);
                offset = start + len;
            }
        }
    }
}

fn decode_utf16(b: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    let (mut be, mut i) = (codec == Codec::Utf16Be, 0);
    if codec == Codec::Utf16 {
        match b.get(..2) {
            Some([0xff, 0xfe]) => i = 2,
            Some([0xfe, 0xff]) => {
                be = true;
                i = 2;
            }
            _ => {}
        }
    }
    let name_codec = match (codec, be) {
        (Codec::Utf16, false) => Codec::Utf16Le,
        (Codec::Utf16, true) => Codec::Utf16Be,
        (c, _) => c,
    };
    let unit = |j: usize| -> Option<u16> {
        let p = b.get(j..j + 2)?;
        let arr = [p[0], p[1]];
        Some(if be {
            u16::from_be_bytes(arr)
        } else {
            u16::from_le_bytes(arr)
        })
    };
    let mut out = String::with_capacity(b.len() / 2);
    while i < b.len() {
        let Some(u) = unit(i) else {
            decode_error(
                &mut out,
                b,
                i,
                b.len(),
                name_codec,
                errors,
                "truncated data",
            )?;
            break;
        };
        if !(0xd800..0xe000).contains(&u) {
            out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
            i += 2;
            continue;
        }
        if u >= 0xdc00 {
            decode_error(
                &mut out,
                b,
                i,
                i + 2,
                name_codec,
                errors,
                "illegal encoding",
            )?;
            i += 2;
            continue;
        }
        match unit(i + 2) {
            None => {
                decode_error(
                    &mut out,
                    b,
                    i,
                    b.len(),
                    name_codec,
                    errors,
                    "unexpected end of data",
                )?;
                break;
            }
            Some(lo) if (0xdc00..0xe000).contains(&lo) => {
                let n = 0x10000 + (((u as u32) - 0xd800) << 10) + ((lo as u32) - 0xdc00);
                out.push(char::from_u32(n).unwrap_or('\u{fffd}'));
                i += 4;
            }
            Some(_) => {
                decode_error(
                    &mut out,
                    b,
                    i,
                    i + 2,
                    name_codec,
                    errors,
                    "illegal UTF-16 surrogate",
                )?;
                i += 2;
            }
        }
    }
    Ok(out)
}

fn decode_utf32(b: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    let (mut be, mut i) = (codec == Codec::Utf32Be, 0);
    if codec == Codec::Utf32 {
        match b.get(..4) {
            Some([0xff, 0xfe, 0, 0]) => i = 4,
            Some([0, 0, 0xfe, 0xff]) => {
                be = true;
                i = 4;
            }
            _ => {}
        }
    }
    let name_codec = match (codec, be) {
        (Codec::Utf32, false) => Codec::Utf32Le,
        (Codec::Utf32, true) => Codec::Utf32Be,
        (c, _) => c,
    };
    let mut out = String::with_capacity(b.len() / 4);
    while i < b.len() {
        let Some(p) = b.get(i..i + 4) else {
            decode_error(
                &mut out,
                b,
                i,
                b.len(),
                name_codec,
                errors,
                "truncated data",
            )?;
            break;
        };
        let arr = [p[0], p[1], p[2], p[3]];
        let n = if be {
            u32::from_be_bytes(arr)
        } else {
            u32::from_le_bytes(arr)
        };
        match char::from_u32(n) {
            Some(c) => out.push(c),
            None => {
                let reason = if (0xd800..0xe000).contains(&n) {
                    "code point in surrogate code point range(0xd800, 0xe000)"
                } else {
                    "code point not in range(0x110000)"
                };
                decode_error(&mut out, b, i, i + 4, name_codec, errors, reason)?;
            }
        }
        i += 4;
    }
    Ok(out)
}

/// `bytes.decode(encoding, errors)`.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(encoding, false)?;
    match codec {
        Codec::Utf8 => decode_utf8(b, codec, errors),
        Codec::Utf8Sig => decode_utf8(
            b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(b),
            Codec::Utf8,
            errors,
        ),
        Codec::Latin1 => Ok(b.iter().map(|&c| c as char).collect()),
        Codec::Ascii => {
            if b.is_ascii() {
                return Ok(b.iter().map(|&c| c as char).collect());
            }
            let mut out = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    out.push(c as char);
                } else {
                    decode_error(
                        &mut out,
                        b,
                        i,
                        i + 1,
                        codec,
                        errors,
                        "ordinal not in range(128)",
                    )?;
                }
            }
            Ok(out)
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => decode_utf16(b, codec, errors),
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => decode_utf32(b, codec, errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_errors_match_cpython() {
        let e = decode(b"\xff\xfe", "utf-8", "strict").unwrap_err();
        assert!(format!("{e:?}").contains("byte 0xff in position 0: invalid start byte"));
        let e = decode(b"caf\xe9", "utf-8", "strict").unwrap_err();
        assert!(format!("{e:?}").contains("position 3: unexpected end of data"));
        let e = decode(b"\xe2\x82x", "utf8", "strict").unwrap_err();
        assert!(format!("{e:?}").contains("bytes in position 0-1: invalid continuation byte"));
        assert_eq!(decode(b"a\xffb", "utf-8", "replace").unwrap(), "a\u{fffd}b");
        assert_eq!(
            decode(b"a\xffb", "utf-8", "backslashreplace").unwrap(),
            "a\\xffb"
        );
    }

    #[test]
    fn encode_runs_and_handlers() {
        let e = encode("a\u{e9}\u{20ac}z", "ascii", "strict").unwrap_err();
        assert!(format!("{e:?}").contains("characters in position 1-2"));
        assert_eq!(encode("a\u{e9}", "latin-1", "strict").unwrap(), b"a\xe9");
        assert_eq!(
            encode("\u{20ac}", "ascii", "xmlcharrefreplace").unwrap(),
            b"&#8364;"
        );
        assert_eq!(encode("ab", "utf-16-be", "strict").unwrap(), b"\x00a\x00b");
    }
}
