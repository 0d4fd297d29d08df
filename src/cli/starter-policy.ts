/** What `readiness-gate init` writes: a small, valid policy that explains itself. */
export const STARTER_POLICY = `# yaml-language-server: $schema=https://unpkg.com/readiness-gate@0/docs/policy.schema.json
# Readiness Gate policy: which evidence a release needs, and which gates it must pass.
# Reference: https://github.com/ (see docs/policy.md in the readiness-gate package)
version: 1

# Reuse other policy files or built-in bundles; they merge before this file, which wins.
# extends:
#   - ./policies/shared.yml

settings:
  # Gate states that fail the run (exit code 1).
  fail-on: [blocked, unknown]
  # Evaluate as of a fixed time instead of the clock (useful for reproducible reports).
  # clock: "2026-11-29T12:00:00Z"

# Evidence packets: JSON or YAML documents committed to the repository.
packets:
  - id: release-readiness
    title: Release readiness summary
    file: release/readiness.json          # one document; use "files: [globs]" for several
    # schema: release/readiness.schema.json
    required: true                        # absent evidence blocks the gates that use it

# Gates: each is ready only when every check passes.
gates:
  - id: release-readiness
    title: Release readiness
    description: The release summary says ready and is less than a week old.
    checks:
      - check: status                     # the packet's own state decides the gate
        packet: release-readiness
        field: /status
      - check: fresh                      # stale evidence blocks; warn two days ahead
        packet: release-readiness
        field: /generated_at
        max-age: P7D
        warn-within: P2D
      - check: expr                       # any condition, in CEL
        packet: release-readiness
        rule: "packet.blockers.size() == 0"
        message: Open blockers must be resolved before release
        at: /blockers
`;
