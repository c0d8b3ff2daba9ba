import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCatalogue, RELEASED_VERSIONS } from '../../src/certificate/catalogue-releases.js';
import { readReleasedCatalogues, RELEASED_MODULE, releasesDir, renderReleasedModule } from '../../src/certificate/render-released-catalogues.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { CERTIFICATE_FORMAT } from '../../src/certificate/certificate-data.js';
import { packageRoot } from '../../src/package-paths.js';

describe('the released catalogues a certificate is verified against', () => {
  it('are exactly what a fresh validation of spec/releases/ gives (run npx tsx scripts/generate-released-catalogues.ts after adding a release)', () => {
    expect(readFileSync(join(packageRoot, RELEASED_MODULE), 'utf8')).toBe(renderReleasedModule());
  });

  it('hold every release folder, each with the hash a fresh read of its YAML gives', () => {
    const folders = readdirSync(releasesDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect([...RELEASED_VERSIONS].sort()).toEqual(folders.sort());
    for (const fresh of readReleasedCatalogues()) {
      expect(findCatalogue(fresh.metadata.id, fresh.metadata.version, [])?.hash).toBe(fresh.hash);
      expect(loadCatalogue(join(releasesDir, fresh.metadata.version)).hash).toBe(fresh.hash);
    }
  });

  it('are found only by the id and version a certificate names, with what is loaded first', () => {
    const [version] = RELEASED_VERSIONS;
    if (version === undefined) throw new Error('no release shipped');
    const release = findCatalogue('pkvw-light', version, []);
    expect(release?.metadata.version).toBe(version);
    expect(findCatalogue('other-keurmerk', version, [])).toBeUndefined();
    for (const name of ['__proto__', 'constructor', '../0.1.0', '9.9.9']) expect(findCatalogue('pkvw-light', name, [])).toBeUndefined();
    const bundled = loadCatalogue();
    expect(findCatalogue(bundled.metadata.id, bundled.metadata.version, [bundled])).toBe(bundled);
    expect(findCatalogue('pkvw-light', version, [])).not.toBe(release);
  });

  it('the certificate data schema names the format certify writes', () => {
    const schema = JSON.parse(readFileSync(join(packageRoot, 'spec/schema/certificate.schema.json'), 'utf8')) as { properties: { format: { const: string } } };
    expect(schema.properties.format.const).toBe(CERTIFICATE_FORMAT);
  });
});
