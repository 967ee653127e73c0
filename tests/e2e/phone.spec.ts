/**
 * The phone reader: the text paints before any script loads, a header that leaves the screen to the text, a
 * translation notice that does not take it either, and the lab chart on paper.
 */
import type { Page } from '@playwright/test';
import { es } from '../../src/i18n/es.ts';
import {
  expect,
  expectPanelsDrawn,
  READING_PAGES,
  searchReady,
  SITE_PAGES,
  test,
  WALK_TIMEOUT,
  chartReady,
} from './fixtures.ts';
import { ARTICLE_TRANSLATION_NOTICE_ES } from '../article-pages.ts';

test.use({ viewport: { width: 375, height: 740 } });

/** How far down the screen stays covered after scrolling: everything sticky or fixed still at its top. */
function pinnedHeight(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(
      0,
      ...[...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position))
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.height > 0 && r.top <= 1 && r.bottom > 0)
        .map((r) => r.bottom),
    ),
  );
}

for (const path of ['', 'es/clinical-case/'])
  test(`/${path}: the text paints before any script, data file or manifest is fetched; then the page comes alive`, async ({
    page,
  }) => {
    await page.goto(path);
    await searchReady(page);
    const { paint, early, scripts } = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return {
        paint,
        // Images (the chart's panels, below the fold) may come before; nothing that runs or feeds a script may.
        early: resources.filter((r) => r.initiatorType !== 'img' && r.startTime < paint).map((r) => r.name),
        scripts: resources.filter((r) => r.initiatorType === 'script').length,
      };
    });
    expect(paint).toBeGreaterThan(0);
    expect(early).toEqual([]);
    expect(scripts).toBeGreaterThan(0);
    // Then the page has what its first paint did without: its controls, and the manifest for installing it.
    await expect(page.locator('template[data-after-paint]')).toHaveCount(0);
    await expect(page.locator('head link[rel="manifest"]')).toHaveAttribute('href', /manifest-(en|es)\.webmanifest$/);
    await expect(page.getByRole('button', { name: /dark|oscuro/i })).toBeVisible();
  });

test('on a 375 × 740 phone, at most 56 px stay pinned after scrolling, with every switch in them', async ({ page }) => {
  test.setTimeout(WALK_TIMEOUT);
  for (const { path, locale } of SITE_PAGES) {
    await test.step(`/${path}`, async () => {
      await page.goto(path);
      await page.mouse.wheel(0, 1500);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
      const pinned = await pinnedHeight(page);
      expect(pinned).toBeGreaterThan(0);
      expect(pinned).toBeLessThanOrEqual(56);
      const header = page.locator('.header-sticky');
      const switches = [
        header.getByRole('button', { name: locale === 'en' ? 'Search the article' : 'Buscar en el artículo' }),
        header.getByRole('link', { name: locale === 'en' ? 'Español' : 'English', exact: true }),
        header.locator('theme-toggle button'),
        header.locator('.nav-disclosure summary'),
        header.locator('.parallel-toggle'),
      ];
      for (const control of switches) {
        await expect(control).toBeInViewport({ ratio: 1 });
        const box = await control.boundingBox();
        expect(box!.y + box!.height).toBeLessThanOrEqual(56);
      }
    });
  }
});

/** The most of a 375 × 740 first screen that the translation notice may take on a Spanish page other than the home. */
const SHORT_NOTICE_MAX = 74;

test('on a 375 × 740 phone, Spanish pages give the translation notice one short line that links to the full statement on the home', async ({
  page,
}) => {
  test.setTimeout(WALK_TIMEOUT);
  const heights: string[] = [];
  for (const { path, slug } of READING_PAGES.filter((p) => p.locale === 'es' && p.slug !== '')) {
    await test.step(`/${path}`, async () => {
      await page.goto(path);
      const notice = page.getByRole('complementary', { name: es['notice.translationTitle'] });
      await expect(notice).toBeInViewport();
      const height = (await notice.boundingBox())!.height;
      heights.push(`${slug}: ${Math.round(height)} px`);
      expect(
        height,
        `the translation notice on /${path} is ${Math.round(height)} px tall at 375 × 740: the short line may take at most ${SHORT_NOTICE_MAX} px`,
      ).toBeLessThanOrEqual(SHORT_NOTICE_MAX);
      await expect(notice, `/${path} shows the short line, not the full statement`).not.toContainText(
        ARTICLE_TRANSLATION_NOTICE_ES,
      );
      await expect(notice.getByRole('link', { name: /^Traducción propia de este sitio/ })).toHaveAttribute(
        'href',
        /\/es\/#translation-notice$/,
      );
    });
  }
  test.info().annotations.push({ type: 'translation notice heights', description: heights.join(', ') });

  await test.step('the short line leads to the full statement on the Spanish home', async () => {
    await page.getByRole('complementary', { name: es['notice.translationTitle'] }).getByRole('link').click();
    await expect(page).toHaveURL(/\/es\/#translation-notice$/);
    const full = page.locator('#translation-notice');
    await expect(full).toBeInViewport();
    await expect(full).toHaveAccessibleName(es['notice.translationTitle']);
    await expect(full).toContainText(ARTICLE_TRANSLATION_NOTICE_ES);
    await expect(full.getByRole('link')).toHaveAttribute('href', 'https://doi.org/10.1016/j.reumae.2020.06.008');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the pinned header is still one row, with the language switch and the section menu', async ({ page }) => {
    for (const [path, language] of [
      ['', 'Español'],
      ['es/clinical-case/', 'English'],
    ] as const) {
      await page.goto(path);
      await page.mouse.wheel(0, 1500);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
      expect(await pinnedHeight(page)).toBeLessThanOrEqual(56);
      const header = page.locator('.header-sticky');
      for (const control of [
        header.getByRole('link', { name: language, exact: true }),
        header.locator('.nav-disclosure summary'),
      ]) {
        await expect(control).toBeInViewport({ ratio: 1 });
        const box = await control.boundingBox();
        expect(box!.y + box!.height).toBeLessThanOrEqual(56);
      }
    }
  });
});

test('on a phone, the section menu opens from the pinned header, over the text', async ({ page }) => {
  await page.goto('es/discussion/');
  await page.mouse.wheel(0, 1200);
  const menu = page.locator('.header-sticky .nav-disclosure');
  await menu.locator('summary').click();
  const link = menu.getByRole('link', { name: 'Caso clínico' });
  await expect(link).toBeInViewport();
  // Opening the menu does not make the pinned header taller.
  expect((await page.locator('.header-sticky').boundingBox())!.height).toBeLessThanOrEqual(56);
  await link.click();
  await expect(page).toHaveURL(/\/es\/clinical-case\/$/);
});

test('on paper, the lab chart is its drawn panels, and no empty box stands for the island', async ({ page }) => {
  await page.goto('clinical-case/');
  const chart = page.locator('lab-chart');
  // The island has drawn on screen first: printing must still give the panels.
  await chartReady(chart);
  await page.emulateMedia({ media: 'print' });
  await expect(chart.locator('.chart-live')).toBeHidden();
  await expectPanelsDrawn(chart);
  // The box holds the panels and nothing taller: no blank space where the canvas was.
  const [box, static_] = await Promise.all([
    chart.locator('.chart-stack').boundingBox(),
    chart.locator('.chart-static').boundingBox(),
  ]);
  expect(Math.abs(box!.height - static_!.height)).toBeLessThan(2);
});
