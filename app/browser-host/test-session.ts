import { request as httpRequest } from 'node:http';
import type { BrowserHost } from './server';

/**
 * For tests: signs in to a running browser host as its window does (trading the launch
 * code for the session cookie) and makes API calls with that session, as the page would.
 */
export interface TestSession {
  call(name: string, args: unknown): Promise<{ status: number; body: string }>;
}

export async function signInTo(host: BrowserHost): Promise<TestSession> {
  const port = Number(new URL(host.url).port);
  const launch = new URL(host.launchUrl);
  const answer = await send(port, 'GET', launch.pathname + launch.search, { 'Sec-Fetch-Site': 'none' });
  const cookie = answer.setCookie?.split(';')[0];
  if (answer.status !== 303 || cookie === undefined) throw new Error(`Sign-in failed with HTTP ${answer.status}`);
  return {
    call: async (name, args) => {
      const reply = await send(
        port,
        'POST',
        `/api/${name}`,
        { Cookie: cookie, Origin: `http://127.0.0.1:${port}`, 'Content-Type': 'application/json' },
        JSON.stringify(args),
      );
      return { status: reply.status, body: reply.body };
    },
  };
}

function send(
  port: number,
  method: string,
  urlPath: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; body: string; setCookie: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method, path: urlPath, headers: { Host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            setCookie: res.headers['set-cookie']?.[0],
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
