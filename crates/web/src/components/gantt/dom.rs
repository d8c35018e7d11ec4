//! The few browser reads the chart needs that `web-sys` gives as methods:
//! the high-resolution clock and an element's position on screen.

use wasm_bindgen::JsCast;

/// `performance.now()`, in milliseconds (0 outside a browser window).
pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// The left and top of `element` in viewport pixels.
pub fn origin(element: &web_sys::Element) -> (f64, f64) {
    let rect = element.get_bounding_client_rect();
    (rect.left(), rect.top())
}

/// The closest element at or above an event's target carrying attribute
/// `attr`, with that attribute's value (event delegation: one listener on
/// the chart instead of one per span).
pub fn closest_with(event: &web_sys::Event, attr: &str) -> Option<(web_sys::Element, String)> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let found = target.closest(&format!("[{attr}]")).ok()??;
    let value = found.get_attribute(attr)?;
    Some((found, value))
}

/// A numeric attribute of `element` (0 when missing or malformed).
pub fn number_attr(element: &web_sys::Element, attr: &str) -> u32 {
    element.get_attribute(attr).and_then(|v| v.parse().ok()).unwrap_or(0)
}
