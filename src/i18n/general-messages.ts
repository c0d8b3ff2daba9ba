import { defineMessages } from './message-map.js';

/** Problems that belong to no single concept: files, options, the program itself. */
export const generalMessages = defineMessages({
  nl: {
    'file-not-found': (p) => `bestand of map niet gevonden: ${p.path}`,
    'file-unreadable': (p) => `kan ${p.path} niet lezen: ${p.reason}`,
    'file-unwritable': (p) => `kan ${p.path} niet schrijven: ${p.reason}`,
    'usage': (p) => `${p.message}`,
    'bad-option': (p) => `ongeldige waarde voor ${p.option}: ${p.value} (verwacht: ${p.expected})`,
    'check-json-needs-answers': () => `--json werkt alleen met --answers of --demo: de vragen zelf staan in de terminal`,
    'assess-outcome-fails': (p) => `uitkomst ${p.outcome}: genoemd in --fail-on`,
    'file-not-regular': (p) => `${p.path} is geen gewoon bestand maar ${kindNl[String(p.kind)] ?? p.kind}: alleen een gewoon bestand wordt gelezen`,
    'file-too-large': (p) => `${p.path} is groter dan de ${p.limit} bytes die dit soort bestand mag zijn; het is niet verder gelezen`,
    'file-symlink-loop': (p) => `${p.path} is een symbolische koppeling die naar zichzelf terugwijst`,
    'file-locked': (p) => `${p.path} is in gebruik door een andere pkvw-light (proces ${p.pid} op ${p.host}); rond die eerst af. Draait die niet meer, verwijder dan ${p.lock}`,
    'file-lock-taken-over': (p) => `${p.path} was nog vergrendeld door proces ${p.pid}, dat niet meer draait (afgebroken?); de vergrendeling is overgenomen`,
    'internal-error': (p) => `interne fout (${p.name}): dit is een fout in pkvw-light, geen fout in uw invoer. Meld het met de opdracht die u gaf.`,
  },
  en: {
    'file-not-found': (p) => `file or folder not found: ${p.path}`,
    'file-unreadable': (p) => `cannot read ${p.path}: ${p.reason}`,
    'file-unwritable': (p) => `cannot write ${p.path}: ${p.reason}`,
    'usage': (p) => `${p.message}`,
    'bad-option': (p) => `invalid value for ${p.option}: ${p.value} (expected: ${p.expected})`,
    'check-json-needs-answers': () => `--json works only with --answers or --demo: the questions themselves are asked in the terminal`,
    'assess-outcome-fails': (p) => `outcome ${p.outcome}: named in --fail-on`,
    'file-not-regular': (p) => `${p.path} is not a regular file but ${kindEn[String(p.kind)] ?? p.kind}: only a regular file is read`,
    'file-too-large': (p) => `${p.path} is larger than the ${p.limit} bytes this kind of file may hold; it was not read further`,
    'file-symlink-loop': (p) => `${p.path} is a symbolic link that loops back on itself`,
    'file-locked': (p) => `${p.path} is in use by another pkvw-light (process ${p.pid} on ${p.host}); finish that one first. If it no longer runs, remove ${p.lock}`,
    'file-lock-taken-over': (p) => `${p.path} was still locked by process ${p.pid}, which no longer runs (killed?); the lock was taken over`,
    'internal-error': (p) => `internal error (${p.name}): this is a bug in pkvw-light, not a problem with your input. Please report it with the command you ran.`,
  },
});

const kindNl: Record<string, string> = { directory: 'een map', fifo: 'een pijp (FIFO)', device: 'een apparaat', socket: 'een socket', other: 'iets anders' };
const kindEn: Record<string, string> = { directory: 'a folder', fifo: 'a pipe (FIFO)', device: 'a device', socket: 'a socket', other: 'something else' };
