/**
 * Can this page boot a WebContainer? The checks the auto engine makes before it tries: cross-
 * origin isolation, SharedArrayBuffer, a browser WebContainers run on, and iOS (where booting
 * is heavy enough to ask the learner first).
 */

/** What the page reports about itself. */
export interface SupportProbe {
  crossOriginIsolated: boolean;
  hasSharedArrayBuffer: boolean;
  hasServiceWorker: boolean;
  hasWebAssembly: boolean;
  userAgent: string;
  maxTouchPoints: number;
}

/** Why the page cannot boot a WebContainer. */
export type NoBootReason = "not-isolated" | "no-shared-array-buffer" | "unsupported-browser";

/** The verdict: boot, ask the learner first (iOS), or do not try. */
export type BootVerdict =
  | { boot: "yes" }
  | { boot: "ask"; reason: "ios" }
  | { boot: "no"; reason: NoBootReason };

/**
 * Read the probe from a global scope (the page's `globalThis` by default).
 * @example
 * const probe = probeEnvironment();
 */
export function probeEnvironment(scope: typeof globalThis = globalThis): SupportProbe {
  const nav = (scope as { navigator?: Partial<Navigator> }).navigator;
  return {
    crossOriginIsolated: (scope as { crossOriginIsolated?: boolean }).crossOriginIsolated === true,
    hasSharedArrayBuffer: typeof scope.SharedArrayBuffer === "function",
    hasServiceWorker: nav !== undefined && "serviceWorker" in nav,
    hasWebAssembly: typeof scope.WebAssembly === "object",
    userAgent: nav?.userAgent ?? "",
    maxTouchPoints: nav?.maxTouchPoints ?? 0,
  };
}

/**
 * Whether the user agent is iOS or iPadOS (which reports itself as a Mac with a touch screen).
 * @example
 * isIos({ userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)…", maxTouchPoints: 5 }); // true
 */
export function isIos(probe: Pick<SupportProbe, "userAgent" | "maxTouchPoints">): boolean {
  return (
    /\b(iPhone|iPad|iPod)\b/.test(probe.userAgent) ||
    (/\bMacintosh\b/.test(probe.userAgent) && probe.maxTouchPoints > 1)
  );
}

// Desktop Safari runs WebContainers from 16.4 on; Chromium and Firefox from long before any
// version still in use.
function unsupportedBrowser(userAgent: string): boolean {
  if (/\b(Chrome|Chromium|CriOS|Edg|Firefox|FxiOS)\//.test(userAgent)) return false;
  const safari = /\bVersion\/(\d+)(?:\.(\d+))?.*\bSafari\//.exec(userAgent);
  if (!safari) return false;
  const major = Number(safari[1]);
  const minor = Number(safari[2] ?? 0);
  return major < 16 || (major === 16 && minor < 4);
}

/**
 * Decide whether to try booting a WebContainer.
 * @example
 * webContainerSupport(probeEnvironment()); // { boot: "no", reason: "not-isolated" } on a page without COOP/COEP
 */
export function webContainerSupport(probe: SupportProbe): BootVerdict {
  if (!probe.crossOriginIsolated) return { boot: "no", reason: "not-isolated" };
  if (!probe.hasSharedArrayBuffer) return { boot: "no", reason: "no-shared-array-buffer" };
  if (!probe.hasServiceWorker || !probe.hasWebAssembly || unsupportedBrowser(probe.userAgent)) {
    return { boot: "no", reason: "unsupported-browser" };
  }
  if (isIos(probe)) return { boot: "ask", reason: "ios" };
  return { boot: "yes" };
}
