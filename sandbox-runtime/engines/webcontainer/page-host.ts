/**
 * The page's default container host: boots the real `@webcontainer/api` on first use. The API
 * is imported only then, so a page that never runs a cell in a WebContainer never loads it.
 */
import type { BootOptions } from "@webcontainer/api";
import { ContainerHost } from "./container-host.ts";

let pageHost: ContainerHost | undefined;

/** The boot options the engine uses: the page is served with `COEP: require-corp`. */
export const BOOT_OPTIONS: BootOptions = { coep: "require-corp", workdirName: "kolba" };

/**
 * The one host per page (the API allows one booted WebContainer per page).
 * @example
 * const container = await pageContainerHost().container();
 */
export function pageContainerHost(): ContainerHost {
  pageHost ??= new ContainerHost(async () => {
    const { WebContainer } = await import("@webcontainer/api");
    return WebContainer.boot(BOOT_OPTIONS);
  });
  return pageHost;
}
