//! `GanttTooltip`: details of the span or print under the pointer or the
//! keyboard cursor — task, coroutine, state, start–end in time and steps,
//! what it awaited, source line (`layout::describe_span`). The chart names
//! it in `aria-describedby`, so screen readers read it too.

use super::gantt_state::{GanttState, Target};
use coroscope_trace::layout::{describe_lane, describe_output, describe_span, Detail};
use coroscope_trace::LaneId;
use leptos::prelude::*;

/// The element id the chart refers to.
pub const TIP_ID: &str = "gantt-tip";

/// Label/value pairs as the rows of a description list.
fn details(rows: Vec<Detail>) -> impl IntoView {
    rows.into_iter().map(|d| view! { <dt>{d.label}</dt><dd>{d.value}</dd> }).collect_view()
}

/// The floating details box.
#[component]
pub fn GanttTooltip() -> impl IntoView {
    let gantt: GanttState = expect_context();
    move || {
        let tip = gantt.tip.get()?;
        let shown = gantt.shown.get()?;
        let body = match tip.target {
            Target::Span { span, count } => {
                let rows = details(describe_span(&shown.trace, span));
                let more = (count > 1).then(|| view! { <p class="gantt-tip-more">{format!("+{} more spans here: zoom in to see them", count - 1)}</p> });
                view! { <dl>{rows}</dl>{more} }.into_any()
            }
            Target::Print { output, count } => view! { <p>{describe_output(&shown.trace, output, count)}</p> }.into_any(),
            Target::Lane { lane } => view! { <dl>{details(describe_lane(&shown.trace, LaneId(lane)))}</dl> }.into_any(),
        };
        Some(view! {
            <div class="gantt-tip" role="tooltip" id=TIP_ID style=format!("left:{:.0}px;top:{:.0}px", tip.x, tip.y)>
                {body}
            </div>
        })
    }
}
