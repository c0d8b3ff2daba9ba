import * as pkijs from 'pkijs';

let installed = false;

/** pkijs needs a WebCrypto engine: Node's own (`globalThis.crypto`, Node >= 19) signs, hashes and checks chains. */
export function useNodeCryptoEngine(): void {
  if (installed) return;
  pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: globalThis.crypto }));
  installed = true;
}
