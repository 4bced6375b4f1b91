// The browser bundle ships without its own declarations; its shape is described in nunjucks.ts.
declare module "nunjucks/browser/nunjucks.js" {
  const bundle: unknown;
  export default bundle;
}
