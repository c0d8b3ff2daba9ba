import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-paths.js';
import { SYSTEM_TOOLS, debianPackages, findSystemTool, findTool, missingTools, requireTool } from '../support/system-tools.js';

const emptyDir = mkdtempSync(join(tmpdir(), 'pkvw-no-tools-'));
afterAll(() => rmSync(emptyDir, { recursive: true, force: true }));

describe('the system tools the tests need', () => {
  it('are all missing on a PATH without them, and map to their Debian packages', () => {
    expect(missingTools(emptyDir)).toEqual(Object.keys(SYSTEM_TOOLS));
    expect(debianPackages(missingTools(emptyDir))).toEqual(['bsdutils', 'chromium', 'coreutils', 'libnss3-tools', 'openssl', 'poppler-utils', 'qpdf']);
  });

  it('are found on PATH by absolute path', () => {
    const node = findTool('node');
    expect(node).toMatch(/\/node$/);
  });

  it('take Google Chrome for chromium where no chromium deb exists (Ubuntu)', () => {
    const chromeDir = mkdtempSync(join(tmpdir(), 'pkvw-chrome-'));
    try {
      writeFileSync(join(chromeDir, 'google-chrome-stable'), '#!/bin/sh\n', { mode: 0o755 });
      expect(findSystemTool('chromium', chromeDir)).toBe(join(chromeDir, 'google-chrome-stable'));
      expect(missingTools(chromeDir)).not.toContain('chromium');
    } finally {
      rmSync(chromeDir, { recursive: true, force: true });
    }
  });

  it('fail with the Debian package to install when one is missing, not with ENOENT', () => {
    const path = process.env.PATH;
    process.env.PATH = emptyDir;
    try {
      expect(() => requireTool('pdfsig')).toThrow(/pdfsig is not installed; it comes with the Debian package poppler-utils: apt-get install --no-install-recommends poppler-utils/);
    } finally {
      process.env.PATH = path;
    }
  });

  it('are started only through requireTool or the signing tests’ tool() helper', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts')) {
          const text = readFileSync(path, 'utf8');
          for (const match of text.matchAll(/\b(?:spawn|spawnSync|execFile|execFileSync|exec|execSync)\(\s*'([^']+)'/g)) {
            if (match[1] !== 'node' && match[1] !== 'npm') offenders.push(`${path}: ${match[0]}`);
          }
        }
      }
    };
    walk(join(packageRoot, 'test'));
    expect(offenders).toEqual([]);
  });
});
