//! The decimal arithmetic itself, following the General Decimal Arithmetic specification (which
//! CPython's `decimal` implements): numbers are a sign, an integer coefficient and a power-of-ten
//! exponent (or an infinity or NaN); every operation computes the exact result (or enough of it)
//! and rounds once to the context's precision, recording the conditions it raised.

use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};
use serde::{Deserialize, Serialize};

// Conditions (a result's status); several map to the InvalidOperation signal.
pub const CLAMPED: u32 = 1 << 0;
pub const INVALID_OPERATION: u32 = 1 << 1;
pub const CONVERSION_SYNTAX: u32 = 1 << 2;
pub const DIVISION_BY_ZERO: u32 = 1 << 3;
pub const DIVISION_IMPOSSIBLE: u32 = 1 << 4;
pub const DIVISION_UNDEFINED: u32 = 1 << 5;
pub const INEXACT: u32 = 1 << 6;
pub const INVALID_CONTEXT: u32 = 1 << 7;
pub const OVERFLOW: u32 = 1 << 8;
pub const ROUNDED: u32 = 1 << 9;
pub const SUBNORMAL: u32 = 1 << 10;
pub const UNDERFLOW: u32 = 1 << 11;
pub const FLOAT_OPERATION: u32 = 1 << 12;

/// Every condition that is signalled as InvalidOperation.
pub const INVALID_GROUP: u32 = INVALID_OPERATION
    | CONVERSION_SYNTAX
    | DIVISION_IMPOSSIBLE
    | DIVISION_UNDEFINED
    | INVALID_CONTEXT;

/// The signals (flags and traps are sets of these), each as the group of its conditions.
pub const SIGNALS: [u32; 9] = [
    INVALID_GROUP,
    FLOAT_OPERATION,
    DIVISION_BY_ZERO,
    OVERFLOW,
    UNDERFLOW,
    SUBNORMAL,
    INEXACT,
    ROUNDED,
    CLAMPED,
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Rounding {
    Up,
    Down,
    Ceiling,
    Floor,
    HalfUp,
    HalfDown,
    HalfEven,
    ZeroFiveUp,
}

impl Rounding {
    pub const ALL: [Rounding; 8] = [
        Rounding::Up,
        Rounding::Down,
        Rounding::Ceiling,
        Rounding::Floor,
        Rounding::HalfUp,
        Rounding::HalfDown,
        Rounding::HalfEven,
        Rounding::ZeroFiveUp,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Rounding::Up => "ROUND_UP",
            Rounding::Down => "ROUND_DOWN",
            Rounding::Ceiling => "ROUND_CEILING",
            Rounding::Floor => "ROUND_FLOOR",
            Rounding::HalfUp => "ROUND_HALF_UP",
            Rounding::HalfDown => "ROUND_HALF_DOWN",
            Rounding::HalfEven => "ROUND_HALF_EVEN",
            Rounding::ZeroFiveUp => "ROUND_05UP",
        }
    }

    pub fn from_name(s: &str) -> Option<Rounding> {
        Rounding::ALL.iter().copied().find(|r| r.name() == s)
    }
}

/// The arithmetic settings of a context (flags and traps are sets of conditions).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Ctx {
    pub prec: i64,
    pub rounding: Rounding,
    pub emin: i64,
    pub emax: i64,
    pub capitals: bool,
    pub clamp: bool,
    pub flags: u32,
    pub traps: u32,
}

impl Ctx {
    pub fn default_context() -> Ctx {
        Ctx {
            prec: 28,
            rounding: Rounding::HalfEven,
            emin: -999999,
            emax: 999999,
            capitals: true,
            clamp: false,
            flags: 0,
            traps: INVALID_GROUP | DIVISION_BY_ZERO | OVERFLOW,
        }
    }

    pub fn etiny(&self) -> i64 {
        self.emin - self.prec + 1
    }

    pub fn etop(&self) -> i64 {
        self.emax - self.prec + 1
    }

    fn prec_u(&self) -> u64 {
        self.prec.max(1) as u64
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Special {
    Finite,
    Inf,
    NaN,
    SNaN,
}

/// A decimal number: `(-1)**neg * coeff * 10**exp`, an infinity, or a NaN (whose coefficient is
/// its diagnostic payload).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dec {
    pub neg: bool,
    pub coeff: BigUint,
    pub exp: i64,
    pub special: Special,
}

pub fn pow10(n: u64) -> BigUint {
    BigUint::from(10u32).pow(n as u32)
}

/// The number of decimal digits of `c` (1 for zero).
pub fn ndigits(c: &BigUint) -> u64 {
    if let Some(v) = c.to_u64() {
        return if v == 0 { 1 } else { v.ilog10() as u64 + 1 };
    }
    let est = ((c.bits() - 1) as f64 * std::f64::consts::LOG10_2) as u64;
    // est <= digits - 1 <= est + 1
    if c >= &pow10(est + 1) {
        est + 2
    } else {
        est + 1
    }
}

impl Dec {
    pub fn finite(neg: bool, coeff: BigUint, exp: i64) -> Dec {
        Dec {
            neg,
            coeff,
            exp,
            special: Special::Finite,
        }
    }

    pub fn zero() -> Dec {
        Dec::finite(false, BigUint::zero(), 0)
    }

    pub fn from_i64(v: i64) -> Dec {
        Dec::finite(v < 0, BigUint::from(v.unsigned_abs()), 0)
    }

    pub fn inf(neg: bool) -> Dec {
        Dec {
            neg,
            coeff: BigUint::zero(),
            exp: 0,
            special: Special::Inf,
        }
    }

    pub fn nan() -> Dec {
        Dec {
            neg: false,
            coeff: BigUint::zero(),
            exp: 0,
            special: Special::NaN,
        }
    }

    pub fn is_special(&self) -> bool {
        self.special != Special::Finite
    }
    pub fn is_nan(&self) -> bool {
        matches!(self.special, Special::NaN | Special::SNaN)
    }
    pub fn is_snan(&self) -> bool {
        self.special == Special::SNaN
    }
    pub fn is_inf(&self) -> bool {
        self.special == Special::Inf
    }
    pub fn is_zero(&self) -> bool {
        self.special == Special::Finite && self.coeff.is_zero()
    }
    pub fn digits(&self) -> u64 {
        ndigits(&self.coeff)
    }
    pub fn adjexp(&self) -> i64 {
        self.exp + self.digits() as i64 - 1
    }

    pub fn negated(&self) -> Dec {
        let mut d = self.clone();
        d.neg = !d.neg;
        d
    }

    pub fn abs(&self) -> Dec {
        let mut d = self.clone();
        d.neg = false;
        d
    }

    /// Whether the value is an integer (finite, no fractional digits).
    pub fn is_integral(&self) -> bool {
        if self.is_special() {
            return false;
        }
        if self.exp >= 0 || self.coeff.is_zero() {
            return true;
        }
        let k = (-self.exp) as u64;
        if k > self.digits() {
            return false;
        }
        (&self.coeff % pow10(k)).is_zero()
    }

    /// Removes trailing zeros of the coefficient while the exponent stays at most `max_exp`.
    pub fn reduce_to(&mut self, max_exp: i64) {
        if self.coeff.is_zero() {
            return;
        }
        let ten = BigUint::from(10u32);
        while self.exp < max_exp {
            let (q, r) = self.coeff.div_rem(&ten);
            if !r.is_zero() {
                break;
            }
            self.coeff = q;
            self.exp += 1;
        }
    }

    /// The exact value as a ratio of integers (finite numbers only).
    pub fn ratio(&self) -> (num_bigint::BigInt, num_bigint::BigInt) {
        use num_bigint::{BigInt, Sign};
        let sign = if self.neg { Sign::Minus } else { Sign::Plus };
        if self.exp >= 0 {
            let n = BigInt::from_biguint(sign, &self.coeff * pow10(self.exp as u64));
            (n, BigInt::one())
        } else {
            let d = BigInt::from(pow10((-self.exp) as u64));
            let n = BigInt::from_biguint(sign, self.coeff.clone());
            let g = n.gcd(&d);
            if g.is_zero() {
                return (n, d);
            }
            (n / &g, d / g)
        }
    }
}

// ---- parsing and printing -----------------------------------------------------------------------------

/// Parses a numeric string; `None` for a syntax error.
pub fn parse(text: &str) -> Option<Dec> {
    let s = text.trim_matches(|c: char| c.is_whitespace());
    // CPython's decimal drops every underscore before parsing.
    let s: String = s.replace('_', "");
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, &s[..]),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Some(Dec::inf(neg));
    }
    for (prefix, kind) in [("snan", Special::SNaN), ("nan", Special::NaN)] {
        if let Some(rest) = lower.strip_prefix(prefix) {
            if !rest.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            let payload: BigUint = if rest.is_empty() {
                BigUint::zero()
            } else {
                rest.parse().ok()?
            };
            return Some(Dec {
                neg,
                coeff: payload,
                exp: 0,
                special: kind,
            });
        }
    }
    let (mant, exp_part) = match lower.find('e') {
        Some(i) => (&lower[..i], Some(&lower[i + 1..])),
        None => (&lower[..], None),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    if !int_part.bytes().all(|c| c.is_ascii_digit())
        || !frac_part.bytes().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let mut exp: i64 = 0;
    if let Some(e) = exp_part {
        let (eneg, digits) = match e.as_bytes().first() {
            Some(b'-') => (true, &e[1..]),
            Some(b'+') => (false, &e[1..]),
            _ => (false, e),
        };
        if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let v: i64 = digits.parse().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
        exp = if eneg { -v } else { v };
    }
    let digits = format!("{int_part}{frac_part}");
    let coeff: BigUint = digits.parse().ok()?;
    exp -= frac_part.len() as i64;
    Some(Dec::finite(neg, coeff, exp))
}

/// The spec's to-scientific-string (`str(Decimal)`).
pub fn to_sci_string(d: &Dec, capitals: bool) -> String {
    let sign = if d.neg { "-" } else { "" };
    match d.special {
        Special::Inf => return format!("{sign}Infinity"),
        Special::NaN | Special::SNaN => {
            let name = if d.special == Special::NaN {
                "NaN"
            } else {
                "sNaN"
            };
            let payload = if d.coeff.is_zero() {
                String::new()
            } else {
                d.coeff.to_string()
            };
            return format!("{sign}{name}{payload}");
        }
        Special::Finite => {}
    }
    let c = d.coeff.to_string();
    let n = c.len() as i64;
    let adj = d.exp + n - 1;
    if d.exp <= 0 && adj >= -6 {
        if d.exp == 0 {
            return format!("{sign}{c}");
        }
        let point = n + d.exp;
        if point > 0 {
            let (a, b) = c.split_at(point as usize);
            return format!("{sign}{a}.{b}");
        }
        return format!("{sign}0.{}{c}", "0".repeat((-point) as usize));
    }
    let e = if capitals { 'E' } else { 'e' };
    let mantissa = if n > 1 {
        format!("{}.{}", &c[..1], &c[1..])
    } else {
        c
    };
    let es = if adj >= 0 {
        format!("+{adj}")
    } else {
        adj.to_string()
    };
    format!("{sign}{mantissa}{e}{es}")
}

/// The spec's to-engineering-string.
pub fn to_eng_string(d: &Dec, capitals: bool) -> String {
    if d.is_special() {
        return to_sci_string(d, capitals);
    }
    let sign = if d.neg { "-" } else { "" };
    let c = d.coeff.to_string();
    let n = c.len() as i64;
    let adj = d.exp + n - 1;
    if d.exp <= 0 && adj >= -6 {
        return to_sci_string(d, capitals);
    }
    let e = if capitals { 'E' } else { 'e' };
    // Exponent a multiple of three, with 1 to 3 digits before the point.
    let (mut digits, mut eexp) = if d.coeff.is_zero() {
        // Zeros: the exponent rounds up to a multiple of three, padding "0." with zeros.
        let r = adj.rem_euclid(3);
        let (lead, eexp) = if r == 0 { (1, adj) } else { (1, adj + 3 - r) };
        let zeros = if r == 0 { 0 } else { 3 - r };
        let _ = lead;
        let s = if zeros == 0 {
            "0".to_string()
        } else {
            format!("0.{}", "0".repeat(zeros as usize))
        };
        let es = if eexp == 0 {
            String::new()
        } else if eexp > 0 {
            format!("{e}+{eexp}")
        } else {
            format!("{e}{eexp}")
        };
        return format!("{sign}{s}{es}");
    } else {
        (c, adj - adj.rem_euclid(3))
    };
    let int_digits = (adj - eexp + 1) as usize;
    if digits.len() < int_digits {
        digits.push_str(&"0".repeat(int_digits - digits.len()));
    }
    let mant = if digits.len() > int_digits {
        format!("{}.{}", &digits[..int_digits], &digits[int_digits..])
    } else {
        digits
    };
    if eexp == 0 {
        return format!("{sign}{mant}");
    }
    let es = if eexp > 0 {
        format!("+{eexp}")
    } else {
        eexp.to_string()
    };
    eexp = 0;
    let _ = eexp;
    format!("{sign}{mant}{e}{es}")
}

// ---- rounding and finalization --------------------------------------------------------------------------

/// Drops the last `n` digits of `c`, rounding by `mode`; returns the new coefficient and whether
/// anything non-zero was discarded.
pub fn round_drop(c: &BigUint, n: u64, mode: Rounding, neg: bool) -> (BigUint, bool) {
    if n == 0 {
        return (c.clone(), false);
    }
    let (q, nonzero, cmp_half) = if n > ndigits(c) {
        // Everything is discarded, and it is less than half a unit.
        (BigUint::zero(), !c.is_zero(), std::cmp::Ordering::Less)
    } else {
        let p = pow10(n);
        let (q, r) = c.div_rem(&p);
        let twice: BigUint = &r * 2u32;
        (q, !r.is_zero(), twice.cmp(&p))
    };
    let last_digit = || (&q % 10u32).to_u32().unwrap_or(0);
    let up = match mode {
        Rounding::Down => false,
        Rounding::Up => nonzero,
        Rounding::Ceiling => nonzero && !neg,
        Rounding::Floor => nonzero && neg,
        Rounding::HalfUp => cmp_half != std::cmp::Ordering::Less,
        Rounding::HalfDown => cmp_half == std::cmp::Ordering::Greater,
        Rounding::HalfEven => {
            cmp_half == std::cmp::Ordering::Greater
                || (cmp_half == std::cmp::Ordering::Equal && q.is_odd())
        }
        Rounding::ZeroFiveUp => nonzero && matches!(last_digit(), 0 | 5),
    };
    let q = if up { q + 1u32 } else { q };
    (q, nonzero)
}

/// The result of an overflow under the context's rounding.
fn overflow_result(neg: bool, ctx: &Ctx) -> Dec {
    let to_inf = match ctx.rounding {
        Rounding::Down | Rounding::ZeroFiveUp => false,
        Rounding::Ceiling => !neg,
        Rounding::Floor => neg,
        _ => true,
    };
    if to_inf {
        Dec::inf(neg)
    } else {
        Dec::finite(neg, pow10(ctx.prec_u()) - 1u32, ctx.etop())
    }
}

/// Rounds a result to the context: precision, exponent limits, subnormals, clamping.
pub fn finalize(mut d: Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if d.special != Special::Finite {
        if d.is_nan() {
            // A NaN payload longer than prec - clamp digits is dropped.
            let maxp = (ctx.prec - ctx.clamp as i64).max(0) as u64;
            if !d.coeff.is_zero() && d.digits() > maxp {
                d.coeff = BigUint::zero();
            }
        }
        return d;
    }
    let prec = ctx.prec_u();
    let etiny = ctx.etiny();
    let etop = ctx.etop();
    if d.coeff.is_zero() {
        let max_exp = if ctx.clamp { etop } else { ctx.emax };
        if d.exp > max_exp {
            d.exp = max_exp;
            *st |= CLAMPED;
        } else if d.exp < etiny {
            d.exp = etiny;
            *st |= CLAMPED;
        }
        return d;
    }
    let adj = d.adjexp();
    if adj > ctx.emax {
        *st |= OVERFLOW | INEXACT | ROUNDED;
        return overflow_result(d.neg, ctx);
    }
    if adj < ctx.emin {
        *st |= SUBNORMAL;
        if d.exp < etiny {
            let shift = (etiny - d.exp) as u64;
            let (c, inexact) = round_drop(&d.coeff, shift, ctx.rounding, d.neg);
            d.coeff = c;
            d.exp = etiny;
            *st |= ROUNDED;
            if inexact {
                *st |= INEXACT | UNDERFLOW;
                if d.coeff.is_zero() {
                    *st |= CLAMPED;
                }
            }
        }
        return d;
    }
    let digits = d.digits();
    if digits > prec {
        let shift = digits - prec;
        let (mut c, inexact) = round_drop(&d.coeff, shift, ctx.rounding, d.neg);
        let mut exp = d.exp + shift as i64;
        if ndigits(&c) > prec {
            c /= 10u32;
            exp += 1;
        }
        d.coeff = c;
        d.exp = exp;
        *st |= ROUNDED;
        if inexact {
            *st |= INEXACT;
        }
        if d.adjexp() > ctx.emax {
            *st |= OVERFLOW | INEXACT | ROUNDED;
            return overflow_result(d.neg, ctx);
        }
    }
    if ctx.clamp && d.exp > etop {
        let shift = (d.exp - etop) as u64;
        d.coeff *= pow10(shift);
        d.exp = etop;
        *st |= CLAMPED;
    }
    d
}

// ---- NaN handling -----------------------------------------------------------------------------------------

/// The result for NaN operands (`None` when neither is a NaN): a signaling NaN raises
/// InvalidOperation and becomes quiet; the first NaN's payload is kept.
pub fn nan_result(a: &Dec, b: Option<&Dec>, ctx: &Ctx, st: &mut u32) -> Option<Dec> {
    let pick = if a.is_snan() {
        Some(a)
    } else if b.is_some_and(|b| b.is_snan()) {
        b
    } else if a.is_nan() {
        Some(a)
    } else if b.is_some_and(|b| b.is_nan()) {
        b
    } else {
        None
    }?;
    if a.is_snan() || b.is_some_and(|b| b.is_snan()) {
        *st |= INVALID_OPERATION;
    }
    let mut r = pick.clone();
    r.special = Special::NaN;
    Some(finalize(r, ctx, st))
}

pub fn invalid(st: &mut u32) -> Dec {
    *st |= INVALID_OPERATION;
    Dec::nan()
}

// ---- arithmetic ----------------------------------------------------------------------------------------

pub fn add(a: &Dec, b: &Dec, subtract: bool, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_result(a, Some(b), ctx, st) {
        return n;
    }
    let bneg = b.neg ^ subtract;
    if a.is_inf() || b.is_inf() {
        if a.is_inf() && b.is_inf() && a.neg != bneg {
            return invalid(st);
        }
        if a.is_inf() {
            return Dec::inf(a.neg);
        }
        return Dec::inf(bneg);
    }
    let b = Dec::finite(bneg, b.coeff.clone(), b.exp);
    if a.is_zero() && b.is_zero() {
        let neg = if a.neg == b.neg {
            a.neg
        } else {
            ctx.rounding == Rounding::Floor
        };
        return finalize(Dec::finite(neg, BigUint::zero(), a.exp.min(b.exp)), ctx, st);
    }
    if a.is_zero() || b.is_zero() {
        let (z, x) = if a.is_zero() { (a, &b) } else { (&b, a) };
        let target = z.exp.min(x.exp);
        let mut pad = (x.exp - target) as u64;
        let xd = x.digits();
        let prec = ctx.prec_u();
        if pad > 0 && xd + pad > prec {
            *st |= ROUNDED;
            pad = prec.saturating_sub(xd);
        }
        let r = Dec::finite(x.neg, &x.coeff * pow10(pad), x.exp - pad as i64);
        return finalize(r, ctx, st);
    }
    // `big` has the larger exponent.
    let (big, small) = if a.exp >= b.exp { (a, &b) } else { (&b, a) };
    let mut small = small.clone();
    let prec = ctx.prec;
    let bd = big.digits() as i64;
    let limit = big.exp - 1 + if bd > prec { 0 } else { bd - prec - 1 };
    if small.adjexp() < limit {
        // Far below the rounding position: only its sign and non-zeroness matter.
        small = Dec::finite(small.neg, BigUint::one(), limit);
    }
    let shift = (big.exp - small.exp) as u64;
    let bc = &big.coeff * pow10(shift);
    let exp = small.exp;
    let (neg, coeff) = if big.neg == small.neg {
        (big.neg, bc + &small.coeff)
    } else if bc >= small.coeff {
        (big.neg, bc - &small.coeff)
    } else {
        (small.neg, &small.coeff - bc)
    };
    let neg = if coeff.is_zero() {
        ctx.rounding == Rounding::Floor
    } else {
        neg
    };
    finalize(Dec::finite(neg, coeff, exp), ctx, st)
}

pub fn mul(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_result(a, Some(b), ctx, st) {
        return n;
    }
    let neg = a.neg ^ b.neg;
    if a.is_inf() || b.is_inf() {
        if a.is_zero() || b.is_zero() {
            return invalid(st);
        }
        return Dec::inf(neg);
    }
    finalize(
        Dec::finite(neg, &a.coeff * &b.coeff, a.exp + b.exp),
        ctx,
        st,
    )
}

pub fn div(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_result(a, Some(b), ctx, st) {
        return n;
    }
    let neg = a.neg ^ b.neg;
    if a.is_inf() {
        if b.is_inf() {
            return invalid(st);
        }
        return Dec::inf(neg);
    }
    if b.is_inf() {
        *st |= CLAMPED;
        return finalize(Dec::finite(neg, BigUint::zero(), ctx.etiny()), ctx, st);
    }
    if b.is_zero() {
        if a.is_zero() {
            *st |= DIVISION_UNDEFINED;
            return Dec::nan();
        }
        *st |= DIVISION_BY_ZERO;
        return Dec::inf(neg);
    }
    let ideal = a.exp - b.exp;
    if a.is_zero() {
        return finalize(Dec::finite(neg, BigUint::zero(), ideal), ctx, st);
    }
    let prec = ctx.prec;
    let shift = (prec + b.digits() as i64 - a.digits() as i64 + 1).max(0) as u64;
    let (mut q, r) = (&a.coeff * pow10(shift)).div_rem(&b.coeff);
    let mut exp = ideal - shift as i64;
    if r.is_zero() {
        let mut d = Dec::finite(neg, q, exp);
        d.reduce_to(ideal);
        return finalize(d, ctx, st);
    }
    // Inexact: a sticky digit below the computed ones makes the rounding come out right.
    q = q * 10u32 + 1u32;
    exp -= 1;
    finalize(Dec::finite(neg, q, exp), ctx, st)
}

/// The truncated quotient of |a| / |b| for finite non-zero `b` when it has at most `prec`
/// digits, with the remainder `a - b*q` (exact, at exponent min(ea, eb)).
fn int_divmod(a: &Dec, b: &Dec, ctx: &Ctx) -> Result<(BigUint, Dec), u32> {
    let exp = a.exp.min(b.exp);
    if a.is_zero() || a.adjexp() < b.adjexp() {
        // |a| < |b|: quotient 0, remainder a.
        let r = Dec::finite(a.neg, &a.coeff * pow10((a.exp - exp) as u64), exp);
        return Ok((BigUint::zero(), r));
    }
    if a.adjexp() - b.adjexp() > ctx.prec {
        return Err(DIVISION_IMPOSSIBLE);
    }
    let na = &a.coeff * pow10((a.exp - exp) as u64);
    let nb = &b.coeff * pow10((b.exp - exp) as u64);
    let (q, r) = na.div_rem(&nb);
    if ndigits(&q) as i64 > ctx.prec {
        return Err(DIVISION_IMPOSSIBLE);
    }
    Ok((q, Dec::finite(a.neg, r, exp)))
}

/// `a // b` (truncating) and `a % b` (sign of a), as Python's Decimal defines them.
pub fn divmod(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> (Dec, Dec) {
    if let Some(n) = nan_result(a, Some(b), ctx, st) {
        return (n.clone(), n);
    }
    let neg = a.neg ^ b.neg;
    if a.is_inf() {
        if b.is_inf() {
            let n = invalid(st);
            return (n.clone(), n);
        }
        let n = invalid(st);
        return (Dec::inf(neg), n);
    }
    if b.is_inf() {
        let q = Dec::finite(neg, BigUint::zero(), 0);
        let r = finalize(a.clone(), ctx, st);
        return (q, r);
    }
    if b.is_zero() {
        if a.is_zero() {
            *st |= DIVISION_UNDEFINED;
            return (Dec::nan(), Dec::nan());
        }
        *st |= DIVISION_BY_ZERO | INVALID_OPERATION;
        return (Dec::inf(neg), Dec::nan());
    }
    match int_divmod(a, b, ctx) {
        Ok((q, r)) => {
            let q = Dec::finite(neg, q, 0);
            let r = finalize(r, ctx, st);
            (q, r)
        }
        Err(c) => {
            *st |= c;
            (Dec::nan(), Dec::nan())
        }
    }
}

pub fn divint(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_result(a, Some(b), ctx, st) {
        return n;
    }
    let neg = a.neg ^ b.neg;
    if a.is_inf() {
        if b.is_inf() {
            return invalid(st);
        }
        return Dec::inf(neg);
    }
    if b.is_inf() {
        return Dec::finite(neg, BigUint::zero(), 0);
    }
    if b.is_zero() {
        if a.is_zero() {
            *st |= DIVISION_UNDEFINED;
            return Dec::nan();
        }
        *st |= DIVISION_BY_ZERO;
        return Dec::inf(neg);
    }
    match int_divmod(a, b, ctx) {
        Ok((q, _)) => Dec::finite(neg, q, 0),
        Err(c) => {
            *st |= c;
            Dec::nan()
        }
    }
}

pub fn rem(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_result(a, Some(b), ctx, st) {
        return n;
    }
    if a.is_inf() {
        return invalid(st);
    }
    if b.is_inf() {
        return finalize(a.clone(), ctx, st);
    }
    if b.is_zero() {
        if a.is_zero() {
            *st |= DIVISION_UNDEFINED;
        } else {
            *st |= INVALID_OPERATION;
        }
        return Dec::nan();
    }
    match int_divmod(a, b, ctx) {
        Ok((_, r)) => finalize(r, ctx, st),
        Err(c) => {
            *st |= c;
            Dec::nan()
        }
    }
}

/// `remainder_near`: `a - b*n` with `n` the integer nearest `a/b` (ties to even).
pub fn rem_near(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_result(a, Some(b), ctx, st) {
        return n;
    }
    if a.is_inf() {
        return invalid(st);
    }
    if b.is_inf() {
        return finalize(a.clone(), ctx, st);
    }
    if b.is_zero() {
        if a.is_zero() {
            *st |= DIVISION_UNDEFINED;
        } else {
            *st |= INVALID_OPERATION;
        }
        return Dec::nan();
    }
    match int_divmod(a, b, ctx) {
        Ok((q, r)) => {
            // Compare 2|r| with |b| at the common exponent.
            let exp = r.exp;
            let bc = &b.coeff * pow10((b.exp - exp) as u64);
            let twice: BigUint = &r.coeff * 2u32;
            let round_away = match twice.cmp(&bc) {
                std::cmp::Ordering::Greater => true,
                std::cmp::Ordering::Equal => q.is_odd(),
                std::cmp::Ordering::Less => false,
            };
            if round_away {
                let q1 = &q + 1u32;
                if ndigits(&q1) as i64 > ctx.prec {
                    *st |= DIVISION_IMPOSSIBLE;
                    return Dec::nan();
                }
                let coeff = &bc - &r.coeff;
                return finalize(Dec::finite(!r.neg, coeff, exp), ctx, st);
            }
            finalize(r, ctx, st)
        }
        Err(c) => {
            *st |= c;
            Dec::nan()
        }
    }
}

/// `+x` / `-x` / `abs(x)`: the value rounded to the context (zeros become positive).
pub fn plus(a: &Dec, negate: bool, absolute: bool, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_result(a, None, ctx, st) {
        return n;
    }
    let mut r = a.clone();
    if absolute {
        r.neg = false;
    } else if negate {
        r.neg = !r.neg;
    }
    if r.is_zero() && !absolute {
        r.neg = ctx.rounding == Rounding::Floor && (a.neg ^ negate);
        if ctx.rounding != Rounding::Floor {
            r.neg = false;
        }
    }
    if r.is_inf() {
        return r;
    }
    finalize(r, ctx, st)
}

pub fn fma(a: &Dec, b: &Dec, c: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    let mut s = 0;
    if let Some(n) = nan_result(a, Some(b), ctx, &mut s) {
        if c.is_snan() {
            s |= INVALID_OPERATION;
        }
        *st |= s;
        return n;
    }
    let p = if a.is_special() || b.is_special() {
        mul(a, b, ctx, &mut s)
    } else {
        Dec::finite(a.neg ^ b.neg, &a.coeff * &b.coeff, a.exp + b.exp)
    };
    *st |= s;
    if p.is_nan() {
        return p;
    }
    add(&p, c, false, ctx, st)
}

/// Compares two non-NaN values.
pub fn cmp(a: &Dec, b: &Dec) -> std::cmp::Ordering {
    use std::cmp::Ordering::*;
    let sign = |d: &Dec| -> i8 {
        if d.is_zero() {
            0
        } else if d.neg {
            -1
        } else {
            1
        }
    };
    let (sa, sb) = (sign(a), sign(b));
    if sa != sb {
        return sa.cmp(&sb);
    }
    if a.is_inf() || b.is_inf() {
        return match (a.is_inf(), b.is_inf()) {
            (true, true) => Equal,
            (true, false) => {
                if a.neg {
                    Less
                } else {
                    Greater
                }
            }
            _ => {
                if b.neg {
                    Greater
                } else {
                    Less
                }
            }
        };
    }
    if sa == 0 {
        return Equal;
    }
    let mag = if a.adjexp() != b.adjexp() {
        a.adjexp().cmp(&b.adjexp())
    } else {
        // Equal adjusted exponents: the exponents differ by at most the digit counts.
        let e = a.exp.min(b.exp);
        let ca = &a.coeff * pow10((a.exp - e) as u64);
        let cb = &b.coeff * pow10((b.exp - e) as u64);
        ca.cmp(&cb)
    };
    if sa < 0 {
        mag.reverse()
    } else {
        mag
    }
}

/// The spec's total ordering (`compare_total`).
pub fn cmp_total(a: &Dec, b: &Dec) -> std::cmp::Ordering {
    use std::cmp::Ordering::*;
    if a.neg != b.neg {
        return if a.neg { Less } else { Greater };
    }
    let rank = |d: &Dec| match d.special {
        Special::Finite => 0,
        Special::Inf => 1,
        Special::SNaN => 2,
        Special::NaN => 3,
    };
    let r = match (rank(a), rank(b)) {
        (0, 0) => match cmp(&a.abs(), &b.abs()) {
            Equal => b.exp.cmp(&a.exp).reverse(),
            o => o,
        },
        (x, y) if x != y => x.cmp(&y),
        (2, 2) | (3, 3) => a.coeff.cmp(&b.coeff),
        _ => Equal,
    };
    if a.neg {
        r.reverse()
    } else {
        r
    }
}

// ---- rescaling ---------------------------------------------------------------------------------------------

/// `a` with exponent `exp`, rounding the coefficient with `mode` (exact when padding).
fn rescale(a: &Dec, exp: i64, mode: Rounding) -> (Dec, bool) {
    if a.coeff.is_zero() {
        return (Dec::finite(a.neg, BigUint::zero(), exp), false);
    }
    if a.exp >= exp {
        let c = &a.coeff * pow10((a.exp - exp) as u64);
        return (Dec::finite(a.neg, c, exp), false);
    }
    let (c, inexact) = round_drop(&a.coeff, (exp - a.exp) as u64, mode, a.neg);
    (Dec::finite(a.neg, c, exp), inexact)
}

pub fn quantize(a: &Dec, b: &Dec, mode: Rounding, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_result(a, Some(b), ctx, st) {
        return n;
    }
    if a.is_inf() || b.is_inf() {
        if a.is_inf() && b.is_inf() {
            return a.clone();
        }
        return invalid(st);
    }
    let exp = b.exp;
    if exp > ctx.emax || exp < ctx.etiny() {
        return invalid(st);
    }
    if !a.is_zero() && a.adjexp() - exp + 1 > ctx.prec + 1 {
        return invalid(st);
    }
    let (r, inexact) = rescale(a, exp, mode);
    if !r.coeff.is_zero() && (r.digits() as i64 > ctx.prec || r.adjexp() > ctx.emax) {
        return invalid(st);
    }
    if inexact {
        *st |= INEXACT | ROUNDED;
    } else if r.exp > a.exp && !a.is_zero() {
        *st |= ROUNDED;
    }
    if !r.is_zero() && r.adjexp() < ctx.emin {
        *st |= SUBNORMAL;
    }
    r
}

/// `to_integral_value` (`exact` = `to_integral_exact`, which also signals).
pub fn to_integral(a: &Dec, mode: Rounding, exact: bool, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_result(a, None, ctx, st) {
        return n;
    }
    if a.is_inf() || a.exp >= 0 {
        return a.clone();
    }
    if a.is_zero() {
        return Dec::finite(a.neg, BigUint::zero(), 0);
    }
    let (r, inexact) = rescale(a, 0, mode);
    if exact {
        *st |= ROUNDED;
        if inexact {
            *st |= INEXACT;
        }
    }
    r
}

pub fn normalize(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_result(a, None, ctx, st) {
        return n;
    }
    if a.is_inf() {
        return a.clone();
    }
    let mut r = finalize(a.clone(), ctx, st);
    if r.is_inf() {
        return r;
    }
    if r.is_zero() {
        return Dec::finite(r.neg, BigUint::zero(), 0);
    }
    let max_exp = if ctx.clamp { ctx.etop() } else { ctx.emax };
    r.reduce_to(max_exp);
    r
}

// ---- square root, exp and logarithms -------------------------------------------------------------------

pub fn sqrt(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    // These are always rounded half-even, whatever the context says.
    let even = Ctx {
        rounding: Rounding::HalfEven,
        ..ctx.clone()
    };
    let ctx = &even;
    if let Some(n) = nan_result(a, None, ctx, st) {
        return n;
    }
    if a.is_zero() {
        // The ideal exponent is half the operand's, rounded down.
        let exp = Integer::div_floor(&a.exp, &2);
        return finalize(Dec::finite(a.neg, BigUint::zero(), exp), ctx, st);
    }
    if a.neg {
        return invalid(st);
    }
    if a.is_inf() {
        return a.clone();
    }
    let prec = ctx.prec;
    let ideal = Integer::div_floor(&a.exp, &2);
    // Scale so the root has at least prec+1 digits and the scaled exponent is even.
    let digits = a.digits() as i64;
    let mut shift = (2 * (prec + 1) - digits).max(0);
    if (a.exp - shift) % 2 != 0 {
        shift += 1;
    }
    let n = &a.coeff * pow10(shift as u64);
    let exp = (a.exp - shift) / 2;
    let r = n.sqrt();
    let exact = &r * &r == n;
    if exact {
        let mut d = Dec::finite(false, r, exp);
        d.reduce_to(ideal);
        return finalize(d, ctx, st);
    }
    let r = r * 10u32 + 1u32;
    finalize(Dec::finite(false, r, exp - 1), ctx, st)
}

/// A fixed-point number `v / 10**scale` (sign separate) for the series below.
#[derive(Clone)]
struct Fix {
    v: BigUint,
}

fn fix_from_dec(d: &Dec, scale: u64) -> Fix {
    let e = d.exp + scale as i64;
    let v = if e >= 0 {
        &d.coeff * pow10(e as u64)
    } else {
        &d.coeff / pow10((-e) as u64)
    };
    Fix { v }
}

/// `ln(10)` and `ln(2)` scaled by 10**scale.
fn ln2_fixed(scale: u64) -> BigUint {
    // ln 2 = 2 atanh(1/3)
    atanh_inv(3, scale) * 2u32
}

fn ln10_fixed(scale: u64) -> BigUint {
    // ln 10 = 3 ln 2 + ln 1.25 = 3 ln 2 + 2 atanh(1/9)
    ln2_fixed(scale) * 3u32 + atanh_inv(9, scale) * 2u32
}

/// `atanh(1/k) * 10**scale`.
fn atanh_inv(k: u32, scale: u64) -> BigUint {
    let one = pow10(scale);
    let k = BigUint::from(k);
    let k2 = &k * &k;
    let mut term = &one / &k; // 1/k^(2n+1)
    let mut sum = BigUint::zero();
    let mut n = 0u32;
    while !term.is_zero() {
        sum += &term / BigUint::from(2 * n + 1);
        term /= &k2;
        n += 1;
    }
    sum
}

/// `ln(x)` for x = v/10**scale in [0.5, 2], scaled by 10**scale (signed).
fn ln_near_one(v: &BigUint, scale: u64) -> (bool, BigUint) {
    let one = pow10(scale);
    // ln x = 2 atanh((x-1)/(x+1))
    let (neg, num) = if v >= &one {
        (false, v - &one)
    } else {
        (true, &one - v)
    };
    let den = v + &one;
    let z = &num * &one / &den; // scaled
    let z2 = &z * &z / &one;
    let mut term = z.clone();
    let mut sum = BigUint::zero();
    let mut n = 0u32;
    while !term.is_zero() {
        sum += &term / BigUint::from(2 * n + 1);
        term = &term * &z2 / &one;
        n += 1;
    }
    (neg, sum * 2u32)
}

/// `ln(a)` for finite positive `a`, as a signed fixed-point value scaled by 10**scale.
fn ln_fixed(a: &Dec, scale: u64) -> (bool, BigUint) {
    // a = m * 10**k with m in [1, 10); then m = 2**j * r with r in [0.75, 1.5).
    let k = a.adjexp();
    let one = pow10(scale);
    let m = fix_from_dec(&Dec::finite(false, a.coeff.clone(), a.exp - k), scale).v;
    let mut j = 0i64;
    let mut r = m;
    let lo = &one * 3u32 / 4u32;
    let hi = &one * 3u32 / 2u32;
    while r >= hi {
        r /= 2u32;
        j += 1;
    }
    while r < lo {
        r *= 2u32;
        j -= 1;
    }
    let (lneg, lr) = ln_near_one(&r, scale);
    let ln2 = ln2_fixed(scale);
    let ln10 = ln10_fixed(scale);
    // total = lr*(±1) + j*ln2 + k*ln10
    let mut pos = BigUint::zero();
    let mut negp = BigUint::zero();
    if lneg {
        negp += lr;
    } else {
        pos += lr;
    }
    if j >= 0 {
        pos += &ln2 * BigUint::from(j as u64);
    } else {
        negp += &ln2 * BigUint::from((-j) as u64);
    }
    if k >= 0 {
        pos += &ln10 * BigUint::from(k as u64);
    } else {
        negp += &ln10 * BigUint::from((-k) as u64);
    }
    if pos >= negp {
        (false, pos - negp)
    } else {
        (true, negp - pos)
    }
}

/// Rounds the approximation `m * 10**e` (within `err` units of `m` of the true value) to the
/// context, if every value in that interval rounds the same way.
fn round_approx(
    neg: bool,
    m: &BigUint,
    e: i64,
    err: &BigUint,
    ctx: &Ctx,
    st: &mut u32,
) -> Option<Dec> {
    let lo = if m > err { m - err } else { BigUint::zero() };
    let hi = m + err;
    let mut s1 = 0;
    let mut s2 = 0;
    let a = finalize(Dec::finite(neg, lo, e), ctx, &mut s1);
    let b = finalize(Dec::finite(neg, hi, e), ctx, &mut s2);
    if a == b {
        *st |= s1 | INEXACT | ROUNDED;
        return Some(a);
    }
    None
}

/// The last resort when the guard digits never settle the rounding.
fn round_anyway(neg: bool, m: BigUint, e: i64, ctx: &Ctx, st: &mut u32) -> Dec {
    let r = finalize(Dec::finite(neg, m, e), ctx, st);
    *st |= INEXACT | ROUNDED;
    r
}

fn digits_of(n: u64) -> u64 {
    (n.max(1)).ilog10() as u64 + 1
}

pub fn ln(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    // These are always rounded half-even, whatever the context says.
    let even = Ctx {
        rounding: Rounding::HalfEven,
        ..ctx.clone()
    };
    let ctx = &even;
    if let Some(n) = nan_result(a, None, ctx, st) {
        return n;
    }
    if a.is_zero() {
        return Dec::inf(true);
    }
    if a.neg {
        return invalid(st);
    }
    if a.is_inf() {
        return a.clone();
    }
    if a.coeff == pow10((-a.exp).max(0) as u64) && a.exp <= 0 {
        // Exactly one.
        return Dec::zero();
    }
    let k = a.adjexp().unsigned_abs();
    let mut extra = 12u64;
    loop {
        let scale = ctx.prec_u() + extra + digits_of(k) + 2;
        let (neg, v) = ln_fixed(a, scale);
        let err = BigUint::from(100u32) * BigUint::from(k + 100);
        if let Some(r) = round_approx(neg, &v, -(scale as i64), &err, ctx, st) {
            return r;
        }
        extra *= 2;
        if extra > 5_000 {
            return round_anyway(neg, v, -(scale as i64), ctx, st);
        }
    }
}

pub fn log10(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    // These are always rounded half-even, whatever the context says.
    let even = Ctx {
        rounding: Rounding::HalfEven,
        ..ctx.clone()
    };
    let ctx = &even;
    if let Some(n) = nan_result(a, None, ctx, st) {
        return n;
    }
    if a.is_zero() {
        return Dec::inf(true);
    }
    if a.neg {
        return invalid(st);
    }
    if a.is_inf() {
        return a.clone();
    }
    // Exact powers of ten give exact integers.
    let mut t = a.clone();
    t.reduce_to(i64::MAX);
    if t.coeff.is_one() {
        return finalize(Dec::from_i64(t.exp), ctx, st);
    }
    let k = a.adjexp().unsigned_abs();
    let mut extra = 12u64;
    loop {
        let scale = ctx.prec_u() + extra + digits_of(k) + 2;
        let (neg, v) = ln_fixed(a, scale);
        let ln10 = ln10_fixed(scale);
        let q = &v * pow10(scale) / ln10;
        let err = BigUint::from(100u32) * BigUint::from(k + 100);
        if let Some(r) = round_approx(neg, &q, -(scale as i64), &err, ctx, st) {
            return r;
        }
        extra *= 2;
        if extra > 5_000 {
            return round_anyway(neg, q, -(scale as i64), ctx, st);
        }
    }
}

/// `exp(x)` for a signed fixed-point `x` (scaled by 10**scale): returns the mantissa scaled by
/// 10**scale and a power of ten, `exp(x) = m * 10**p`.
fn exp_fixed(neg: bool, x: &BigUint, scale: u64) -> (BigUint, i64) {
    let one = pow10(scale);
    let ln10 = ln10_fixed(scale);
    // x = p*ln10 + r with 0 <= r < ln10
    let (q, r) = x.div_rem(&ln10);
    let q = q.to_i64().unwrap_or(i64::MAX / 4);
    let (p, r) = if neg {
        if r.is_zero() {
            (-q, r)
        } else {
            (-q - 1, &ln10 - r)
        }
    } else {
        (q, r)
    };
    // exp(r) by halving r s times, Taylor series, then squaring.
    let s = 12u32;
    let y = &r >> s;
    let mut term = one.clone();
    let mut sum = one.clone();
    let mut n = 1u32;
    loop {
        term = &term * &y / &one / BigUint::from(n);
        if term.is_zero() {
            break;
        }
        sum += &term;
        n += 1;
    }
    for _ in 0..s {
        sum = &sum * &sum / &one;
    }
    (sum, p)
}

pub fn exp(a: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    // These are always rounded half-even, whatever the context says.
    let even = Ctx {
        rounding: Rounding::HalfEven,
        ..ctx.clone()
    };
    let ctx = &even;
    if let Some(n) = nan_result(a, None, ctx, st) {
        return n;
    }
    if a.is_inf() {
        return if a.neg { Dec::zero() } else { a.clone() };
    }
    if a.is_zero() {
        return finalize(Dec::from_i64(1), ctx, st);
    }
    // Results that certainly overflow or underflow.
    let adj = a.adjexp();
    let limit = (ctx.emax.max(-ctx.etiny()) as f64 * std::f64::consts::LN_10 * 1.01).log10();
    if adj as f64 > limit + 1.0 {
        if a.neg {
            *st |= UNDERFLOW | INEXACT | ROUNDED | SUBNORMAL | CLAMPED;
            return Dec::finite(false, BigUint::zero(), ctx.etiny());
        }
        *st |= OVERFLOW | INEXACT | ROUNDED;
        return overflow_result(false, ctx);
    }
    if adj < -(ctx.prec + 2) {
        // exp(x) = 1 + x + ..., with x far below the last digit.
        let one = Dec::from_i64(1);
        let tiny = Dec::finite(a.neg, BigUint::one(), -(ctx.prec + 5));
        let mut s = 0;
        let r = add(&one, &tiny, false, ctx, &mut s);
        *st |= s | INEXACT | ROUNDED;
        return r;
    }
    let mut extra = 12u64;
    loop {
        let intd = adj.max(0) as u64 + 1;
        let scale = ctx.prec_u() + extra + intd + 10;
        let x = fix_from_dec(a, scale);
        let (m, p) = exp_fixed(a.neg, &x.v, scale);
        // Errors: the ln(10) reduction (|p| units) amplified by the 2**12 squarings.
        let err = BigUint::from(1u32 << 14) * BigUint::from(p.unsigned_abs() + 100);
        let e = p - scale as i64;
        if let Some(r) = round_approx(false, &m, e, &err, ctx, st) {
            return r;
        }
        extra *= 2;
        if extra > 5_000 {
            return round_anyway(false, m, e, ctx, st);
        }
    }
}

/// Whether `d` is an integer, and its value when it fits in i64.
fn int_value(d: &Dec) -> Option<i64> {
    if !d.is_integral() {
        return None;
    }
    let mut t = d.clone();
    t.reduce_to(i64::MAX);
    if t.exp > 18 {
        return None;
    }
    let v = (&t.coeff * pow10(t.exp.max(0) as u64)).to_i64()?;
    Some(if d.neg { -v } else { v })
}

pub fn power(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_result(a, Some(b), ctx, st) {
        return n;
    }
    let b_int = b.is_integral();
    let b_odd = b_int && {
        let mut t = b.clone();
        t.reduce_to(i64::MAX);
        t.exp == 0 && t.coeff.is_odd()
    };
    if a.is_zero() {
        if b.is_zero() {
            return invalid(st);
        }
        let neg = a.neg && b_odd;
        if b.neg {
            return Dec::inf(neg);
        }
        return finalize(Dec::finite(neg, BigUint::zero(), 0), ctx, st);
    }
    if a.neg && !b_int {
        if b.is_inf() {
            return invalid(st);
        }
        return invalid(st);
    }
    if a.is_inf() {
        let neg = a.neg && b_odd;
        if b.is_zero() {
            return finalize(Dec::from_i64(1), ctx, st);
        }
        if b.neg {
            return Dec::finite(neg, BigUint::zero(), 0);
        }
        return Dec::inf(neg);
    }
    if b.is_inf() {
        // |a| vs 1
        let one = Dec::from_i64(1);
        let c = cmp(&a.abs(), &one);
        return match (c, b.neg) {
            (std::cmp::Ordering::Equal, _) => {
                *st |= INEXACT | ROUNDED;
                finalize(
                    Dec::finite(false, pow10(ctx.prec_u() - 1), 1 - ctx.prec),
                    ctx,
                    st,
                )
            }
            (std::cmp::Ordering::Greater, false) | (std::cmp::Ordering::Less, true) => {
                Dec::inf(false)
            }
            _ => Dec::zero(),
        };
    }
    if b.is_zero() {
        return finalize(Dec::from_i64(1), ctx, st);
    }
    let neg = a.neg && b_odd;
    if let Some(n) = int_value(b) {
        return int_power(a, n, neg, ctx, st);
    }
    if b_int {
        // Huge integral exponents: the magnitude decides overflow or underflow.
        let one = Dec::from_i64(1);
        let c = cmp(&a.abs(), &one);
        if c == std::cmp::Ordering::Equal {
            return finalize(Dec::finite(neg, BigUint::one(), 0), ctx, st);
        }
        let grows = (c == std::cmp::Ordering::Greater) != b.neg;
        if grows {
            *st |= OVERFLOW | INEXACT | ROUNDED;
            return overflow_result(neg, ctx);
        }
        *st |= UNDERFLOW | INEXACT | ROUNDED | SUBNORMAL | CLAMPED;
        return Dec::finite(neg, BigUint::zero(), ctx.etiny());
    }
    // Non-integral exponent: exp(b * ln(a)) at a working precision (as libmpdec computes it:
    // correctly rounded ln and exp, half-even, then one final rounding to the context).
    if cmp(a, &Dec::from_i64(1)) == std::cmp::Ordering::Equal {
        *st |= INEXACT | ROUNDED;
        return finalize(
            Dec::finite(false, pow10(ctx.prec_u() - 1), 1 - ctx.prec),
            ctx,
            st,
        );
    }
    let wp = (a.digits() as i64).max(ctx.prec) + 4 + 19;
    let work = Ctx {
        prec: wp,
        rounding: Rounding::HalfEven,
        emin: -999_999_999_999_999_999,
        emax: 999_999_999_999_999_999,
        capitals: ctx.capitals,
        clamp: false,
        flags: 0,
        traps: 0,
    };
    let mut ws = 0;
    let l = ln(a, &work, &mut ws);
    let p = mul(&l, b, &work, &mut ws);
    let r = exp(&p, &work, &mut ws);
    *st |= ws & (OVERFLOW | UNDERFLOW | SUBNORMAL | CLAMPED | INVALID_OPERATION);
    let r = finalize(r, ctx, st);
    if r.is_inf() && !p.neg {
        *st |= OVERFLOW;
        return overflow_result(false, ctx);
    }
    *st |= INEXACT | ROUNDED;
    r
}

/// `a ** n` for an integer `n`: exact when small enough, then rounded once.
fn int_power(a: &Dec, n: i64, neg: bool, ctx: &Ctx, st: &mut u32) -> Dec {
    let k = n.unsigned_abs();
    let digits = a.digits();
    let est = digits.saturating_mul(k);
    // The exponent alone decides overflow/underflow for huge results.
    let adj_est = (a.adjexp() as i128) * (k as i128);
    if adj_est > (ctx.emax as i128) * 2 + 10 || adj_est < (ctx.etiny() as i128) * 2 - 10 {
        let grows = (adj_est > 0) != (n < 0);
        if grows {
            *st |= OVERFLOW | INEXACT | ROUNDED;
            return overflow_result(neg, ctx);
        }
        *st |= UNDERFLOW | INEXACT | ROUNDED | SUBNORMAL | CLAMPED;
        return Dec::finite(neg, BigUint::zero(), ctx.etiny());
    }
    let (coeff, exp, inexact) = if est <= 4 * (ctx.prec_u() + 20) + 200 {
        (a.coeff.pow(k as u32), a.exp * k as i64, false)
    } else {
        // Repeated squaring with guard digits.
        let work = ctx.prec_u() + 20;
        let mut result = (BigUint::one(), 0i64, false);
        let mut base = (a.coeff.clone(), a.exp, false);
        let mut e = k;
        let trim = |c: BigUint, x: i64, inex: bool| -> (BigUint, i64, bool) {
            let d = ndigits(&c);
            if d > work {
                let drop = d - work;
                let (q, r) = c.div_rem(&pow10(drop));
                (q, x + drop as i64, inex || !r.is_zero())
            } else {
                (c, x, inex)
            }
        };
        while e > 0 {
            if e & 1 == 1 {
                result = trim(&result.0 * &base.0, result.1 + base.1, result.2 || base.2);
            }
            e >>= 1;
            if e > 0 {
                base = trim(&base.0 * &base.0, base.1 * 2, base.2);
            }
        }
        result
    };
    let x = Dec::finite(neg, coeff, exp);
    if n >= 0 {
        if inexact {
            let c = x.coeff * 10u32 + 1u32;
            let r = finalize(Dec::finite(neg, c, x.exp - 1), ctx, st);
            *st |= INEXACT | ROUNDED;
            return r;
        }
        return finalize(x, ctx, st);
    }
    let one = Dec::from_i64(1);
    let mut wide = ctx.clone();
    wide.emax = i64::MAX / 4;
    wide.emin = i64::MIN / 4;
    wide.prec = ctx.prec + 10;
    wide.rounding = Rounding::Down;
    let mut s = 0;
    let q = div(
        &one,
        &Dec::finite(false, x.coeff.clone(), x.exp),
        &wide,
        &mut s,
    );
    let q = Dec { neg, ..q };
    let q = if inexact || (s & INEXACT) != 0 {
        let c = q.coeff * 10u32 + 1u32;
        Dec::finite(neg, c, q.exp - 1)
    } else {
        q
    };
    let r = finalize(q, ctx, st);
    if inexact || (s & INEXACT) != 0 {
        *st |= INEXACT | ROUNDED;
    }
    r
}

/// `next_plus` / `next_minus`: the closest representable value in the given direction.
pub fn next_toward_inf(a: &Dec, up: bool, ctx: &Ctx, st: &mut u32) -> Dec {
    if let Some(n) = nan_result(a, None, ctx, st) {
        return n;
    }
    if a.is_inf() {
        if a.neg == up {
            // -inf up / +inf down: the largest finite value.
            return Dec::finite(a.neg, pow10(ctx.prec_u()) - 1u32, ctx.etop());
        }
        return a.clone();
    }
    let tiny = Dec::finite(!up, BigUint::one(), ctx.etiny() - 1);
    let mut c = ctx.clone();
    c.rounding = if up {
        Rounding::Ceiling
    } else {
        Rounding::Floor
    };
    let mut s = 0;
    let r = add(a, &tiny, false, &c, &mut s);
    if r.is_inf() && !a.is_inf() {
        return Dec::inf(r.neg);
    }
    r
}
