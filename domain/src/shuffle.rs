//! The order options are shown in (issue 16): shuffled, so that no answer is given away by
//! its position; the same all through one attempt, and different on the next.
//!
//! An order is a pure function of an item's key (its progress key, or for the presenter its
//! address) and the attempt number, so it needs nothing stored: the UI passes the number of
//! answers progress already holds for the item. A reload before answering shows the same
//! order; once an answer is recorded, the next visit is a new attempt and a new order.
//!
//! How: a 64-bit FNV-1a hash of the key, mixed with the attempt number, seeds SplitMix64, which
//! drives a Fisher–Yates shuffle. Consecutive attempts never show the same order (for two or
//! more options): an attempt whose first draw repeats the previous attempt's order draws again.
//! That makes each order depend on the one before, so an order is found by walking from
//! attempt 0; attempts count modulo [`CYCLE`] to bound that walk whatever a stored count says.

/// Orders repeat after this many attempts. Bounds the work of [`order`] (at most this many
/// shuffles of a few options, microseconds), even for a count read from an imported file.
pub const CYCLE: u32 = 1024;

/// Draws tried for one attempt before falling back to rotating the last draw.
const DRAWS: u64 = 8;

/// The order to show `n` options in, as indices into them (a permutation of `0..n`), for
/// the item `key` at `attempt` (0 for a first attempt).
pub fn order(n: usize, key: &str, attempt: u32) -> Vec<usize> {
    order_avoiding(n, key, attempt, &[])
}

/// Like [`order`], but never `avoid` (when there is another order to give): for the ladder,
/// whose starting order must not already be the answer. Not repeating the previous attempt
/// gives way to this when only one order is left.
pub fn order_avoiding(n: usize, key: &str, attempt: u32, avoid: &[usize]) -> Vec<usize> {
    let base = fnv1a(key.as_bytes());
    let mut previous: Vec<usize> = Vec::new();
    for a in 0..=attempt % CYCLE {
        let fresh = |o: &[usize]| o != avoid && o != previous.as_slice();
        let mut tried: Vec<Vec<usize>> = Vec::new();
        for d in 0..DRAWS {
            let draw = shuffled(n, seed(base, a, d));
            let done = fresh(&draw);
            tried.push(draw);
            if done {
                break;
            }
        }
        // After eight unlucky draws (likely only with two options), rotations of the last
        // draw, each of which differs from it.
        let last = tried.last().cloned().unwrap_or_default();
        let rotate = !fresh(&last);
        for k in (1..n.min(3)).filter(|_| rotate) {
            let mut r = last.clone();
            r.rotate_left(k);
            tried.push(r);
        }
        let chosen = tried
            .iter()
            .position(|o| fresh(o))
            .or_else(|| tried.iter().position(|o| o.as_slice() != avoid))
            .map_or(last, |i| tried.swap_remove(i));
        previous = chosen;
    }
    previous
}

/// `items` in `order` (indices past the end are skipped).
pub fn arrange<'a, T>(items: &'a [T], order: &[usize]) -> Vec<&'a T> {
    order.iter().filter_map(|&i| items.get(i)).collect()
}

/// `items` as the learner sees them at `attempt`, or in file order if `fixed`.
pub fn shown<'a, T>(items: &'a [T], key: &str, attempt: u32, fixed: bool) -> Vec<&'a T> {
    if fixed {
        items.iter().collect()
    } else {
        arrange(items, &order(items.len(), key, attempt))
    }
}

/// 64-bit FNV-1a: a fixed, well-spread hash of the key (std's hasher may change between
/// releases; an order must not).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The seed of one draw: the key's hash, the attempt and the draw, mixed.
fn seed(base: u64, attempt: u32, draw: u64) -> u64 {
    let mut s = base ^ (u64::from(attempt) << 8 | draw).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    splitmix(&mut s)
}

/// One step of SplitMix64: a small, fixed pseudo-random generator.
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// `0..n` shuffled by Fisher–Yates, driven by SplitMix64 from `seed`.
fn shuffled(n: usize, seed: u64) -> Vec<usize> {
    let mut out: Vec<usize> = (0..n).collect();
    let mut state = seed;
    for i in (1..n).rev() {
        let j = (splitmix(&mut state) % (i as u64 + 1)) as usize;
        out.swap(i, j);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn keys(count: usize) -> Vec<String> {
        (0..count)
            .map(|i| format!("validate.decide.item-{i}"))
            .collect()
    }

    #[test]
    fn an_order_is_a_permutation_of_every_option() {
        for n in 0..12 {
            for key in keys(20) {
                for attempt in [0, 1, 2, 7, 100] {
                    let mut o = order(n, &key, attempt);
                    o.sort_unstable();
                    assert_eq!(
                        o,
                        (0..n).collect::<Vec<_>>(),
                        "{key} n={n} attempt {attempt}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_same_key_and_attempt_always_give_the_same_order() {
        for key in keys(30) {
            for attempt in 0..20 {
                assert_eq!(order(5, &key, attempt), order(5, &key, attempt));
            }
        }
        // Pinned, so a change to the generator (which would reshuffle every learner's current
        // attempt) is a decision, not an accident.
        assert_eq!(order(4, "listen.pick.example", 0), [0, 2, 1, 3]);
        assert_eq!(order(4, "listen.pick.example", 1), [1, 0, 2, 3]);
    }

    #[test]
    fn the_next_attempt_never_repeats_the_order_just_seen() {
        for n in 2..8 {
            for key in keys(20) {
                let orders: Vec<Vec<usize>> = (0..30).map(|a| order(n, &key, a)).collect();
                for (a, pair) in orders.windows(2).enumerate() {
                    assert_ne!(pair[0], pair[1], "{key} n={n}: attempts {a} and {}", a + 1);
                }
            }
        }
    }

    #[test]
    fn different_items_and_attempts_give_different_orders_often() {
        // Three options have six orders: over 300 items every one of them turns up, and the
        // first option lands in each position about a third of the time.
        let firsts: Vec<Vec<usize>> = keys(300).iter().map(|k| order(3, k, 0)).collect();
        let distinct: BTreeSet<&Vec<usize>> = firsts.iter().collect();
        assert_eq!(distinct.len(), 6);
        for position in 0..3 {
            let share = firsts.iter().filter(|o| o[position] == 0).count();
            assert!(
                (70..=130).contains(&share),
                "option 0 at {position}: {share} of 300"
            );
        }
        // One item over many attempts: the keyed option moves about too.
        let mut at = [0usize; 4];
        for a in 0..400 {
            let o = order(4, "listen.pick.example", a);
            at[o.iter().position(|&i| i == 0).unwrap_or(0)] += 1;
        }
        assert!(at.iter().all(|&c| (60..=140).contains(&c)), "{at:?}");
        // Five options: 300 items give well over a hundred different orders.
        let five: BTreeSet<Vec<usize>> = keys(300).iter().map(|k| order(5, k, 0)).collect();
        assert!(five.len() > 100, "{}", five.len());
    }

    #[test]
    fn an_avoided_order_is_never_given_when_another_exists() {
        let solved = vec![0, 1, 2, 3];
        for key in keys(50) {
            for attempt in 0..40 {
                assert_ne!(order_avoiding(4, &key, attempt, &solved), solved);
            }
        }
        // Two options, one avoided: only one order is left, so every attempt shows it.
        assert_eq!(order_avoiding(2, "k", 3, &[0, 1]), [1, 0]);
    }

    #[test]
    fn orders_cycle_and_any_stored_count_is_cheap() {
        assert_eq!(order(6, "k", CYCLE), order(6, "k", 0));
        assert_eq!(order(6, "k", u32::MAX), order(6, "k", u32::MAX % CYCLE));
        assert!(order(0, "k", 5).is_empty());
        assert_eq!(order(1, "k", 5), [0]);
    }

    #[test]
    fn fixed_items_keep_file_order_and_arrange_skips_unknown_indices() {
        let items = ["a", "b", "c", "d"];
        for attempt in 0..10 {
            assert_eq!(shown(&items, "k", attempt, true), [&"a", &"b", &"c", &"d"]);
        }
        let s = shown(&items, "k", 0, false);
        assert_eq!(s.len(), 4);
        assert_eq!(arrange(&items, &[3, 9, 0]), [&"d", &"a"]);
    }
}
