//! The crate's one sort: a stable merge sort of indices, compiled once.
//!
//! The standard library's `sort_by`, `sort_by_key` and `sort_unstable` are generic over the
//! element and the comparator, so every call site was its own copy of the stable and the
//! unstable sort (about 40 of them, 54 KB of the wasm). Here the sorting itself is not
//! generic: it orders the indices `0..n` through a `dyn` comparator of two indices and then
//! moves the elements through a `dyn` swap; what each call site adds is two small closures.
//!
//! Stable, like `sort_by`: elements that compare equal keep their order. (Where the crate
//! sorted unstably, the elements are totally ordered and equal ones are indistinguishable,
//! so the result is the same.) O(n log n) comparisons, n log n index moves and n swaps; an
//! already sorted vector costs one pass.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, stably.
pub fn by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let v: &[T] = v;
        order(v.len(), &mut |a, b| cmp(&v[a], &v[b]))
    };
    if let Some(order) = order {
        permute(order, &mut |a, b| v.swap(a, b));
    }
}

/// Sorts `v` by the key `f` gives each element, stably (like `sort_by_key`).
pub fn by_key<T, K: Ord>(v: &mut [T], mut f: impl FnMut(&T) -> K) {
    by(v, |a, b| f(a).cmp(&f(b)));
}

/// Sorts `v` in its natural order.
pub fn sort<T: Ord>(v: &mut [T]) {
    by(v, T::cmp);
}

/// Runs sorted by insertion before merging: short enough that insertion's n² is a constant.
const RUN: usize = 8;

/// The indices `0..n` in the order `cmp` gives them (equal ones in their first order), or
/// `None` when they are in order already.
fn order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Option<Vec<usize>> {
    if (1..n).all(|i| cmp(i - 1, i) != Ordering::Greater) {
        return None;
    }
    let mut idx: Vec<usize> = (0..n).collect();
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && cmp(idx[j - 1], idx[j]) == Ordering::Greater {
                idx.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let mut buf = vec![0; n];
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                // The left element first unless the right is strictly smaller: stable.
                if cmp(idx[j], idx[i]) == Ordering::Less {
                    buf[k] = idx[j];
                    j += 1;
                } else {
                    buf[k] = idx[i];
                    i += 1;
                }
                k += 1;
            }
            let rest = if i < mid { &idx[i..mid] } else { &idx[j..hi] };
            buf[k..hi].copy_from_slice(rest);
            lo = hi;
        }
        std::mem::swap(&mut idx, &mut buf);
        width *= 2;
    }
    Some(idx)
}

/// Puts the element at `order[k]` at position `k` for every `k`, by swaps along each cycle.
fn permute(mut order: Vec<usize>, swap: &mut dyn FnMut(usize, usize)) {
    for i in 0..order.len() {
        let mut j = i;
        while order[j] != i {
            let next = order[j];
            swap(j, next);
            order[j] = j;
            j = next;
        }
        order[j] = j;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator: no dependency for a test.
    fn numbers(seed: u64, n: usize, range: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x % range
            })
            .collect()
    }

    #[test]
    fn sorts_like_the_standard_library_stable_sort() {
        for n in [0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 64, 100, 1000, 4099] {
            for range in [1, 2, 5, 1000] {
                // (key, original position): the position shows stability.
                let v: Vec<(u64, usize)> = numbers(n as u64 + range + 1, n, range).into_iter().zip(0..).collect();
                let mut ours = v.clone();
                by_key(&mut ours, |p| p.0);
                let mut std = v.clone();
                std.sort_by_key(|p| p.0);
                assert_eq!(ours, std, "n {n} range {range}");
                let mut ours = v.clone();
                by(&mut ours, |a, b| b.0.cmp(&a.0));
                let mut std = v;
                std.sort_by_key(|p| std::cmp::Reverse(p.0));
                assert_eq!(ours, std, "n {n} range {range}, reversed");
            }
        }
    }

    #[test]
    fn sorts_in_natural_order() {
        let mut words = vec!["b".to_string(), "a".to_string(), "c".to_string(), "a".to_string()];
        sort(&mut words);
        assert_eq!(words, ["a", "a", "b", "c"]);
        let mut sorted: Vec<u32> = (0..50).collect();
        sort(&mut sorted);
        assert_eq!(sorted, (0..50).collect::<Vec<_>>());
        let mut reversed: Vec<u32> = (0..50).rev().collect();
        sort(&mut reversed);
        assert_eq!(reversed, sorted);
    }
}
