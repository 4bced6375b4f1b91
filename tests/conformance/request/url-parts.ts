import { Flask, jsonify, request } from "flask";

export const app = new Flask("url_parts");

app.route("/echo", function echo() {
  return jsonify({
    method: request.method,
    url: request.url,
    base_url: request.baseUrl,
    url_root: request.urlRoot,
    host_url: request.hostUrl,
    path: request.path,
    full_path: request.fullPath,
    query_string: request.queryString,
    scheme: request.scheme,
    host: request.host,
    is_secure: request.isSecure,
  });
});
