import { ARTICLE_PAGES as PAGES } from '../article-pages.ts';
import { pagePath } from '../../src/site/urls.ts';
import { expect, test, chartReady } from './fixtures.ts';

for (const page of PAGES.filter((p) => p.sections.length > 0))
  test(`the side-by-side ${page.key} pairs every English block with its Spanish counterpart`, async ({ page: tab }) => {
    await tab.goto(pagePath('en', page.slug).slice(1));
    const english = await tab.locator('main [data-block]').count();
    await tab.goto(pagePath('en', page.slug, { parallel: true }).slice(1));
    const pairs = tab.locator('.parallel .pair');
    await expect(pairs).toHaveCount(english);
    for (let i = 0; i < english; i++) {
      await expect(pairs.nth(i).locator('> .pair-side[lang="en"]')).toHaveCount(1);
      await expect(pairs.nth(i).locator('> .pair-side[lang="es"]')).toHaveCount(1);
    }
  });

test('side by side on a wide screen, interleaved on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('parallel/introduction/');
  const pair = page.locator('.parallel .pair').first();
  const [en, es] = [pair.locator('[lang="en"]'), pair.locator('[lang="es"]')];
  let a = (await en.boundingBox())!;
  let b = (await es.boundingBox())!;
  expect(b.x).toBeGreaterThan(a.x + a.width - 1);
  expect(Math.abs(a.y - b.y)).toBeLessThan(2);
  await page.setViewportSize({ width: 375, height: 800 });
  a = (await en.boundingBox())!;
  b = (await es.boundingBox())!;
  expect(b.y).toBeGreaterThan(a.y + a.height - 1);
});

test('each side is labelled with its language', async ({ page }) => {
  await page.goto('es/parallel/clinical-case/');
  const pair = page.locator('.parallel .pair').first();
  await expect(pair.locator('[lang="en"] .pair-lang')).toHaveText('Inglés');
  await expect(pair.locator('[lang="es"] .pair-lang')).toHaveText('Español');
});

test('hovering a paragraph highlights its counterpart', async ({ page }) => {
  await page.goto('parallel/discussion/');
  const pair = page.locator('.parallel .pair').nth(1);
  const spanish = pair.locator('[lang="es"]');
  const before = await spanish.evaluate((el) => getComputedStyle(el).backgroundColor);
  await pair.locator('[lang="en"] p').hover();
  await expect.poll(() => spanish.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(before);
});

test('focusing a link in a paragraph by keyboard highlights its counterpart', async ({ page }) => {
  await page.goto('parallel/discussion/');
  const pair = page.locator('.parallel .pair').first();
  const spanish = pair.locator('[lang="es"]');
  const before = await spanish.evaluate((el) => getComputedStyle(el).backgroundColor);
  await pair.locator('[lang="en"] a.cite').first().focus();
  await expect.poll(() => spanish.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(before);
});

test('the view has its own URL, and its toggle keeps the reader’s place both ways', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('discussion/#discussion-2');
  await page.getByRole('link', { name: /^Side by side/ }).click();
  await expect(page).toHaveURL(/\/parallel\/discussion\/#discussion-2$/);
  await expect(page.locator('#discussion-2')).toBeInViewport();
  await page.getByRole('link', { name: /^Single language/ }).click();
  await expect(page).toHaveURL(/\/discussion\/#discussion-2$/);
  await expect(page).not.toHaveURL(/parallel/);
});

test('the toggle carries the paragraph at the top of the screen even without an anchor', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto('es/clinical-case/');
  await page.locator('#table-1').evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await page.getByRole('link', { name: /^En paralelo/ }).click();
  await expect(page).toHaveURL(/\/es\/parallel\/clinical-case\/#table-1$/);
});

test('citations, Table 1, Fig. 1 and the chart work in the side-by-side view', async ({ page }) => {
  await page.goto('parallel/clinical-case/');
  await expect(page.locator('#table-1 > [lang="en"] table caption')).toContainText('Table 1');
  await expect(page.locator('#es-table-1 table caption')).toContainText('Tabla 1');
  await expect(page.locator('#fig-1 > [lang="en"] > figure figcaption')).toContainText('Chest x-ray on admission');
  await expect(page.locator('figure#es-fig-1 figcaption')).toContainText('Radiografía de tórax al ingreso');
  const charts = page.locator('lab-chart');
  await expect(charts).toHaveCount(2);
  await chartReady(charts.nth(1));
  await page.goto('parallel/discussion/');
  await page.locator('[lang="es"] a.cite[data-ref="5"]').focus();
  await expect(page.getByRole('tooltip')).toContainText('FDA approval summary');
});

test('ids are unique on a side-by-side page', async ({ page }) => {
  await page.goto('parallel/clinical-case/');
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
  expect(ids).toHaveLength(new Set(ids).size);
});

test('each row pairs the English block with the Spanish block of the same id', async ({ page }) => {
  await page.goto('parallel/clinical-case/');
  const rows = await page
    .locator('.parallel .pair')
    .evaluateAll((pairs) =>
      pairs.map((pair) => [pair.id, pair.querySelector(':scope > [lang="es"] > [data-block]')?.id]),
    );
  expect(rows.length).toBeGreaterThan(3);
  for (const [id, spanish] of rows) expect(spanish, `row #${id}`).toBe(`es-${id}`);
});

test('every in-page reference on a side-by-side page finds its element, the Spanish ones on the Spanish side', async ({
  page,
}) => {
  for (const path of ['parallel/clinical-case/', 'parallel/discussion/']) {
    await page.goto(path);
    const broken = await page.locator('main').evaluate((main) => {
      const refs = (el: Element): string[] => [
        ...(el.getAttribute('href')?.startsWith('#') ? [el.getAttribute('href')!.slice(1)] : []),
        ...['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'headers'].flatMap(
          (name) => el.getAttribute(name)?.split(/\s+/) ?? [],
        ),
      ];
      const side = (el: Element | null) => el?.closest('.pair-side')?.getAttribute('lang') ?? 'none';
      return [...main.querySelectorAll('*')].flatMap((el) =>
        refs(el)
          .filter((id) => id !== '')
          .flatMap((id) => {
            const target = document.getElementById(id);
            // A reference lands on its own side's copy; an English one may land on the row, which has the English
            // block's id. A Spanish one never does: the Spanish copy's ids are its own (es-…).
            const ok = target && (side(target) === side(el) || (side(el) !== 'es' && side(target) === 'none'));
            return ok ? [] : [`${el.tagName.toLowerCase()} → #${id}`];
          }),
      );
    });
    expect(broken, path).toEqual([]);
  }
});

test('a side’s last block ends flush with its side, a component’s script after it or not', async ({ page }) => {
  await page.goto('parallel/clinical-case/');
  for (const lang of ['en', 'es'])
    await expect(page.locator(`#lab-chart > [lang="${lang}"] > figure.lab-chart`)).toHaveCSS('margin-bottom', '0px');
});
