//! `Viewport`: the visible window of an axis, `[start, start + span)`, drawn
//! across `width` pixels. Zoom keeps the value under the pointer where it
//! is; pan moves by pixels; both stay inside the domain `[0, end]`. A
//! viewport that was fitted to the whole run keeps fitting as the run grows
//! (the page redraws after every slice), until the user zooms or pans.

/// The visible part of the axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// First visible value (ns or steps).
    pub start: f64,
    /// How much of the axis is visible.
    pub span: f64,
    /// Width of the drawing area in pixels.
    pub width: f64,
    /// Whether it shows the whole domain and should keep doing so.
    pub fitted: bool,
}

impl Viewport {
    /// The whole domain `[0, end]` across `width` pixels.
    ///
    /// ```
    /// # use coroscope_trace::layout::Viewport;
    /// let view = Viewport::fit(2000.0, 400.0);
    /// assert_eq!(view.x_of(1000.0), 200.0);
    /// ```
    pub fn fit(end: f64, width: f64) -> Self {
        Self { start: 0.0, span: end.max(f64::MIN_POSITIVE), width: width.max(1.0), fitted: true }
    }

    /// Pixels per axis unit.
    pub fn scale(&self) -> f64 {
        self.width / self.span
    }

    /// The last visible value.
    pub fn end(&self) -> f64 {
        self.start + self.span
    }

    /// The x pixel of `value`.
    pub fn x_of(&self, value: f64) -> f64 {
        (value - self.start) * self.scale()
    }

    /// The value at x pixel `x`.
    pub fn value_at(&self, x: f64) -> f64 {
        self.start + x / self.scale()
    }

    /// Zooms by `factor` (> 1 magnifies) keeping the value under pixel
    /// `anchor` in place; the window never gets narrower than `min_span`
    /// nor wider than the domain `[0, end]`.
    pub fn zoom(&self, factor: f64, anchor: f64, end: f64, min_span: f64) -> Self {
        if !(factor.is_finite() && factor > 0.0) {
            return *self;
        }
        let pinned = self.value_at(anchor);
        let span = (self.span / factor).clamp(min_span.min(end), end.max(min_span));
        let start = pinned - anchor / self.width * span;
        Self { start, span, width: self.width, fitted: false }.clamped(end)
    }

    /// Moves the window by `dx` pixels (positive shows later values).
    pub fn pan(&self, dx: f64, end: f64) -> Self {
        Self { start: self.start + dx / self.scale(), fitted: false, ..*self }.clamped(end)
    }

    /// The same window over a new width (the pane was resized).
    pub fn resized(&self, width: f64) -> Self {
        Self { width: width.max(1.0), ..*self }
    }

    /// Follows a domain that grew or shrank: refits when fitted, otherwise
    /// keeps the window, moved back inside if needed.
    pub fn follow(&self, end: f64) -> Self {
        if self.fitted { Self::fit(end, self.width) } else { Self { span: self.span.min(end.max(f64::MIN_POSITIVE)), ..*self }.clamped(end) }
    }

    /// Centres the window on `value` if it is outside it.
    pub fn reveal(&self, value: f64, end: f64) -> Self {
        if value >= self.start && value <= self.end() {
            return *self;
        }
        Self { start: value - self.span / 2.0, fitted: false, ..*self }.clamped(end)
    }

    /// Whether the whole domain is visible.
    pub fn shows_all(&self, end: f64) -> bool {
        self.start <= 0.0 && self.end() >= end
    }

    fn clamped(self, end: f64) -> Self {
        let start = self.start.min(end - self.span).max(0.0);
        let fitted = start <= 0.0 && start + self.span >= end;
        Self { start, fitted: self.fitted || fitted, ..self }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const END: f64 = 1000.0;

    #[test]
    fn fit_maps_the_domain_onto_the_width() {
        let view = Viewport::fit(END, 500.0);
        assert_eq!(view.scale(), 0.5);
        assert_eq!(view.x_of(0.0), 0.0);
        assert_eq!(view.x_of(END), 500.0);
        assert_eq!(view.value_at(250.0), 500.0);
        assert!(view.fitted && view.shows_all(END));
    }

    #[test]
    fn zoom_keeps_the_value_under_the_pointer() {
        let view = Viewport::fit(END, 500.0);
        let zoomed = view.zoom(2.0, 100.0, END, 1.0);
        assert_eq!(zoomed.span, 500.0);
        assert!((zoomed.value_at(100.0) - view.value_at(100.0)).abs() < 1e-9);
        assert!(!zoomed.fitted);
        let back = zoomed.zoom(0.5, 100.0, END, 1.0);
        assert_eq!((back.start, back.span), (0.0, END));
        assert!(back.fitted, "zooming all the way out fits again");
    }

    #[test]
    fn zoom_stops_at_the_minimum_span_and_at_the_whole_domain() {
        let view = Viewport::fit(END, 500.0);
        assert_eq!(view.zoom(1e9, 250.0, END, 4.0).span, 4.0);
        assert_eq!(view.zoom(1e-9, 250.0, END, 4.0).span, END);
        assert_eq!(view.zoom(f64::NAN, 250.0, END, 4.0), view);
        assert_eq!(view.zoom(0.0, 250.0, END, 4.0), view);
    }

    #[test]
    fn pan_moves_by_pixels_and_stays_inside_the_domain() {
        let view = Viewport::fit(END, 500.0).zoom(4.0, 0.0, END, 1.0);
        assert_eq!((view.start, view.span), (0.0, 250.0));
        let moved = view.pan(100.0, END);
        assert_eq!(moved.start, 50.0);
        assert_eq!(moved.pan(-1e6, END).start, 0.0);
        assert_eq!(moved.pan(1e6, END).start, 750.0);
    }

    #[test]
    fn a_fitted_view_follows_a_growing_run_and_a_zoomed_one_stays() {
        let view = Viewport::fit(100.0, 500.0);
        assert_eq!(view.follow(END).span, END);
        let zoomed = Viewport::fit(END, 500.0).zoom(2.0, 500.0, END, 1.0);
        let after = zoomed.follow(2.0 * END);
        assert_eq!((after.start, after.span), (zoomed.start, zoomed.span));
        let shrunk = zoomed.follow(100.0);
        assert_eq!((shrunk.start, shrunk.span), (0.0, 100.0));
    }

    #[test]
    fn reveal_recentres_only_when_needed() {
        let view = Viewport::fit(END, 500.0).zoom(10.0, 0.0, END, 1.0);
        assert_eq!(view.reveal(50.0, END), view);
        let moved = view.reveal(600.0, END);
        assert_eq!(moved.start, 550.0);
        assert_eq!(view.resized(1000.0).scale(), 10.0);
    }
}
