/**
 * `npm run new-lesson -- <slug>`: scaffolds a lesson in every locale and its first cell.
 * - checks the slug (kebab-case, starting with a letter) and that no lesson or cell folder has it;
 * - lists it in the course file (`course.json`) as a draft: built and reachable by its address,
 *   in no list until it is moved into the course's `lessons`;
 * - writes `lessons/<locale>/<slug>.mdx` for each locale, with TODO titles and descriptions the
 *   build accepts and a short body placing `<Cell name="<slug>/first-app" />`; the translations
 *   record the English body they match (`source`), so writing the English marks them stale;
 * - writes `cells/<slug>/first-app/` (`app.ts`, its Flask twin `app.py`, `cell.json` with what
 *   real Flask answers), which passes `npm run test:conformance -- <slug>` as it is;
 * - overwrites nothing, and prints what it wrote and what to do next.
 * Usage: node scripts/new-lesson.ts <slug> [--root <folder holding lessons/ and cells/>]
 * @example npm run new-lesson -- error-pages
 * @see docs/authoring.md
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Locale, locales } from "../src/lib/locales.ts";
import { sourceHash, sourceLocale } from "../src/lib/translation-status.ts";

/** The name of the cell every new lesson starts with. */
export const firstCell = "first-app";

const slugPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** What a scaffold wrote (and changed: the course file), relative to the root. */
export interface Scaffold {
  files: string[];
}

/** The course file a scaffold lists the lesson in, relative to the root. */
export const courseFileName = "course.json";

/** Why a slug cannot be used, or undefined when it can. */
export function slugProblem(root: string, slug: string): string | undefined {
  if (!slugPattern.test(slug)) {
    return `"${slug}" is not a kebab-case slug: lowercase letters, digits and single hyphens, starting with a letter (e.g. "error-pages")`;
  }
  const taken = [
    ...locales.map((locale) => `lessons/${locale}/${slug}.mdx`),
    `lessons/${slug}`,
    `cells/${slug}`,
  ].filter((path) => existsSync(join(root, path)));
  if (taken.length > 0)
    return `"${slug}" is taken: ${taken.join(", ")} exist${taken.length === 1 ? "s" : ""} already`;
  return undefined;
}

/**
 * The course file with `slug` added to its drafts, as text (two-space JSON), or an error saying
 * why it cannot be.
 */
export function courseWithDraft(text: string, slug: string): string {
  const data = JSON.parse(text) as { lessons?: unknown; drafts?: unknown };
  const drafts = Array.isArray(data.drafts) ? [...data.drafts] : [];
  if (!drafts.includes(slug)) drafts.push(slug);
  return `${JSON.stringify({ ...data, drafts }, null, 2)}\n`;
}

interface LocaleText {
  title: string;
  description: string;
  heading: string;
  paragraph: string;
}

// The placeholders each locale starts with; every one begins with TODO so that a search finds
// what is left to write.
const placeholders: Record<Locale, LocaleText> = {
  en: {
    title: "TODO: the lesson's title in English",
    description: "TODO: one sentence in English on what the learner does in this lesson.",
    heading: "TODO: the first section",
    paragraph:
      "TODO: say what the app below shows, in the terms of docs/glossary.md. Press Run to see its answer.",
  },
  lt: {
    title: "TODO: pamokos pavadinimas lietuviškai",
    description:
      "TODO: vienas sakinys lietuviškai apie tai, ką besimokantysis daro šioje pamokoje.",
    heading: "TODO: pirmasis skyrius",
    paragraph:
      "TODO: paaiškinkite, ką rodo žemiau esanti aplikacija, vartodami docs/glossary.md terminus.",
  },
  kk: {
    title: "TODO: сабақтың қазақша атауы",
    description: "TODO: оқушы осы сабақта не істейтінін айтатын бір қазақша сөйлем.",
    heading: "TODO: алғашқы бөлім",
    paragraph:
      "TODO: төмендегі қосымша нені көрсететінін docs/glossary.md терминдерімен түсіндіріңіз.",
  },
};

function lessonBody(slug: string, text: LocaleText): string {
  return [
    "{/* TODO: write this lesson (docs/authoring.md), replacing every TODO, the title and description included. */}",
    "",
    `## ${text.heading}`,
    "",
    text.paragraph,
    "",
    `<Cell name="${slug}/${firstCell}" />`,
    "",
  ].join("\n");
}

function lessonFile(text: LocaleText, body: string, source?: string): string {
  const lines = [
    "---",
    `title: ${JSON.stringify(text.title)}`,
    `description: ${JSON.stringify(text.description)}`,
    ...(source ? [`source: "${source}"`] : []),
    "---",
    "",
  ];
  return `${lines.join("\n")}\n${body}`;
}

/** The first cell's files: a minimal app, its Flask twin, and what real Flask answers. */
function cellFiles(slug: string): Record<string, string> {
  const page = `<h1>Hello from ${slug}</h1>`;
  const manifest = {
    title: { en: "A first app", lt: "Pirmoji aplikacija", kk: "Алғашқы қосымша" },
    requests: [
      {
        path: "/",
        expect: {
          status: 200,
          bodyEquals: page,
          headers: { "content-type": "text/html; charset=utf-8" },
        },
      },
      { path: "/missing", expect: { status: 404 } },
    ],
  };
  return {
    "app.ts": `import { Flask } from "flask";

const app = new Flask(import.meta.url);

// TODO: the app this lesson teaches. Keep app.py answering alike and cell.json's answers true.
app.route("/", function index() {
  return ${JSON.stringify(page)};
});

app.run();
`,
    "app.py": `from flask import Flask

app = Flask(__name__)


# TODO: the app this lesson teaches, answering as app.ts does.
@app.route("/")
def index():
    return ${JSON.stringify(page)}


if __name__ == "__main__":
    app.run()
`,
    "cell.json": `${JSON.stringify(manifest, null, 2)}\n`,
  };
}

/**
 * Writes a new lesson in every locale and its first cell under `root`; throws, writing nothing,
 * when the slug is not kebab-case or anything it would write exists.
 * @example scaffoldLesson("/work/main", "error-pages").files[0] // "lessons/en/error-pages.mdx"
 */
export function scaffoldLesson(root: string, slug: string): Scaffold {
  const problem = slugProblem(root, slug);
  if (problem) throw new Error(problem);
  const coursePath = join(root, courseFileName);
  const course = existsSync(coursePath)
    ? courseWithDraft(readFileSync(coursePath, "utf8"), slug)
    : undefined;
  const english = lessonFile(placeholders[sourceLocale], lessonBody(slug, placeholders.en));
  const source = sourceHash(english);
  const planned = new Map<string, string>();
  for (const locale of locales) {
    planned.set(
      `lessons/${locale}/${slug}.mdx`,
      locale === sourceLocale
        ? english
        : lessonFile(placeholders[locale], lessonBody(slug, placeholders[locale]), source),
    );
  }
  for (const [name, text] of Object.entries(cellFiles(slug))) {
    planned.set(`cells/${slug}/${firstCell}/${name}`, text);
  }
  for (const path of planned.keys()) {
    if (existsSync(join(root, path))) throw new Error(`${path} already exists; nothing written`);
  }
  for (const [path, text] of planned) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    // "wx" fails rather than overwrite a file that appeared since the check.
    writeFileSync(join(root, path), text, { flag: "wx" });
  }
  if (course === undefined) return { files: [...planned.keys()] };
  writeFileSync(coursePath, course);
  return { files: [...planned.keys(), courseFileName] };
}

/** What to do after scaffolding, as printed lines. */
export function nextSteps(slug: string): string[] {
  return [
    "Next:",
    `  1. Write the English lesson, lessons/${sourceLocale}/${slug}.mdx: its title, description and body (every TODO).`,
    `  2. Make cells/${slug}/${firstCell}/ the app the lesson needs (app.ts and app.py alike,`,
    "     cell.json saying what real Flask answers), add cells beside it, and check them:",
    `       npm run test:conformance -- ${slug}`,
    `  3. Translate into ${locales
      .filter((l) => l !== sourceLocale)
      .map((l) => `lessons/${l}/${slug}.mdx`)
      .join(" and ")}, then set their source`,
    "     to the hash npm run i18n:status prints for the English (it marks them stale once the",
    "     English body changes, until their source is set again):",
    "       npm run i18n:status",
    `  4. It is listed in ${courseFileName} as a draft (built, in no list): when it is ready, move`,
    `     "${slug}" from "drafts" to its place in "lessons".`,
    "  5. npm run test:unit, then npm run build. docs/authoring.md has the details.",
  ];
}

function main(argv: string[]): number {
  const at = argv.indexOf("--root");
  const root =
    at === -1 ? fileURLToPath(new URL("..", import.meta.url)) : (argv[at + 1] ?? "missing");
  const slugs = argv.filter(
    (arg, i) => arg !== "--root" && (at === -1 || i !== at + 1) && !arg.startsWith("-"),
  );
  if (slugs.length !== 1 || (at !== -1 && argv[at + 1] === undefined)) {
    console.error("usage: npm run new-lesson -- <slug>   (e.g. npm run new-lesson -- error-pages)");
    return 2;
  }
  const slug = slugs[0]!;
  let scaffold: Scaffold;
  try {
    scaffold = scaffoldLesson(root, slug);
  } catch (error) {
    console.error(`new-lesson: ${(error as Error).message}`);
    return 1;
  }
  console.log(`Wrote lesson "${slug}":`);
  for (const file of scaffold.files) console.log(`  ${file}`);
  console.log("");
  for (const line of nextSteps(slug)) console.log(line);
  return 0;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
