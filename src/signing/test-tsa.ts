/**
 * A TEST time-stamping authority (RFC 3161 over HTTP) of the project's own, for demos and tests:
 * it answers a timeStampReq with a granted timeStampResp whose token is a CMS SignedData (v3) over
 * a TSTInfo, signed by the TEST TSA certificate with content-type, message-digest and ESS
 * signing-certificate-v2 attributes, as `openssl ts -verify` expects. It listens on 127.0.0.1 only;
 * its clock is passed in, so a test can timestamp at a fixed moment.
 */
import { createHash, createPrivateKey, randomBytes, X509Certificate } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { cadesSignedData } from './cades-signer.js';
import { OID } from './cms-oids.js';
import { useWebCryptoEngine } from './crypto-engine.js';
import { TST_INFO } from './timestamp-token.js';

/** A TSA policy OID under 2.25 (a UUID as OID, ITU-T X.667): ours without registering an arc. */
export const TEST_TSA_POLICY = '2.25.94237198370436862359914374834963117745';
const MAX_REQUEST_BYTES = 64 * 1024;

export interface TestTsa {
  url: string;
  close(): Promise<void>;
}

export async function startTestTsa(options: { certPem: string; keyPem: string; clock: () => Date; port?: number }): Promise<TestTsa> {
  useWebCryptoEngine();
  const certDer = new Uint8Array(new X509Certificate(options.certPem).raw);
  const certificate = pkijs.Certificate.fromBER(certDer);
  const pkcs8 = createPrivateKey(options.keyPem).export({ type: 'pkcs8', format: 'der' });
  const key = await globalThis.crypto.subtle.importKey('pkcs8', pkcs8, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) request.destroy();
      else chunks.push(chunk);
    });
    request.on('end', () => {
      timestampResponse(Buffer.concat(chunks), certificate, certDer, key, options.clock()).then(
        (body) => {
          response.writeHead(200, { 'content-type': 'application/timestamp-reply' });
          response.end(body);
        },
        () => {
          response.writeHead(400);
          response.end();
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

async function timestampResponse(body: Buffer, certificate: pkijs.Certificate, certDer: Uint8Array, key: CryptoKey, now: Date): Promise<Buffer> {
  const request = pkijs.TimeStampReq.fromBER(new Uint8Array(body));
  if (request.messageImprint.hashAlgorithm.algorithmId !== OID.sha256) throw new Error('only SHA-256');
  const info = new pkijs.TSTInfo({
    version: 1,
    policy: TEST_TSA_POLICY,
    messageImprint: request.messageImprint,
    serialNumber: new asn1js.Integer({ valueHex: positive(randomBytes(16)) }),
    genTime: now,
    ...(request.nonce ? { nonce: request.nonce } : {}),
  });
  const tstInfo = Buffer.from(info.toSchema().toBER(false));
  const signedData = await cadesSignedData({
    content: { type: TST_INFO, digest: createHash('sha256').update(tstInfo).digest(), encapsulated: tstInfo },
    signer: { certificate, der: certDer, key },
    ...(request.certReq ? { certificates: [] } : {}),
  });
  const token = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  const response = new pkijs.TimeStampResp({ status: new pkijs.PKIStatusInfo({ status: pkijs.PKIStatus.granted }), timeStampToken: token });
  return Buffer.from(response.toSchema().toBER(false));
}

function positive(bytes: Buffer): Buffer {
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return bytes;
}
