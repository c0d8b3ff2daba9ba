import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { deflateRawSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { FONT, inflateInto, postHeaderFirst, type PostFieldTypes, type TableFont } from '../../src/report/pdf-layout.js';

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

describe("fontkit's post table, header first", () => {
  const fieldTypes: PostFieldTypes = fromFontkit('restructure');
  const fontkit: { create(data: Uint8Array): TableFont & { post: Record<string, unknown>; italicAngle: number } } = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit');

  it.each([FONT.regular, FONT.bold])('gives every field fontkit decodes, the glyph names when asked: %s', (path) => {
    const bytes = readFileSync(path);
    const whole = fontkit.create(bytes).post;
    const font = fontkit.create(bytes);
    postHeaderFirst(font, fieldTypes);
    expect(Object.keys(font._tables)).toContain('post');
    // The header is there before any name is decoded, and is what pdfkit reads.
    expect([font.post.isFixedPitch, font.italicAngle]).toEqual([whole.isFixedPitch, whole.italicAngle]);
    expect(font.post.version).toBe(2);
    for (const field of Object.keys(whole)) expect(font.post[field], field).toEqual(whole[field]);
    expect((font.post.names as string[]).length).toBeGreaterThan(1000);
  });
});
