//! Bindings to the CodeMirror 6 editor bundle, which `web/editor/main.js`
//! exposes as the global `CoroscopeEditor` (loaded by a classic script in
//! `index.html`, so it is there before the wasm module starts).

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// A live CodeMirror `EditorView`.
    pub type EditorView;

    /// Creates an editor in `parent` holding `doc`. Its textbox gets the
    /// accessible name `label`; `on_change` receives the whole text after
    /// every edit.
    #[wasm_bindgen(js_namespace = CoroscopeEditor)]
    pub fn mount(
        parent: &web_sys::Element,
        doc: &str,
        label: &str,
        on_change: &Closure<dyn Fn(String)>,
    ) -> EditorView;
}
