import { createHash } from 'node:crypto';

/**
 * Policy files that passed schema validation in this process, by a digest of what was validated.
 * A folder scan's worker threads load the policy the main thread loaded moments before: the main
 * thread hands them these digests, and a worker skips compiling the policy schema (a tenth of a
 * second) for a file whose content is the same, byte for byte as parsed. Different content (a file
 * changed in between) has another digest and is validated as usual.
 */
const validated = new Set<string>();

export function policyDigest(value: unknown, checkNames: readonly string[]): string {
  return createHash('sha256').update(checkNames.join(',')).update('\0').update(JSON.stringify(value)).digest('hex');
}

export function isValidatedPolicy(digest: string): boolean {
  return validated.has(digest);
}

export function markValidatedPolicy(digest: string): void {
  validated.add(digest);
}

/** What this thread validated, for the worker threads it starts. */
export function validatedPolicyDigests(): string[] {
  return [...validated];
}

/** A worker's start: what the main thread validated counts as validated here. */
export function trustValidatedPolicies(digests: readonly string[]): void {
  for (const d of digests) validated.add(d);
}
