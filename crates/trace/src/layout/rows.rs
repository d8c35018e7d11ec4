//! What is on screen: the window of lanes the pane is scrolled to, and in
//! each lane the rectangles and print markers inside the viewport. Spans
//! narrower than `min_w` pixels are widened to it so an instant (a step
//! that took no virtual time) stays visible and clickable, and neighbouring
//! narrow ones that start within `min_w` pixels of each other fold into one
//! rectangle showing the most telling state (how a task ended, then
//! running: see [`Look`]'s order). So a lane never yields more than about two rectangles per
//! `min_w` pixels, however long the run: with the lane window, what keeps
//! 100,000 tasks drawable.

use super::{Axis, LaneIndex, Look, Viewport};
use crate::{LaneId, Trace};
use std::ops::Range;

/// The rows to draw for a pane scrolled to `scroll_top` and `height`
/// pixels tall, with rows `row_h` pixels high, plus `overscan` rows on
/// either side so a fast scroll shows no gap.
///
/// ```
/// # use coroscope_trace::layout::visible_rows;
/// assert_eq!(visible_rows(200.0, 100.0, 20.0, 1000, 2), 8..17);
/// ```
pub fn visible_rows(scroll_top: f64, height: f64, row_h: f64, rows: usize, overscan: usize) -> Range<usize> {
    if rows == 0 || row_h <= 0.0 {
        return 0..0;
    }
    let top = (scroll_top.max(0.0) / row_h).floor() as usize;
    let bottom = ((scroll_top.max(0.0) + height.max(0.0)) / row_h).ceil() as usize;
    top.saturating_sub(overscan).min(rows)..(bottom + overscan).min(rows)
}

/// The scroll top that shows the row at `row_top` (`row_h` high) in a pane
/// scrolled to `top` and `height` tall: unchanged when it is already in
/// view, else just enough to bring it to the nearer edge.
///
/// ```
/// # use coroscope_trace::layout::scroll_to_show;
/// assert_eq!(scroll_to_show(480.0, 24.0, 0.0, 240.0), 264.0);
/// ```
pub fn scroll_to_show(row_top: f64, row_h: f64, top: f64, height: f64) -> f64 {
    if row_top < top || row_h >= height {
        row_top
    } else if row_top + row_h > top + height {
        (row_top + row_h - height).max(0.0)
    } else {
        top
    }
}

/// Where a `size` (w, h) popup goes for a point (`x`, `y`) in a `room`
/// (w, h) box: at the point, moved left to fit the right edge, and flipped
/// above `above` when it would cross the bottom edge.
///
/// ```
/// # use coroscope_trace::layout::popup_at;
/// assert_eq!(popup_at((900.0, 10.0), 0.0, (200.0, 100.0), (1000.0, 500.0)), (796.0, 10.0));
/// ```
pub fn popup_at((x, y): (f64, f64), above: f64, (w, h): (f64, f64), (room_w, room_h): (f64, f64)) -> (f64, f64) {
    let x = x.min(room_w - w - 4.0).max(4.0);
    let y = if y + h > room_h { (above - h).max(4.0) } else { y };
    (x, y)
}

/// One drawn rectangle of a lane.
#[derive(Clone, Debug, PartialEq)]
pub struct Rect {
    /// Left edge in pixels from the viewport's left.
    pub x: f64,
    /// Width in pixels (at least the minimum width).
    pub w: f64,
    /// How it is drawn.
    pub look: Look,
    /// The span it stands for (index into `Trace::spans`): the one whose
    /// look it shows when several folded together.
    pub span: u32,
    /// That span's position among its lane's spans ([`LaneIndex::spans`]).
    pub pos: usize,
    /// The position of the first span it covers; it covers
    /// `first..first + count`.
    pub first: usize,
    /// How many spans it covers (1 unless narrow ones folded).
    pub count: u32,
}

impl Rect {
    /// Whether it stands for the span at lane position `pos`.
    pub fn covers(&self, pos: usize) -> bool {
        (self.first..self.first + self.count as usize).contains(&pos)
    }
}

/// The rectangles of `lane`'s spans inside `view` on `axis`.
pub fn lane_rects(trace: &Trace, index: &LaneIndex, lane: LaneId, axis: Axis, view: &Viewport, min_w: f64) -> Vec<Rect> {
    let spans = index.spans(lane);
    let range = |i: u32| axis.span_range(&trace.spans[i as usize]);
    // A lane's spans follow one another, so their ends are sorted too.
    let first = spans.partition_point(|&i| range(i).1 < view.start);
    let max_x = (view.width - min_w).max(0.0);
    let mut rects: Vec<Rect> = Vec::new();
    let mut last_narrow = false;
    for (pos, &i) in spans.iter().enumerate().skip(first) {
        let (a, b) = range(i);
        if a > view.end() {
            break;
        }
        let (x0, x1) = (view.x_of(a).max(0.0), view.x_of(b).min(view.width));
        let look = Look::of(&trace.spans[i as usize].state);
        let narrow = x1 - x0 < min_w;
        if narrow {
            let x = x0.min(max_x);
            if let Some(last) = rects.last_mut().filter(|last| last_narrow && x < last.x + min_w) {
                last.w = last.w.max(x + min_w - last.x);
                last.count += 1;
                if look > last.look {
                    (last.look, last.span, last.pos) = (look, i, pos);
                }
                continue;
            }
            rects.push(Rect { x, w: min_w, look, span: i, pos, first: pos, count: 1 });
        } else {
            rects.push(Rect { x: x0, w: x1 - x0, look, span: i, pos, first: pos, count: 1 });
        }
        last_narrow = narrow;
    }
    rects
}

/// A print marker: one or more output events of a lane at one spot.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    /// Its x pixel.
    pub x: f64,
    /// The first output event it stands for (index into `Trace::output`).
    pub output: u32,
    /// How many events it covers.
    pub count: u32,
}

/// The print markers of `lane` inside `view`, those closer than `min_gap`
/// pixels folded into one.
pub fn lane_markers(trace: &Trace, index: &LaneIndex, lane: LaneId, axis: Axis, view: &Viewport, min_gap: f64) -> Vec<Marker> {
    let output = index.output(lane);
    let at = |i: u32| axis.output_at(&trace.output[i as usize]);
    let first = output.partition_point(|&i| at(i) < view.start);
    let mut markers: Vec<Marker> = Vec::new();
    for &i in &output[first..] {
        let value = at(i);
        if value > view.end() {
            break;
        }
        let x = view.x_of(value);
        match markers.last_mut() {
            Some(last) if x - last.x < min_gap => last.count += 1,
            _ => markers.push(Marker { x, output: i, count: 1 }),
        }
    }
    markers
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::fixture;

    #[test]
    fn the_row_window_follows_the_scroll_and_stops_at_the_ends() {
        assert_eq!(visible_rows(0.0, 100.0, 20.0, 1000, 0), 0..5);
        assert_eq!(visible_rows(0.0, 100.0, 20.0, 3, 4), 0..3);
        assert_eq!(visible_rows(19_990.0, 100.0, 20.0, 1000, 2), 997..1000);
        assert_eq!(visible_rows(1e9, 100.0, 20.0, 10, 2), 10..10);
        assert_eq!(visible_rows(-5.0, 100.0, 20.0, 0, 2), 0..0);
        assert_eq!(visible_rows(30.0, 100.0, 0.0, 10, 2), 0..0);
    }

    #[test]
    fn scrolling_to_a_row_moves_only_as_far_as_needed() {
        assert_eq!(scroll_to_show(48.0, 24.0, 0.0, 240.0), 0.0, "in view: stays");
        assert_eq!(scroll_to_show(24.0, 24.0, 100.0, 240.0), 24.0, "above: to the top edge");
        assert_eq!(scroll_to_show(480.0, 24.0, 100.0, 240.0), 264.0, "below: to the bottom edge");
        assert_eq!(scroll_to_show(0.0, 24.0, 0.0, 10.0), 0.0, "a pane lower than a row");
    }

    #[test]
    fn popups_stay_inside_their_box() {
        let room = (1000.0, 500.0);
        assert_eq!(popup_at((100.0, 100.0), 80.0, (280.0, 190.0), room), (100.0, 100.0));
        assert_eq!(popup_at((100.0, 400.0), 380.0, (280.0, 190.0), room), (100.0, 190.0), "flips above");
        assert_eq!(popup_at((-50.0, 400.0), 100.0, (280.0, 190.0), room), (4.0, 4.0), "never off the top-left");
        assert_eq!(popup_at((100.0, 100.0), 80.0, (280.0, 190.0), (f64::INFINITY, f64::INFINITY)), (100.0, 100.0));
    }

    #[test]
    fn in_step_order_every_span_gets_its_own_rectangle() {
        let trace = fixture::two_workers();
        let index = LaneIndex::new(&trace);
        let view = Viewport::fit(12.0, 1200.0);
        let rects = lane_rects(&trace, &index, LaneId(2), Axis::Steps, &view, 2.0);
        let spans: Vec<_> = rects.iter().map(|r| (r.x, r.w, r.look)).collect();
        assert_eq!(
            spans,
            [
                (500.0, 200.0, Look::Ready),
                (700.0, 200.0, Look::Running),
                (900.0, 100.0, Look::Waiting),
                (1000.0, 100.0, Look::Running),
                (1100.0, 100.0, Look::Failed)
            ]
        );
        assert_eq!(rects.iter().map(|r| r.pos).collect::<Vec<_>>(), [0, 1, 2, 3, 4]);
    }

    #[test]
    fn instants_at_the_same_time_fold_into_one_running_rectangle() {
        let trace = fixture::two_workers();
        let index = LaneIndex::new(&trace);
        let view = Viewport::fit(1e9, 1000.0);
        let rects = lane_rects(&trace, &index, LaneId(2), Axis::Time, &view, 3.0);
        // Ready and running at 0 fold (running shows), then the 1 s sleep;
        // at 1 s the last step and the failure fold, and the failure shows.
        let looks: Vec<_> = rects.iter().map(|r| (r.x, r.w, r.look, r.count)).collect();
        assert_eq!(looks, [(0.0, 3.0, Look::Running, 2), (0.0, 1000.0, Look::Waiting, 1), (997.0, 3.0, Look::Failed, 2)]);
        let shown = &trace.spans[rects[0].span as usize];
        assert_eq!((shown.start_seq, rects[0].pos), (7, 1), "the fold names the running span");
        assert_eq!((rects[2].first, rects[2].count), (3, 2));
        assert!(rects[2].covers(4) && !rects[2].covers(2));
    }

    #[test]
    fn only_spans_inside_the_view_are_drawn_and_clipped_to_it() {
        let trace = fixture::two_workers();
        let index = LaneIndex::new(&trace);
        let view = Viewport { start: 8.0, span: 2.0, width: 200.0, fitted: false };
        let rects = lane_rects(&trace, &index, LaneId(2), Axis::Steps, &view, 2.0);
        let spans: Vec<_> = rects.iter().map(|r| (r.x, r.w, r.pos)).collect();
        // Running 7-9 clipped on the left, waiting 9-10, running from 10
        // (ends past the view: clipped on the right).
        assert_eq!(spans, [(0.0, 100.0, 1), (100.0, 100.0, 2), (198.0, 2.0, 3)]);
    }

    #[test]
    fn a_long_lane_folds_into_a_bounded_number_of_rectangles() {
        use crate::{Span, SpanState};
        let mut trace = fixture::two_workers();
        trace.spans.clear();
        for k in 0..100_000u64 {
            let state = if k % 2 == 0 { SpanState::Running } else { SpanState::Waiting("x".into()) };
            trace.spans.push(Span { lane: LaneId(0), state, start: k, end: k + 1, start_seq: k, end_seq: k + 1, line: 0 });
        }
        let index = LaneIndex::new(&trace);
        let view = Viewport::fit(100_000.0, 800.0);
        let rects = lane_rects(&trace, &index, LaneId(0), Axis::Time, &view, 2.0);
        assert!(rects.len() <= 401, "{} rectangles", rects.len());
        assert_eq!(rects.iter().map(|r| r.count).sum::<u32>(), 100_000);
        assert!(rects.iter().all(|r| r.look == Look::Running));
    }

    #[test]
    fn markers_sit_at_their_output_and_fold_when_close() {
        let trace = fixture::two_workers();
        let index = LaneIndex::new(&trace);
        let steps = lane_markers(&trace, &index, LaneId(2), Axis::Steps, &Viewport::fit(12.0, 1200.0), 4.0);
        assert_eq!(steps.iter().map(|m| (m.x, m.count)).collect::<Vec<_>>(), [(800.0, 1), (1100.0, 1)]);
        let time = lane_markers(&trace, &index, LaneId(2), Axis::Time, &Viewport::fit(1e9, 1000.0), 4.0);
        assert_eq!(time.iter().map(|m| (m.x, m.output)).collect::<Vec<_>>(), [(0.0, 0), (1000.0, 1)]);
        let zoomed = Viewport { start: 5e8, span: 1e8, width: 100.0, fitted: false };
        assert!(lane_markers(&trace, &index, LaneId(2), Axis::Time, &zoomed, 4.0).is_empty());
        assert!(lane_markers(&trace, &index, LaneId(1), Axis::Time, &zoomed, 4.0).is_empty());
    }

    #[test]
    fn a_hundred_thousand_tasks_draw_only_the_visible_window() {
        let trace = crate::layout::sample::sleepers(100_000);
        let index = LaneIndex::new(&trace);
        let view = Viewport::fit(2e9, 800.0);
        let rows = visible_rows(50_000.0 * 22.0, 400.0, 22.0, trace.lanes.len(), 4);
        assert_eq!(rows.len(), 27);
        let drawn: usize = rows.map(|r| lane_rects(&trace, &index, LaneId(r as u32), Axis::Time, &view, 2.0).len()).sum();
        assert_eq!(drawn, 27 * 4, "each task: the folded start, the sleep, the folded wake-up, done");
    }
}
