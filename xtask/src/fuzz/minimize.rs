//! Shrinking a finding: delta debugging (Zeller's ddmin, the one-sided
//! "remove a chunk, keep the removal if the bug stays" form) over lines,
//! then over bytes, within a time budget. "The bug stays" means the runner
//! gives the same signature (and, for timeouts and memory, CPython still
//! runs the candidate fine).

use std::time::Instant;

/// Removes chunks of `units` (halving the chunk size down to one) while
/// `still_fails` holds for what is left joined with `sep`.
pub fn reduce(
    mut units: Vec<Vec<u8>>,
    sep: &[u8],
    still_fails: &mut dyn FnMut(&[u8]) -> bool,
    deadline: Instant,
) -> Vec<Vec<u8>> {
    let mut chunk = (units.len() / 2).max(1);
    loop {
        let mut removed = false;
        let mut i = 0;
        while i < units.len() {
            if Instant::now() >= deadline {
                return units;
            }
            let end = (i + chunk).min(units.len());
            let candidate: Vec<Vec<u8>> = units[..i].iter().chain(&units[end..]).cloned().collect();
            if !candidate.is_empty() && still_fails(&candidate.join(sep)) {
                units = candidate;
                removed = true;
            } else {
                i += chunk;
            }
        }
        if chunk == 1 && !removed {
            return units;
        }
        chunk = (chunk / 2).max(1);
    }
}

/// Lines first (fast on big inputs), then single bytes.
pub fn shrink(
    input: &[u8],
    still_fails: &mut dyn FnMut(&[u8]) -> bool,
    deadline: Instant,
) -> Vec<u8> {
    let lines: Vec<Vec<u8>> = input.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect();
    let text = reduce(lines, b"\n", still_fails, deadline).join(&b'\n');
    let bytes: Vec<Vec<u8>> = text.iter().map(|&b| vec![b]).collect();
    reduce(bytes, b"", still_fails, deadline).concat()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn shrinks_to_the_failing_part() {
        let input = b"a = 1\nb = 2\nboom(1)\nc = 3\n";
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut fails = |text: &[u8]| text.windows(4).any(|w| w == b"boom");
        assert_eq!(shrink(input, &mut fails, deadline), b"boom");
    }
}
