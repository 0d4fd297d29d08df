import { readFileSync } from 'node:fs';

/** What the triggering event says about the commits to compare. */
export interface EventInfo {
  name: string;
  /** The commit the change is measured from (a pull request's base, a push's before). */
  base?: string;
  head?: string;
  pullRequest: boolean;
}

const ZERO = /^0+$/;

/** Reads GITHUB_EVENT_NAME and the payload at GITHUB_EVENT_PATH. */
export function readEvent(env: NodeJS.ProcessEnv): EventInfo {
  const name = env.GITHUB_EVENT_NAME ?? 'workflow_dispatch';
  let payload: Record<string, any> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      payload = {};
    }
  }
  switch (name) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = payload.pull_request ?? {};
      return { name, pullRequest: true, ...sha('base', pr.base?.sha), ...sha('head', pr.head?.sha) };
    }
    case 'merge_group':
      return { name, pullRequest: true, ...sha('base', payload.merge_group?.base_sha), ...sha('head', payload.merge_group?.head_sha) };
    case 'push':
      return { name, pullRequest: false, ...sha('base', ZERO.test(payload.before ?? '') ? undefined : payload.before), ...sha('head', payload.after) };
    default:
      return { name, pullRequest: false, ...sha('head', env.GITHUB_SHA) };
  }
}

function sha(key: 'base' | 'head', value: unknown): Partial<EventInfo> {
  return typeof value === 'string' && value !== '' ? { [key]: value } : {};
}
