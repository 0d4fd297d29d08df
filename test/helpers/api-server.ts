import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  url: string;
  body: any;
  authorization?: string;
}

export type Fault = 'status-500' | 'rate-limit' | 'slow' | 'drop';

/**
 * A loopback HTTP server standing in for the GitHub API: it records requests and answers
 * check-run calls, after replaying any faults queued for the next requests.
 */
export class FakeGitHub {
  readonly requests: Recorded[] = [];
  private readonly faults: Fault[] = [];
  private server: Server | undefined;
  private nextId = 1;
  url = '';

  /** Faults for the next requests, in order (one request each). */
  fail(...faults: Fault[]): this {
    this.faults.push(...faults);
    return this;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections?.();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const fault = this.faults.shift();
    this.requests.push({ method: req.method!, url: req.url!, body: text ? JSON.parse(text) : undefined, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
    if (fault === 'drop') {
      req.socket.destroy();
      return;
    }
    if (fault === 'status-500') return this.reply(res, 500, { message: 'Server Error' });
    if (fault === 'rate-limit') {
      res.setHeader('x-ratelimit-remaining', '0');
      res.setHeader('x-ratelimit-reset', String(Math.ceil(Date.now() / 1000) + 1));
      return this.reply(res, 403, { message: 'API rate limit exceeded' });
    }
    if (fault === 'slow') await new Promise((r) => setTimeout(r, 20000));
    if (req.method === 'POST' && /\/check-runs$/.test(req.url!)) return this.reply(res, 201, { id: this.nextId++ });
    if (req.method === 'PATCH' && /\/check-runs\/\d+$/.test(req.url!)) return this.reply(res, 200, {});
    return this.reply(res, 404, { message: 'Not Found' });
  }

  private reply(res: ServerResponse, status: number, body: unknown): void {
    if (res.destroyed) return;
    res.statusCode = status;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(body));
  }
}
