//! Bindings to the CodeMirror 6 editor bundle, which `web/editor/main.js`
//! exposes as the global `CoroscopeEditor` (loaded by a classic script in
//! `index.html`, so it is there before the wasm module starts).

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// A live CodeMirror `EditorView`.
    #[derive(Clone)]
    pub type EditorView;

    /// Creates an editor in `parent` holding `doc`. Its textbox gets the
    /// accessible name `label`; `on_change` receives the whole text after
    /// every edit; `on_run` is called on Ctrl/Cmd+Enter.
    #[wasm_bindgen(js_namespace = CoroscopeEditor)]
    pub fn mount(
        parent: &web_sys::Element,
        doc: &str,
        label: &str,
        on_change: &Closure<dyn Fn(String)>,
        on_run: &Closure<dyn Fn()>,
    ) -> EditorView;

    /// Replaces the text as one undoable edit.
    #[wasm_bindgen(js_namespace = CoroscopeEditor, js_name = setDoc)]
    pub fn set_doc(view: &EditorView, text: &str);

    /// Underlines `line:col`..`end_line:end_col` (1-based, in characters)
    /// with `message` as its tooltip, scrolling to it when `reveal`; the
    /// next edit clears it.
    #[wasm_bindgen(js_namespace = CoroscopeEditor, js_name = showError)]
    pub fn show_error(view: &EditorView, line: u32, col: u32, end_line: u32, end_col: u32, message: &str, reveal: bool);

    /// Removes the underline.
    #[wasm_bindgen(js_namespace = CoroscopeEditor, js_name = clearError)]
    pub fn clear_error(view: &EditorView);

    /// Highlights a 1-based line (0 clears) and scrolls it into view.
    #[wasm_bindgen(js_namespace = CoroscopeEditor, js_name = highlightLine)]
    pub fn highlight_line(view: &EditorView, line: u32);

    /// Moves the cursor to a 1-based line and focuses the editor.
    #[wasm_bindgen(js_namespace = CoroscopeEditor, js_name = jumpTo)]
    pub fn jump_to(view: &EditorView, line: u32);
}
