import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { deflateRawSync } from 'node:zlib';
import { inflateInto } from '../../src/report/pdf-layout.js';

// The real tiny-inflate, which pdfkit's fontkit, unicode-properties and linebreak would load.
const fromFontkit = createRequire(createRequire(createRequire(import.meta.url).resolve('pdfkit')).resolve('fontkit'));
const tinyInflate: (source: Uint8Array, dest: Uint8Array) => Uint8Array = fromFontkit('tiny-inflate');

describe("pdfkit's inflate stand-in (Node's zlib in tiny-inflate's place)", () => {
  it('gives tiny-inflate’s bytes, also into a longer buffer, for any data and level', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), fc.integer({ min: 0, max: 9 }), fc.nat(40), (data, level, spare) => {
        const deflated = deflateRawSync(data, { level });
        const ours = inflateInto(deflated, new Uint8Array(data.length + spare));
        const theirs = tinyInflate(deflated, new Uint8Array(data.length + spare));
        expect(Buffer.from(ours).equals(Buffer.from(theirs))).toBe(true);
        expect(ours.length).toBe(data.length);
      }),
    );
  });

  it('refuses data longer than the buffer, as tiny-inflate cannot hold it', () => {
    expect(() => inflateInto(deflateRawSync(Buffer.alloc(100, 7)), new Uint8Array(50))).toThrow();
  });
});
