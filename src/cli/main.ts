import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../engine/clock.js';
import type { ReadinessOptions, ReadinessResult } from '../engine/readiness.js';
import { PolicyError } from '../policy/errors.js';

import { FINGERPRINT_KEY_ENV } from '../scan/mask.js';
import { ansi, plain, useColor } from '../report/style.js';
import { VERSION } from '../version.js';
import { COMMANDS, checkCommandOptions, commandHelp } from './commands.js';
import { HELP, OPTION_HELP } from './help.js';
import { EXIT, type CliIo } from './io.js';
import { STARTER_POLICY } from './starter-policy.js';
import { noWorkflowCommands, textSafeLines } from '../report/escape.js';
import { redactWithDefaults } from '../report/redact.js';
import { policyRoot } from '../policy/policy-root.js';

const OPTIONS = {
  policy: { type: 'string' },
  gate: { type: 'string', multiple: true },
  publish: { type: 'boolean' },
  horizon: { type: 'string' },
  format: { type: 'string' },
  now: { type: 'string' },
  cwd: { type: 'string' },
  force: { type: 'boolean' },
  diff: { type: 'string' },
  ref: { type: 'string' },
  'no-gitignore': { type: 'boolean' },
  'npm-pack': { type: 'boolean' },
  'docker-context': { type: 'string' },
  dockerfile: { type: 'string' },
  archive: { type: 'string' },
  image: { type: 'string' },
  baseline: { type: 'string' },
  shard: { type: 'string' },
  output: { type: 'string', short: 'o' },
  compare: { type: 'string' },
  history: { type: 'string' },
  // scan --history (a flag there; check's --history takes a folder): renamed before parsing.
  'git-history': { type: 'boolean' },
  all: { type: 'boolean' },
  since: { type: 'string' },
  'link-base': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  quiet: { type: 'boolean', short: 'q' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** The formats each command writes; text is everyone's default. */
const FORMATS: Record<string, string[]> = {
  check: ['text', 'json', 'html'],
  history: ['text', 'json', 'html'],
  scan: ['text', 'json', 'sarif'],
  baseline: ['text', 'json', 'sarif'],
};

/** The CLI, as a function of its arguments and streams; returns the exit code. */
export async function runCli(argv: string[], unsafeIo: CliIo): Promise<number> {
  // Whatever the data holds, no line the CLI prints starts a workflow command.
  // Error messages quote policy text and paths: they pass the built-in rules like reports do.
  const io: CliIo = { ...unsafeIo, stdout: (t) => unsafeIo.stdout(noWorkflowCommands(t)), stderr: (t) => unsafeIo.stderr(noWorkflowCommands(redactWithDefaults(textSafeLines(t)))) };
  try {
    return await dispatch(argv, io);
  } catch (err) {
    if (err instanceof PolicyError) {
      io.stderr(`readiness-gate: the policy cannot be used:\n${err.message.split('\n').map((l) => `  ${l}`).join('\n')}\n`);
      return EXIT.usage;
    }
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`readiness-gate: ${(err as Error).message}\nRun "readiness-gate --help" for usage.\n`);
      return EXIT.usage;
    }
    // A bug of ours: say so plainly, without a stack trace unless asked for.
    const detail = io.env.READINESS_GATE_DEBUG ? `\n${(err as Error).stack}` : '';
    io.stderr(`readiness-gate: internal error: ${(err as Error).message}${detail}\nThis is a bug in readiness-gate: please report it with the command you ran; set READINESS_GATE_DEBUG=1 for details.\n`);
    return EXIT.internal;
  }
}

/** The engine is loaded on demand: `scan` and `--version` need none of the policy machinery. */
async function checkReadiness(options: ReadinessOptions): Promise<ReadinessResult> {
  return (await import('../engine/readiness.js')).checkReadiness(options);
}

/** `scan --history` is a flag, while `check --history DIR` takes a value: scan's is renamed first. */
function scanHistoryFlag(argv: string[]): string[] {
  const command = argv.findIndex((t) => Object.hasOwn(COMMANDS, t));
  if (command === -1 || argv[command] !== 'scan') return argv;
  return argv.map((t, i) => (i > command && t === '--history' ? '--git-history' : t));
}

async function dispatch(rawArgv: string[], loudIo: CliIo): Promise<number> {
  const argv = scanHistoryFlag(rawArgv);
  // Options are checked per command first (tokens name short options by their long name): an unknown one gets the nearest name, one of another
  // command says whose it is, before Node's generic parser could answer either.
  const loose = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const firstCommand = loose.positionals[0];
  const given = (loose.tokens ?? []).flatMap((t) => (t.kind === 'option' ? [t.name] : []));
  const helpFor = firstCommand === 'help' ? loose.positionals[1] : firstCommand;
  if (helpFor && COMMANDS[helpFor] && (given.includes('help') || firstCommand === 'help')) {
    loudIo.stdout(commandHelp(helpFor, (o) => OPTION_HELP[o] ?? `  --${o}`));
    return EXIT.ok;
  }
  if (firstCommand && COMMANDS[firstCommand]) checkCommandOptions(firstCommand, given, Object.keys(OPTIONS));
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  const io: CliIo = values.quiet ? { ...loudIo, stdout: () => undefined } : loudIo;
  if (values.version) {
    loudIo.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    loudIo.stdout(HELP);
    return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
  }
  const cwd = values.cwd === undefined && values.policy === undefined && (command === 'check' || command === 'explain') ? policyRoot(io.cwd) : resolve(io.cwd, values.cwd ?? '.');
  if (values.cwd !== undefined && !existsSync(cwd)) throw new UsageError(`--cwd: no such directory: ${values.cwd}`);
  const format = values.format ?? 'text';
  const formats = FORMATS[command] ?? ['text', 'json'];
  if (!formats.includes(format)) throw new UsageError(`--format for ${command} must be ${formats.join(', ').replace(/, (\w+)$/, ' or $1')}, not "${format}"`);
  const output = {
    format,
    root: cwd,
    ...(values.output !== undefined ? { output: values.output } : {}),
    ...(values.compare !== undefined ? { compare: values.compare } : {}),
    ...(values.history !== undefined ? { history: values.history } : {}),
    ...(values['link-base'] !== undefined ? { linkBase: values['link-base'] } : {}),
  };
  // Paths on the command line are relative to where the command runs, as everywhere in Unix.
  const key = io.env[FINGERPRINT_KEY_ENV];
  const common = {
    cwd,
    ...(values.policy ? { policy: resolve(io.cwd, values.policy) } : {}),
    ...(values.now ? { now: values.now } : {}),
    ...(key ? { fingerprintKey: key } : {}),
  };
  const style = useColor({ isTTY: io.stdoutIsTTY }, io.env) ? ansi : plain;

  switch (command) {
    case 'check': {
      if (rest.length > 0) throw new UsageError(`check takes no arguments (got "${rest[0]}"); name gates with --gate`);
      const { checkOutputOptions, emit, renderCheckReport } = await import('./report-output.js');
      checkOutputOptions(output);
      const result = await checkReadiness({ ...common, ...(values.gate ? { gates: values.gate } : {}), ...(values.publish ? { publish: true } : {}), ...(values.horizon !== undefined ? { horizon: values.horizon } : {}) });
      if (result.deferred.length > 0) {
        const { deferredNote } = await import('../engine/readiness.js');
        io.stderr(`readiness-gate: ${deferredNote(result.deferred)}; run check --publish after the build\n`);
      }
      emit(io, await renderCheckReport(io, result.report, output, style), values.output);
      return result.decision.passed ? EXIT.ok : EXIT.gateFailed;
    }
    case 'explain': {
      const [gate, extra] = rest;
      if (!gate || extra !== undefined) throw new UsageError('explain takes exactly one gate id');
      const result = await checkReadiness({ ...common, gates: [gate] });
      const { renderJson } = await import('../report/json.js');
      const { renderExplain } = await import('../report/explain.js');
      io.stdout(format === 'json' ? renderJson(result.report) : renderExplain(result.report, style));
      return result.decision.passed ? EXIT.ok : EXIT.gateFailed;
    }
    case 'scan':
    case 'baseline': {
      if (rest.length > 1) throw new UsageError(`${command} takes at most one ${values['git-history'] ? 'revision range' : 'path'}`);
      const args = {
        path: rest[0],
        format,
        gitignore: !values['no-gitignore'],
        ...(values.diff ? { diff: values.diff } : {}),
        ...(values.ref ? { ref: values.ref } : {}),
        ...(values.policy ? { policy: values.policy } : {}),
        ...(values.baseline ? { baseline: values.baseline } : {}),
        ...(values.shard ? { shard: values.shard } : {}),
        ...(values.now ? { now: values.now } : {}),
        ...(values['npm-pack'] ? { npmPack: true } : {}),
        ...(values['docker-context'] ? { dockerContext: values['docker-context'] } : {}),
        ...(values.dockerfile ? { dockerfile: values.dockerfile } : {}),
        ...(values.archive ? { archive: values.archive } : {}),
        ...(values.image ? { image: values.image } : {}),
        ...(values['git-history'] ? { history: true } : {}),
        ...(values.all ? { all: true } : {}),
        ...(values.since !== undefined ? { since: values.since } : {}),
        ...(values.cwd !== undefined ? { cwd } : {}),
      };
      const { runBaseline, runScan } = await import('./scan-command.js');
      return command === 'scan' ? runScan({ ...args, ...(values.output !== undefined ? { output: values.output } : {}) }, io, style) : runBaseline({ ...args, output: values.output ?? '.readiness-gate-baseline.json' }, io);
    }
    case 'schema': {
      const [which, extra] = rest;
      if (!['policy', 'report'].includes(which ?? '') || extra !== undefined) throw new UsageError('schema takes one name: policy (the policy file, for editors) or report (check --format json)');
      if (which === 'policy') {
        const { editorPolicySchema } = await import('../policy/editor-schema.js');
        io.stdout(JSON.stringify(editorPolicySchema(), null, 2) + '\n');
      } else {
        const { builtInBundleDir } = await import('../policy/bundles.js');
        const { readFileSync } = await import('node:fs');
        io.stdout(readFileSync(join(dirname(builtInBundleDir()), 'docs', 'report.schema.json'), 'utf8'));
      }
      return EXIT.ok;
    }
    case 'rules': {
      if (rest.length > 0) throw new UsageError(`rules takes no arguments (got "${rest[0]}")`);
      const { runRules } = await import('./rules-command.js');
      return runRules(cwd, values.policy ? resolve(io.cwd, values.policy) : undefined, format, io);
    }
    case 'diff': {
      if (rest.length !== 2) throw new UsageError('diff takes two JSON reports: OLD NEW (from check --format json)');
      const { emit, readReportFile } = await import('./report-output.js');
      const { diffReports, renderDriftText } = await import('../report/drift.js');
      const drift = diffReports(readReportFile(io, rest[0]!), readReportFile(io, rest[1]!));
      emit(io, format === 'json' ? JSON.stringify(drift, null, 2) + '\n' : renderDriftText(drift, style), values.output);
      return EXIT.ok;
    }
    case 'history': {
      if (rest.length !== 1) throw new UsageError('history takes one folder of past JSON reports (from check --format json)');
      const { emit, readHistoryDir } = await import('./report-output.js');
      const { buildHistory, readReports, renderHistoryText } = await import('../report/history.js');
      const found = readHistoryDir(io, rest[0]!, readReports);
      const history = buildHistory(found.reports, found.skipped);
      if (format === 'html') emit(io, (await import('../report/html/dashboard.js')).renderHistoryPage(history, VERSION), values.output);
      else emit(io, format === 'json' ? JSON.stringify(history, null, 2) + '\n' : renderHistoryText(history, style), values.output);
      return history.days.length > 0 ? EXIT.ok : EXIT.gateFailed;
    }
    case 'merge': {
      if (rest.length === 0) throw new UsageError('merge needs the report files to merge');
      const { MergeError, mergeReportFiles } = await import('../report/scan-merge.js');
      const { renderScanJson, renderScanText } = await import('../report/scan-report.js');
      let merged;
      try {
        merged = mergeReportFiles(rest.map((p) => resolve(io.cwd, p)));
      } catch (err) {
        if (err instanceof MergeError) throw new UsageError(err.message);
        throw err;
      }
      if (merged.kind === 'sarif') io.stdout(JSON.stringify(merged.log, null, 2) + '\n');
      else io.stdout(format === 'json' ? renderScanJson(merged.report) : renderScanText(merged.report, style));
      const count = merged.kind === 'sarif' ? merged.log.runs[0]!.results!.length : merged.report.findings.length;
      return count > 0 ? EXIT.gateFailed : EXIT.ok;
    }
    case 'init': {
      const target = join(cwd, '.readiness-gate.yml');
      if (existsSync(target) && !values.force) throw new UsageError(`${target} already exists; pass --force to overwrite it`);
      writeFileSync(target, STARTER_POLICY);
      io.stdout(`wrote ${target}\nEdit its packets and gates, then run: readiness-gate check\n`);
      return EXIT.ok;
    }
    default:
      throw new UsageError(`unknown command "${command}"; commands: check, explain, diff, history, scan, baseline, rules, schema, merge, init`);
  }
}

