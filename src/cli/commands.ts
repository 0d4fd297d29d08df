import { UsageError } from '../engine/clock.js';
import { nearest } from '../util/suggest.js';

/**
 * Each command's own options and help: `readiness-gate COMMAND --help` prints its page, and an
 * option of another command, or one that does not exist, is a usage error that says so (with the
 * nearest option), instead of being ignored.
 */
interface CommandSpec {
  usage: string[];
  summary: string;
  options: string[];
  examples: string[];
}

const COMMON = ['cwd', 'help', 'quiet'];

export const COMMANDS: Record<string, CommandSpec> = {
  check: {
    usage: ['readiness-gate check [--policy F] [--gate ID]... [--publish] [--horizon P14D] [--format text|json|html] [-o FILE]'],
    summary: 'Evaluate every gate (or those named with --gate) and print the gate table with reasons as file:line:col.\nExit 0 when no gate is in a fail-on state, 1 when one is.',
    options: ['policy', 'gate', 'publish', 'horizon', 'format', 'output', 'now', 'compare', 'history', 'link-base', ...COMMON],
    examples: ['readiness-gate check', 'readiness-gate check --gate public-safety --format json -o report.json', 'readiness-gate check --format html -o dashboard.html --compare last-night.json'],
  },
  explain: {
    usage: ['readiness-gate explain GATE [--policy F] [--now ISO] [--format text|json]'],
    summary: 'Show what one gate requires, its state now, and why.',
    options: ['policy', 'now', 'format', ...COMMON],
    examples: ['readiness-gate explain release-summary'],
  },
  scan: {
    usage: [
      'readiness-gate scan [PATH | -] [--diff BASE...HEAD | --ref REF | --npm-pack] [--format text|json|sarif]',
      'readiness-gate scan --docker-context DIR [--dockerfile F] | --archive FILE | --image FILE|DIR',
      'readiness-gate scan --history [RANGE | --all] [--since REF|REPORT]',
    ],
    summary: 'Look for what must never be published in a folder (default .), a file, the files of a git ref, the lines\na diff adds, what npm pack or docker build would send, an archive, an image, standard input, or every blob\nof a repository\'s history (--history: each distinct blob once, with the commit that brought each value in).\nExit 1 when anything is found. Values are never printed: a masked form and a fingerprint.',
    options: ['policy', 'format', 'diff', 'ref', 'npm-pack', 'docker-context', 'dockerfile', 'archive', 'image', 'git-history', 'all', 'since', 'baseline', 'shard', 'no-gitignore', 'output', 'now', ...COMMON],
    examples: ['readiness-gate scan', 'readiness-gate scan --diff origin/main...HEAD --format sarif > scan.sarif', 'readiness-gate scan --npm-pack', 'readiness-gate scan --shard 2/4 --format json -o leg-2.json', 'readiness-gate scan --history --format json -o history.json', 'readiness-gate scan --history --since history.json'],
  },
  baseline: {
    usage: ['readiness-gate baseline [PATH] [-o FILE]'],
    summary: "Write the fingerprints of today's findings (default .readiness-gate-baseline.json); scan --baseline F\nthen fails only on new ones. Entries may carry \"expires\" and \"reason\".",
    options: ['policy', 'output', 'no-gitignore', ...COMMON],
    examples: ['readiness-gate baseline', 'readiness-gate scan --baseline .readiness-gate-baseline.json'],
  },
  rules: {
    usage: ['readiness-gate rules [--policy F] [--format text|json]'],
    summary: "List the scan rules this repository's policy runs: built-in, custom and imported.",
    options: ['policy', 'format', ...COMMON],
    examples: ['readiness-gate rules', 'readiness-gate rules --format json'],
  },
  schema: {
    usage: ['readiness-gate schema policy|report'],
    summary: 'Print a JSON Schema: of the policy file (for editors), or of the JSON report.',
    options: [...COMMON],
    examples: ['readiness-gate schema policy > policy.schema.json'],
  },
  diff: {
    usage: ['readiness-gate diff OLD.json NEW.json [--format text|json]'],
    summary: 'What changed between two check reports: gate states, new and resolved findings, packets.',
    options: ['format', ...COMMON],
    examples: ['readiness-gate diff last-night.json tonight.json'],
  },
  history: {
    usage: ['readiness-gate history DIR [--format text|json|html] [-o FILE]'],
    summary: 'Gate states per day from a folder of past check reports (JSON): a grid, or a chart (html).',
    options: ['format', 'output', ...COMMON],
    examples: ['readiness-gate history reports/ --format html -o trend.html'],
  },
  merge: {
    usage: ['readiness-gate merge REPORT... [--format text|json]'],
    summary: 'Combine the JSON reports (or SARIF logs) of --shard runs into one. Exit 1 when the result has findings.',
    options: ['format', ...COMMON],
    examples: ['readiness-gate merge leg-1.json leg-2.json leg-3.json leg-4.json --format json'],
  },
  init: {
    usage: ['readiness-gate init [--cwd DIR] [--force]'],
    summary: 'Write a commented starter policy, .readiness-gate.yml, in the repository.',
    options: ['force', ...COMMON],
    examples: ['readiness-gate init'],
  },
};

/** Refuses options the command does not take, naming the command that does, or the nearest option. */
export function checkCommandOptions(command: string, given: readonly string[], known: readonly string[]): void {
  const spec = COMMANDS[command];
  if (!spec) return;
  for (const name of given) {
    if (!known.includes(name)) {
      const near = nearest(name, known);
      throw new UsageError(`unknown option --${name}${near ? `; did you mean --${flag(near)}?` : ''} (readiness-gate ${command} --help lists its options)`);
    }
    if (name === 'version' || spec.options.includes(name)) continue;
    const owners = Object.entries(COMMANDS).filter(([, s]) => s.options.includes(name)).map(([c]) => c);
    throw new UsageError(`--${flag(name)} is not an option of ${command}${owners.length ? ` (it belongs to ${owners.join(', ')})` : ''}; ${command} takes ${spec.options.map((o) => `--${flag(o)}`).join(', ')}`);
  }
}

/** scan's --history is parsed under another name (check's --history takes a value). */
const flag = (option: string) => (option === 'git-history' ? 'history' : option);

/** One command's help page. */
export function commandHelp(command: string, describe: (option: string) => string): string {
  const spec = COMMANDS[command]!;
  const lines = [`Usage:`, ...spec.usage.map((u) => `  ${u}`), '', spec.summary, '', 'Options:', ...spec.options.map((o) => describe(o)), '', 'Examples:', ...spec.examples.map((e) => `  ${e}`), ''];
  return lines.join('\n');
}
