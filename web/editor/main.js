// The editor of the Coroscope page: CodeMirror 6 with Python highlighting.
// esbuild bundles this file into web/build/editor.js as the global
// `CoroscopeEditor`; the Rust app calls it through
// crates/web/src/codemirror.rs. Keep the surface small: the app owns all
// state; the editor reports its text and Ctrl/Cmd+Enter, and draws what the
// app tells it to (an error underline, a highlighted line).

import { EditorState, StateEffect, StateField } from "@codemirror/state";
import {
  Decoration,
  EditorView,
  WidgetType,
  drawSelection,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { bracketMatching, indentOnInput, indentUnit, syntaxHighlighting } from "@codemirror/language";
import { classHighlighter } from "@lezer/highlight";
import { pythonLanguage } from "@codemirror/lang-python";
import firstScript from "./first_script.py";

// Tokens get `tok-*` classes (styled in web/style.css for light and dark)
// instead of a colour theme in JS: one stylesheet follows the page's theme.

/** Replaces the error underline (`null` clears it). */
const setError = StateEffect.define();
/** Replaces the highlighted line (`null` clears it). */
const setHighlight = StateEffect.define();

/** A `from`..`to` range for a 1-based line and column (in code points). */
function rangeOf(doc, line, col, endLine, endCol) {
  const clampLine = (n) => doc.line(Math.min(Math.max(n, 1), doc.lines));
  const at = (lineInfo, column) => {
    let pos = lineInfo.from;
    for (let i = 1; i < column && pos < lineInfo.to; i++) {
      const code = doc.sliceString(pos, pos + 1).charCodeAt(0);
      pos += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    }
    return pos;
  };
  const start = clampLine(line);
  const from = at(start, col);
  let to = endLine >= line ? at(clampLine(endLine), endCol) : from;
  if (to <= from) to = Math.min(from + 1, start.to);
  if (to <= from) to = from;
  return { from, to, line: start };
}

const errorField = StateField.define({
  create: () => Decoration.none,
  update(marks, tr) {
    marks = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setError)) continue;
      if (effect.value === null) return Decoration.none;
      const { from, to, line, message } = effect.value;
      const ranges = [Decoration.line({ class: "cm-error-line" }).range(line)];
      const mark = Decoration.mark({ class: "cm-syntax-error", attributes: { title: message } });
      if (to > from) ranges.push(mark.range(from, to));
      else ranges.push(Decoration.widget({ widget: new ErrorCaret(message), side: 1 }).range(from));
      marks = Decoration.set(ranges, true);
    }
    // Editing clears the marker: it describes the text that was checked
    // (the page checks again once typing pauses).
    return tr.docChanged ? Decoration.none : marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** A marker at an empty range (an error at the end of a line). */
class ErrorCaret extends WidgetType {
  constructor(message) {
    super();
    this.message = message;
  }
  eq(other) {
    return other.message === this.message;
  }
  toDOM() {
    const span = document.createElement("span");
    span.className = "cm-syntax-error cm-error-caret";
    span.title = this.message;
    span.textContent = "\u00a0";
    return span;
  }
}

const highlightField = StateField.define({
  create: () => Decoration.none,
  update(marks, tr) {
    marks = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setHighlight)) continue;
      marks = effect.value === null
        ? Decoration.none
        : Decoration.set([Decoration.line({ class: "cm-selected-line" }).range(effect.value)]);
    }
    return marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/**
 * The editor made before the wasm app starts (see `mountEarly`), waiting
 * for `mount` to adopt it; its callbacks are filled in then.
 */
let early = null;

/** Builds the EditorView; `handlers.onChange`/`onRun` may be swapped later. */
function createView(parent, doc, label, handlers) {
  const runKey = { key: "Mod-Enter", preventDefault: true, run: () => (handlers.onRun(), true) };
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
        syntaxHighlighting(classHighlighter),
        // Tab indents (Python needs it); Escape then Tab still leaves the editor.
        keymap.of([runKey, ...defaultKeymap, ...historyKeymap, indentWithTab]),
        pythonLanguage,
        errorField,
        highlightField,
        EditorView.contentAttributes.of({ "aria-label": label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) handlers.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
}

/**
 * Shows an editor in `#early-editor` as soon as the document is parsed, so
 * people can read and type before the ~1 MB wasm module has been fetched
 * and started (that took ~0.7 s of the load on localhost). It opens what
 * the app would open: the autosaved script (the app's `storage.rs` key),
 * else the first-visit script. Typing goes into the document; the app
 * picks it up when it adopts the editor.
 */
function mountEarly() {
  const host = document.getElementById("early-editor");
  if (!host || early) return;
  let saved = null;
  try {
    saved = window.localStorage.getItem("coroscope.script");
  } catch {
    // No storage (private mode): the first-visit script, as the app does.
  }
  const handlers = { onChange: () => {}, onRun: () => {} };
  early = { host, handlers, view: createView(host, saved || firstScript, "Code", handlers) };
}

if (typeof document !== "undefined") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountEarly);
  else mountEarly();
}

/**
 * Creates the editor inside `parent`, or moves the early one there.
 *
 * @param {HTMLElement} parent where the editor goes (emptied first)
 * @param {string} doc the initial text (ignored when adopting an early
 *   editor the user already typed into: their text wins)
 * @param {string} label the accessible name of the editor's textbox
 * @param {(text: string) => void} onChange called with the whole text after every edit
 * @param {() => void} onRun called on Ctrl/Cmd+Enter
 * @returns {EditorView}
 */
export function mount(parent, doc, label, onChange, onRun) {
  parent.replaceChildren();
  if (early) {
    const { host, handlers, view } = early;
    early = null;
    handlers.onChange = onChange;
    handlers.onRun = onRun;
    const hadFocus = view.hasFocus;
    parent.appendChild(view.dom);
    host.remove();
    const text = view.state.doc.toString();
    if (text !== doc) onChange(text);
    view.requestMeasure();
    if (hadFocus) view.focus();
    return view;
  }
  return createView(parent, doc, label, { onChange, onRun });
}

/** Replaces the whole text as one undoable edit (Ctrl+Z brings the old one back). */
export function setDoc(view, text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

/** Underlines a 1-based line/column range with `message` as its tooltip. */
export function showError(view, line, col, endLine, endCol, message, reveal = true) {
  const doc = view.state.doc;
  if (doc.lines === 0) return;
  const { from, to, line: lineInfo } = rangeOf(doc, line, col, endLine, endCol);
  const effects = [setError.of({ from, to, line: lineInfo.from, message })];
  // A run's error is scrolled to; one found while typing is not (the
  // view must not jump away from where the user is writing).
  if (reveal) effects.push(EditorView.scrollIntoView(from, { y: "nearest" }));
  view.dispatch({ effects });
}

/** Removes the error underline. */
export function clearError(view) {
  view.dispatch({ effects: setError.of(null) });
}

/** Highlights a 1-based line and scrolls it into view; 0 clears. */
export function highlightLine(view, line) {
  const doc = view.state.doc;
  if (line < 1 || line > doc.lines) {
    view.dispatch({ effects: setHighlight.of(null) });
    return;
  }
  const from = doc.line(line).from;
  view.dispatch({ effects: [setHighlight.of(from), EditorView.scrollIntoView(from, { y: "nearest" })] });
}

/** Puts the cursor at the start of a 1-based line and focuses the editor. */
export function jumpTo(view, line) {
  const doc = view.state.doc;
  if (line < 1 || line > doc.lines) return;
  const from = doc.line(line).from;
  view.dispatch({ selection: { anchor: from }, effects: EditorView.scrollIntoView(from, { y: "center" }) });
  view.focus();
}

/** The text of the editor inside `parent` (for tests and tools; the app has it in its state). */
export function textIn(parent) {
  const dom = parent.querySelector(".cm-editor");
  return dom ? EditorView.findFromDOM(dom)?.state.doc.toString() ?? null : null;
}

/**
 * The message of the error underline in the editor inside `parent`, or null
 * (for tests: CodeMirror draws only the lines in view, so an underline far
 * below is in the state but not yet in the DOM).
 */
export function errorIn(parent) {
  const dom = parent.querySelector(".cm-editor");
  const view = dom ? EditorView.findFromDOM(dom) : null;
  if (!view) return null;
  let message = null;
  view.state.field(errorField).between(0, view.state.doc.length, (_from, _to, deco) => {
    message ??= deco.spec.attributes?.title ?? deco.spec.widget?.message ?? null;
  });
  return message;
}
