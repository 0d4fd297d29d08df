export const HELP = `readiness-gate: decide release readiness gates from committed evidence packets

Usage:
  readiness-gate check [--policy F] [--gate ID]... [--publish] [--horizon P14D] [--format text|json|html] [--now ISO] [--cwd DIR]
                       [-o FILE] [--compare OLD.json] [--history DIR] [--link-base URL]
  readiness-gate explain GATE [--policy F] [--now ISO] [--cwd DIR]
  readiness-gate scan [PATH | -] [--diff BASE...HEAD | --ref REF | --npm-pack] [--format text|json|sarif]
  readiness-gate scan --docker-context DIR [--dockerfile F]
  readiness-gate scan --archive FILE          (.tar, .tgz: in place, streaming, nested archives too)
  readiness-gate scan --image FILE|DIR        (docker save tarball or OCI layout: every layer)
  readiness-gate scan --history [RANGE | --all] [--since REF|REPORT]   (every blob of the history, once)
                      [--baseline F] [--shard i/n] [--no-gitignore] [-o FILE]
  readiness-gate baseline [PATH] [--output F]
  readiness-gate rules [--policy F] [--format text|json]
  readiness-gate diff OLD.json NEW.json [--format text|json]
  readiness-gate history DIR [--format text|json|html] [-o FILE]
  readiness-gate merge REPORT... [--format text|json]
  readiness-gate init [--cwd DIR] [--force]
  readiness-gate --help | --version

Commands:
  check     Evaluate every gate (or those named with --gate) and print the gate table with reasons
            as file:line:col. Exit 0 when no gate is in a fail-on state, 1 when one is.
  explain   Show what one gate requires, its state now, and why.
  scan      Look for what must never be published (tokens, keys, credentials, license keys,
            identities, IP addresses, payloads) in a folder (default .), the files of a git ref,
            the lines a diff range adds, exactly the files npm pack would publish (--npm-pack)
            or docker build would send (--docker-context, honouring .dockerignore),
            or standard input (-), or every blob of the git history (--history), each once, with
            the commit that brought each value in and whether the tip still has it.
            Exit 1 when anything is found.
            Values are never printed: only a masked form and a fingerprint.
  baseline  Write the fingerprints of today's findings (default .readiness-gate-baseline.json);
            scan --baseline F then fails only on new ones. Entries may carry "expires".
  rules     List the scan rules this repository's policy runs: built-in, custom and imported.
  diff      What changed between two check reports: gate states, new and resolved findings, packets.
  history   Gate states per day from a folder of past check reports (JSON): a grid, or a chart (html).
  merge     Combine the JSON reports (or SARIF logs) of --shard runs into one.
  init      Write a commented starter policy, .readiness-gate.yml, in the repository.

Options:
  --policy F     Policy file (default: .readiness-gate.yml in the repository root, --cwd)
  --gate ID      Only this gate; repeat for several
  --publish      Decide publish gates too (gates with payload checks: run after the build)
  --horizon D    Also show which gates change state within D (ISO 8601: P7D, P2W), and on which day
  --format F     text (default), json (schema: docs/report.schema.json), or html for check and history:
                 one self-contained page (the dashboard) that fetches nothing
  -o, --output F Write to F instead of standard output (baseline: the baseline file)
  --compare F    check: show what changed since the report F (text: appended; html: a section)
  --history DIR  check --format html: add the trend of the past reports in DIR
  --link-base U  html: link file lines to U (https://github.com/OWNER/REPO/blob/SHA/); by default
                 links are relative to the page, for reading it inside the checkout
  --now ISO      Evaluate as of this RFC 3339 time instead of the clock (or settings.clock)
  --cwd DIR      Repository root (default: the current directory)
  --force        init: overwrite an existing policy
  --shard i/n    scan: only the i-th of n deterministic shares of the files (for a CI matrix)
  --baseline F   scan: hide findings whose fingerprints F lists (until an entry's "expires")

Exit codes: 0 pass, 1 a gate is in a fail-on state (default: blocked, unknown) or a finding, 2 usage or policy
error, 3 internal error (a bug: please report it). "readiness-gate COMMAND --help" shows one command.
Colour: on for a terminal; NO_COLOR turns it off, FORCE_COLOR on.
`;

/** One line (or two) per option, as the per-command help pages show them. */
export const OPTION_HELP: Record<string, string> = {
  policy: '  --policy F       Policy file (default: .readiness-gate.yml, looked for here and up to the repository root)',
  gate: '  --gate ID        Only this gate; repeat for several',
  publish: '  --publish        Decide publish gates too (gates with payload checks: run after the build)',
  horizon: '  --horizon D      Also show which gates change state within D (ISO 8601: P7D, P2W), and on which day',
  format: '  --format F       Output format (see Usage)',
  output: '  -o, --output F   Write to F instead of standard output',
  now: '  --now ISO        Evaluate as of this RFC 3339 time instead of the clock (or settings.clock)',
  compare: '  --compare F      Show what changed since the report F',
  history: '  --history DIR    html: add the trend of the past reports in DIR',
  'link-base': '  --link-base U    html: link file lines to U (https://github.com/OWNER/REPO/blob/SHA/)',
  diff: '  --diff A...B     Only the lines the range adds',
  ref: '  --ref REF        The files of a git ref, not the working tree',
  'npm-pack': '  --npm-pack       Exactly the files npm pack would publish',
  'docker-context': '  --docker-context DIR  What docker build would send (honours .dockerignore)',
  dockerfile: '  --dockerfile F   With --docker-context: the Dockerfile (its ARG and ENV lines too)',
  archive: '  --archive FILE   A .tar, .tgz or .zip, read in place; archives inside it too',
  image: '  --image FILE|DIR A docker save tarball or an OCI layout: every layer',
  baseline: '  --baseline F     Hide findings whose fingerprints F lists (until an entry expires)',
  shard: '  --shard i/n      Only the i-th of n deterministic shares of the files (a CI matrix leg)',
  'git-history': '  --history        Every blob of the history (all refs, or the RANGE given), each distinct blob once',
  all: '  --all            With --history: every branch, tag and remote-tracking branch (the default)',
  since: '  --since X        With --history: only blobs new since X, a commit or a previous --format json report',
  'no-gitignore': '  --no-gitignore   Also scan what .gitignore excludes',
  force: '  --force          Overwrite an existing policy',
  cwd: '  --cwd DIR        Repository root (default: the current directory)',
  quiet: '  -q, --quiet      Print nothing on success or failure; only the exit code and errors',
  help: '  -h, --help       This page',
};
