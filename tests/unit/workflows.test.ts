/**
 * The GitHub Actions workflows: each one valid to action-validator (its CLI, one file per call), and the rules they
 * keep: every push and pull request runs the test suite, the Pages deploy runs only after it passed on that commit,
 * and each job holds no more permission than it needs.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIR = join(ROOT, '.github/workflows');
const CLI = join(ROOT, 'node_modules/@action-validator/cli/cli.mjs');

interface Step {
  uses?: string;
  run?: string;
}
interface Job {
  needs?: string | string[];
  uses?: string;
  permissions?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, { branches?: string[]; 'branches-ignore'?: string[] } | null>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
const read = (file: string) => parse(readFileSync(join(DIR, file), 'utf8')) as Workflow;
const needs = (job: Job) => (job.needs === undefined ? [] : [job.needs].flat());
/** The jobs a job waits for, directly or not. */
const upstream = (workflow: Workflow, name: string): string[] =>
  needs(workflow.jobs[name]!).flatMap((need) => [need, ...upstream(workflow, need)]);
const usesAction = (job: Job, action: string) => (job.steps ?? []).some((s) => s.uses?.startsWith(`${action}@`));

describe('GitHub Actions workflows', () => {
  it('are valid to action-validator', () => {
    assert.ok(files.length >= 2);
    for (const file of files) {
      const result = spawnSync(process.execPath, [CLI, join(DIR, file)], { encoding: 'utf8' });
      assert.equal(result.status, 0, `.github/workflows/${file}:\n${result.stderr}${result.stdout}`);
    }
  });

  it('test every push and pull request, a push to main once, by the workflow that deploys it', () => {
    const test = read('test.yml');
    const pages = read('pages.yml');
    assert.ok('pull_request' in test.on && 'workflow_call' in test.on);
    assert.deepEqual(test.on['push']?.['branches-ignore'], pages.on['push']?.branches);
    assert.ok(test.jobs['test']?.steps?.some((s) => s.run === 'bash .ci/run'));
  });

  it('deploy to Pages only after the tests passed', () => {
    const pages = read('pages.yml');
    const [deploy, ...others] = Object.keys(pages.jobs).filter((n) =>
      usesAction(pages.jobs[n]!, 'actions/deploy-pages'),
    );
    assert.ok(deploy && others.length === 0);
    const tested = upstream(pages, deploy).filter((n) => pages.jobs[n]!.uses === './.github/workflows/test.yml');
    assert.equal(tested.length, 1, 'the deploy job must wait for the test workflow');
    for (const file of files)
      for (const job of Object.values(read(file).jobs))
        if (job.uses?.startsWith('./')) assert.ok(existsSync(join(ROOT, job.uses)), job.uses);
  });

  it('give each job the least permissions: none by default, writing only to deploy', () => {
    for (const file of files) {
      const workflow = read(file);
      assert.ok(workflow.permissions, `${file}: top-level permissions`);
      assert.ok(
        Object.values(workflow.permissions).every((level) => level !== 'write'),
        `${file}: no write permission at the top level`,
      );
      for (const [name, job] of Object.entries(workflow.jobs)) {
        const writes = Object.entries(job.permissions ?? {}).filter(([, level]) => level === 'write');
        if (usesAction(job, 'actions/deploy-pages'))
          assert.deepEqual(Object.fromEntries(writes), { pages: 'write', 'id-token': 'write' }, `${file}: ${name}`);
        else assert.deepEqual(writes, [], `${file}: ${name} writes nothing`);
      }
    }
  });
});
