/**
 * A medical text never goes stale without saying so: after a new build is deployed, a reader who kept the old copy
 * gets the new page as soon as they are online, and the new service worker takes over at once. The "deploy" is a
 * copy of dist/ served here, changed in place.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sirv from 'sirv';
import { expect, test, visitOnce } from './fixtures.ts';

// The service worker is what these tests are about (the config blocks it for the others).
test.use({ serviceWorkers: 'allow' });
// One host for the file's tests (beforeAll): they run in one worker, in order.
test.describe.configure({ mode: 'default' });

let dir = '';
let server: Server | undefined;

test.beforeAll(async ({}, info) => {
  const port = Number(new URL(info.project.use.baseURL!).port);
  dir = mkdtempSync(join(tmpdir(), 'case-report-redeploy-'));
  cpSync('dist', dir, { recursive: true });
  // dev: files are read afresh on every request, as a host serves a new deploy.
  const files = sirv(dir, { dev: true });
  server = createServer((req, res) => files(req, res, () => void res.writeHead(404).end()));
  await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

test('back online after a redeploy, a changed page is served fresh, and becomes the kept copy', async ({
  page,
  context,
}) => {
  await visitOnce(page);
  edit('clinical-case/index.html', (html) => html.replace('>Clinical case</h1>', '>Clinical case, revised</h1>'));
  await page.goto('clinical-case/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clinical case, revised');
  await expect(page.locator('.offline-note')).toBeHidden();
  await context.setOffline(true);
  await page.goto('clinical-case/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clinical case, revised');
  await expect(page.locator('.offline-note')).toBeVisible();
});

test('a new service worker takes over open pages at once', async ({ page }) => {
  await visitOnce(page);
  edit('sw.js', (js) => `${js}\n// a new build`);
  const tookOver = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true), { once: true });
        void navigator.serviceWorker.getRegistration().then((registration) => registration?.update());
        setTimeout(() => resolve(false), 20_000);
      }),
  );
  expect(tookOver).toBe(true);
});
