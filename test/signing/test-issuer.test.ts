import { describe, expect, it } from 'vitest';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { join } from 'node:path';
import { readSigningIdentity } from '../../src/signing/signing-identity.js';
import { run, tempDir, tool } from './signing-fixtures.js';

describe('issuer create-test', () => {
  it('writes a TEST CA to trust, and a TEST firm key with its passphrase readable by the owner only', async () => {
    const dir = tempDir();
    const { code, out } = await run(['issuer', 'create-test', '--out', dir]);
    expect(code).toBe(0);
    expect(out).toContain('TEST');
    expect(out).toContain('pkvw-light verify');

    const ca = new X509Certificate(readFileSync(join(dir, 'trust', 'test-ca.pem')));
    expect(ca.ca).toBe(true);
    expect(ca.subject).toContain('CN=TEST CA');
    expect(statSync(join(dir, 'test-firm.p12')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'test-firm.passphrase')).mode & 0o777).toBe(0o600);

    const passphrase = readFileSync(join(dir, 'test-firm.passphrase'), 'utf8').trim();
    const identity = await readSigningIdentity(join(dir, 'test-firm.p12'), passphrase);
    const [leafDer] = identity.certificates;
    if (leafDer === undefined) throw new Error('no leaf certificate');
    const leaf = new X509Certificate(leafDer);
    expect(identity.signerName).toBe('Voorbeeld Sloten en Beveiliging B.V. (erkend PKVW-bedrijf) (TEST)');
    expect(leaf.subject).toContain('OU=TEST');
    expect(leaf.subject).toContain('O=Voorbeeld Sloten en Beveiliging B.V. (erkend PKVW-bedrijf)');
    expect(leaf.ca).toBe(false);
    expect(leaf.checkIssued(ca)).toBe(true);
    // poppler rejects a leaf without these: CA:FALSE and digitalSignature + nonRepudiation.
    const leafPem = join(dir, 'leaf.pem');
    writeFileSync(leafPem, leaf.toString());
    const { out: extensions } = tool('openssl', ['x509', '-in', leafPem, '-noout', '-ext', 'basicConstraints,keyUsage']);
    expect(extensions).toContain('CA:FALSE');
    expect(extensions).toContain('Digital Signature, Non Repudiation');
  });

  it('is readable by OpenSSL with the passphrase file', async () => {
    const dir = tempDir();
    await run(['issuer', 'create-test', '--out', dir]);
    const { code, out } = tool('openssl', ['pkcs12', '-in', join(dir, 'test-firm.p12'), '-nokeys', '-passin', `file:${join(dir, 'test-firm.passphrase')}`]);
    expect(code).toBe(0);
    expect(out).toContain('BEGIN CERTIFICATE');
    expect(out).not.toContain('PRIVATE KEY');
  });

  it('refuses to replace an existing issuer without --force, and keeps its key', async () => {
    const dir = tempDir();
    expect((await run(['issuer', 'create-test', '--out', dir])).code).toBe(0);
    const key = readFileSync(join(dir, 'test-firm.p12'));
    const again = await run(['issuer', 'create-test', '--out', dir]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('issuer-exists');
    expect(readFileSync(join(dir, 'test-firm.p12')).equals(key)).toBe(true);
    expect((await run(['issuer', 'create-test', '--out', dir, '--force'])).code).toBe(0);
    expect(readFileSync(join(dir, 'test-firm.p12')).equals(key)).toBe(false);
  });

  it('names the firm given with --firm as the organisation of its certificate, in UTF-8', async () => {
    const dir = tempDir();
    expect((await run(['issuer', 'create-test', '--out', dir, '--firm', 'Sloten Ügür & Zn. B.V.'])).code).toBe(0);
    const passphrase = readFileSync(join(dir, 'test-firm.passphrase'), 'utf8').trim();
    const identity = await readSigningIdentity(join(dir, 'test-firm.p12'), passphrase);
    const [leafDer] = identity.certificates;
    if (leafDer === undefined) throw new Error('no leaf certificate');
    expect(new X509Certificate(leafDer).subject).toContain('O=Sloten Ügür & Zn. B.V.');
  });
});
