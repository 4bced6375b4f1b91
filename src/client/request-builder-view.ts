/**
 * The request builder: method, path, query string, headers and a JSON, form or multipart body
 * (form fields with files picked from the learner's computer), sent to the running app through
 * `RunningCell.fetch`; the answer shows below and in the inspector.
 */
import { t } from "./cell-strings.ts";
import { el } from "./dom.ts";
import {
  buildRequest,
  type OutgoingRequest,
  RequestFormError,
  type UploadFile,
} from "./request-form.ts";

type BodyKind = "none" | "json" | "form" | "multipart";

/** The picked files, read, each sent as the field `field`. */
async function readFiles(input: HTMLInputElement, field: string): Promise<UploadFile[]> {
  return Promise.all(
    [...(input.files ?? [])].map(async (file) => ({
      field,
      name: file.name,
      type: file.type,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}

/** The most of an answer's body the builder shows. */
const MAX_SHOWN_BODY = 100_000;

/** What the builder shows after sending. */
export interface BuiltAnswer {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  body: string;
}

let fieldCounter = 0;

function field(label: string, control: HTMLElement): HTMLElement {
  fieldCounter += 1;
  const id = `cell-field-${fieldCounter}`;
  control.id = id;
  return el("div", { class: "cell-field" }, el("label", { for: id }, label), control);
}

/** The request builder of one cell. */
export class RequestBuilderView {
  readonly element: HTMLElement;
  #output: HTMLElement;

  constructor(send: (request: OutgoingRequest) => Promise<BuiltAnswer>) {
    const method = el("select", {});
    for (const name of ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]) {
      method.append(el("option", { value: name }, name));
    }
    const path = el("input", {
      type: "text",
      value: "/",
      spellcheck: "false",
      autocomplete: "off",
    });
    const query = el("input", {
      type: "text",
      spellcheck: "false",
      autocomplete: "off",
      placeholder: "a=1&b=2",
    });
    const headers = el("textarea", { rows: "2", spellcheck: "false" });
    const bodyKind = el(
      "select",
      {},
      el("option", { value: "none" }, t("cell.bodyNone")),
      el("option", { value: "json" }, t("cell.bodyJson")),
      el("option", { value: "form" }, t("cell.bodyForm")),
      el("option", { value: "multipart" }, t("cell.bodyMultipart")),
    );
    const body = el("textarea", { rows: "3", spellcheck: "false" });
    const fileField = el("input", {
      type: "text",
      value: "file",
      spellcheck: "false",
      autocomplete: "off",
    });
    const files = el("input", { type: "file", multiple: "" });
    const fileFields = el(
      "div",
      { class: "cell-builder-files" },
      field(t("cell.fileField"), fileField),
      field(t("cell.uploadFiles"), files),
    );
    // The file controls only mean something for a multipart body.
    const showFiles = () => {
      fileFields.hidden = bodyKind.value !== "multipart";
    };
    showFiles();
    bodyKind.addEventListener("change", showFiles);
    this.#output = el("pre", { class: "cell-built-answer", "aria-live": "polite" });
    const form = el(
      "form",
      { class: "cell-builder-form" },
      field(t("cell.method"), method),
      field(t("cell.path"), path),
      field(t("cell.query"), query),
      field(t("cell.headers"), headers),
      field(t("cell.bodyKind"), bodyKind),
      field(t("cell.body"), body),
      fileFields,
      el("button", { type: "submit", class: "cell-send" }, t("cell.send")),
    );
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const kind = bodyKind.value as BodyKind;
      let request: OutgoingRequest;
      try {
        request = buildRequest({
          method: method.value,
          path: path.value,
          query: query.value,
          headers: headers.value,
          bodyKind: kind,
          body: body.value,
          files: kind === "multipart" ? await readFiles(files, fileField.value.trim()) : [],
        });
      } catch (error) {
        if (error instanceof RequestFormError) {
          this.#output.textContent =
            error.problem === "headerLine"
              ? t("cell.badHeaderLine", { line: error.detail })
              : t("cell.badJson", { detail: error.detail });
          return;
        }
        this.#output.textContent = error instanceof Error ? error.message : String(error);
        return;
      }
      send(request).then(
        (answer) => {
          const head = answer.headers.map(([name, value]) => `${name}: ${value}`).join("\n");
          const body =
            answer.body.length > MAX_SHOWN_BODY
              ? `${answer.body.slice(0, MAX_SHOWN_BODY)}\n\n${t("cell.bodyCut", {
                  shown: MAX_SHOWN_BODY.toLocaleString(),
                  length: answer.body.length.toLocaleString(),
                })}`
              : answer.body;
          this.#output.textContent = `${answer.status} ${answer.statusText}\n${head}\n\n${body}`;
        },
        (error: unknown) => {
          this.#output.textContent = error instanceof Error ? error.message : String(error);
        },
      );
    });
    this.element = el(
      "details",
      { class: "cell-builder" },
      el("summary", {}, t("cell.builder")),
      form,
      el("p", { class: "cell-response-heading" }, t("cell.response")),
      this.#output,
    );
  }
}
