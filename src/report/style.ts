import type { GateState } from '../engine/states.js';

/** ANSI styling, on only when asked for (a TTY without NO_COLOR, or FORCE_COLOR). */
export interface Style {
  state(state: GateState, text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const CODES: Record<GateState, string> = { ready: '32', degraded: '33', unknown: '35', blocked: '31' };

export const plain: Style = { state: (_s, t) => t, bold: (t) => t, dim: (t) => t };

export const ansi: Style = {
  state: (s, t) => `\u001b[${CODES[s]}m${t}\u001b[0m`,
  bold: (t) => `\u001b[1m${t}\u001b[0m`,
  dim: (t) => `\u001b[2m${t}\u001b[0m`,
};

export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}
