/**
 * The hostile-input corpus: several hundred inputs an attacker, a broken disk or a careless user
 * could give, over every surface a file or argument reaches (answers files, saved state,
 * catalogues, command-line arguments, answers that must stay private). Generated, not committed:
 * each entry builds its files in a fresh folder, so the corpus follows the fixtures it starts from.
 * `run-hostile-corpus.ts` runs them in process; `hostile-corpus.test.ts` judges the results.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { bundledSpecDir, fixturesDir } from '../../src/package-paths.js';
import { renderState } from '../../src/flow/state-file.js';
import { canonicalHash } from '../../src/canonical/canonical-json.js';
import { catalogue, lastAnswers, NOW, policyEvent, startActor } from '../flow/flow-test-kit.js';
import { requireTool } from '../support/system-tools.js';
import { createTestIssuer, writeTestIssuer, type TestIssuer } from '../../src/signing/test-issuer.js';

export interface HostileInput {
  name: string;
  surface: 'answers' | 'state' | 'catalogue' | 'arguments' | 'privacy' | 'signing' | 'pdf';
  argv: string[];
  /** Writes the input's files into `dir` (the command's working folder). */
  setup: (dir: string) => void;
  /** Runs as if in a terminal (only `check` without --answers needs it). */
  interactive?: boolean;
  /** Exit codes that are right for this input; 1 or 2 unless said otherwise. */
  exits?: number[];
  /** Must appear in stderr: the file or option the message is about. */
  mentions: string;
  /** Must appear nowhere in the output: an answer value. */
  secret?: string;
  /** A line the input tries to forge with a line break: it must not start a line of the output. */
  forgedLine?: string;
}

const ANSWERS_FILE = join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml');

/** The bundled example answers, the start of every answers mutation. */
function exampleAnswers(): string {
  return readFileSync(ANSWERS_FILE, 'utf8');
}

/** `text` with `lines` inserted right after the `answers:` line. */
function intoAnswers(text: string, lines: string): string {
  return text.replace(/^answers:\n/m, `answers:\n${lines}`);
}

/** A file kind that is not a regular file with content: the same for answers and state files. */
const FILE_KINDS: { name: string; make: (path: string) => void; exits?: number[] }[] = [
  { name: 'missing', make: () => undefined },
  { name: 'a folder', make: (path) => mkdirSync(path) },
  { name: 'a FIFO without writer', make: (path) => execFileSync(requireTool('mkfifo'), [path]) },
  { name: 'a symlink to /dev/zero', make: (path) => symlinkSync('/dev/zero', path) },
  { name: 'a symlink to /dev/urandom', make: (path) => symlinkSync('/dev/urandom', path) },
  { name: 'a symlink loop', make: (path) => symlinkSync(path, path) },
  { name: 'a dangling symlink', make: (path) => symlinkSync(`${path}.nergens`, path) },
  { name: 'a symlink to a folder', make: (path) => symlinkSync('/', path) },
];

/** Contents that are not a valid answers file, each one defect. */
function answersContents(): { name: string; bytes: () => string | Buffer }[] {
  const base = exampleAnswers;
  const billion = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)].join('\n');
  return [
    { name: 'empty', bytes: () => '' },
    { name: 'only a comment', bytes: () => '# niets\n' },
    { name: 'null', bytes: () => 'null\n' },
    { name: 'a list', bytes: () => '- 1\n- 2\n' },
    { name: 'a number', bytes: () => '42\n' },
    { name: 'a NUL byte', bytes: () => base() + '\u0000' },
    { name: 'invalid UTF-8', bytes: () => Buffer.concat([Buffer.from(base()), Buffer.from([0xff, 0xfe, 0xc3])]) },
    { name: 'UTF-16 with a BOM', bytes: () => Buffer.from('\ufeff' + base(), 'utf16le') },
    { name: 'only a BOM', bytes: () => '\ufeff' },
    { name: '3 MiB of comments', bytes: () => '#'.repeat(3 * 1024 * 1024) },
    { name: 'just under 2 MiB of brackets', bytes: () => 'a: ' + '['.repeat(1_000_000) + ']'.repeat(1_000_000) },
    { name: 'deep indentation', bytes: () => Array.from({ length: 1500 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' 1\n' },
    { name: 'deep block sequence', bytes: () => '- '.repeat(100_000) + 'x\n' },
    { name: 'a million flow items', bytes: () => 'a: [' + Array(900_000).fill('1').join(',') + ']\n' },
    { name: '60,000 keys', bytes: () => Array.from({ length: 60_000 }, (_, i) => `k${i}: 1`).join('\n') },
    { name: '6,000 unknown answers', bytes: () => intoAnswers(base(), Array.from({ length: 6000 }, (_, i) => `  onbekend.${i}: true\n`).join('')) },
    { name: 'a 20,000-character role', bytes: () => base().replace(/role: \S+/, `role: ${'x'.repeat(20_000)}`) },
    { name: 'a lone high surrogate in the role', bytes: () => base().replace(/role: \S+/, 'role: "\\ud800"') },
    { name: 'a lone low surrogate in an answer', bytes: () => base().replace(/intake\.rol: \S+/, 'intake.rol: "\\udc00"') },
    { name: 'a lone surrogate in a key', bytes: () => intoAnswers(base(), '  "intake.\\ud83d": true\n') },
    { name: 'a lone surrogate in a list', bytes: () => base().replace(/intake\.portefeuille: \[.*\]/, 'intake.portefeuille: ["\\ud800x"]') },
    { name: 'a lone surrogate in the date', bytes: () => base().replace(/date: .*/, 'date: "2026-11-2\\ud800"') },
    { name: 'an aliased duplicate key', bytes: () => base().replace(/^ {2}intake\.concrete-dreiging: false$/m, '  &k intake.concrete-dreiging: false\n  *k : true') },
    { name: 'a plain duplicate key', bytes: () => intoAnswers(base(), '  intake.concrete-dreiging: true\n') },
    { name: 'keys 1 and "1"', bytes: () => base() + '1: a\n"1": b\n' },
    { name: 'an undefined alias', bytes: () => base().replace(/intake\.huisgenoten: \S+/, 'intake.huisgenoten: *nergens') },
    { name: 'a billion laughs', bytes: () => billion + '\n' },
    { name: 'a collection as key', bytes: () => intoAnswers(base(), '  ? [intake.rol, x]\n  : true\n') },
    { name: 'a __proto__ key at the top', bytes: () => base() + '__proto__: { polluted: true }\n' },
    { name: 'a __proto__ answer', bytes: () => intoAnswers(base(), '  __proto__: { polluted: true }\n') },
    { name: 'a constructor answer', bytes: () => intoAnswers(base(), '  constructor: true\n') },
    { name: 'an unknown id with an escape sequence', bytes: () => intoAnswers(base(), '  "wonen.\\e[2J\\e[31mNEP": true\n') },
    { name: 'an unknown id with a newline', bytes: () => intoAnswers(base(), '  "wonen.x\\nfout: vervalst": true\n') },
    { name: 'an unknown id with a bidi override', bytes: () => intoAnswers(base(), '  "wonen.\\u202Ex": true\n') },
    { name: 'an infinite number', bytes: () => base().replace(/intake\.huisgenoten: \S+/, 'intake.huisgenoten: 1e999') },
    { name: '.nan', bytes: () => base().replace(/intake\.huisgenoten: \S+/, 'intake.huisgenoten: .nan') },
    { name: 'another format', bytes: () => base().replace(/^format: .*/m, 'format: pkvw-light/answers@9') },
    { name: 'another catalogue', bytes: () => base().replace(/id: pkvw-light/, 'id: iets-anders') },
    { name: 'an impossible date', bytes: () => base().replace(/date: .*/, 'date: "2026-02-30"') },
    { name: 'a kind that does not exist', bytes: () => base().replace(/kind: .*/, 'kind: inbraak') },
    { name: 'a tab for indentation', bytes: () => base().replace(/^ {2}intake\.rol/m, '\tintake.rol') },
    { name: 'an unclosed quote', bytes: () => base().replace(/role: \S+/, 'role: "wethouder') },
    { name: 'two documents', bytes: () => base() + '---\nformat: x\n' },
    { name: 'a custom tag', bytes: () => base().replace(/intake\.huisgenoten: \S+/, 'intake.huisgenoten: !!js/function "return 1"') },
    { name: 'a binary tag', bytes: () => base().replace(/intake\.huisgenoten: \S+/, 'intake.huisgenoten: !!binary aGFsbG8=') },
    { name: 'a set tag', bytes: () => base().replace(/intake\.portefeuille: \[.*\]/, 'intake.portefeuille: !!set { opvang }') },
    { name: 'a merge key', bytes: () => base() + 'extra: &e { a: 1 }\nmeer:\n  <<: *e\n' },
    { name: 'answers as a list', bytes: () => base().replace(/^answers:\n/m, 'answers: []\nrest:\n') },
    { name: 'truncated halfway', bytes: () => base().slice(0, Math.floor(base().length / 2)) + '  intake.x: [' },
    { name: 'CR only line ends with a syntax error', bytes: () => base().replace(/\n/g, '\r').replace('role:', 'role: [') },
  ];
}

/** The commands an answers file reaches, and the file name each reads. */
const ANSWERS_COMMANDS: { name: string; argv: (file: string) => string[] }[] = [
  { name: 'assess', argv: (file) => ['assess', file] },
  { name: 'report', argv: (file) => ['report', file, '--out', 'rapport.pdf'] },
  { name: 'check --answers', argv: (file) => ['check', '--answers', file, '--out', 'uitkomst'] },
  // The answers are refused before the key is opened, so no working key is needed.
  { name: 'certify', argv: (file) => ['certify', file, '--issuer', 'firma.p12', '--out', 'certificaat.pdf'] },
];

function answersInputs(): HostileInput[] {
  const inputs: HostileInput[] = [];
  for (const command of ANSWERS_COMMANDS) {
    for (const content of answersContents()) {
      inputs.push({
        name: `${command.name}: answers file with ${content.name}`,
        surface: 'answers',
        argv: command.argv('antwoorden.yaml'),
        setup: (dir) => writeFileSync(join(dir, 'antwoorden.yaml'), content.bytes()),
        mentions: 'antwoorden.yaml',
      });
    }
    for (const kind of FILE_KINDS) {
      inputs.push({
        name: `${command.name}: answers file that is ${kind.name}`,
        surface: 'answers',
        argv: command.argv('antwoorden.yaml'),
        setup: (dir) => kind.make(join(dir, 'antwoorden.yaml')),
        mentions: 'antwoorden.yaml',
      });
    }
  }
  // spec simulate skips a case it cannot use with a warning (a file over the size limit stops it,
  // exit 1); one that is not a regular file it never opens.
  for (const content of answersContents().slice(0, 30)) {
    inputs.push({
      name: `spec simulate --cases: a case with ${content.name}`,
      surface: 'answers',
      argv: ['spec', 'simulate', '--cases', 'gevallen', '--population', '0'],
      setup: (dir) => {
        mkdirSync(join(dir, 'gevallen'));
        writeFileSync(join(dir, 'gevallen', 'geval.yaml'), content.bytes());
      },
      exits: [0, 1],
      mentions: 'geval.yaml',
    });
  }
  for (const kind of FILE_KINDS.filter((k) => k.name !== 'missing' && k.name !== 'a folder' && k.name !== 'a symlink to a folder' && k.name !== 'a dangling symlink')) {
    inputs.push({
      name: `spec simulate --cases: a case that is ${kind.name}`,
      surface: 'answers',
      argv: ['spec', 'simulate', '--cases', 'gevallen', '--population', '0'],
      setup: (dir) => {
        mkdirSync(join(dir, 'gevallen'));
        kind.make(join(dir, 'gevallen', 'geval.yaml'));
      },
      exits: [0],
      mentions: 'simulate-no-cases',
    });
  }
  return inputs;
}

/** A wrong answer to every question, made of a marker that must never be shown back. */
function privacyInputs(): HostileInput[] {
  return catalogue.questions.flatMap((question, index) => {
    const secret = `GEHEIM-${1000 + index}-waarde`;
    const value = question.type === 'multi' ? `["${secret}"]` : `"${secret}"`;
    const setup = (dir: string) => {
      const text = exampleAnswers();
      const line = new RegExp(`^ {2}${question.id.replace(/\./g, '\\.')}:.*$`, 'm');
      writeFileSync(join(dir, 'antwoorden.yaml'), line.test(text) ? text.replace(line, `  ${question.id}: ${value}`) : intoAnswers(text, `  ${question.id}: ${value}\n`));
    };
    return ['assess', 'check --answers'].map((command) => ({
      name: `${command}: a value for ${question.id} that is not allowed is not shown back`,
      surface: 'privacy' as const,
      argv: command === 'assess' ? ['assess', 'antwoorden.yaml'] : ['check', '--answers', 'antwoorden.yaml', '--out', 'uitkomst'],
      setup,
      mentions: question.id,
      secret,
    }));
  });
}

/** The saved state after `steps` answers of the test policy. */
function savedState(steps: number): string {
  const actor = startActor();
  for (let step = 0; step < steps; step++) actor.send(policyEvent(actor, lastAnswers));
  return renderState(catalogue, actor.getSnapshot().context.flow, NOW);
}

/** `state` edited as JSON, with its checksum made right again: only the content is wrong. */
function resealed(state: string, change: (body: Record<string, unknown> & { answers: Record<string, unknown> }) => void): string {
  const body = JSON.parse(state) as Record<string, unknown> & { answers: Record<string, unknown>; checksum?: string };
  delete body.checksum;
  change(body);
  return JSON.stringify({ ...body, checksum: canonicalHash(body) }, null, 2);
}

function stateInputs(): HostileInput[] {
  const state = savedState(25);
  const bytes = Buffer.from(state);
  const contents: { name: string; bytes: string | Buffer }[] = [
    { name: 'nothing', bytes: '' },
    { name: 'only whitespace', bytes: '  \n' },
    { name: 'an empty object', bytes: '{}' },
    { name: 'a list', bytes: '[]' },
    { name: 'garbage', bytes: 'dit is geen json' },
    { name: 'another format version', bytes: state.replace('check-state@1', 'check-state@2') },
    { name: 'another catalogue', bytes: resealed(state, (body) => void (body.catalogue = { id: 'ander', version: '1.0.0', hash: 'x' })) },
    { name: 'an answer edited by hand', bytes: state.replace(/"value": false/, '"value": true') },
    { name: 'an answer outside the options, resealed', bytes: resealed(state, (body) => void (body.answers['intake.rol'] = { value: 'keizer', evidence: 'self-declared' })) },
    { name: 'an unknown question, resealed', bytes: resealed(state, (body) => void (body.answers['wonen.bestaat-niet'] = { value: true, evidence: 'self-declared' })) },
    { name: 'an unknown question with escapes, resealed', bytes: resealed(state, (body) => void (body.answers['wonen.\u001b[2J'] = { value: true, evidence: 'self-declared' })) },
    { name: 'a __proto__ answer', bytes: state.replace('"answers": {', '"answers": {\n    "__proto__": { "value": true, "evidence": "self-declared" },') },
    { name: 'a __proto__ answer, resealed', bytes: resealed(state, (body) => void Object.defineProperty(body.answers, '__proto__', { value: { value: true, evidence: 'self-declared' }, enumerable: true })) },
    { name: 'a lone surrogate in an answer', bytes: state.replace(/"value": "([a-z-]+)"/, '"value": "\\ud800"') },
    { name: 'a lone surrogate in the role', bytes: state.replace(/"role": "[^"]*"/, '"role": "\\udfff"') },
    { name: 'an infinite number added', bytes: state.replace('"format"', '"extra": 1e999,\n  "format"') },
    { name: 'a collection as key', bytes: state.replace('"answers": {', '"answers": {\n    ? { "value": "rijksmonument" }\n    : 1,') },
    { name: 'an undefined alias', bytes: state.replace('"skipped": [', '"skipped": [*x, ') },
    { name: 'an answer as a number', bytes: resealed(state, (body) => void (body.answers['intake.rol'] = 7)) },
    { name: 'a missing checksum', bytes: state.replace(/,\s*"checksum": "[^"]*"/, '') },
    { name: 'a NUL byte', bytes: Buffer.concat([bytes, Buffer.from([0])]) },
    { name: 'invalid UTF-8', bytes: Buffer.concat([bytes.subarray(0, 100), Buffer.from([0xc3, 0x28]), bytes.subarray(100)]) },
    { name: '3 MiB', bytes: state + ' '.repeat(3 * 1024 * 1024) },
    ...[1, 10, 50, 100, 200, 500, 1000, 1500, 2000].map((length) => ({ name: `truncated to ${length} bytes`, bytes: bytes.subarray(0, Math.min(length, bytes.length - 2)) })),
  ];
  // Single flipped bits at spread positions: each makes the file refused (those that happen to
  // leave it valid are no hostile input and are left out by the property test's oracle instead).
  for (let i = 0; i < 40; i++) {
    const bit = (i * 7919 * 13) % (bytes.length * 8);
    const flipped = Buffer.from(bytes);
    flipped[bit >> 3] = flipped[bit >> 3]! ^ (1 << (bit & 7));
    if (!flipped.equals(bytes) && /[^\s]/.test(String.fromCharCode(bytes[bit >> 3]!))) contents.push({ name: `bit ${bit} flipped`, bytes: flipped });
  }
  const inputs: HostileInput[] = contents.map((content) => ({
    name: `check --resume: a saved state with ${content.name}`,
    surface: 'state',
    argv: ['check', '--resume', 'voortgang.json'],
    interactive: true,
    setup: (dir) => writeFileSync(join(dir, 'voortgang.json'), content.bytes, { mode: 0o600 }),
    mentions: 'voortgang.json',
  }));
  for (const kind of FILE_KINDS) {
    inputs.push({
      name: `check --resume: a saved state that is ${kind.name}`,
      surface: 'state',
      argv: ['check', '--resume', 'voortgang.json'],
      interactive: true,
      setup: (dir) => kind.make(join(dir, 'voortgang.json')),
      mentions: 'voortgang.json',
    });
  }
  return inputs;
}

const SPEC_FILES = ['bronnen.yaml', 'informatie.yaml', 'keurmerk.yaml', 'risico.yaml', 'uitzonderingen.yaml', 'verplaatsen.yaml', 'werk.yaml', 'wonen.yaml'];

function copySpec(dir: string): string {
  const target = join(dir, 'catalogus');
  cpSync(bundledSpecDir, target, { recursive: true });
  return target;
}

function catalogueInputs(): HostileInput[] {
  const inputs: HostileInput[] = [];
  const add = (name: string, change: (catalogueDir: string) => void, mentions = 'catalogus') =>
    inputs.push({ name: `spec validate: a catalogue with ${name}`, surface: 'catalogue', argv: ['spec', 'validate', 'catalogus'], setup: (dir) => change(copySpec(dir)), exits: [1, 2], mentions });
  for (const file of SPEC_FILES) add(`${file} missing`, (cat) => rmSync(join(cat, file)));
  const replacements: { name: string; text: (original: string) => string | Buffer }[] = [
    { name: 'a lone surrogate', text: (original) => original.replace(/nl: (.+)/, 'nl: "\\ud800 $1"') },
    { name: 'an aliased duplicate key', text: (original) => `${original}\n&dup extra: 1\n*dup : 2\n` },
    { name: 'a NUL byte', text: (original) => original + '\u0000' },
    { name: 'a billion laughs', text: () => 'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n' },
  ];
  for (const file of ['keurmerk.yaml', 'wonen.yaml', 'risico.yaml']) {
    for (const replacement of replacements) add(`${replacement.name} in ${file}`, (cat) => writeFileSync(join(cat, file), replacement.text(readFileSync(join(cat, file), 'utf8'))), file);
  }
  add('a file of 3 MiB', (cat) => writeFileSync(join(cat, 'zz-groot.yaml'), '#'.repeat(3 * 1024 * 1024)), 'zz-groot.yaml');
  add('three files of 1.9 MiB', (cat) => ['x1', 'x2', 'x3'].forEach((name) => writeFileSync(join(cat, `${name}.yaml`), '#'.repeat(1.9 * 1024 * 1024))));
  add('101 files', (cat) => Array.from({ length: 94 }, (_, i) => writeFileSync(join(cat, `extra-${i}.yaml`), 'sources: []\n')));
  add('1,500 generated requirements', (cat) => {
    const requirement = (i: number) =>
      `  - id: GEN-${i}\n    domain: wonen\n    responsibility: owner\n    title: { nl: t, en: t }\n    description: { nl: d, en: d }\n    rationale: { nl: r, en: r }\n    risks: [{ scenario: SC-01, level: A }]\n    sources: [SEED]\n`;
    writeFileSync(join(cat, 'zz-veel.yaml'), 'requirements:\n' + Array.from({ length: 1500 }, (_, i) => requirement(i)).join(''));
  }, 'zz-veel.yaml');
  // 0.1.0 died after 171 s with "JavaScript heap out of memory" on this one: it is refused by size first.
  add('100,000 generated requirements in files of 2 MiB', (cat) => {
    const requirement = (i: number) => `  - { id: GEN-${i}, domain: wonen, responsibility: owner, title: { nl: t, en: t }, description: { nl: d, en: d }, rationale: { nl: r, en: r }, risks: [{ scenario: SC-01, level: A }], sources: [SEED] }\n`;
    const perFile = 10_000;
    for (let start = 0; start < 100_000; start += perFile) {
      const items = Array.from({ length: Math.min(perFile, 100_000 - start) }, (_, i) => requirement(start + i));
      writeFileSync(join(cat, `zz-gen-${start}.yaml`), 'requirements:\n' + items.join(''));
    }
  });
  add('1,200 generated questions', (cat) => {
    writeFileSync(join(cat, 'zz-vragen.yaml'), 'questions:\n' + Array.from({ length: 1200 }, (_, i) => `  - { id: gen.v${i}, section: wonen, type: boolean, text: { nl: v, en: q } }\n`).join(''));
  }, 'zz-vragen.yaml');
  inputs.push({ name: 'spec validate: a catalogue folder that is a file', surface: 'catalogue', argv: ['spec', 'validate', 'catalogus'], setup: (dir) => writeFileSync(join(dir, 'catalogus'), 'x'), mentions: 'catalogus' });
  inputs.push({ name: 'spec validate: a catalogue folder that does not exist', surface: 'catalogue', argv: ['spec', 'validate', 'catalogus'], setup: () => undefined, mentions: 'catalogus' });
  inputs.push({ name: 'spec validate: an empty catalogue folder', surface: 'catalogue', argv: ['spec', 'validate', 'catalogus'], setup: (dir) => mkdirSync(join(dir, 'catalogus')), mentions: 'catalogus' });
  inputs.push({
    name: 'assess --spec: the example against a catalogue with a lone surrogate',
    surface: 'catalogue',
    argv: ['assess', join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml'), '--spec', 'catalogus'],
    setup: (dir) => {
      const cat = copySpec(dir);
      writeFileSync(join(cat, 'wonen.yaml'), readFileSync(join(cat, 'wonen.yaml'), 'utf8').replace(/nl: (.+)/, 'nl: "\\ud800 $1"'));
    },
    mentions: 'wonen.yaml',
  });
  return inputs;
}

function argumentInputs(): HostileInput[] {
  const example = join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml');
  const cases: [string, string[], string][] = [
    ['an unknown command with an escape sequence', ['\u001b[2Jwis'], 'onbekende opdracht'],
    ['an unknown option with a newline', ['assess', example, '--x\nfout: vervalst'], 'onbekende optie'],
    ['assess without a file', ['assess'], 'mist het argument <antwoorden>'],
    ['an unknown language', ['assess', example, '--lang', 'de'], '--lang'],
    ['--at 2030-02-30', ['verify', 'x.pdf', '--at', '2030-02-30'], '--at'],
    ['--at 2030-13-01', ['verify', 'x.pdf', '--at', '2030-13-01'], '--at'],
    ['--at empty', ['verify', 'x.pdf', '--at', ''], '--at'],
    ['--at morgen', ['verify', 'x.pdf', '--at', 'morgen'], '--at'],
    ['--at with an escape sequence', ['verify', 'x.pdf', '--at', '\u001b[31m2030'], '--at'],
    ['verify of a missing file', ['verify', 'bestaat-niet.pdf'], 'bestaat-niet.pdf'],
    ['verify of /dev/zero', ['verify', '/dev/zero'], '/dev/zero'],
    ['--number empty', ['certify', example, '--issuer', 'x.p12', '--out', 'c.pdf', '--number', ''], '--number'],
    ['--number with an escape sequence', ['certify', example, '--issuer', 'x.p12', '--out', 'c.pdf', '--number', 'N\u001b[2J'], '--number'],
    ['--number with a newline', ['certify', example, '--issuer', 'x.p12', '--out', 'c.pdf', '--number', 'N\nfout'], '--number'],
    ['--population -1', ['spec', 'simulate', '--population', '-1'], '--population'],
    ['--population abc', ['spec', 'simulate', '--population', 'abc'], '--population'],
    ['--population 1e9', ['spec', 'simulate', '--population', '1e9'], '--population'],
    ['--population empty', ['spec', 'simulate', '--population', ''], '--population'],
    ['--population too large', ['spec', 'simulate', '--population', '99999999999'], '--population'],
    ['--fail-on an unknown outcome', ['assess', example, '--fail-on', 'slecht'], '--fail-on'],
    ['--spec a missing folder', ['assess', example, '--spec', 'nergens'], 'nergens'],
    ['--spec /dev/zero', ['assess', example, '--spec', '/dev/zero'], '/dev/zero'],
    ['--resume with --answers', ['check', '--resume', 's.json', '--answers', example], '--resume'],
    ['check without a terminal', ['check', '--state', 's.json'], 'terminal'],
    ['report without --out', ['report', example], '--out'],
    ['report --issuer without --sign', ['report', example, '--out', 'r.pdf', '--issuer', 'x.p12'], '--sign'],
    ['report --sign without --issuer', ['report', example, '--out', 'r.pdf', '--sign'], '--issuer'],
    ['assess --out into a folder', ['assess', example, '--out', 'map'], 'map'],
    ['assess --out below a file', ['assess', example, '--out', 'bestand/oordeel.json'], 'bestand/oordeel.json'],
    ['report --out into a folder', ['report', example, '--out', 'map'], 'map'],
    ['check --answers --out a file', ['check', '--answers', example, '--out', 'bestand'], 'bestand'],
    // A trailing slash means a folder: writing a file of that name instead would surprise.
    ['assess --out a new name ending in /', ['assess', example, '--json', '--out', 'nieuw/'], 'nieuw/'],
    ['report --out a new name ending in /', ['report', example, '--out', 'nieuw/'], 'nieuw/'],
    ['report --out an existing folder ending in /', ['report', example, '--out', 'map/'], 'map/'],
    ['spec simulate --chart a new name ending in /', ['spec', 'simulate', '--model', join(bundledSpecDir, 'populations', 'dsp-2026.yaml'), '--population', '5', '--runs', '0', '--chart', 'nieuw/'], 'nieuw/'],
    ['spec docs --out a file', ['spec', 'docs', '--out', 'bestand'], 'bestand'],
    ['spec docs --format pdf', ['spec', 'docs', '--out', 'docs', '--format', 'pdf'], '--format'],
    ['spec diff with a missing folder', ['spec', 'diff', 'nergens', 'ook-nergens'], 'nergens'],
    ['spec simulate --against a file', ['spec', 'simulate', '--against', 'bestand', '--population', '0'], 'bestand'],
    ['spec simulate --cases a file', ['spec', 'simulate', '--cases', 'bestand', '--population', '0'], 'bestand'],
  ];
  return cases.map(([name, argv, mentions]) => ({
    name: `arguments: ${name}`,
    surface: 'arguments',
    argv,
    setup: (dir) => {
      mkdirSync(join(dir, 'map'));
      writeFileSync(join(dir, 'bestand'), 'van de gebruiker\n');
    },
    mentions,
  }));
}

/** One TEST issuer for the whole corpus (RSA keys take a while), made when first needed, at the corpus clock. */
let issuer: TestIssuer | undefined;
function testIssuer(): TestIssuer {
  issuer ??= createTestIssuer({ now: new Date('2026-11-28T12:00:00Z') });
  return issuer;
}

/** The register line `issuer revoke` needs before it reads the key: the number was issued. */
const ISSUED_LINE = JSON.stringify({ format: 'pkvw-light/register-line@1', event: 'issued', number: 'PKVWL-1', at: '2026-11-28T10:00:00.000Z', dwelling: { postcode: '1234 AB', houseNumber: '1' }, inspectedOn: '2026-11-27', issuedOn: '2026-11-28', validUntil: '2029-11-27' }) + '\n';

/**
 * The files a firm's key, passphrase, register and trusted CAs come from. Each command reaches the
 * file in question before anything is signed or written, so no working key is needed: a hostile
 * passphrase file stops before the PKCS#12 is opened, a hostile PKCS#12 before it is decrypted.
 */
function signingInputs(): HostileInput[] {
  const example = join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml');
  // certify says why a file cannot be certified before it opens the key: it gets an inspection it could certify on that day.
  const certifiable = join(fixturesDir, 'answers', 'inspectie-voorbeeld.yaml');
  const files = (dir: string) => {
    writeFileSync(join(dir, 'firma.p12'), 'geen pkcs12\n');
    writeFileSync(join(dir, 'wachtwoord.txt'), 'geheim\n', { mode: 0o600 });
    writeFileSync(join(dir, 'uitgegeven.jsonl'), ISSUED_LINE, { mode: 0o600 });
    writeFileSync(join(dir, 'x.pdf'), '%PDF-1.7\n%%EOF\n');
  };
  const keyCommands: { name: string; argv: string[] }[] = [
    { name: 'certify', argv: ['certify', certifiable, '--issued-at', '2026-11-28', '--issuer', 'firma.p12', '--passphrase-file', 'wachtwoord.txt', '--out', 'c.pdf'] },
    { name: 'report --sign', argv: ['report', example, '--out', 'r.pdf', '--sign', '--issuer', 'firma.p12', '--passphrase-file', 'wachtwoord.txt'] },
    { name: 'issuer revoke', argv: ['issuer', 'revoke', 'PKVWL-1', '--reason', 'fout', '--issuer', 'firma.p12', '--passphrase-file', 'wachtwoord.txt'] },
  ];
  const inputs: HostileInput[] = [];
  const add = (name: string, argv: string[], file: string, make: (path: string) => void, exits?: number[]) =>
    inputs.push({
      name,
      surface: 'signing',
      argv,
      setup: (dir) => {
        files(dir);
        rmSync(join(dir, file), { recursive: true, force: true });
        make(join(dir, file));
      },
      mentions: file,
      ...(exits === undefined ? {} : { exits }),
    });
  // Sparse: 1.5 GiB that takes no disk, but that a reader without a cap would hold in memory.
  const large = (path: string) => {
    writeFileSync(path, '');
    truncateSync(path, 1.5 * 2 ** 30);
  };
  for (const command of keyCommands) {
    for (const kind of FILE_KINDS) {
      add(`${command.name}: a passphrase file that is ${kind.name}`, command.argv, 'wachtwoord.txt', kind.make);
      add(`${command.name}: a PKCS#12 that is ${kind.name}`, command.argv, 'firma.p12', kind.make);
    }
    add(`${command.name}: a passphrase file of 1.5 GiB`, command.argv, 'wachtwoord.txt', large);
    add(`${command.name}: a PKCS#12 of 1.5 GiB`, command.argv, 'firma.p12', large);
  }
  for (const kind of FILE_KINDS) {
    add(`issuer revoke: a register that is ${kind.name}`, keyCommands[2]!.argv, 'uitgegeven.jsonl', kind.make);
  }
  const verify = (extra: string[]) => ['verify', 'x.pdf', '--trust', 'vertrouwd', ...extra];
  const trustFolder = (make: (path: string) => void) => (path: string) => {
    mkdirSync(path);
    make(join(path, 'ca.pem'));
  };
  for (const kind of FILE_KINDS) {
    add(`verify --trust: a folder whose ca.pem is ${kind.name}`, verify([]), 'vertrouwd', trustFolder(kind.make));
    add(`verify --trust: a folder that is ${kind.name}`, verify([]), 'vertrouwd', kind.make);
    add(`verify --revocations: a list that is ${kind.name}`, ['verify', 'x.pdf', '--revocations', 'lijst.pdf'], 'lijst.pdf', kind.make);
    add(`verify --crl: a CRL that is ${kind.name}`, ['verify', 'x.pdf', '--crl', 'lijst.crl'], 'lijst.crl', kind.make);
  }
  add('verify --trust: a folder whose ca.pem is 1.5 GiB', verify([]), 'vertrouwd', trustFolder(large));
  // The register is written after the certificate: with a working key, a register that cannot take
  // the line must stop certify before anything is signed, or a certificate exists that no
  // revocation can find.
  const inspection = join(fixturesDir, 'answers', 'inspectie-voorbeeld.yaml');
  const certifyWithKey = (register: string) => ['certify', inspection, '--issuer', 'uitgever/test-firm.p12', '--passphrase-file', 'uitgever/test-firm.passphrase', '--out', 'c.pdf', '--register', register];
  for (const kind of FILE_KINDS.filter((k) => k.name !== 'missing' && k.name !== 'a dangling symlink')) {
    inputs.push({
      name: `certify with a working key: a register that is ${kind.name}`,
      surface: 'signing',
      argv: certifyWithKey('register.jsonl'),
      setup: (dir) => {
        writeTestIssuer(join(dir, 'uitgever'), testIssuer());
        kind.make(join(dir, 'register.jsonl'));
      },
      mentions: 'register.jsonl',
    });
  }
  inputs.push({
    name: 'certify with a working key: a register in a folder that does not exist',
    surface: 'signing',
    argv: certifyWithKey('nergens/register.jsonl'),
    setup: (dir) => writeTestIssuer(join(dir, 'uitgever'), testIssuer()),
    mentions: 'nergens/register.jsonl',
  });
  for (const kind of FILE_KINDS) {
    add(`issuer test-crl: a CA key that is ${kind.name}`, ['issuer', 'test-crl', 'uitgever'], 'uitgever', (path) => {
      mkdirSync(join(path, 'trust'), { recursive: true });
      writeFileSync(join(path, 'trust', 'test-ca.pem'), '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n');
      kind.make(join(path, 'test-ca.key'));
    });
  }
  return inputs;
}

/** 256 MiB of JSON-like spaces, deflated once for the corpus (~256 KB). */
let bombStream: Buffer | undefined;
function deflateBomb(): Buffer {
  bombStream ??= deflateSync(Buffer.alloc(256 * 2 ** 20, 0x20), { level: 9 });
  return bombStream;
}

/**
 * A PDF written by hand with `certificate.json` embedded as `stream` (FlateDecode), optionally with
 * a signature dictionary whose byte range is right and whose CMS is junk, with a correct
 * cross-reference table.
 */
function handMadePdf(stream: Buffer, signature: boolean): Buffer {
  const objects: (string | Buffer)[][] = [
    [`<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(certificate.json) 4 0 R] >> >>${signature ? ' /AcroForm << /Fields [6 0 R] /SigFlags 3 >>' : ''} >>`],
    ['<< /Type /Pages /Kids [3 0 R] /Count 1 >>'],
    ['<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'],
    ['<< /Type /Filespec /F (certificate.json) /UF (certificate.json) /EF << /F 5 0 R >> >>'],
    [`<< /Type /EmbeddedFile /Subtype /application#2Fjson /Filter /FlateDecode /Length ${stream.length} >>\nstream\n`, stream, '\nendstream'],
  ];
  if (signature) {
    objects.push(['<< /FT /Sig /T (Signature1) /V 7 0 R /Type /Annot /Subtype /Widget /Rect [0 0 0 0] /P 3 0 R >>']);
    // Fixed-width numbers, filled in below once the offsets are known.
    objects.push([`<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange [0 ${'0'.repeat(10)} ${'0'.repeat(10)} ${'0'.repeat(10)}] /Contents <${'30'.repeat(64)}> >>`]);
  }
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(at);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), ...body.map((b) => (typeof b === 'string' ? Buffer.from(b, 'latin1') : b)), Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    at += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`), `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`].join('');
  parts.push(Buffer.from(xref, 'latin1'));
  const file = Buffer.concat(parts);
  if (signature) {
    // A byte range over the whole file but the /Contents hex string: the junk CMS is what fails.
    const contents = file.indexOf('/Contents <') + '/Contents '.length;
    const end = file.indexOf('>', contents) + 1;
    const range = file.indexOf('/ByteRange [0 ') + '/ByteRange [0 '.length;
    file.write([contents, end, file.length - end].map((n) => String(n).padStart(10, '0')).join(' '), range, 'latin1');
  }
  return file;
}

/** PDFs given to `verify`: a deflate bomb must never be inflated, least of all before any signature holds. */
function pdfInputs(): HostileInput[] {
  const cases: { name: string; bytes: () => Buffer | string }[] = [
    { name: 'an unsigned PDF embedding a 256 MiB deflate bomb', bytes: () => handMadePdf(deflateBomb(), false) },
    { name: 'a PDF with a junk signature embedding a 256 MiB deflate bomb', bytes: () => handMadePdf(deflateBomb(), true) },
    { name: 'an unsigned PDF embedding a truncated deflate stream', bytes: () => handMadePdf(deflateBomb().subarray(0, 1000), false) },
    { name: 'a PDF with a junk signature and an embedded stream that is no deflate', bytes: () => handMadePdf(Buffer.from('geen deflate'), true) },
    { name: 'only the PDF header', bytes: () => '%PDF-1.7\n' },
    { name: 'a text file called .pdf', bytes: () => 'dit is geen pdf\n' },
    { name: 'an empty file', bytes: () => '' },
    { name: 'a PDF cut off halfway', bytes: () => handMadePdf(Buffer.from('x'), true).subarray(0, 400) },
  ];
  return cases.flatMap(({ name, bytes }) =>
    [[], ['--json']].map((extra) => ({
      name: `verify${extra.length > 0 ? ' --json' : ''}: ${name}`,
      surface: 'pdf' as const,
      argv: ['verify', 'bom.pdf', ...extra],
      setup: (dir: string) => writeFileSync(join(dir, 'bom.pdf'), bytes()),
      mentions: 'bom.pdf',
    })),
  );
}

/** A population model is text a policy expert writes: control characters are refused, and its labels reach the terminal escaped. */
function modelInputs(): HostileInput[] {
  const model = join(bundledSpecDir, 'populations', 'dsp-2026.yaml');
  const labelled = (label: string) => readFileSync(model, 'utf8').replace(/label: \{ nl: Burgemeesters, en: Mayors \}/, `label: { nl: "${label}", en: "${label}" }`);
  return [
    ['an escape sequence', 'Burge\\e[2J\\e[31mmeesters'],
    ['a line break that forges a line', 'Burgemeesters\\nbasis op orde: PKVW-light 100%'],
    ['a bidi override', 'Burge\\u202emeesters'],
  ].flatMap(([name, label]) =>
    (['nl', 'en'] as const).map((lang): HostileInput => ({
      name: `spec simulate --model (${lang}): a group label with ${name}`,
      surface: 'catalogue' as const,
      argv: ['spec', 'simulate', '--model', 'model.yaml', '--population', '200', '--runs', '0', '--lang', lang],
      setup: (dir: string) => writeFileSync(join(dir, 'model.yaml'), labelled(label!)),
      // A line break is text (escaped when shown); an escape or a bidi mark is refused when parsed.
      exits: label!.includes('\\n') ? [0] : [1],
      mentions: 'model.yaml',
      ...(label!.includes('\\n') ? { forgedLine: 'basis op orde: PKVW-light 100%' } : {}),
    })),
  );
}

/** The whole corpus, in a stable order (the runner and the test refer to inputs by index). */
export function hostileCorpus(): HostileInput[] {
  const all = [...answersInputs(), ...privacyInputs(), ...stateInputs(), ...catalogueInputs(), ...argumentInputs(), ...signingInputs(), ...pdfInputs(), ...modelInputs()];
  // PKVW_HOSTILE_ONLY=text runs only the inputs of that surface or whose name contains it (while working on one).
  const only = process.env.PKVW_HOSTILE_ONLY;
  return only === undefined ? all : all.filter((input) => input.surface === only || input.name.includes(only));
}
