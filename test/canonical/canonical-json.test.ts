import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import serialize from 'canonicalize';
import { canonicalJson } from '../../src/canonical/canonical-json.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';

describe('canonical JSON', () => {
  it('writes exactly the bytes of the canonicalize package (RFC 8785) for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ depthSize: 'small' }), (value) => {
        expect(canonicalJson(value)).toBe(serialize(value));
      }),
      { numRuns: 500 },
    );
  });

  it('writes exactly the bytes of the canonicalize package for the bundled catalogue', () => {
    const catalogue = loadCatalogue();
    expect(canonicalJson(catalogue)).toBe(serialize(catalogue));
  });

  it('sorts keys and escapes quotes, backslashes and control characters', () => {
    expect(canonicalJson({ b: 1, a: 'x"\\\n\u0001', é: [true, null, 1.5e-7] })).toBe('{"a":"x\\"\\\\\\n\\u0001","b":1,"é":[true,null,1.5e-7]}');
  });

  it('refuses values with no canonical form', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson('\ud800')).toThrow(TypeError);
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });
});
