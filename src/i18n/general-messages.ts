import { defineMessages, type CodeOf, type Params, type ParamsOf } from './message-map.js';

/** Problems that belong to no single concept: files, options, the program itself. */
export const generalMessages = defineMessages({
  nl: {
    'file-not-found': (p: Params<'path'>) => `bestand of map niet gevonden: ${p.path}`,
    'file-unreadable': (p: Params<'path' | 'reason'>) => `kan ${p.path} niet lezen: ${reasonOf(reasonNl, p)}`,
    'file-unwritable': (p: Params<'path' | 'reason'>) => `kan ${p.path} niet schrijven: ${reasonOf(reasonNl, p)}`,
    'usage': (p: Params<'message'>) => `${p.message}`,
    'usage-unknown-option': (p: Params<'command' | 'token', 'position' | 'suggestion'>) => `onbekende optie ${p.token} bij ${p.command}${at(p)}${helpNl(p)}${p.suggestion === undefined ? '' : `. Bedoelt u ${p.suggestion}?`}`,
    'usage-unknown-command': (p: Params<'command' | 'token', 'position' | 'suggestion'>) => `onbekende opdracht ${p.token} bij ${p.command}${at(p)}${helpNl(p)}${p.suggestion === undefined ? '' : `. Bedoelt u ${p.suggestion}?`}`,
    'usage-missing-argument': (p: Params<'command' | 'nameEn' | 'nameNl'>) => `${p.command} mist het argument <${p.nameNl}>${helpNl(p)}`,
    'usage-option-missing-value': (p: Params<'command' | 'token', 'position'>) => `${p.token} bij ${p.command}${at(p)} mist zijn waarde${helpNl(p)}`,
    'usage-missing-option': (p: Params<'command' | 'token'>) => `${p.command} vraagt de optie ${p.token}${helpNl(p)}`,
    'usage-too-many-arguments': (p: Params<'command' | 'expected' | 'got'>) => `${p.command} neemt ${p.expected} argument(en), niet ${p.got}${helpNl(p)}`,
    'usage-invalid-value': (p: Params<'allowed' | 'command' | 'token' | 'value', 'position'>) => `ongeldige waarde ${p.value} voor ${p.token} bij ${p.command}${at(p)}; kies uit: ${p.allowed}`,
    'bad-option': (p: Params<'expected' | 'option' | 'value'>) => `ongeldige waarde voor ${p.option}: ${p.value} (verwacht: ${p.expected})`,
    'check-json-needs-answers': () => `--json werkt alleen met --answers of --demo: de vragen zelf staan in de terminal`,
    'assess-outcome-fails': (p: Params<'outcome'>) => `uitkomst ${p.outcome}: genoemd in --fail-on`,
    'file-not-regular': (p: Params<'kind' | 'path'>) => `${p.path} is geen gewoon bestand maar ${kindNl[String(p.kind)] ?? p.kind}: alleen een gewoon bestand wordt gelezen`,
    'file-too-large': (p: Params<'limit' | 'path'>) => `${p.path} is groter dan de ${p.limit} bytes die dit soort bestand mag zijn; het is niet verder gelezen`,
    'file-symlink-loop': (p: Params<'path'>) => `${p.path} is een symbolische koppeling die naar zichzelf terugwijst`,
    'file-target-is-folder': (p: Params<'path'>) => `${p.path} is een map of eindigt op /: geef de naam van het bestand dat geschreven moet worden`,
    'file-not-regular-write': (p: Params<'kind' | 'path'>) => `${p.path} is geen gewoon bestand maar ${kindNl[String(p.kind)] ?? p.kind}: alleen aan een gewoon bestand wordt iets toegevoegd`,
    'file-locked': (p: Params<'host' | 'lock' | 'path' | 'pid'>) => `${p.path} is in gebruik door een andere pkvw-light (proces ${p.pid} op ${p.host}); rond die eerst af. Draait die niet meer, verwijder dan ${p.lock}`,
    'file-lock-taken-over': (p: Params<'path' | 'pid'>) => `${p.path} was nog vergrendeld door proces ${p.pid}, dat niet meer draait (afgebroken?); de vergrendeling is overgenomen`,
    'internal-error': (p: Params<'name'>) => `interne fout (${p.name}): dit is een fout in pkvw-light, geen fout in uw invoer. Meld het met de opdracht die u gaf.`,
  },
  en: {
    'file-not-found': (p) => `file or folder not found: ${p.path}`,
    'file-unreadable': (p) => `cannot read ${p.path}: ${reasonOf(reasonEn, p)}`,
    'file-unwritable': (p) => `cannot write ${p.path}: ${reasonOf(reasonEn, p)}`,
    'usage': (p) => `${p.message}`,
    'usage-unknown-option': (p) => `unknown option ${p.token} for ${p.command}${at(p)}${helpEn(p)}${p.suggestion === undefined ? '' : `. Did you mean ${p.suggestion}?`}`,
    'usage-unknown-command': (p) => `unknown command ${p.token} for ${p.command}${at(p)}${helpEn(p)}${p.suggestion === undefined ? '' : `. Did you mean ${p.suggestion}?`}`,
    'usage-missing-argument': (p) => `${p.command} needs the argument <${p.nameEn}>${helpEn(p)}`,
    'usage-option-missing-value': (p) => `${p.token} for ${p.command}${at(p)} is missing its value${helpEn(p)}`,
    'usage-missing-option': (p) => `${p.command} needs the option ${p.token}${helpEn(p)}`,
    'usage-too-many-arguments': (p) => `${p.command} takes ${p.expected} argument(s), not ${p.got}${helpEn(p)}`,
    'usage-invalid-value': (p) => `invalid value ${p.value} for ${p.token} for ${p.command}${at(p)}; choose from: ${p.allowed}`,
    'bad-option': (p) => `invalid value for ${p.option}: ${p.value} (expected: ${p.expected})`,
    'check-json-needs-answers': () => `--json works only with --answers or --demo: the questions themselves are asked in the terminal`,
    'assess-outcome-fails': (p) => `outcome ${p.outcome}: named in --fail-on`,
    'file-not-regular': (p) => `${p.path} is not a regular file but ${kindEn[String(p.kind)] ?? p.kind}: only a regular file is read`,
    'file-too-large': (p) => `${p.path} is larger than the ${p.limit} bytes this kind of file may hold; it was not read further`,
    'file-symlink-loop': (p) => `${p.path} is a symbolic link that loops back on itself`,
    'file-target-is-folder': (p) => `${p.path} is a folder or ends in /: give the name of the file to write`,
    'file-not-regular-write': (p) => `${p.path} is not a regular file but ${kindEn[String(p.kind)] ?? p.kind}: only a regular file is appended to`,
    'file-locked': (p) => `${p.path} is in use by another pkvw-light (process ${p.pid} on ${p.host}); finish that one first. If it no longer runs, remove ${p.lock}`,
    'file-lock-taken-over': (p) => `${p.path} was still locked by process ${p.pid}, which no longer runs (killed?); the lock was taken over`,
    'internal-error': (p) => `internal error (${p.name}): this is a bug in pkvw-light, not a problem with your input. Please report it with the command you ran.`,
  },
});

export type GeneralCode = CodeOf<typeof generalMessages>;

/** What the message of `Code` reads: an emitter that gives less, or other names, fails tsc. */
export type GeneralParams<Code extends GeneralCode> = ParamsOf<typeof generalMessages, Code>;

/** Where in the command line: the argument's position, counted after the program name. */
const at = (p: Params<never, 'position'>) => (p.position === undefined ? '' : ` (argument ${p.position})`);
const helpNl = (p: Params<'command'>) => `. Zie: ${p.command} --help`;
const helpEn = (p: Params<'command'>) => `. See: ${p.command} --help`;

/** The errno of a failed file operation in words, the code itself kept in brackets for whoever debugs it. */
const reasonOf = (words: Record<string, string>, p: Params<'reason'>) => {
  const code = String(p.reason);
  return words[code] === undefined ? code : `${words[code]} (${code})`;
};
const reasonNl: Record<string, string> = {
  EACCES: 'geen toestemming (bestandsrechten)',
  EPERM: 'niet toegestaan',
  ENOSPC: 'de schijf is vol',
  EDQUOT: 'uw schijfquotum is op',
  EROFS: 'het bestandssysteem is alleen-lezen',
  ENOTDIR: 'een deel van het pad is geen map',
  ENOENT: 'de map bestaat niet',
  // From mkdir: the only way a write meets EEXIST is a file where a folder on the path should be.
  EEXIST: 'er staat een bestand waar een map nodig is',
  EBUSY: 'het is in gebruik',
  EMFILE: 'te veel open bestanden',
  ENAMETOOLONG: 'de naam is te lang',
  EIO: 'een lees- of schrijffout van het apparaat',
  unknown: 'onbekende oorzaak',
};
const reasonEn: Record<string, string> = {
  EACCES: 'permission denied (file permissions)',
  EPERM: 'not permitted',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'part of the path is not a folder',
  ENOENT: 'the folder does not exist',
  EEXIST: 'a file stands where a folder is needed',
  EBUSY: 'it is in use',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'an input/output error of the device',
  unknown: 'unknown cause',
};
const kindNl: Record<string, string> = { directory: 'een map', fifo: 'een pijp (FIFO)', device: 'een apparaat', socket: 'een socket', other: 'iets anders' };
const kindEn: Record<string, string> = { directory: 'a folder', fifo: 'a pipe (FIFO)', device: 'a device', socket: 'a socket', other: 'something else' };
