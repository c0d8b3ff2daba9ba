import type { Messages } from './message-map.js';

/** Problems that belong to no single concept: files, options, the program itself. */
export const generalMessages: Messages = {
  nl: {
    'file-not-found': (p) => `bestand of map niet gevonden: ${p.path}`,
    'file-unreadable': (p) => `kan ${p.path} niet lezen: ${p.reason}`,
    'file-unwritable': (p) => `kan ${p.path} niet schrijven: ${p.reason}`,
    'usage': (p) => `${p.message}`,
    'bad-option': (p) => `ongeldige waarde voor ${p.option}: ${p.value} (verwacht: ${p.expected})`,
    'check-json-needs-answers': () => `--json werkt alleen met --answers of --demo: de vragen zelf staan in de terminal`,
    'assess-outcome-fails': (p) => `uitkomst ${p.outcome}: genoemd in --fail-on`,
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
    'internal-error': (p) => `internal error (${p.name}): this is a bug in pkvw-light, not a problem with your input. Please report it with the command you ran.`,
  },
};
