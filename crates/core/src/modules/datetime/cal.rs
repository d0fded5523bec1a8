//! Proleptic Gregorian calendar arithmetic on plain integers: ordinals count days from
//! 0001-01-01 (ordinal 1), as `date.toordinal()` does.

pub const MINYEAR: i64 = 1;
pub const MAXYEAR: i64 = 9999;
/// The ordinal of 9999-12-31.
pub const MAX_ORDINAL: i64 = 3_652_059;
/// The ordinal of 1970-01-01.
pub const EPOCH_ORDINAL: i64 = 719_163;
pub const US_PER_SEC: i64 = 1_000_000;
pub const SECS_PER_DAY: i64 = 86_400;
pub const US_PER_DAY: i64 = SECS_PER_DAY * US_PER_SEC;
pub const MAX_DELTA_DAYS: i64 = 999_999_999;

const DAYS_BEFORE_MONTH: [i64; 13] = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

pub fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Days in month `m` (1..=12) of year `y`.
pub fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days in the year before the first day of month `m`.
pub fn days_before_month(y: i64, m: i64) -> i64 {
    let base = DAYS_BEFORE_MONTH
        .get(m.clamp(1, 12) as usize)
        .copied()
        .unwrap_or(0);
    if m > 2 && is_leap(y) {
        base + 1
    } else {
        base
    }
}

/// Days before January 1st of year `y`.
pub fn days_before_year(y: i64) -> i64 {
    let p = y - 1;
    p * 365 + p.div_euclid(4) - p.div_euclid(100) + p.div_euclid(400)
}

pub fn ymd_to_ord(y: i64, m: i64, d: i64) -> i64 {
    days_before_year(y) + days_before_month(y, m) + d
}

/// The (year, month, day) of ordinal `n`; valid for any `n` (years outside 1..=9999 included).
pub fn ord_to_ymd(n: i64) -> (i64, i64, i64) {
    // Work in 400-year cycles of 146097 days counted from 0001-01-01.
    let n0 = n - 1;
    let cycles = n0.div_euclid(146_097);
    let mut rem = n0.rem_euclid(146_097);
    let mut year = cycles * 400 + 1;
    let c100 = (rem / 36_524).min(3);
    rem -= c100 * 36_524;
    let c4 = rem / 1_461;
    rem -= c4 * 1_461;
    let c1 = (rem / 365).min(3);
    rem -= c1 * 365;
    year += c100 * 100 + c4 * 4 + c1;
    // `rem` is now the 0-based day of the year.
    let leap = is_leap(year);
    let mut month = 12;
    while month > 1 {
        let before = DAYS_BEFORE_MONTH[month as usize] + i64::from(month > 2 && leap);
        if rem >= before {
            break;
        }
        month -= 1;
    }
    let before = DAYS_BEFORE_MONTH[month as usize] + i64::from(month > 2 && leap);
    (year, month, rem - before + 1)
}

/// Monday is 0.
pub fn weekday(ord: i64) -> i64 {
    (ord + 6).rem_euclid(7)
}

/// The ordinal of the Monday starting ISO week 1 of `year`.
pub fn iso_week1_monday(year: i64) -> i64 {
    let first = ymd_to_ord(year, 1, 1);
    let wd = weekday(first);
    let monday = first - wd;
    if wd > 3 {
        monday + 7
    } else {
        monday
    }
}

/// (ISO year, ISO week, ISO weekday 1..=7) of ordinal `ord` in year `y`.
pub fn iso_calendar(y: i64, ord: i64) -> (i64, i64, i64) {
    let mut year = y;
    let mut week1 = iso_week1_monday(year);
    let mut diff = ord - week1;
    if diff < 0 {
        year -= 1;
        week1 = iso_week1_monday(year);
        diff = ord - week1;
    } else if diff >= 52 * 7 {
        let next = iso_week1_monday(year + 1);
        if ord >= next {
            year += 1;
            diff = ord - next;
        }
    }
    (year, diff / 7 + 1, diff % 7 + 1)
}

/// Whether ISO year `year` has 53 weeks.
pub fn iso_has_53_weeks(year: i64) -> bool {
    let wd = weekday(ymd_to_ord(year, 1, 1));
    wd == 3 || (wd == 2 && is_leap(year))
}

/// Day of the year, 1-based.
pub fn day_of_year(y: i64, m: i64, d: i64) -> i64 {
    days_before_month(y, m) + d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinal_round_trip() {
        for n in (1..=MAX_ORDINAL).step_by(17) {
            let (y, m, d) = ord_to_ymd(n);
            assert_eq!(ymd_to_ord(y, m, d), n);
            assert!((1..=12).contains(&m));
            assert!(d >= 1 && d <= days_in_month(y, m));
        }
        assert_eq!(ord_to_ymd(1), (1, 1, 1));
        assert_eq!(ord_to_ymd(MAX_ORDINAL), (9999, 12, 31));
        assert_eq!(ymd_to_ord(1970, 1, 1), EPOCH_ORDINAL);
        assert_eq!(ord_to_ymd(0), (0, 12, 31));
    }

    #[test]
    fn iso() {
        assert_eq!(iso_calendar(2024, ymd_to_ord(2024, 1, 2)), (2024, 1, 2));
        assert_eq!(iso_calendar(2021, ymd_to_ord(2021, 1, 1)), (2020, 53, 5));
        assert_eq!(iso_calendar(2024, ymd_to_ord(2024, 12, 30)), (2025, 1, 1));
    }
}
