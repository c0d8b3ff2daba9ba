import type { Messages } from '../i18n/message-map.js';

/** Problem messages of src/signing, by code. */
export const signingMessages: Messages = {
  nl: {
    'signing-passphrase-missing': () =>
      'geen wachtwoord voor de PKCS#12: geef --passphrase-file BESTAND of zet PKVW_P12_PASSPHRASE (nooit op de opdrachtregel)',
    'signing-p12-unreadable': (p) => `kan de sleutel in ${p.path} niet openen: verkeerd wachtwoord, of geen PKCS#12 met een RSA-sleutel en certificaat`,
  },
  en: {
    'signing-passphrase-missing': () =>
      'no passphrase for the PKCS#12: give --passphrase-file FILE or set PKVW_P12_PASSPHRASE (never on the command line)',
    'signing-p12-unreadable': (p) => `cannot open the key in ${p.path}: wrong passphrase, or not a PKCS#12 with an RSA key and certificate`,
  },
};
