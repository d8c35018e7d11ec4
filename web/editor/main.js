// The editor of the Coroscope page: CodeMirror 6 with Python highlighting.
// esbuild bundles this file into web/build/editor.js as the global
// `CoroscopeEditor`; the Rust app calls it through
// crates/web/src/codemirror.rs. Keep the surface small: the app owns all
// state, the editor only reports its text.

import { EditorState } from "@codemirror/state";
import {
  EditorView,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import {
  bracketMatching,
  defaultHighlightStyle,
  indentOnInput,
  indentUnit,
  syntaxHighlighting,
} from "@codemirror/language";
import { python } from "@codemirror/lang-python";

/**
 * Creates an editor inside `parent`.
 *
 * @param {HTMLElement} parent where the editor goes (emptied first)
 * @param {string} doc the initial text
 * @param {string} label the accessible name of the editor's textbox
 * @param {(text: string) => void} onChange called with the whole text after every edit
 * @returns {EditorView}
 */
export function mount(parent, doc, label, onChange) {
  parent.replaceChildren();
  return new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        indentUnit.of("    "),
        EditorState.tabSize.of(4),
        bracketMatching(),
        highlightActiveLine(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        // Tab indents (Python needs it); Escape then Tab still leaves the editor.
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        python(),
        EditorView.contentAttributes.of({ "aria-label": label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
}
