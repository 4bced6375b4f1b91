import { Flask, Response, request, urlFor } from "flask";

export const app = new Flask("created_no_content");

const NOTES = new Map<number, string>();

app.post("/notes", function create() {
  const noteId = NOTES.size + 1;
  NOTES.set(noteId, (request.getJson() as { text: string }).text);
  return [{ id: noteId }, 201, { Location: urlFor("show", { id: noteId }) }];
});

app.post("/notes-external", function create_external() {
  const noteId = NOTES.size + 1;
  NOTES.set(noteId, (request.getJson() as { text: string }).text);
  return [{ id: noteId }, 201, { Location: urlFor("show", { id: noteId, _external: true }) }];
});

app.get("/notes/<int:id>", function show({ id }: { id: number }) {
  return { id, text: NOTES.get(id) };
});

app.delete("/notes/<int:id>", function remove({ id }: { id: number }) {
  NOTES.delete(id);
  return ["", 204];
});

app.delete("/notes-response/<int:id>", function delete_response({ id }: { id: number }) {
  NOTES.delete(id);
  return new Response(null, { status: 204 });
});

app.put("/notes/<int:id>", function replace({ id }: { id: number }) {
  const created = !NOTES.has(id);
  NOTES.set(id, (request.getJson() as { text: string }).text);
  if (created) return [{ id }, 201, { Location: urlFor("show", { id }) }];
  return ["", 204];
});
