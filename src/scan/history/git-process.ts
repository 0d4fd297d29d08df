import { execFileSync, spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { GitError } from '../targets/git.js';

/**
 * Git as a child process for history scans: short questions answered whole (`gitText`), and long
 * answers streamed (`gitPipe`), so a history of any length is read in bounded memory. Every
 * failure becomes a GitError naming the command and git's first line of complaint.
 */
export function gitText(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const stderr = String((err as { stderr?: string }).stderr ?? '').trim().split('\n')[0];
    throw new GitError(`git ${args.slice(0, 4).join(' ')}${args.length > 4 ? ' ...' : ''} failed: ${stderr || (err as Error).message}`);
  }
}

/**
 * Asks `git cat-file --batch-check` many questions in one process (`<rev>`, `<commit>:<path>`,
 * `<rev>^{commit}`): for each, the object id when the answer is an object of `type`, else undefined.
 */
export function objectIds(cwd: string, questions: string[], type: 'blob' | 'commit'): (string | undefined)[] {
  if (questions.length === 0) return [];
  let answers: string[];
  try {
    answers = execFileSync('git', ['cat-file', '--batch-check=%(objectname) %(objecttype)'], { cwd, input: questions.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['pipe', 'pipe', 'pipe'] }).split('\n');
  } catch (err) {
    throw new GitError(`git cat-file --batch-check failed: ${String((err as { stderr?: string }).stderr ?? '').trim().split('\n')[0] || (err as Error).message}`);
  }
  // One answer line per question, in order ("<question> missing" when there is no such object).
  return questions.map((_, i) => (answers[i]?.endsWith(` ${type}`) ? answers[i]!.split(' ')[0] : undefined));
}

/**
 * The tip of every ref that is (or peels to) a commit: branches, tags, remote-tracking branches,
 * and the rest --all walks (pull-request refs, notes), which publishing the repository also shows.
 */
export function refTips(cwd: string): { ref: string; commit: string }[] {
  return gitText(cwd, ['for-each-ref', '--format=%(refname) %(objectname) %(objecttype) %(*objectname) %(*objecttype)'])
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([ref, , type, , peeledType]) => ref && (peeledType === 'commit' || (!peeledType && type === 'commit')))
    .map(([ref, oid, , peeled]) => ({ ref: ref!, commit: peeled || oid! }));
}

/**
 * Runs git and hands each chunk of its output to `onData` as it arrives (the chunk may be reused
 * after the call). `stdin`, when asked for, stays open for the caller to write to and end.
 * `done` resolves when git exits successfully; a throw in `onData` stops git and rejects it.
 */
export function gitPipe(cwd: string, args: string[], onData: (chunk: Buffer) => void, withInput = false): { stdin: Writable | undefined; done: Promise<void> } {
  const child = spawn('git', args, { cwd, stdio: [withInput ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let failed: Error | undefined;
  child.stderr!.on('data', (d: Buffer) => {
    if (stderr.length < 4096) stderr += d.toString('utf8');
  });
  child.stdout!.on('data', (chunk: Buffer) => {
    if (failed) return;
    try {
      onData(chunk);
    } catch (err) {
      failed = err as Error;
      child.kill();
    }
  });
  child.stdin?.on('error', () => undefined); // git exiting early is reported when it closes
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (err) => reject(new GitError(`git could not be started: ${err.message}`)));
    child.on('close', (code) => {
      if (failed) reject(failed);
      else if (code !== 0) reject(new GitError(`git ${args.slice(0, 3).join(' ')} failed: ${stderr.trim().split('\n')[0] || `exit ${code}`}`));
      else resolve();
    });
  });
  return { stdin: child.stdin ?? undefined, done };
}

/** Splits a stream into NUL-terminated tokens, across chunk boundaries. */
export class NulTokens {
  private rest = '';
  private readonly decoder = new StringDecoder('utf8');
  constructor(private readonly onToken: (token: string) => void) {}

  push(chunk: Buffer): void {
    const text = this.rest + this.decoder.write(chunk);
    let start = 0;
    for (let nul = text.indexOf('\0'); nul !== -1; nul = text.indexOf('\0', start)) {
      this.onToken(text.slice(start, nul));
      start = nul + 1;
    }
    this.rest = text.slice(start);
  }

  end(): void {
    this.rest += this.decoder.end();
    if (this.rest) this.onToken(this.rest);
    this.rest = '';
  }
}
