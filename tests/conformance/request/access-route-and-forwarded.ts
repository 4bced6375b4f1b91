import { Flask, jsonify, request } from "flask";

export const app = new Flask("access_route_and_forwarded");

app.route("/", function index() {
  return jsonify({
    remote_addr: request.remoteAddr ?? null,
    access_route: [...(request as unknown as { accessRoute: string[] }).accessRoute],
    host: request.host,
  });
});
