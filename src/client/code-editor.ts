/**
 * One CodeMirror 6 editor for one cell file. Tab is left to the browser (CodeMirror's
 * accessible default: no `indentWithTab`), so keyboard users are never trapped; Esc hands focus
 * to the cell's Run button; Ctrl/Cmd+Enter runs the cell.
 */
import {
  defaultKeymap,
  history,
  historyKeymap,
  indentLess,
  indentMore,
} from "@codemirror/commands";
import { javascript } from "@codemirror/lang-javascript";
import {
  bracketMatching,
  HighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from "@codemirror/language";
import { Compartment, EditorState, type Extension } from "@codemirror/state";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import { tags } from "@lezer/highlight";

/** What an editor needs from the cell around it. */
export interface CodeEditorOptions {
  path: string;
  text: string;
  label: string;
  readOnly?: boolean;
  onChange?: (text: string) => void;
  onRun?: () => void;
  onEscape?: () => void;
}

/**
 * Token colours as CSS variables (`--tok-*`, set in `cell-live.css` for the light and the dark
 * theme, each at least 4.5:1 on the editor's background), so the live editor follows the page's
 * theme and matches the highlighted code shown before it.
 */
const highlightStyle = HighlightStyle.define([
  {
    tag: [tags.keyword, tags.operatorKeyword, tags.modifier, tags.controlKeyword],
    color: "var(--tok-keyword)",
  },
  { tag: [tags.string, tags.special(tags.string), tags.regexp], color: "var(--tok-string)" },
  {
    tag: [tags.comment, tags.lineComment, tags.blockComment],
    color: "var(--tok-comment)",
    fontStyle: "italic",
  },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: "var(--tok-constant)" },
  {
    tag: [
      tags.function(tags.variableName),
      tags.function(tags.propertyName),
      tags.className,
      tags.typeName,
    ],
    color: "var(--tok-function)",
  },
  { tag: [tags.propertyName, tags.attributeName], color: "var(--tok-constant)" },
  { tag: [tags.tagName, tags.heading], color: "var(--tok-tag)" },
  { tag: [tags.definition(tags.variableName), tags.self], color: "var(--tok-variable)" },
  { tag: tags.invalid, color: "var(--tok-keyword)", textDecoration: "underline" },
]);

// TypeScript is in nearly every cell; templates and stylesheets are rarer, so their languages
// load when a cell has such a file.
function languageFor(path: string): Extension | Promise<Extension> {
  if (path.endsWith(".ts")) return javascript({ typescript: true });
  if (path.endsWith(".js")) return javascript();
  if (path.endsWith(".html") || path.endsWith(".htm")) {
    return import("@codemirror/lang-html").then(({ html }) => html());
  }
  if (path.endsWith(".css")) return import("@codemirror/lang-css").then(({ css }) => css());
  return [];
}

/**
 * Make an editor inside `parent`.
 * @example const view = createCodeEditor(div, { path: "app.ts", text, label: "app.ts" });
 */
export function createCodeEditor(parent: HTMLElement, options: CodeEditorOptions): EditorView {
  const readOnly = options.readOnly ?? false;
  const language = new Compartment();
  const wanted = languageFor(options.path);
  const extensions: Extension[] = [
    lineNumbers(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    highlightActiveLine(),
    // Long lines wrap rather than scroll sideways: beside the running app the editor is narrow,
    // and a region that scrolls must be reachable by keyboard.
    EditorView.lineWrapping,
    syntaxHighlighting(highlightStyle),
    language.of(wanted instanceof Promise ? [] : wanted),
    keymap.of([
      {
        key: "Mod-Enter",
        preventDefault: true,
        run: () => {
          options.onRun?.();
          return true;
        },
      },
      {
        key: "Escape",
        run: () => {
          options.onEscape?.();
          return true;
        },
      },
      { key: "Mod-]", run: indentMore },
      { key: "Mod-[", run: indentLess },
      ...defaultKeymap,
      ...historyKeymap,
    ]),
    EditorView.contentAttributes.of({ "aria-label": options.label }),
    EditorState.readOnly.of(readOnly),
    EditorView.editable.of(!readOnly),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange?.(update.state.doc.toString());
    }),
  ];
  const view = new EditorView({
    parent,
    state: EditorState.create({ doc: options.text, extensions }),
  });
  if (wanted instanceof Promise) {
    void wanted.then(
      (extension) => view.dispatch({ effects: language.reconfigure(extension) }),
      () => undefined,
    );
  }
  return view;
}

/** Replace an editor's whole text as one undoable change. */
export function setEditorText(view: EditorView, text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

/**
 * Put the cursor at a 1-based line and column, scroll it into view and focus the editor.
 * @example showEditorLine(view, 12, 3);
 */
export function showEditorLine(view: EditorView, line: number, column: number): void {
  const doc = view.state.doc;
  const at = doc.line(Math.min(Math.max(line, 1), doc.lines));
  const anchor = Math.min(at.from + Math.max(column - 1, 0), at.to);
  view.dispatch({ selection: { anchor }, scrollIntoView: true });
  view.focus();
}
