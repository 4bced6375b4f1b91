import en from "../../src/i18n/ui/en.ts";
import { expect, test } from "./fixtures.ts";

/**
 * At a `.localhost` name (`npm start` prints it) each cell's preview has an origin of its own:
 * `two-routes.…` and `endpoints.…` on the preview port. The learner's path is the same, and one
 * cell's preview can no longer read another's page (on one shared preview origin it could).
 */

const port = Number(process.env.E2E_PORT);
const lesson = `http://kolba.localhost:${port}/en/routing/`;

test("at kolba.localhost each cell's preview has an origin of its own, out of the others' reach", async ({
  page,
}) => {
  await page.goto(lesson);
  const frames: string[] = [];
  for (const name of ["routing/two-routes", "routing/endpoints"]) {
    const cell = page.locator(`figure[data-cell="${name}"]`);
    await cell.getByRole("button", { name: en["cell.run"], exact: true }).click();
    const frame = cell.locator("iframe.cell-frame");
    await expect(frame).toHaveAttribute("src", /^http:/, { timeout: 20_000 });
    await expect(frame.contentFrame().locator("body")).not.toBeEmpty({ timeout: 20_000 });
    frames.push(new URL((await frame.getAttribute("src")) ?? "").origin);
  }
  expect(frames).toEqual([
    `http://routing--two-routes.kolba.localhost:${port + 1}`,
    `http://routing--endpoints.kolba.localhost:${port + 1}`,
  ]);

  // From the second cell's preview, every other frame of the lesson page is out of reach.
  const second = page.frames().find((f) => f.url().startsWith(frames[1]!));
  expect(second).toBeDefined();
  const seen = await second!.evaluate(() => {
    const out: string[] = [];
    for (let i = 0; i < parent.frames.length; i++) {
      const other = parent.frames[i]!;
      if (other === window) continue;
      try {
        out.push(`read: ${other.document.body.textContent}`);
      } catch (error) {
        out.push(`blocked: ${(error as Error).name}`);
      }
    }
    return out;
  });
  expect(seen.length).toBeGreaterThan(1);
  for (const result of seen) expect(result).toBe("blocked: SecurityError");
});
