/**
 * The programs beyond Node that the tests run, and the Debian package each comes in. The one list:
 * `scripts/install-system-tools.ts` (run before `npm test`) installs from it, and tests ask for a
 * tool through `requireTool`, so a missing one fails with the package to install instead of ENOENT.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export const SYSTEM_TOOLS = {
  // Signed-PDF checks as a third party would run them.
  pdfsig: 'poppler-utils',
  pdftotext: 'poppler-utils',
  pdfdetach: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdffonts: 'poppler-utils',
  // Structural check of generated PDFs.
  qpdf: 'qpdf',
  // Trusts the TEST CA in an NSS database for pdfsig.
  certutil: 'libnss3-tools',
  // Inspects the TEST issuer's certificates and PKCS#12.
  openssl: 'openssl',
  // Opens the generated catalogue HTML headless.
  chromium: 'chromium',
  // The pseudo-terminal for the end-to-end self-check.
  script: 'bsdutils',
  // Makes a FIFO for the hostile-input tests (a pipe must be refused, not waited on).
  mkfifo: 'coreutils',
} as const;

export type SystemTool = keyof typeof SYSTEM_TOOLS;

/**
 * Other programs that do the same job. Ubuntu has no chromium deb, only a snap, and a snap cannot
 * read the tests' files in /tmp; Google's Chrome deb runs the same headless checks.
 */
const ALTERNATIVES: Partial<Record<SystemTool, readonly string[]>> = { chromium: ['google-chrome-stable', 'google-chrome'] };

/** The absolute path of `name` on PATH, or undefined when it is not installed. */
export function findTool(name: string, path: string = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this folder: try the next.
    }
  }
  return undefined;
}

/** The program that does the tool's job: the tool itself, or else an alternative. */
export function findSystemTool(name: SystemTool, path?: string): string | undefined {
  for (const program of [name, ...(ALTERNATIVES[name] ?? [])]) {
    const found = findTool(program, path);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The tools that are not on PATH. */
export function missingTools(path?: string): SystemTool[] {
  return (Object.keys(SYSTEM_TOOLS) as SystemTool[]).filter((name) => findSystemTool(name, path) === undefined);
}

/** The Debian packages that bring the given tools, each once, in a stable order. */
export function debianPackages(tools: readonly SystemTool[]): string[] {
  return [...new Set(tools.map((tool) => SYSTEM_TOOLS[tool]))].sort();
}

/** The path of a tool the tests need; throws an error naming its Debian package when it is missing. */
export function requireTool(name: SystemTool): string {
  const found = findSystemTool(name);
  if (found !== undefined) return found;
  const debianPackage = SYSTEM_TOOLS[name];
  const alternatives = ALTERNATIVES[name];
  throw new Error(
    `${name} is not installed; it comes with the Debian package ${debianPackage}: ` +
      `apt-get install --no-install-recommends ${debianPackage} (npm test installs it itself when run as root or with sudo)` +
      (alternatives ? `; ${alternatives.join(' or ')} on PATH does as well` : ''),
  );
}
