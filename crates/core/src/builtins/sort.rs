//! The list sort: CPython 3.11's timsort with the powersort merge policy, written from the
//! algorithm's public description (`Objects/listsort.txt`).
//!
//! User `__lt__` methods can observe every comparison (by printing, counting or raising), and
//! inconsistent or failing comparisons leave the list in a state that depends on the exact
//! algorithm, so this reproduces CPython's sequence of `<` calls exactly: minrun, run detection
//! with reversal of strictly descending runs, binary insertion sort, the powersort run stack,
//! `merge_lo`/`merge_hi` with galloping from the same hints, and the adaptive `min_gallop`.
//! When a comparison fails the slice is always left a permutation of its input, as CPython's is.

/// Galloping starts once one run has won this many times in a row.
const MIN_GALLOP: usize = 7;

/// Sorts `v` stably in place with the "less than" `lt`, making exactly the calls CPython makes.
/// On an error the slice holds a permutation of its items (CPython's partial state).
pub fn timsort<T: Copy, E>(
    v: &mut [T],
    mut lt: impl FnMut(T, T) -> Result<bool, E>,
) -> Result<(), E> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let minrun = compute_minrun(n);
    let mut ms = MergeState {
        v,
        tmp: Vec::new(),
        runs: Vec::new(),
        min_gallop: MIN_GALLOP,
        len: n,
    };
    let mut lo = 0;
    while lo < n {
        let remaining = n - lo;
        let (mut run, descending) = count_run(&mut lt, &ms.v[lo..])?;
        if descending {
            ms.v[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            binary_insertion_sort(&mut lt, &mut ms.v[lo..lo + force], run)?;
            run = force;
        }
        ms.found_new_run(&mut lt, run)?;
        ms.runs.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
    }
    ms.force_collapse(&mut lt)
}

/// A run length such that `n / minrun` is a power of two or a little less (32..=64 for n >= 64).
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The length of the run at the start of `a` (len >= 1) and whether it is strictly descending.
fn count_run<T: Copy, E>(
    lt: &mut impl FnMut(T, T) -> Result<bool, E>,
    a: &[T],
) -> Result<(usize, bool), E> {
    let n = a.len();
    if n == 1 {
        return Ok((1, false));
    }
    let descending = lt(a[1], a[0])?;
    let mut i = 2;
    while i < n {
        // A descending run must be strict (so reversing it keeps stability).
        if lt(a[i], a[i - 1])? != descending {
            break;
        }
        i += 1;
    }
    Ok((i, descending))
}

/// Sorts `a` whose first `start` items are already sorted, by binary insertion.
fn binary_insertion_sort<T: Copy, E>(
    lt: &mut impl FnMut(T, T) -> Result<bool, E>,
    a: &mut [T],
    start: usize,
) -> Result<(), E> {
    for i in start.max(1)..a.len() {
        let pivot = a[i];
        let (mut l, mut r) = (0, i);
        // Items equal to the pivot stay before it: insert after the last one.
        loop {
            let p = l + (r - l) / 2;
            if lt(pivot, a[p])? {
                r = p;
            } else {
                l = p + 1;
            }
            if l >= r {
                break;
            }
        }
        a.copy_within(l..i, l + 1);
        a[l] = pivot;
    }
    Ok(())
}

/// Where `key` goes in sorted `a`: the first index whose item is not less than `key` (before
/// equal items). The search starts at `hint` and gallops outwards by 1, 3, 7, 15, ...
fn gallop_left<T: Copy, E>(
    lt: &mut impl FnMut(T, T) -> Result<bool, E>,
    key: T,
    a: &[T],
    hint: usize,
) -> Result<usize, E> {
    let n = a.len();
    let mut last = 0;
    let mut ofs = 1;
    let (mut lo, mut hi);
    if lt(a[hint], key)? {
        // a[hint] < key: gallop right until a[hint + last] < key <= a[hint + ofs].
        let max = n - hint;
        while ofs < max {
            if lt(a[hint + ofs], key)? {
                last = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(max);
        lo = hint + last + 1;
        hi = hint + ofs;
    } else {
        // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - last].
        let max = hint + 1;
        while ofs < max {
            if lt(a[hint - ofs], key)? {
                break;
            }
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(max);
        lo = hint + 1 - ofs;
        hi = hint - last;
    }
    // Now a[lo - 1] < key <= a[hi].
    while lo < hi {
        let m = lo + (hi - lo) / 2;
        if lt(a[m], key)? {
            lo = m + 1;
        } else {
            hi = m;
        }
    }
    Ok(hi)
}

/// Like `gallop_left`, but the index after the last item not greater than `key` (after equal
/// items).
fn gallop_right<T: Copy, E>(
    lt: &mut impl FnMut(T, T) -> Result<bool, E>,
    key: T,
    a: &[T],
    hint: usize,
) -> Result<usize, E> {
    let n = a.len();
    let mut last = 0;
    let mut ofs = 1;
    let (mut lo, mut hi);
    if lt(key, a[hint])? {
        // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - last].
        let max = hint + 1;
        while ofs < max {
            if lt(key, a[hint - ofs])? {
                last = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(max);
        lo = hint + 1 - ofs;
        hi = hint - last;
    } else {
        // a[hint] <= key: gallop right until a[hint + last] <= key < a[hint + ofs].
        let max = n - hint;
        while ofs < max {
            if lt(key, a[hint + ofs])? {
                break;
            }
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(max);
        lo = hint + last + 1;
        hi = hint + ofs;
    }
    // Now a[lo - 1] <= key < a[hi].
    while lo < hi {
        let m = lo + (hi - lo) / 2;
        if lt(key, a[m])? {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    Ok(hi)
}

/// A pending run: `v[base..base + len]`, and the powersort "power" of the boundary between it
/// and the run after it.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct MergeState<'a, T> {
    v: &'a mut [T],
    /// Scratch space holding the shorter run of a merge.
    tmp: Vec<T>,
    runs: Vec<Run>,
    min_gallop: usize,
    /// The length of the whole slice (powers are relative to it).
    len: usize,
}

/// How a merge loop ended.
enum End<E> {
    Done,
    /// Only one item of the run in `tmp` is left, and it goes at the far end.
    CopyLast,
    Fail(E),
}

/// The powersort "power" of the boundary between adjacent runs `[s1, s1 + n1)` and
/// `[s1 + n1, s1 + n1 + n2)` in a slice of length `n`: the depth at which the binary expansions of
/// their midpoints (as fractions of `n`) first differ.
fn power(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    // Work with doubled midpoints so they are integers.
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    let mut result = 0;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

impl<T: Copy> MergeState<'_, T> {
    /// A run of length `n2` follows the top run: merge while the run below the top has a greater
    /// power than the new boundary, then record that power on the top run.
    fn found_new_run<E>(
        &mut self,
        lt: &mut impl FnMut(T, T) -> Result<bool, E>,
        n2: usize,
    ) -> Result<(), E> {
        let Some(top) = self.runs.last().copied() else {
            return Ok(());
        };
        let p = power(top.base, top.len, n2, self.len);
        while self.runs.len() > 1 && self.runs[self.runs.len() - 2].power > p {
            self.merge_at(lt, self.runs.len() - 2)?;
        }
        if let Some(top) = self.runs.last_mut() {
            top.power = p;
        }
        Ok(())
    }

    /// Merges everything left at the end, preferring the smaller neighbour of the top run.
    fn force_collapse<E>(&mut self, lt: &mut impl FnMut(T, T) -> Result<bool, E>) -> Result<(), E> {
        while self.runs.len() > 1 {
            let mut i = self.runs.len() - 2;
            if i > 0 && self.runs[i - 1].len < self.runs[i + 1].len {
                i -= 1;
            }
            self.merge_at(lt, i)?;
        }
        Ok(())
    }

    /// Merges runs `i` and `i + 1`.
    fn merge_at<E>(
        &mut self,
        lt: &mut impl FnMut(T, T) -> Result<bool, E>,
        i: usize,
    ) -> Result<(), E> {
        let a = self.runs[i];
        let b = self.runs[i + 1];
        self.runs[i].len = a.len + b.len;
        self.runs.remove(i + 1);
        // Items of A before where B[0] goes are already in place.
        let k = gallop_right(lt, self.v[b.base], &self.v[a.base..a.base + a.len], 0)?;
        let base_a = a.base + k;
        let na = a.len - k;
        if na == 0 {
            return Ok(());
        }
        // Items of B after where A's last item goes are already in place.
        let last_a = self.v[base_a + na - 1];
        let nb = gallop_left(lt, last_a, &self.v[b.base..b.base + b.len], b.len - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(lt, base_a, na, b.base, nb)
        } else {
            self.merge_hi(lt, base_a, na, b.base, nb)
        }
    }

    /// Merges adjacent runs `v[a..a + na]` and `v[b..b + nb]` (`na <= nb`, and `v[b]` goes first
    /// and `v[a + na - 1]` last) from the left, with A moved to scratch space.
    fn merge_lo<E>(
        &mut self,
        lt: &mut impl FnMut(T, T) -> Result<bool, E>,
        a: usize,
        mut na: usize,
        b: usize,
        mut nb: usize,
    ) -> Result<(), E> {
        let v = &mut *self.v;
        let tmp = &mut self.tmp;
        tmp.clear();
        tmp.extend_from_slice(&v[a..a + na]);
        // Remaining A is tmp[pa..pa + na], remaining B is v[pb..pb + nb], next slot v[dest].
        let mut pa = 0;
        let mut pb = b;
        let mut dest = a;
        v[dest] = v[pb];
        dest += 1;
        pb += 1;
        nb -= 1;
        let end = 'merge: {
            if nb == 0 {
                break 'merge End::Done;
            }
            if na == 1 {
                break 'merge End::CopyLast;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0;
                let mut bcount = 0;
                // One pair at a time until one run wins min_gallop times in a row.
                loop {
                    match lt(v[pb], tmp[pa]) {
                        Err(e) => break 'merge End::Fail(e),
                        Ok(true) => {
                            v[dest] = v[pb];
                            dest += 1;
                            pb += 1;
                            nb -= 1;
                            bcount += 1;
                            acount = 0;
                            if nb == 0 {
                                break 'merge End::Done;
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            v[dest] = tmp[pa];
                            dest += 1;
                            pa += 1;
                            na -= 1;
                            acount += 1;
                            bcount = 0;
                            if na == 1 {
                                break 'merge End::CopyLast;
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                // Gallop while it pays.
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(lt, v[pb], &tmp[pa..pa + na], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge End::Fail(e),
                    };
                    acount = k;
                    if k > 0 {
                        v[dest..dest + k].copy_from_slice(&tmp[pa..pa + k]);
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            break 'merge End::CopyLast;
                        }
                        // Only possible with an inconsistent comparison.
                        if na == 0 {
                            break 'merge End::Done;
                        }
                    }
                    v[dest] = v[pb];
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge End::Done;
                    }
                    let k = match gallop_left(lt, tmp[pa], &v[pb..pb + nb], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge End::Fail(e),
                    };
                    bcount = k;
                    if k > 0 {
                        v.copy_within(pb..pb + k, dest);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'merge End::Done;
                        }
                    }
                    v[dest] = tmp[pa];
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        break 'merge End::CopyLast;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                // Leaving gallop mode costs: make it harder to enter again.
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match end {
            End::CopyLast => {
                v.copy_within(pb..pb + nb, dest);
                v[dest + nb] = tmp[pa];
                Ok(())
            }
            End::Done => {
                v[dest..dest + na].copy_from_slice(&tmp[pa..pa + na]);
                Ok(())
            }
            End::Fail(e) => {
                v[dest..dest + na].copy_from_slice(&tmp[pa..pa + na]);
                Err(e)
            }
        }
    }

    /// Merges adjacent runs `v[a..a + na]` and `v[b..b + nb]` (`na >= nb`) from the right, with
    /// B moved to scratch space.
    fn merge_hi<E>(
        &mut self,
        lt: &mut impl FnMut(T, T) -> Result<bool, E>,
        a: usize,
        mut na: usize,
        b: usize,
        mut nb: usize,
    ) -> Result<(), E> {
        let v = &mut *self.v;
        let tmp = &mut self.tmp;
        tmp.clear();
        tmp.extend_from_slice(&v[b..b + nb]);
        // Remaining A is v[a..a + na], remaining B is tmp[..nb]; the slots still to fill are
        // v[a..a + na + nb], so the next one (from the right) is v[a + na + nb - 1].
        v[a + na + nb - 1] = v[a + na - 1];
        na -= 1;
        let end = 'merge: {
            if na == 0 {
                break 'merge End::Done;
            }
            if nb == 1 {
                break 'merge End::CopyLast;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0;
                let mut bcount = 0;
                loop {
                    match lt(tmp[nb - 1], v[a + na - 1]) {
                        Err(e) => break 'merge End::Fail(e),
                        Ok(true) => {
                            v[a + na + nb - 1] = v[a + na - 1];
                            na -= 1;
                            acount += 1;
                            bcount = 0;
                            if na == 0 {
                                break 'merge End::Done;
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            v[a + na + nb - 1] = tmp[nb - 1];
                            nb -= 1;
                            bcount += 1;
                            acount = 0;
                            if nb == 1 {
                                break 'merge End::CopyLast;
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(lt, tmp[nb - 1], &v[a..a + na], na - 1) {
                        Ok(k) => na - k,
                        Err(e) => break 'merge End::Fail(e),
                    };
                    acount = k;
                    if k > 0 {
                        v.copy_within(a + na - k..a + na, a + na - k + nb);
                        na -= k;
                        if na == 0 {
                            break 'merge End::Done;
                        }
                    }
                    v[a + na + nb - 1] = tmp[nb - 1];
                    nb -= 1;
                    if nb == 1 {
                        break 'merge End::CopyLast;
                    }
                    let k = match gallop_left(lt, v[a + na - 1], &tmp[..nb], nb - 1) {
                        Ok(k) => nb - k,
                        Err(e) => break 'merge End::Fail(e),
                    };
                    bcount = k;
                    if k > 0 {
                        v[a + na + nb - k..a + na + nb].copy_from_slice(&tmp[nb - k..nb]);
                        nb -= k;
                        if nb == 1 {
                            break 'merge End::CopyLast;
                        }
                        // Only possible with an inconsistent comparison.
                        if nb == 0 {
                            break 'merge End::Done;
                        }
                    }
                    v[a + na + nb - 1] = v[a + na - 1];
                    na -= 1;
                    if na == 0 {
                        break 'merge End::Done;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match end {
            End::CopyLast => {
                v.copy_within(a..a + na, a + 1);
                v[a] = tmp[0];
                Ok(())
            }
            End::Done => {
                v[a + na..a + na + nb].copy_from_slice(&tmp[..nb]);
                Ok(())
            }
            End::Fail(e) => {
                v[a + na..a + na + nb].copy_from_slice(&tmp[..nb]);
                Err(e)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn sorts_stably() {
        let mut seed = 7;
        for n in [0, 1, 2, 3, 10, 31, 32, 33, 64, 65, 100, 257, 1000, 5000] {
            for modulus in [2, 10, 1_000_000] {
                let mut v: Vec<(u64, usize)> =
                    (0..n).map(|i| (lcg(&mut seed) % modulus, i)).collect();
                let mut expected = v.clone();
                expected.sort_by_key(|p| p.0);
                timsort(&mut v, |a, b| Ok::<bool, ()>(a.0 < b.0)).unwrap();
                assert_eq!(v, expected);
            }
        }
    }

    #[test]
    fn structured_inputs() {
        let n = 3000;
        let inputs: Vec<Vec<i64>> = vec![
            (0..n).collect(),
            (0..n).rev().collect(),
            (0..n).map(|i| i % 100).collect(),
            (0..n).map(|i| (i * 7919) % 1013).collect(),
            (0..n).map(|i| if i < n / 2 { i } else { n - i }).collect(),
        ];
        for input in inputs {
            let mut v = input.clone();
            let mut expected = input;
            expected.sort();
            timsort(&mut v, |a, b| Ok::<bool, ()>(a < b)).unwrap();
            assert_eq!(v, expected);
        }
    }

    #[test]
    fn failure_keeps_a_permutation() {
        let mut seed = 3;
        for stop_after in [0, 1, 5, 50, 500, 5000] {
            let input: Vec<u64> = (0..2000).map(|_| lcg(&mut seed) % 500).collect();
            let mut v = input.clone();
            let mut calls = 0;
            let r = timsort(&mut v, |a, b| {
                calls += 1;
                if calls > stop_after {
                    Err(())
                } else {
                    Ok(a < b)
                }
            });
            assert!(r.is_err());
            let (mut x, mut y) = (v, input);
            x.sort();
            y.sort();
            assert_eq!(x, y);
        }
    }

    #[test]
    fn inconsistent_comparison_keeps_a_permutation() {
        let mut seed = 11;
        let input: Vec<u64> = (0..3000).collect();
        let mut v = input.clone();
        timsort(&mut v, |_, _| Ok::<bool, ()>(lcg(&mut seed) & 1 == 0)).unwrap();
        v.sort();
        assert_eq!(v, input);
    }
}
