import { Flask, jsonify, request } from "flask";

export const app = new Flask("client_info");

app.route("/echo", function echo() {
  return jsonify({
    remote_addr: request.remoteAddr ?? null,
    user_agent: request.userAgent.string,
    user_agent_str: String(request.userAgent),
  });
});
