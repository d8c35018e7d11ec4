//! Lane colours shared by the Gantt and the output pane, so a printed line
//! and the lane that printed it always match. Colour is never the only cue:
//! each class also sets a fill pattern / marker shape in `web/style.css`.

use coroscope_trace::LaneId;

/// How many distinct lane styles `web/style.css` defines (`lane-0` ...).
pub const LANE_STYLES: u32 = 8;

/// The CSS class of a lane: the main thread always `lane-main`, others
/// cycle through [`LANE_STYLES`] classes.
pub fn lane_class(lane: LaneId) -> String {
    if lane.0 == 0 {
        "lane-main".to_owned()
    } else {
        format!("lane-{}", (lane.0 - 1) % LANE_STYLES)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn main_lane_has_its_own_class_and_others_cycle() {
        assert_eq!(lane_class(LaneId(0)), "lane-main");
        assert_eq!(lane_class(LaneId(1)), "lane-0");
        assert_eq!(lane_class(LaneId(9)), "lane-0");
        assert_eq!(lane_class(LaneId(10)), "lane-1");
    }
}
