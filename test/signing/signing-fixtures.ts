/**
 * Shared by the signing and report tests: the bundled catalogue, the example answers, a fixed
 * clock, TEST issuers made in-process, and in-memory runs of the CLI.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { runMain } from '../../cli/main.js';
import { fixturesDir } from '../../src/package-paths.js';
import { createTestIssuer, writeTestIssuer, type TestIssuerOptions } from '../../src/signing/test-issuer.js';
import { captureIo } from '../support/capture-io.js';
import { requireTool, type SystemTool } from '../support/system-tools.js';

export const NOW = new Date('2026-11-28T10:30:00Z');
export const INSPECTION = join(fixturesDir, 'answers', 'inspectie-voorbeeld.yaml');
export const SELF_CHECK = join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml');
export const EXAMPLE_FIRM = 'Voorbeeld Sloten en Beveiliging B.V. (erkend PKVW-bedrijf)';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'pkvw-signing-'));
}

export interface IssuerFiles {
  dir: string;
  p12: string;
  passphrase: string;
  trust: string;
  caPem: string;
}

/** A TEST issuer written to a fresh folder, as `issuer create-test` would. */
export function testIssuerFiles(options: Partial<TestIssuerOptions> = {}): IssuerFiles {
  const dir = tempDir();
  const issuer = createTestIssuer({ now: NOW, ...options });
  const paths = writeTestIssuer(dir, issuer);
  return { dir, p12: paths.p12, passphrase: paths.passphrase, trust: join(dir, 'trust'), caPem: readFileSync(paths.ca, 'utf8') };
}

export async function run(argv: string[], now: Date = NOW): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo({ now });
  const code = await runMain(argv, io);
  return { code, out: io.out, err: io.err };
}

/** Signs the example inspection (or `answers`) with the issuer and returns the certificate's path. */
export async function certify(issuer: IssuerFiles, out: string, extra: string[] = [], answers: string = INSPECTION): Promise<string> {
  const result = await run(['certify', answers, '--issuer', issuer.p12, '--passphrase-file', issuer.passphrase, '--out', out, ...extra]);
  if (result.code !== 0) throw new Error(`certify failed: ${result.err}`);
  return out;
}

/** Runs a tool `npm test` installs (poppler-utils, qpdf, libnss3-tools, openssl) with an argument array. */
export function tool(command: SystemTool, args: string[]): { code: number; out: string } {
  const result = spawnSync(requireTool(command), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, out: `${result.stdout}${result.stderr}` };
}
