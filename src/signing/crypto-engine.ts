/**
 * pkijs over WebCrypto (`globalThis.crypto`, in Node >= 19 and in every browser): the one crypto the
 * signer and the verifier use, so `pkvw-light verify` and the verification page run the same code.
 */
import * as pkijs from 'pkijs';

let installed = false;

export function useWebCryptoEngine(): void {
  if (installed) return;
  pkijs.setEngine('webcrypto', new pkijs.CryptoEngine({ name: 'webcrypto', crypto: globalThis.crypto }));
  installed = true;
}

export async function sha256(data: Uint8Array): Promise<Uint8Array> {
  useWebCryptoEngine();
  return new Uint8Array(await pkijs.getCrypto(true).digest('SHA-256', new Uint8Array(data)));
}

/** RSA PKCS#1 v1.5 with SHA-256 over `data`; false for any other key or a malformed signature. */
export async function verifyRsaSha256(publicKey: pkijs.PublicKeyInfo, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  useWebCryptoEngine();
  const crypto = pkijs.getCrypto(true);
  const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  try {
    const key = await crypto.importKey('spki', publicKey.toSchema().toBER(false), algorithm, false, ['verify']);
    return await crypto.verify(algorithm, key, new Uint8Array(signature), new Uint8Array(data));
  } catch {
    return false;
  }
}
