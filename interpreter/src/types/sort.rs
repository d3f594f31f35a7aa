//! The sort behind `list.sort` and `sorted`: a natural merge sort (timsort) that makes the same
//! comparisons, in the same order, as CPython 3.11's, so that a comparison that raises (`'<'
//! not supported between instances of 'str' and 'int'`) names the same pair and leaves the
//! list in the same permutation.
//!
//! The algorithm: find the runs already in order (a strictly descending run is reversed),
//! extend short runs to `minrun` items by binary insertion, and merge the runs pending on a
//! stack in the order the powersort rule gives, merging with "galloping" (exponential then
//! binary search) once one side keeps winning. Only `<` is used.
//!
//! Invariant: whatever a comparison raises, `v` stays a permutation of its items (a merge
//! interrupted by an exception copies its remaining items back before returning).

use alloc::vec::Vec;

use crate::bytecode::CompareOp;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A (key, item) pair: keys decide the order, items move with them.
pub(crate) type Pair = (Value, Value);

/// Consecutive wins that switch a merge into galloping, at first.
const MIN_GALLOP: usize = 7;

/// A run waiting to be merged, and the powersort "power" of its boundary with the next run.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// How a merge loop ended, when no comparison raised.
enum Exit {
    /// Everything merged except what the common epilogue copies back.
    Done,
    /// One item is left on the side that was copied out; it goes last (or first).
    LastOfTemp,
}

/// Sorts `v` by the keys, stably.
pub(crate) fn timsort(vm: &mut Vm, v: &mut [Pair]) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut s = Merger {
        tmp: Vec::new(),
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
    };
    let minrun = min_run(n);
    let mut lo = 0;
    while lo < n {
        let remaining = n - lo;
        let (mut run, descending) = count_run(vm, &v[lo..])?;
        if descending {
            v[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            binary_insertion(vm, &mut v[lo..lo + force], run)?;
            run = force;
        }
        s.found_new_run(vm, v, run)?;
        s.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
    }
    while s.pending.len() > 1 {
        let mut i = s.pending.len() - 2;
        if i > 0 && s.pending[i - 1].len < s.pending[i + 1].len {
            i -= 1;
        }
        s.merge_at(vm, v, i)?;
    }
    Ok(())
}

#[inline]
fn lt(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    // Small ints, floats and strs without the general comparison's probing.
    if let Some(r) = vm.compare_fast(CompareOp::Lt as u32, a, b) {
        return Ok(r);
    }
    vm.order(CompareOp::Lt, a, b)
}

/// The shortest run worth merging for `n` items: `n`'s six leading bits, plus one if any of
/// the rest is set (so `n / minrun` is a power of two or just under one).
fn min_run(mut n: usize) -> usize {
    let mut rest = 0;
    while n >= 64 {
        rest |= n & 1;
        n >>= 1;
    }
    n + rest
}

/// The length of the run at the start of `v` (at least two items when `v` has two), and
/// whether it is strictly descending.
fn count_run(vm: &mut Vm, v: &[Pair]) -> PyResult<(usize, bool)> {
    if v.len() == 1 {
        return Ok((1, false));
    }
    let descending = lt(vm, v[1].0, v[0].0)?;
    let mut n = 2;
    while n < v.len() {
        if lt(vm, v[n].0, v[n - 1].0)? != descending {
            break;
        }
        n += 1;
    }
    Ok((n, descending))
}

/// Sorts `v` whose first `sorted` items are in order, inserting each later item after the
/// last one not greater than it (found by binary search).
fn binary_insertion(vm: &mut Vm, v: &mut [Pair], sorted: usize) -> PyResult<()> {
    for start in sorted.max(1)..v.len() {
        let pivot = v[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(vm, pivot.0, v[p].0)? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v.copy_within(l..start, l + 1);
        v[l] = pivot;
    }
    Ok(())
}

/// Where `key` goes in the sorted `a`, before any equal items: the `k` with
/// `a[k-1] < key <= a[k]`. The search starts at `hint` and gallops outwards.
fn gallop_left(vm: &mut Vm, key: Value, a: &[Pair], hint: usize) -> PyResult<usize> {
    let n = a.len();
    let (mut last, mut ofs);
    if lt(vm, a[hint].0, key)? {
        // a[hint] < key: gallop right until a[hint + last] < key <= a[hint + ofs].
        let max = n - hint;
        (last, ofs) = (0, 1);
        while ofs < max && lt(vm, a[hint + ofs].0, key)? {
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(max);
        (last, ofs) = (hint + last + 1, hint + ofs);
    } else {
        // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - last].
        let max = hint + 1;
        (last, ofs) = (0, 1);
        while ofs < max && !lt(vm, a[hint - ofs].0, key)? {
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(max);
        // a[hint - ofs] may be "a[-1]": the search range starts just after it.
        (last, ofs) = (hint + 1 - ofs, hint - last);
    }
    // Now a[last - 1] < key <= a[ofs].
    while last < ofs {
        let m = last + ((ofs - last) >> 1);
        if lt(vm, a[m].0, key)? {
            last = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs)
}

/// Where `key` goes in the sorted `a`, after any equal items: the `k` with
/// `a[k-1] <= key < a[k]`. The search starts at `hint` and gallops outwards.
fn gallop_right(vm: &mut Vm, key: Value, a: &[Pair], hint: usize) -> PyResult<usize> {
    let n = a.len();
    let (mut last, mut ofs);
    if lt(vm, key, a[hint].0)? {
        // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - last].
        let max = hint + 1;
        (last, ofs) = (0, 1);
        while ofs < max && lt(vm, key, a[hint - ofs].0)? {
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(max);
        (last, ofs) = (hint + 1 - ofs, hint - last);
    } else {
        // a[hint] <= key: gallop right until a[hint + last] <= key < a[hint + ofs].
        let max = n - hint;
        (last, ofs) = (0, 1);
        while ofs < max && !lt(vm, key, a[hint + ofs].0)? {
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(max);
        (last, ofs) = (hint + last + 1, hint + ofs);
    }
    // Now a[last - 1] <= key < a[ofs].
    while last < ofs {
        let m = last + ((ofs - last) >> 1);
        if lt(vm, key, a[m].0)? {
            ofs = m;
        } else {
            last = m + 1;
        }
    }
    Ok(ofs)
}

/// The powersort power of the boundary between a run `[s1, s1 + n1)` and the run of `n2`
/// items after it, in a list of `n`: the first bit at which the binary expansions of their
/// midpoints (as fractions of `n`) differ.
fn power(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    // Twice the midpoints, to stay in integers.
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    let mut result = 0;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            return result;
        }
        a <<= 1;
        b <<= 1;
    }
}

/// The merge state: the stack of pending runs and the scratch space of a merge.
struct Merger {
    tmp: Vec<Pair>,
    min_gallop: usize,
    pending: Vec<Run>,
}

impl Merger {
    /// Merges pending runs as the powersort rule asks before a run of `n2` items is pushed.
    fn found_new_run(&mut self, vm: &mut Vm, v: &mut [Pair], n2: usize) -> PyResult<()> {
        let Some(last) = self.pending.last() else {
            return Ok(());
        };
        let p = power(last.base, last.len, n2, v.len());
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > p {
            self.merge_at(vm, v, self.pending.len() - 2)?;
        }
        if let Some(last) = self.pending.last_mut() {
            last.power = p;
        }
        Ok(())
    }

    /// Merges pending runs `i` and `i + 1`.
    fn merge_at(&mut self, vm: &mut Vm, v: &mut [Pair], i: usize) -> PyResult<()> {
        let (a, b) = (self.pending[i], self.pending[i + 1]);
        self.pending[i].len = a.len + b.len;
        self.pending.remove(i + 1);
        // Items of `a` not greater than b[0] are already in place.
        let k = gallop_right(vm, v[b.base].0, &v[a.base..b.base], 0)?;
        let (base_a, na) = (a.base + k, a.len - k);
        if na == 0 {
            return Ok(());
        }
        // So are items of `b` not less than a's last.
        let nb = gallop_left(
            vm,
            v[base_a + na - 1].0,
            &v[b.base..b.base + b.len],
            b.len - 1,
        )?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(vm, v, base_a, na, nb)
        } else {
            self.merge_hi(vm, v, base_a, na, nb)
        }
    }

    /// Merges `v[base..base+na]` with the `nb` items after it, left to right, `na <= nb`;
    /// `a` is copied out to `tmp`.
    fn merge_lo(
        &mut self,
        vm: &mut Vm,
        v: &mut [Pair],
        base: usize,
        na: usize,
        nb: usize,
    ) -> PyResult<()> {
        let mut tmp = core::mem::take(&mut self.tmp);
        tmp.clear();
        tmp.extend_from_slice(&v[base..base + na]);
        let mut m = Lo {
            pa: 0,
            na,
            pb: base + na,
            nb,
            dest: base,
        };
        let r = m.run(vm, v, &tmp, &mut self.min_gallop);
        let Lo {
            pa,
            na,
            pb,
            nb,
            dest,
            ..
        } = m;
        match r {
            Ok(Exit::LastOfTemp) => {
                v.copy_within(pb..pb + nb, dest);
                v[dest + nb] = tmp[pa];
            }
            Ok(Exit::Done) | Err(_) => v[dest..dest + na].copy_from_slice(&tmp[pa..pa + na]),
        }
        self.tmp = tmp;
        r.map(drop)
    }

    /// Merges `v[base..base+na]` with the `nb` items after it, right to left, `na > nb`;
    /// `b` is copied out to `tmp`.
    fn merge_hi(
        &mut self,
        vm: &mut Vm,
        v: &mut [Pair],
        base: usize,
        na: usize,
        nb: usize,
    ) -> PyResult<()> {
        let mut tmp = core::mem::take(&mut self.tmp);
        tmp.clear();
        tmp.extend_from_slice(&v[base + na..base + na + nb]);
        let mut m = Hi { base, na, nb };
        let r = m.run(vm, v, &tmp, &mut self.min_gallop);
        let Hi { base, na, nb } = m;
        match r {
            Ok(Exit::LastOfTemp) => {
                v.copy_within(base..base + na, base + 1);
                v[base] = tmp[0];
            }
            Ok(Exit::Done) | Err(_) => v[base + na..base + na + nb].copy_from_slice(&tmp[..nb]),
        }
        self.tmp = tmp;
        r.map(drop)
    }
}

/// A left-to-right merge in progress: `na` items of `a` left at `tmp[pa..]`, `nb` items of
/// `b` left at `v[pb..]`, the next output slot `v[dest]` (always below `pb`).
struct Lo {
    pa: usize,
    na: usize,
    pb: usize,
    nb: usize,
    dest: usize,
}

impl Lo {
    fn take_a(&mut self, v: &mut [Pair], tmp: &[Pair], k: usize) {
        v[self.dest..self.dest + k].copy_from_slice(&tmp[self.pa..self.pa + k]);
        (self.dest, self.pa, self.na) = (self.dest + k, self.pa + k, self.na - k);
    }

    fn take_b(&mut self, v: &mut [Pair], k: usize) {
        v.copy_within(self.pb..self.pb + k, self.dest);
        (self.dest, self.pb, self.nb) = (self.dest + k, self.pb + k, self.nb - k);
    }

    fn run(
        &mut self,
        vm: &mut Vm,
        v: &mut [Pair],
        tmp: &[Pair],
        min_gallop: &mut usize,
    ) -> PyResult<Exit> {
        // b[0] < a[0], or the merge would have started later.
        self.take_b(v, 1);
        if self.nb == 0 {
            return Ok(Exit::Done);
        }
        if self.na == 1 {
            return Ok(Exit::LastOfTemp);
        }
        loop {
            // One item at a time until one side wins `min_gallop` times in a row.
            let (mut a_wins, mut b_wins) = (0, 0);
            loop {
                if lt(vm, v[self.pb].0, tmp[self.pa].0)? {
                    self.take_b(v, 1);
                    (a_wins, b_wins) = (0, b_wins + 1);
                    if self.nb == 0 {
                        return Ok(Exit::Done);
                    }
                    if b_wins >= *min_gallop {
                        break;
                    }
                } else {
                    self.take_a(v, tmp, 1);
                    (a_wins, b_wins) = (a_wins + 1, 0);
                    if self.na == 1 {
                        return Ok(Exit::LastOfTemp);
                    }
                    if a_wins >= *min_gallop {
                        break;
                    }
                }
            }
            // Galloping: find how many items each side wins at once.
            *min_gallop += 1;
            loop {
                *min_gallop -= usize::from(*min_gallop > 1);
                let a = &tmp[self.pa..self.pa + self.na];
                a_wins = gallop_right(vm, v[self.pb].0, a, 0)?;
                if a_wins > 0 {
                    self.take_a(v, tmp, a_wins);
                    if self.na == 1 {
                        return Ok(Exit::LastOfTemp);
                    }
                    // Only when `<` is inconsistent.
                    if self.na == 0 {
                        return Ok(Exit::Done);
                    }
                }
                self.take_b(v, 1);
                if self.nb == 0 {
                    return Ok(Exit::Done);
                }
                let b = &v[self.pb..self.pb + self.nb];
                b_wins = gallop_left(vm, tmp[self.pa].0, b, 0)?;
                if b_wins > 0 {
                    self.take_b(v, b_wins);
                    if self.nb == 0 {
                        return Ok(Exit::Done);
                    }
                }
                self.take_a(v, tmp, 1);
                if self.na == 1 {
                    return Ok(Exit::LastOfTemp);
                }
                if a_wins < MIN_GALLOP && b_wins < MIN_GALLOP {
                    break;
                }
            }
            // Leaving galloping mode costs.
            *min_gallop += 1;
        }
    }
}

/// A right-to-left merge in progress: `na` items of `a` left at `v[base..base+na]`, `nb`
/// items of `b` left at `tmp[..nb]`; the next output slot is `v[base + na + nb - 1]`.
struct Hi {
    base: usize,
    na: usize,
    nb: usize,
}

impl Hi {
    fn last_a(&self) -> usize {
        self.base + self.na - 1
    }

    fn take_a(&mut self, v: &mut [Pair], k: usize) {
        let from = self.base + self.na - k;
        v.copy_within(from..from + k, from + self.nb);
        self.na -= k;
    }

    fn take_b(&mut self, v: &mut [Pair], tmp: &[Pair], k: usize) {
        let to = self.base + self.na + self.nb - k;
        v[to..to + k].copy_from_slice(&tmp[self.nb - k..self.nb]);
        self.nb -= k;
    }

    fn run(
        &mut self,
        vm: &mut Vm,
        v: &mut [Pair],
        tmp: &[Pair],
        min_gallop: &mut usize,
    ) -> PyResult<Exit> {
        // a's last item is the greatest, or the merge would have ended earlier.
        self.take_a(v, 1);
        if self.na == 0 {
            return Ok(Exit::Done);
        }
        if self.nb == 1 {
            return Ok(Exit::LastOfTemp);
        }
        loop {
            let (mut a_wins, mut b_wins) = (0, 0);
            loop {
                if lt(vm, tmp[self.nb - 1].0, v[self.last_a()].0)? {
                    self.take_a(v, 1);
                    (a_wins, b_wins) = (a_wins + 1, 0);
                    if self.na == 0 {
                        return Ok(Exit::Done);
                    }
                    if a_wins >= *min_gallop {
                        break;
                    }
                } else {
                    self.take_b(v, tmp, 1);
                    (a_wins, b_wins) = (0, b_wins + 1);
                    if self.nb == 1 {
                        return Ok(Exit::LastOfTemp);
                    }
                    if b_wins >= *min_gallop {
                        break;
                    }
                }
            }
            *min_gallop += 1;
            loop {
                *min_gallop -= usize::from(*min_gallop > 1);
                let a = &v[self.base..self.base + self.na];
                a_wins = self.na - gallop_right(vm, tmp[self.nb - 1].0, a, self.na - 1)?;
                if a_wins > 0 {
                    self.take_a(v, a_wins);
                    if self.na == 0 {
                        return Ok(Exit::Done);
                    }
                }
                self.take_b(v, tmp, 1);
                if self.nb == 1 {
                    return Ok(Exit::LastOfTemp);
                }
                let key = v[self.last_a()].0;
                b_wins = self.nb - gallop_left(vm, key, &tmp[..self.nb], self.nb - 1)?;
                if b_wins > 0 {
                    self.take_b(v, tmp, b_wins);
                    if self.nb == 1 {
                        return Ok(Exit::LastOfTemp);
                    }
                    // Only when `<` is inconsistent.
                    if self.nb == 0 {
                        return Ok(Exit::Done);
                    }
                }
                self.take_a(v, 1);
                if self.na == 0 {
                    return Ok(Exit::Done);
                }
                if a_wins < MIN_GALLOP && b_wins < MIN_GALLOP {
                    break;
                }
            }
            *min_gallop += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn min_run_takes_six_leading_bits() {
        assert_eq!(min_run(63), 63);
        assert_eq!(min_run(64), 32);
        assert_eq!(min_run(65), 33);
        assert_eq!(min_run(2112), 33);
        assert_eq!(min_run(2048), 32);
    }

    #[test]
    fn power_of_boundaries() {
        // Two halves of a list meet at its middle: power 1.
        assert_eq!(power(0, 50, 50, 100), 1);
        // Runs in the first quarter meet at power 3 (the 1/8 mark).
        assert_eq!(power(0, 12, 13, 100), 3);
    }
}
