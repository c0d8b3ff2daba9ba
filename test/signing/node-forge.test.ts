import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import type * as Forge from 'node-forge';
import { forge, forgeKdfs } from '../../src/signing/node-forge.js';
import { readSigningIdentity } from '../../src/signing/signing-identity.js';
import { UserError } from '../../src/problems/errors.js';
import { tempDir, tool } from './signing-fixtures.js';

const DIGESTS = ['sha1', 'sha256', 'sha384', 'sha512', 'md5'] as const;
const digest = (name: (typeof DIGESTS)[number]): Forge.md.MessageDigest => forge.md[name].create();

const byteString = fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes).toString('latin1'));

describe('node-forge with native key derivation', () => {
  it('derives the same PBKDF2 bytes as forge’s JavaScript, for any passphrase, salt, digest and length', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 20 }), byteString), byteString, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 80 }), fc.constantFrom(...DIGESTS), (password, salt, iterations, length, name) => {
        expect(forgeKdfs.native.pbkdf2(password, salt, iterations, length, digest(name))).toBe(forgeKdfs.javaScript.pbkdf2(password, salt, iterations, length, digest(name)));
      }),
      { numRuns: 200 },
    );
  });

  it('derives the same PKCS#12 (RFC 7292 B.2) bytes as forge’s JavaScript, for any passphrase, salt, purpose, digest and length', () => {
    fc.assert(
      fc.property(fc.option(fc.string({ maxLength: 70, unit: 'binary' }), { nil: undefined }), byteString, fc.constantFrom(1, 2, 3), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 150 }), fc.constantFrom(...DIGESTS), (password, salt, id, iterations, length, name) => {
        const native = forgeKdfs.native.pkcs12(password, forge.util.createBuffer(salt), id, iterations, length, digest(name));
        const javaScript = forgeKdfs.javaScript.pkcs12(password, forge.util.createBuffer(salt), id, iterations, length, digest(name));
        expect(native.toHex()).toBe(javaScript.toHex());
      }),
      { numRuns: 200 },
    );
  });

  it('reads the PKCS#12 files OpenSSL 3 writes, with and without -legacy, and refuses a wrong passphrase', async () => {
    const dir = tempDir();
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    expect(tool('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-subj', '/CN=Słoten Łódź', '-days', '2', '-utf8']).code).toBe(0);
    for (const legacy of [[], ['-legacy']]) {
      const p12 = join(dir, `firm${legacy.join('')}.p12`);
      expect(tool('openssl', ['pkcs12', '-export', ...legacy, '-inkey', key, '-in', cert, '-passout', 'pass:geheim wachtwoord', '-out', p12]).code).toBe(0);
      const identity = await readSigningIdentity(p12, 'geheim wachtwoord');
      expect(identity.signerName).toBe('Słoten Łódź');
      expect(identity.certificates).toHaveLength(1);
      await expect(readSigningIdentity(p12, 'geheim')).rejects.toBeInstanceOf(UserError);
    }
  });
});
