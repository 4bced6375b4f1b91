import {
  FileStorage,
  Flask,
  Headers,
  request,
  secureFilename,
  sendFromDirectory,
  ValueError,
} from "flask";
import { FileStream, setFileSourceFactory, setFileWriter } from "flask/runtime";
import { describe, expect, test } from "vitest";
import { CELL_ROOT, createPath, MemoryFs } from "../../sandbox-runtime/engines/worker/memory-fs.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);

describe("secureFilename", () => {
  test("Werkzeug's docstring examples", () => {
    expect(secureFilename("My cool movie.mov")).toBe("My_cool_movie.mov");
    expect(secureFilename("../../../etc/passwd")).toBe("etc_passwd");
    expect(secureFilename("i contain cool \u00fcml\u00e4uts.txt")).toBe(
      "i_contain_cool_umlauts.txt",
    );
  });

  test("names that secure to nothing, and what POSIX Werkzeug keeps", () => {
    expect(["..", "...", "", "日本語", "._"].map(secureFilename)).toEqual(["", "", "", "", ""]);
    expect(secureFilename("CON.txt")).toBe("CON.txt");
    expect(secureFilename("a\\b\\c.txt")).toBe("abc.txt");
    expect(secureFilename("sep\x1cchar.txt")).toBe("sep_char.txt");
    expect(secureFilename("nb\u00a0sp.txt")).toBe("nb_sp.txt");
    expect(secureFilename("\ufb01le \u00bd.txt")).toBe("file_12.txt");
  });
});

describe("FileStorage", () => {
  const upload = () =>
    new FileStorage({
      stream: bytes("hello world"),
      filename: "a.txt",
      name: "doc",
      contentType: "text/plain; charset=utf-8",
    });

  test("fields as Werkzeug has them", () => {
    const f = upload();
    expect([f.filename, f.name, f.contentType, f.mimetype]).toEqual([
      "a.txt",
      "doc",
      "text/plain; charset=utf-8",
      "text/plain",
    ]);
    expect(f.mimetypeParams).toEqual({ charset: "utf-8" });
    expect(f.contentLength).toBe(0);
    expect(new FileStorage({ contentLength: 42 }).contentLength).toBe(42);
    expect(f.headers["Content-Type"]).toBe("text/plain; charset=utf-8");
    expect(String(f)).toBe("<FileStorage: 'a.txt' ('text/plain; charset=utf-8')>");
    expect(String(new FileStorage())).toBe("<FileStorage: None (None)>");
    expect(String(new FileStorage({ filename: "it's.txt" }))).toBe(
      `<FileStorage: "it's.txt" (None)>`,
    );
  });

  test("read moves through the stream; seek goes back", () => {
    const f = upload();
    expect(text(f.read(5))).toBe("hello");
    expect(f.stream.tell()).toBe(5);
    expect(text(f.read())).toBe(" world");
    expect(f.read().length).toBe(0);
    f.stream.seek(0);
    expect(text(f.stream.readline())).toBe("hello world");
    f.stream.seek(-5, 2);
    expect(f.text()).toBe("world");
    expect(() => f.stream.seek(-1)).toThrow("negative seek value");
    f.close();
    expect(() => f.read()).toThrow("closed file");
  });

  test("save writes what is left of the stream, to a path or an object", () => {
    const written: [string, string][] = [];
    setFileWriter((path, data) => written.push([path, text(data)]));
    try {
      const f = upload();
      f.save("uploads/a.txt");
      f.save("uploads/b.txt");
      f.stream.seek(6);
      const sink: Uint8Array[] = [];
      f.save({ write: (data) => sink.push(data) });
      expect(written).toEqual([
        ["uploads/a.txt", "hello world"],
        ["uploads/b.txt", ""],
      ]);
      expect(sink.map(text)).toEqual(["world"]);
    } finally {
      setFileWriter(undefined);
    }
    expect(() => upload().save("x.txt")).toThrow("no file system");
  });

  test("a part without Content-Type has none, as in Werkzeug", () => {
    const f = new FileStorage({
      stream: new FileStream(bytes("x")),
      filename: "x",
      headers: new Headers({ "Content-Disposition": 'form-data; name="f"; filename="x"' }),
    });
    expect([f.contentType, f.mimetype]).toEqual([null, ""]);
  });

  test("several files in one field, and the empty file input", async () => {
    const app = new Flask("uploads");
    app.post("/", function index() {
      const photos = request.files.getList("photos").map((f) => `${f.filename}=${f.text()}`);
      const empty = request.files.get("empty");
      return `${photos.join(",")} | ${String(empty)} ${Boolean(empty?.filename)}`;
    });
    const boundary = "b0undary";
    const part = (name: string, filename: string, content: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n${content}\r\n`;
    const body = `${part("photos", "a.png", "A")}${part("photos", "b.png", "B")}${part("empty", "", "")}--${boundary}--\r\n`;
    const res = await app.request("/", {
      method: "POST",
      headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` },
      body,
    });
    expect(await res.text()).toBe(
      "a.png=A,b.png=B | <FileStorage: '' ('application/octet-stream')> false",
    );
  });
});

describe("the instance folder", () => {
  test("beside the app's module, or given (absolute only)", () => {
    expect(new Flask("file:///srv/cell/app.ts").instancePath).toBe("/srv/cell/instance");
    expect(new Flask("file:///srv/cell/app.ts", { instancePath: "/var/kolba" }).instancePath).toBe(
      "/var/kolba",
    );
    expect(() => new Flask("app", { instancePath: "relative" })).toThrow(ValueError);
  });
});

describe("the in-page engine's file system", () => {
  test("node:path's join, resolve, dirname, basename, extname, relative", () => {
    const path = createPath();
    expect(path.join("/cell/instance", "uploads", "../a.png")).toBe("/cell/instance/a.png");
    expect(path.join("a", "", "b/")).toBe("a/b/");
    expect(path.resolve("uploads")).toBe(`${CELL_ROOT}/uploads`);
    expect(path.resolve("/x", "y", "/z", "w")).toBe("/z/w");
    expect(path.dirname("/cell/a/b.txt")).toBe("/cell/a");
    expect(path.basename("/cell/a/b.txt", ".txt")).toBe("b");
    expect(path.extname("archive.tar.gz")).toBe(".gz");
    expect(path.extname(".bashrc")).toBe("");
    expect(path.relative("/cell/a", "/cell/b/c")).toBe("../b/c");
  });

  test("the used subset of node:fs, with Node's errors", () => {
    const memory = new MemoryFs();
    memory.mount({ "app.ts": "code", "static/site.css": "body{}" }, 1000);
    const fs = memory.module;
    expect(fs.existsSync("app.ts")).toBe(true);
    expect(fs.readdirSync("/cell")).toEqual(["app.ts", "static"]);
    expect(fs.readFileSync("/cell/static/site.css", "utf8")).toBe("body{}");
    expect(() => fs.writeFileSync("uploads/a.txt", "x")).toThrow(
      "ENOENT: no such file or directory, open 'uploads/a.txt'",
    );
    expect(() => fs.mkdirSync("instance/uploads")).toThrow(
      "ENOENT: no such file or directory, mkdir 'instance/uploads'",
    );
    expect(fs.mkdirSync("/cell/instance/uploads", { recursive: true })).toBe("/cell/instance");
    expect(fs.mkdirSync("/cell/instance/uploads", { recursive: true })).toBeUndefined();
    expect(() => fs.mkdirSync("instance")).toThrow("EEXIST: file already exists, mkdir 'instance'");
    fs.writeFileSync("instance/uploads/b.png", new Uint8Array([1, 2, 3]));
    fs.writeFileSync("/cell/instance/uploads/a.txt", "hi");
    expect(fs.readdirSync("instance/uploads")).toEqual(["a.txt", "b.png"]);
    expect([...fs.readFileSync("instance/uploads/b.png")]).toEqual([1, 2, 3]);
    expect(fs.statSync("instance/uploads/b.png").size).toBe(3);
    expect(fs.statSync("instance").isDirectory()).toBe(true);
    expect(() => fs.readdirSync("app.ts")).toThrow("ENOTDIR: not a directory, scandir 'app.ts'");
    expect(() => fs.readFileSync("nope.txt")).toThrow(
      expect.objectContaining({ code: "ENOENT", syscall: "open", path: "nope.txt" }),
    );
    fs.unlinkSync("instance/uploads/a.txt");
    fs.rmSync("instance", { recursive: true });
    expect(fs.existsSync("instance")).toBe(false);
  });

  test("save and sendFromDirectory meet in it", async () => {
    const memory = new MemoryFs();
    memory.mount({ "app.ts": "" });
    setFileSourceFactory((root) => memory.fileSource(root));
    setFileWriter((path, data) => memory.write(path, data));
    try {
      const app = new Flask(`file://${CELL_ROOT}/app.js`);
      const folder = `${app.instancePath}/uploads`;
      memory.module.mkdirSync(folder, { recursive: true });
      app.post("/up", function up() {
        const photo = request.files.get("photo");
        photo?.save(`${folder}/${secureFilename(photo.filename ?? "")}`);
        return "saved";
      });
      app.get("/u/<name>", function u({ name }) {
        return sendFromDirectory(folder, String(name));
      });
      const form = new FormData();
      form.append(
        "photo",
        new Blob([new Uint8Array([137, 80, 78, 71])], { type: "image/png" }),
        "my pic.png",
      );
      expect(await (await app.request("/up", { method: "POST", body: form })).text()).toBe("saved");
      const res = await app.request("/u/my_pic.png");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/png");
      expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([137, 80, 78, 71]);
      expect((await app.request("/u/other.png")).status).toBe(404);
    } finally {
      setFileWriter(undefined);
      setFileSourceFactory(() => ({ readText: () => null }));
    }
  });
});
