import { describe, expect, it } from 'vitest';
import { answersMessages, type AnswersParams } from '../../src/answers/answers-messages.js';
import { catalogueMessages, type CatalogueParams } from '../../src/catalogue/catalogue-messages.js';
import { certificateMessages, type VerifyCode, type VerifyReason } from '../../src/certificate/certificate-messages.js';
import { flowMessages, type FlowParams } from '../../src/flow/flow-messages.js';
import { generalMessages, type GeneralParams } from '../../src/i18n/general-messages.js';
import type { ProblemOf, UserErrorOf } from '../../src/i18n/message-map.js';
import { formatProblemLine, type ProblemCode, type ProblemParamsByCode, type ProblemUserError, type TypedProblem } from '../../src/messages/render-problem.js';
import type { PolicyParams } from '../../src/policy/policy-messages.js';
import type { SchemaValidationParams } from '../../src/schema-validation/schema-validation-messages.js';
import { userError, UserError } from '../../src/problems/errors.js';
import { CHECK_CODES, CheckLog, type CheckCode, type SigningReason } from '../../src/signing/verification-result.js';
import { signingMessages, type SigningParams } from '../../src/signing/signing-messages.js';
import type { YamlParams } from '../../src/yaml/yaml-messages.js';

// `npm test` runs tsc over this file: each @ts-expect-error fails it the day the typing stops refusing.
describe('the parameters of a problem code', () => {
  it('are the names its message reads, so tsc refuses an emitter that gives fewer or other names', () => {
    const given: AnswersParams<'answers-out-of-range'> = { question: 'wonen.verdiepingen', min: 1, max: 5 };
    // @ts-expect-error: min and max are missing
    const fewer: AnswersParams<'answers-out-of-range'> = { question: 'wonen.verdiepingen' };
    // @ts-expect-error: the message reads `question`, not `id`
    const misnamed: AnswersParams<'answers-unknown-question'> = { id: 'x' };
    expect(answersMessages.nl['answers-out-of-range'](given)).toBe("het antwoord op 'wonen.verdiepingen' moet tussen 1 en 5 liggen");
    expect([fewer, misnamed].length).toBe(2);
  });

  it('are none for a message that reads none', () => {
    const none: AnswersParams<'answers-inspection-missing'> = {};
    // @ts-expect-error: a message without parameters takes none
    const extra: AnswersParams<'answers-inspection-missing'> = { firm: 'x' };
    expect(answersMessages.en['answers-inspection-missing'](none)).toMatch(/^an inspection names the PKVW firm/);
    expect(extra).toBeDefined();
  });

  it('are named in every map, the optional ones (read only when given) apart', () => {
    const unknown: CatalogueParams<'unknown-scenario'> = { id: 'SC-X' };
    const suggested: CatalogueParams<'unknown-scenario'> = { id: 'SC-X', suggestion: 'SC-1', known: 'SC-1, SC-2' };
    // @ts-expect-error: the message reads `id`
    const noId: CatalogueParams<'unknown-scenario'> = { suggestion: 'SC-1' };
    // @ts-expect-error: file-unreadable reads `reason` (the errno), not `error`
    const wrongReason: GeneralParams<'file-unreadable'> = { path: 'a.yaml', error: 'EACCES' };
    // @ts-expect-error: the signer's validity reads from and to
    const noRange: SigningParams<'verify-signer-expired'> = { signingTime: '2026-01-01' };
    // @ts-expect-error: the English template reads noneEn too, so the Dutch one declares it
    const halfNames: FlowParams<'flow-answer-multi-empty'> = { noneNl: 'Geen van deze' };
    // @ts-expect-error: population-range-excludes-value reads low and high
    const noBounds: PolicyParams<'population-range-excludes-value'> = { field: 'x', value: 2 };
    // @ts-expect-error: schema-range reads comparison and limit
    const noLimit: SchemaValidationParams<'schema-range'> = { field: 'x' };
    // @ts-expect-error: yaml-too-large reads size and limit
    const noSize: YamlParams<'yaml-too-large'> = { limit: 1 };
    expect(catalogueMessages.en['unknown-scenario'](unknown)).toBe("unknown scenario 'SC-X'. None are defined yet.");
    expect(catalogueMessages.en['unknown-scenario'](suggested)).toBe("unknown scenario 'SC-X'. Did you mean 'SC-1'? Known: SC-1, SC-2.");
    expect(generalMessages.nl['file-unreadable']({ path: 'a.yaml', reason: 'EACCES' })).toBe('kan a.yaml niet lezen: geen toestemming (bestandsrechten) (EACCES)');
    expect([noId, wrongReason, noRange, halfNames, noBounds, noLimit, noSize].length).toBe(7);
  });
});

describe('an emitter typed by its message map', () => {
  it('refuses a problem literal whose params do not fit its code', () => {
    const fits: ProblemOf<typeof certificateMessages> = { code: 'certificate-outcome', severity: 'error', params: { outcome: 'doorverwijzen' } };
    // @ts-expect-error: certificate-outcome reads outcome
    const empty: ProblemOf<typeof certificateMessages> = { code: 'certificate-outcome', severity: 'error', params: {} };
    // @ts-expect-error: no certificate code is called so
    const unknown: ProblemOf<typeof certificateMessages> = { code: 'certificate-bogus', severity: 'error', params: {} };
    // @ts-expect-error: at the edge, every code's params are checked too
    const atTheEdge = { code: 'file-not-found', severity: 'error', params: { file: 'x' } } satisfies TypedProblem;
    expect(formatProblemLine(fits, 'en')).toBe('error certificate-outcome no certificate: the outcome is doorverwijzen, not basis-op-orde (make a report with: pkvw-light report)');
    expect([empty, unknown, atTheEdge].length).toBe(3);
  });

  it('refuses a userError call whose params do not fit its code, and lets a code without any leave them out', () => {
    const refuse: UserErrorOf<typeof certificateMessages> = userError;
    const anyCode: ProblemUserError = userError;
    const refusals = [
      refuse('certificate-no-dwelling'),
      refuse('certificate-inspection-in-future', { inspected: '2026-02-01', issued: '2026-01-01' }),
      anyCode('bad-option', { option: '--runs', value: 'x', expected: '0..1000' }),
      // @ts-expect-error: the message reads inspected and issued
      refuse('certificate-inspection-in-future', { issued: '2026-01-01' }),
      // @ts-expect-error: a code whose message reads parameters needs them
      anyCode('bad-option'),
      // @ts-expect-error: signing-tsa-failed is no certificate code
      refuse('signing-tsa-failed', { url: 'x', reason: 'y' }),
    ];
    expect(refusals.every((refusal) => refusal instanceof UserError)).toBe(true);
    expect(refusals[1]?.problems[0]?.params).toEqual({ inspected: '2026-02-01', issued: '2026-01-01' });
  });

  it('types the reasons of the signature and certificate checks', () => {
    const log = new CheckLog();
    log.fail('signer-trusted', { code: 'verify-untrusted', params: { issuer: 'CN=X' } });
    // @ts-expect-error: verify-untrusted reads issuer
    log.fail('signer-trusted', { code: 'verify-untrusted', params: {} });
    // @ts-expect-error: a signature check gives no certificate reason
    log.fail('signer-trusted', { code: 'verify-firm-mismatch', params: { firm: 'a', organization: 'b' } });
    const content = new CheckLog<VerifyReason>(log.checks);
    content.fail('firm-matches-signer', { code: 'verify-firm-mismatch', params: { firm: 'a', organization: 'b' } });
    const reasons: SigningReason[] = [{ code: 'verify-skipped-after', params: { check: 'byte-range' } }];
    expect(log.checks.map((c) => c.reason?.code)).toEqual(['verify-untrusted', 'verify-untrusted', 'verify-firm-mismatch', 'verify-firm-mismatch']);
    expect(reasons).toHaveLength(1);
  });
});

describe('the codes built from a name', () => {
  it('are codes of the maps: each check has its verify-check-… title (tsc fails on a check without one)', () => {
    const titles: readonly VerifyCode[] = CHECK_CODES.map((check: CheckCode): VerifyCode => `verify-check-${check}`);
    const codes = new Set([...Object.keys(signingMessages.en), ...Object.keys(certificateMessages.en)]);
    expect(titles.filter((title) => !codes.has(title))).toEqual([]);
    // @ts-expect-error: no check is called so, so its title is no code
    const bogus: VerifyCode = `verify-check-${'bogus' as const}`;
    expect(bogus).toBe('verify-check-bogus');
  });
});

describe('every message map', () => {
  it('names the parameters of every template (tsc fails on a template that takes any ProblemParams)', () => {
    // A template written `(p) =>` takes any ProblemParams (a string index of values, where one without parameters takes never).
    type Untyped = { [Code in ProblemCode]: ProblemParamsByCode[Code] extends Record<string, never> ? never : string extends keyof ProblemParamsByCode[Code] ? Code : never }[ProblemCode];
    const untyped: [Untyped] extends [never] ? 'none' : Untyped = 'none';
    expect(untyped).toBe('none');
    expect(flowMessages.nl['flow-claim-text-too-long']({ max: 200 })).toMatch(/200/);
  });
});
