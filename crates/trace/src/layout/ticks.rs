//! Axis ticks at "nice" steps — 1, 2 or 5 × 10^k units, the choice of
//! Heckbert's "Nice numbers for graph labels" (Graphics Gems, 1990) that
//! d3 and leptos-chartistry make too — and their labels: durations in the
//! unit the step calls for (`0.5 s`, `250 ms`, `40 µs`), step numbers as
//! plain integers.

use super::{Axis, Viewport};

/// One tick of the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// Its value on the axis.
    pub value: f64,
    /// Its x pixel in the viewport.
    pub x: f64,
    /// Its label.
    pub label: String,
}

/// The nice step (1/2/5 × 10^k, at least `min_step`) that cuts `span` into
/// at most `count` intervals.
///
/// ```
/// # use coroscope_trace::layout::nice_step;
/// assert_eq!(nice_step(1000.0, 10, 1.0), 100.0);
/// assert_eq!(nice_step(1000.0, 4, 1.0), 500.0);
/// ```
pub fn nice_step(span: f64, count: usize, min_step: f64) -> f64 {
    let raw = (span / count.max(1) as f64).max(min_step);
    if !(raw.is_finite() && raw > 0.0) {
        return min_step.max(1.0);
    }
    let magnitude = 10f64.powf(raw.log10().floor());
    let nice = [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * magnitude).find(|&step| step >= raw * (1.0 - 1e-9));
    nice.unwrap_or(10.0 * magnitude)
}

/// A duration of `ns` nanoseconds labelled in the unit that `step` (the
/// tick spacing) calls for, with just the decimals the step needs.
///
/// ```
/// # use coroscope_trace::layout::fmt_duration;
/// assert_eq!(fmt_duration(500_000_000.0, 100_000_000.0), "0.5 s");
/// assert_eq!(fmt_duration(250_000_000.0, 50_000_000.0), "250 ms");
/// ```
pub fn fmt_duration(ns: f64, step: f64) -> String {
    let (unit, name) = match step {
        s if s >= 1e8 => (1e9, "s"),
        s if s >= 1e5 => (1e6, "ms"),
        s if s >= 1e2 => (1e3, "µs"),
        _ => (1.0, "ns"),
    };
    let decimals = (-(step / unit).log10().floor()).clamp(0.0, 9.0) as usize;
    let value = ns / unit;
    if value.abs() < 1e-12 {
        return format!("0 {name}");
    }
    format!("{value:.decimals$} {name}")
}

/// The ticks of `axis` across `view`, at least `min_px` pixels apart.
pub fn ticks(axis: Axis, view: &Viewport, min_px: f64) -> Vec<Tick> {
    let count = (view.width / min_px.max(1.0)).floor().max(1.0) as usize;
    let step = nice_step(view.span, count, 1.0);
    let first = (view.start / step).ceil() as i64;
    let last = (view.end() / step + 1e-9).floor() as i64;
    (first..=last)
        .map(|k| {
            let value = k as f64 * step;
            let label = match axis {
                Axis::Time => fmt_duration(value, step),
                Axis::Steps => format!("{value:.0}"),
            };
            Tick { value, x: view.x_of(value), label }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_steps_are_one_two_or_five_times_a_power_of_ten() {
        assert_eq!(nice_step(1.0e9, 10, 1.0), 1.0e8);
        assert_eq!(nice_step(1.0e9, 6, 1.0), 2.0e8);
        assert_eq!(nice_step(1.0e9, 3, 1.0), 5.0e8);
        assert_eq!(nice_step(7.0, 10, 1.0), 1.0, "steps never go under the minimum");
        assert_eq!(nice_step(0.0, 10, 1.0), 1.0);
        assert_eq!(nice_step(f64::NAN, 10, 1.0), 1.0);
        assert_eq!(nice_step(3.0e5, 2, 1.0), 2.0e5);
    }

    #[test]
    fn durations_take_the_unit_of_their_step() {
        assert_eq!(fmt_duration(0.0, 1e8), "0 s");
        assert_eq!(fmt_duration(1.5e9, 5e8), "1.5 s");
        assert_eq!(fmt_duration(2e9, 1e9), "2 s");
        assert_eq!(fmt_duration(3e6, 1e6), "3 ms");
        assert_eq!(fmt_duration(2.5e6, 5e5), "2.5 ms");
        assert_eq!(fmt_duration(40e3, 10e3), "40 µs");
        assert_eq!(fmt_duration(20.0, 5.0), "20 ns");
    }

    #[test]
    fn time_ticks_cover_the_view_with_nice_labels() {
        let view = Viewport::fit(1e9, 800.0);
        let ticks = ticks(Axis::Time, &view, 80.0);
        let labels: Vec<_> = ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["0 s", "0.1 s", "0.2 s", "0.3 s", "0.4 s", "0.5 s", "0.6 s", "0.7 s", "0.8 s", "0.9 s", "1.0 s"]);
        assert_eq!(ticks[5].x, 400.0);
    }

    #[test]
    fn ticks_of_a_zoomed_view_start_inside_it() {
        let view = Viewport { start: 230e6, span: 40e6, width: 400.0, fitted: false };
        let ticks = ticks(Axis::Time, &view, 80.0);
        assert_eq!(ticks.first().unwrap().label, "230 ms");
        assert!(ticks.iter().all(|t| t.x > -1e-6 && t.x < 400.0 + 1e-6), "{ticks:?}");
        assert!(ticks.len() >= 3 && ticks.len() <= 5, "{ticks:?}");
    }

    #[test]
    fn step_ticks_are_whole_steps() {
        let view = Viewport::fit(12.0, 600.0);
        let ticks = ticks(Axis::Steps, &view, 60.0);
        let labels: Vec<_> = ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["0", "2", "4", "6", "8", "10", "12"]);
        let narrow = Viewport { start: 3.0, span: 4.0, width: 800.0, fitted: false };
        let whole = super::ticks(Axis::Steps, &narrow, 60.0);
        assert_eq!(whole.iter().map(|t| t.value).collect::<Vec<_>>(), [3.0, 4.0, 5.0, 6.0, 7.0]);
    }
}
