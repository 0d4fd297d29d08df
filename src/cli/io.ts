/** What the CLI needs from its process, so tests can run it in-process with their own streams. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  cwd: string;
  /** Everything on standard input (for `scan -`). */
  readStdin?: () => Buffer;
  /** The CLI bundle's own file, when run as one: large folder scans start worker threads on it. */
  entry?: string;
}

export const EXIT = { ok: 0, gateFailed: 1, usage: 2, internal: 3 } as const;
