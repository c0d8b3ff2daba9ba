/**
 * The RFC 3161 client: asks a TSA (HTTP POST, application/timestamp-query) for a token over the
 * SHA-256 of a signature value, with a random nonce, and checks the answer is a granted token for
 * exactly that request before it goes into a signature.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { useWebCryptoEngine } from './crypto-engine.js';
import { userError as anyUserError, UserError } from '../problems/errors.js';
import type { UserErrorOf } from '../i18n/message-map.js';
import type { signingMessages } from './signing-messages.js';

/** `userError` typed by the message map: tsc checks each code's parameters against what its message reads. */
const userError: UserErrorOf<typeof signingMessages> = anyUserError;

const SHA256 = '2.16.840.1.101.3.4.2.1';
const TIMEOUT_MS = 30_000;
const MAX_RESPONSE_BYTES = 256 * 1024;

/** A timeStampReq for the SHA-256 of `data`. */
export function timestampRequest(data: Buffer, nonce: Buffer): Buffer {
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: SHA256 }),
      hashedMessage: new asn1js.OctetString({ valueHex: createHash('sha256').update(data).digest() }),
    }),
    nonce: new asn1js.Integer({ valueHex: nonce }),
    certReq: true,
  });
  return Buffer.from(request.toSchema().toBER(false));
}

/**
 * A nonce as a DER INTEGER takes its bytes as they are: the first byte 0x01–0x7f keeps it positive
 * and minimal. With only the top bit cleared, a first byte 0x00 (1 run in 256) made a non-minimal
 * INTEGER that openssl (and a strict TSA) refuses: "illegal padding … Field=nonce".
 */
export function timestampNonce(random: Buffer): Buffer {
  const nonce = Buffer.from(random);
  nonce[0] = ((nonce[0] ?? 0) & 0x7f) | 0x01;
  return nonce;
}

/** The DER timeStampToken (a CMS ContentInfo) the TSA at `url` returns for `signatureValue`. */
export async function requestTimestampToken(url: string, signatureValue: Buffer): Promise<Buffer> {
  useWebCryptoEngine();
  const nonce = timestampNonce(randomBytes(8));
  const failed = (reason: string) => userError('signing-tsa-failed', { url, reason }, {}, 2);
  let body: Buffer;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query' },
      body: new Uint8Array(timestampRequest(signatureValue, nonce)),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) throw failed(`HTTP ${response.status}`);
    body = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw failed(error instanceof Error ? error.name : 'unknown');
  }
  if (body.length > MAX_RESPONSE_BYTES) throw failed('response too large');
  let response: pkijs.TimeStampResp;
  try {
    response = pkijs.TimeStampResp.fromBER(new Uint8Array(body));
  } catch {
    throw failed('not a timeStampResp');
  }
  const status = response.status.status;
  if ((status !== 0 && status !== 1) || response.timeStampToken === undefined) throw failed(`status ${status}`);
  const signedData = new pkijs.SignedData({ schema: response.timeStampToken.content });
  const content = signedData.encapContentInfo.eContent;
  if (content === undefined) throw failed('token without TSTInfo');
  const info = pkijs.TSTInfo.fromBER(content.getValue());
  const imprint = Buffer.from(info.messageImprint.hashedMessage.valueBlock.valueHexView);
  if (!imprint.equals(createHash('sha256').update(signatureValue).digest())) throw failed('token for other bytes');
  if (info.nonce === undefined || !Buffer.from(info.nonce.valueBlock.valueHexView).equals(nonce)) throw failed('nonce');
  return Buffer.from(response.timeStampToken.toSchema().toBER(false));
}
