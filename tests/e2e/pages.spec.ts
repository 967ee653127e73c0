import { ARTICLE_PAGES as PAGES } from '../article-pages.ts';
import { expect, searchReady, SITE_PAGES, test, WALK_TIMEOUT } from './fixtures.ts';

test('every page loads with its <html lang>, one h1 and a clean console', async ({ page }) => {
  test.setTimeout(WALK_TIMEOUT);
  for (const { path, locale } of SITE_PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('html'), path).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveCount(1);
    await expect(page.getByRole('main'), path).toBeVisible();
    // The console stays clean once the scripts have run too (after the first paint).
    await searchReady(page);
    // eslint-disable-next-line playwright/no-networkidle -- the assertion is that nothing more is fetched: the network must settle first
    await page.waitForLoadState('networkidle');
  }
});

test('the English and Spanish homes show the article title in their language', async ({ page }) => {
  await page.goto('');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Anakinra as a potential alternative/);
  await page.goto('es/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Anakinra, una alternativa potencial/);
});

for (const [locale, prefix] of [
  ['en', ''],
  ['es', 'es/'],
] as const)
  test(`a ${locale} reader moves through every section with the navigation and the next links`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(prefix);
    const nav = page.getByRole('navigation', { name: locale === 'en' ? 'Sections' : 'Secciones' });
    for (const section of PAGES) {
      const link = nav.locator('.nav-inline a').nth(PAGES.indexOf(section));
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/${prefix}${section.slug ? `${section.slug}/` : ''}$`));
      await expect(nav.locator('.nav-inline a[aria-current="page"]')).toHaveText((await link.textContent()) ?? '');
    }
    await page.goto(prefix);
    for (const section of PAGES.slice(1)) {
      await page.locator('a[rel="next"]').click();
      await expect(page).toHaveURL(new RegExp(`/${prefix}${section.slug}/$`));
    }
    await expect(page.locator('a[rel="next"]')).toHaveCount(0);
    await page.locator('a[rel="prev"]').click();
    await expect(page).toHaveURL(new RegExp(`/${prefix}discussion/$`));
  });

test('on a phone the sections fold into a menu that opens', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('');
  const menu = page.locator('.nav-disclosure');
  await expect(menu.getByRole('link', { name: 'Clinical case' })).toBeHidden();
  await menu.locator('summary').click();
  await menu.getByRole('link', { name: 'Clinical case' }).click();
  await expect(page).toHaveURL(/\/clinical-case\/$/);
});

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('clinical-case/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main-content$/);
});

test('the page fits a 320 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of ['', 'clinical-case/', 'es/references/', 'parallel/discussion/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
