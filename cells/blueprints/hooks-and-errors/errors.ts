import { Blueprint } from "flask";

// A blueprint with no views at all: it only brings the app its error pages.
export const bp = new Blueprint("errors", import.meta.url);

bp.appErrorHandler(404, function pageNotFound() {
  return ['<h1>Page not found</h1><p>Try the <a href="/">home page</a>.</p>', 404];
});
