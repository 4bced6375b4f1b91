/** A small element builder for the cell's live parts. */

type Attrs = Record<string, string | boolean | undefined>;

/**
 * Make an element with attributes and children.
 * @example el("button", { type: "button", class: "x" }, "Run")
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? "" : value);
  }
  node.append(...children);
  return node;
}
