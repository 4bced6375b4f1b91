const AUTOESCAPE_EXTENSIONS = [".html", ".htm", ".xml", ".xhtml", ".svg"];

/**
 * Flask's choice of autoescaping for a template name: on for `.html .htm .xml .xhtml` and, as
 * Flask 3.1 added, `.svg`; off for every other name. Strings rendered directly always autoescape.
 * @example selectAutoescape("index.html") // true
 * @see flask/sansio/app.py App.select_jinja_autoescape
 */
export function selectAutoescape(name: string | undefined): boolean {
  if (name === undefined) return true;
  return AUTOESCAPE_EXTENSIONS.some((ext) => name.endsWith(ext));
}
