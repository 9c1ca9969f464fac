import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

/**
 * The reference pages (web/): each page's TypeScript and CSS bundled by esbuild into web/dist (hashed file names,
 * so the server lets browsers keep them), beside an HTML file per page. `scripts/build.ts` runs it with the
 * server's build (`npm run build`, `npm start`); the browser tests run it before they start their server.
 */
const root = fileURLToPath(new URL("..", import.meta.url));
export const webDir = path.join(root, "web");
export const webDist = path.join(webDir, "dist");

/** The pages: their path on the server (/board, /scan), title and entry module. */
export const pages = {
  board: { title: "bomgraph board", entry: "board/main.tsx" },
  scan: { title: "bomgraph scanner", entry: "scan/main.tsx" },
} as const;

export interface PageSize {
  page: string;
  /** The bytes a first visit downloads: the page's scripts (shared chunks included) and styles. */
  bytes: number;
  gzipBytes: number;
}

export async function buildWeb(): Promise<PageSize[]> {
  const staging = `${webDist}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const result = await esbuild.build({
    entryPoints: Object.fromEntries(
      Object.entries(pages).map(([name, page]) => [name, path.join(webDir, page.entry)]),
    ),
    outdir: path.join(staging, "assets"),
    entryNames: "[name]-[hash]",
    chunkNames: "chunk-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    target: ["chrome111", "firefox115", "safari16.4"],
    minify: true,
    metafile: true,
    jsx: "automatic",
    jsxImportSource: "preact",
    tsconfig: path.join(webDir, "tsconfig.json"),
    logLevel: "warning",
    absWorkingDir: root,
  });
  const asset = (file: string) => `/web/${path.basename(file)}`;
  const sizes: PageSize[] = [];
  for (const [name, page] of Object.entries(pages)) {
    const [script, output] = Object.entries(result.metafile.outputs).find(
      ([, out]) => out.entryPoint === `web/${page.entry}`,
    ) ?? [undefined, undefined];
    if (!script || !output) throw new Error(`esbuild wrote no script for ${page.entry}`);
    const files = [...reachable(result.metafile, script, false)];
    if (output.cssBundle) files.push(output.cssBundle);
    if (name === "scan") {
      // The scanner's service worker keeps its page and every file it may load for use offline.
      const shell = ["/scan", ...reachable(result.metafile, script, true), output.cssBundle ?? ""]
        .filter(Boolean)
        .map((file) => (file === "/scan" ? file : asset(file)));
      await buildScanWorker(staging, shell);
    }
    writeFileSync(
      path.join(staging, `${name}.html`),
      html(page.title, asset(script), output.cssBundle && asset(output.cssBundle)),
    );
    const contents = files.map((file) => readFileSync(path.join(root, file)));
    sizes.push({
      page: name,
      bytes: contents.reduce((sum, content) => sum + content.length, 0),
      gzipBytes: contents.reduce((sum, content) => sum + gzipSync(content).length, 0),
    });
  }
  rmSync(webDist, { recursive: true, force: true });
  mkdirSync(path.dirname(webDist), { recursive: true });
  renameSync(staging, webDist);
  return sizes;
}

/** `script` and the scripts it imports, directly or not; with `dynamic`, those it may import later too. */
function reachable(metafile: esbuild.Metafile, script: string, dynamic: boolean): Set<string> {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? []) {
      if (imported.external) continue;
      if (imported.kind === "import-statement" || (dynamic && imported.kind === "dynamic-import")) {
        visit(imported.path);
      }
    }
  };
  visit(script);
  return found;
}

/**
 * web/scan/worker.ts as /scan-worker.js: a name without a hash (a page registers its worker by a fixed address;
 * the browser installs the new one when its bytes change, and they change with `shell`, the files it keeps).
 */
async function buildScanWorker(staging: string, shell: string[]) {
  await esbuild.build({
    entryPoints: [path.join(webDir, "scan/worker.ts")],
    outfile: path.join(staging, "scan-worker.js"),
    bundle: true,
    format: "iife",
    target: ["chrome111", "firefox115", "safari16.4"],
    minify: true,
    define: { SCAN_SHELL: JSON.stringify(shell) },
    tsconfig: path.join(webDir, "tsconfig.json"),
    logLevel: "warning",
    absWorkingDir: root,
  });
}

/** `<!--demo-->` is where the server writes the embedded demo's key (src/http/web.ts). */
function html(title: string, script: string, stylesheet: string | undefined): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<!--demo-->
${stylesheet ? `<link rel="stylesheet" href="${stylesheet}">\n` : ""}<script type="module" src="${script}"></script>
</head>
<body><div id="app"></div></body>
</html>
`;
}

export function describeSizes(sizes: PageSize[]): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  return sizes.map((size) => `/${size.page} ${kb(size.bytes)} (${kb(size.gzipBytes)} gzip)`).join(", ");
}

/** Whether web/dist is missing or older than a file of web/ (its tests and generated documents included). */
export function webIsStale(newestChange: (file: string) => number): boolean {
  const stamp = path.join(webDist, "board.html");
  if (!existsSync(stamp)) return true;
  const built = newestChange(stamp);
  return readdirSync(webDir)
    .filter((entry) => entry !== "dist" && !entry.startsWith("dist."))
    .some((entry) => newestChange(path.join(webDir, entry)) > built);
}
