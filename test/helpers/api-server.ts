import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  url: string;
  body: any;
  authorization?: string;
}

/** `ok` lets a request through (to place a later fault); `applied-500` does the work, then answers 500: the write happened though the client saw an error. */
export type Fault = 'ok' | 'status-500' | 'applied-500' | 'rate-limit' | 'slow' | 'drop' | 'hang' | 'huge';

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A handler for requests matching a method and path (query string included in `url`). */
export type Route = { method: string; path: RegExp; handle: (req: Recorded, match: RegExpExecArray) => Reply | Buffer };

/**
 * A loopback HTTP server standing in for the GitHub API: it records requests and answers
 * check-run calls, after replaying any faults queued for the next requests.
 */
export class FakeGitHub {
  readonly requests: Recorded[] = [];
  private readonly faults: Fault[] = [];
  private readonly routes: Route[] = [];
  private server: Server | undefined;
  private nextId = 1;
  url = '';

  /** Faults for the next requests, in order (one request each). */
  fail(...faults: Fault[]): this {
    this.faults.push(...faults);
    return this;
  }

  /** Answers requests matching method and path; checked before the built-in check-run answers. */
  route(method: string, path: RegExp, handle: Route['handle']): this {
    this.routes.push({ method, path, handle });
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
    const recorded: Recorded = { method: req.method!, url: req.url!, body: text ? JSON.parse(text) : undefined, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) };
    this.requests.push(recorded);
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
    if (fault === 'hang') return; // never answers: only the client's own deadline ends the wait
    if (fault === 'huge') {
      // A 450 MB JSON answer, streamed without a length: the client must stop reading it.
      res.statusCode = 200;
      res.setHeader('content-type', 'application/json');
      const chunk = Buffer.alloc(1 << 20, 0x20);
      res.write('{"workflow_runs": [');
      let sent = 0;
      const more = () => {
        while (sent < 450 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        if (!res.destroyed) res.end(']}');
      };
      res.on('error', () => undefined);
      more();
      return;
    }
    for (const route of this.routes) {
      const match = route.method === req.method ? route.path.exec(req.url!) : null;
      if (!match) continue;
      const answer = route.handle(recorded, match);
      if (fault === 'applied-500') return this.reply(res, 500, { message: 'Server Error' });
      if (Buffer.isBuffer(answer)) {
        res.setHeader('content-type', 'application/zip');
        res.end(answer);
        return;
      }
      for (const [k, v] of Object.entries(answer.headers ?? {})) res.setHeader(k, v);
      return this.reply(res, answer.status, answer.body ?? {});
    }
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
