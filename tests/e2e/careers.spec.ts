import { readFileSync } from 'node:fs';
import { test, expect, content, checkedDay } from './fixtures';
import type { Page } from '@playwright/test';

const careers = content('careers.json');
const sourceA = careers.sources[0];
const sourceB = careers.sources[1];
const jobsSource = careers.sources.find((s: any) => s.id === careers.jobs.source);
const words = careers.page;

/** The column of charts that belongs to one source, found by its heading. */
const column = (page: Page, source: any) => page.getByRole('region', { name: source.name, exact: true });
/** A chart figure; its accessible name is the source's name, then the chart title. */
const chart = (page: Page, source: any, title: RegExp) =>
  page.getByRole('figure', { name: new RegExp(`^${escape(source.name)} ${title.source}`) });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const bars = (figure: ReturnType<Page['getByRole']>) => figure.getByRole('group').getByRole('img');

test('the region switch changes the bars and lives in the URL', async ({ page }) => {
  await page.goto('/careers');
  const survey = chart(page, sourceB, /Median yearly pay in US dollars/);
  await expect(bars(survey)).toHaveCount(9);
  await expect(page.getByRole('radio', { name: 'All regions' })).toBeChecked();

  await page.getByRole('radio', { name: 'India' }).check();
  await expect(page).toHaveURL(/\/careers\?region=in$/);
  await expect(bars(survey)).toHaveCount(3);
  await expect(bars(survey).first()).toHaveAccessibleName('Backend developer, India: $20,386 median (n=219)');
  // Source A's India figure is in rupees: its own chart, never on the dollar scale.
  const rupees = chart(page, sourceA, /Average yearly pay in Indian rupees/);
  await expect(bars(rupees)).toHaveCount(1);
  await expect(bars(rupees).first()).toHaveAccessibleName(/₹5 lakh per year average/);
  await expect(column(page, sourceA)).toContainText('LPA = lakh per annum; 1 lakh = 1,00,000 rupees');
  await expect(chart(page, sourceA, /Average yearly pay in US dollars/)).toHaveCount(0);

  await page.getByRole('radio', { name: 'United States' }).check();
  await expect(page).toHaveURL(/\/careers\?region=us$/);
  await expect(bars(survey).first()).toHaveAccessibleName('Backend developer, United States: $170,000 median (n=776)');
  await expect(survey.getByRole('group')).toHaveAccessibleName(
    'Bar chart, Median yearly pay in US dollars: 3 figures; highest $170,000 (Backend developer, United States), lowest $130,000 (Full-stack developer, United States)',
  );
  const payscale = chart(page, sourceA, /Average yearly pay in US dollars/);
  await expect(bars(payscale)).toHaveCount(3);
  await expect(payscale).toContainText('$87K–$100K');

  // A shared link opens on the same region.
  await page.reload();
  await expect(page.getByRole('radio', { name: 'United States' })).toBeChecked();
  await expect(bars(survey)).toHaveCount(3);
});

test('each chart names its source, when and statistic beside it', async ({ page }) => {
  await page.goto('/careers');
  for (const source of [sourceA, sourceB]) {
    const col = column(page, source);
    await expect(col.getByRole('heading', { level: 3, name: source.name })).toBeVisible();
    await expect(col).toContainText(source.detail);
    const captions = col.locator('figcaption');
    await expect(captions.first()).toBeVisible();
    for (const caption of await captions.all()) {
      await expect(caption).toContainText(`Source: ${source.name}`);
      await expect(caption).toContainText(`; ${source.when}.`);
      await expect(caption).toContainText(`Statistic: ${source.statistic}`);
      // The article's year is not Payscale's data year (issue 15).
      await expect(caption).not.toContainText('Year:');
    }
  }
  // Job counts come from the portals, not from Payscale (issue 15).
  const jobs = page.getByRole('figure', { name: /Open backend job listings/ });
  await expect(jobs.locator('figcaption')).toContainText(`Source: ${jobsSource.name}`);
  await expect(jobs.locator('figcaption')).not.toContainText('Payscale');
  await expect(jobs).toContainText('more than 20,000');
  await expect(jobs).toContainText('about 1,15,000 (1.15 lakh)');
  // The job portals give no pay, so they get no salary column.
  await expect(column(page, jobsSource)).toHaveCount(0);
});

test('the reported range is labelled as a range, not an average', async ({ page }) => {
  await page.goto('/careers?region=us');
  const payscale = chart(page, sourceA, /Average yearly pay in US dollars/);
  await expect(bars(payscale).nth(2)).toHaveAccessibleName(
    `Backend developer, United States, 2–6 years: $87K–$100K ${words.charts.statistics.range}`,
  );
  await expect(payscale.locator('figcaption')).toContainText(words.charts.range_note);
});

test('the roles are defined and the two sources explained next to the charts', async ({ page }) => {
  await page.goto('/careers');
  const pay = page.getByRole('region', { name: words.pay.heading });
  await expect(pay.getByRole('heading', { level: 3, name: words.pay.roles_heading })).toBeVisible();
  for (const role of careers.roles) {
    await expect(pay.getByRole('definition').filter({ hasText: role.definition })).toBeVisible();
  }
  const explainer = page.getByRole('region', { name: words.sources_explainer.heading });
  await expect(explainer).toContainText(words.sources_explainer.intro);
  for (const item of words.sources_explainer.items) {
    await expect(explainer.getByText(item.title, { exact: true })).toBeVisible();
  }
  // It comes right after the salary section, before what moves pay.
  const order = await page.locator('.bg-careers > section > h2').allTextContents();
  expect(order.slice(0, 3)).toEqual([words.pay.heading, words.sources_explainer.heading, careers.pay_factors.heading]);
});

test('the table view shows the same numbers as the chart', async ({ page }) => {
  await page.goto('/careers?region=us');
  const survey = chart(page, sourceB, /Median yearly pay in US dollars/);
  const toggle = survey.getByRole('button', { name: 'Show table' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(survey.getByRole('table')).toBeHidden();
  await toggle.click();
  await expect(survey.getByRole('button', { name: 'Hide table' })).toHaveAttribute('aria-expanded', 'true');
  const table = survey.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Yearly pay (median)' })).toBeVisible();

  const chartValues = await survey.locator('svg text.bg-chart__value').allTextContents();
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(chartValues.length + 1);
  const tableValues = await rows.evaluateAll((trs) => trs.slice(1).map((tr) => tr.children[2].textContent));
  expect(tableValues).toEqual(chartValues);
  expect(tableValues).toEqual(['$170,000', '$135,000', '$130,000']);
  await expect(table.getByRole('rowheader', { name: 'Backend developer' })).toBeVisible();
  await expect(table.getByRole('row', { name: /Backend developer.*776/ })).toBeVisible();
});

test('a chart downloads its figures as CSV and JSON', async ({ page }) => {
  await page.goto('/careers?region=us');
  const survey = chart(page, sourceB, /Median yearly pay in US dollars/);

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    survey.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe('salaries-source-b-usd-us.csv');
  const csv = readFileSync((await csvDownload.path())!, 'utf8').trim().split(/\r\n/);
  expect(csv[0]).toBe('source,source_name,publisher,when,year,statistic,currency,region,role,experience,value,low,high,n');
  expect(csv).toHaveLength(4);
  expect(csv[1]).toBe(
    'source-b,Stack Overflow Developer Survey 2024,Stack Overflow,survey year 2024,2024,median,USD,United States,Backend developer,,170000,,,776',
  );

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    survey.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const rows = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8'));
  const expected = careers.salaries.filter((s: any) => s.source === 'source-b' && s.region === 'us');
  expect(rows.map((r: any) => [r.value, r.n])).toEqual(expected.map((s: any) => [s.value, s.n]));

  const jobs = page.getByRole('figure', { name: /Open backend job listings/ });
  const [jobsDownload] = await Promise.all([
    page.waitForEvent('download'),
    jobs.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const jobsCsv = readFileSync((await jobsDownload.path())!, 'utf8');
  // The note holds a comma, so it must be quoted to keep its column.
  expect(jobsCsv).toContain(`Naukri.com,India,about,115000,"${careers.jobs.listings[2].note}"`);
  // Each row credits the portals (their name has commas, so it is quoted).
  expect(jobsCsv.split('\r\n')[1]).toMatch(/^job-portals,"Job portals: Indeed, LinkedIn and Naukri.com",/);
});

test('keyboard focus on a bar reveals its exact value', async ({ page }) => {
  await page.goto('/careers?region=all');
  const survey = chart(page, sourceB, /Median yearly pay in US dollars/);
  const tooltip = survey.getByRole('tooltip');
  await expect(tooltip).toBeHidden();
  // Tab from the switch into the charts until a survey bar has focus.
  await page.getByRole('radio', { name: 'All regions' }).focus();
  const target = 'Full-stack developer, All respondents (worldwide): $63,332.50 median (n=8,276)';
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    if (name === target) break;
  }
  await expect(bars(survey).last()).toBeFocused();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toHaveText(target);
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();

  // Hover shows the same tooltip.
  await bars(survey).first().hover();
  await expect(tooltip).toHaveText('Backend developer, United States: $170,000 median (n=776)');
  // The pointer can move onto the tooltip without it vanishing (WCAG 1.4.13).
  const box = (await tooltip.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  await page.waitForTimeout(600);
  await expect(tooltip).toBeVisible();
  await page.mouse.move(1, 1);
  await expect(tooltip).toBeHidden();
});

test('the "This is me" self-check counts and survives a reload', async ({ page }) => {
  await page.goto('/careers');
  const total = careers.responsibilities.length;
  await expect(page.getByText(`0 of ${total} describe you`)).toBeVisible();
  for (const group of careers.groups) {
    await expect(page.getByRole('heading', { level: 3, name: group.name })).toBeVisible();
  }
  const [first, second] = careers.responsibilities;
  // Each item opens to its explanation.
  await expect(page.getByText(first.text)).toBeHidden();
  await page.getByText(first.title, { exact: true }).click();
  await expect(page.getByText(first.text)).toBeVisible();

  await page.getByRole('checkbox', { name: `This is me: ${first.title}` }).check();
  await page.getByRole('checkbox', { name: `This is me: ${second.title}` }).check();
  await expect(page.getByText(`2 of ${total} describe you`)).toBeVisible();
  await page.reload();
  await expect(page.getByText(`2 of ${total} describe you`)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: `This is me: ${first.title}` })).toBeChecked();
  await page.getByRole('checkbox', { name: `This is me: ${first.title}` }).uncheck();
  await expect(page.getByText(`1 of ${total} describe you`)).toBeVisible();
});

test('the page words come from careers.json', async ({ page }) => {
  await page.goto('/careers');
  for (const heading of [words.pay.heading, words.jobs.heading, words.duties.heading]) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText(words.jobs.intro)).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText(`${content('site.json').checked_label} ${checkedDay('careers.json')}`);
});

test('what moves pay is explained', async ({ page }) => {
  await page.goto('/careers');
  const note = page.getByRole('region', { name: careers.pay_factors.heading });
  await expect(note.getByRole('heading', { level: 2 })).toHaveText(careers.pay_factors.heading);
  for (const item of careers.pay_factors.items) {
    await expect(note.getByText(item.title, { exact: true })).toBeVisible();
    await expect(note.getByText(item.text)).toBeVisible();
  }
});

test.describe('a broken careers.json', () => {
  // The app keeps the page it cannot take over, so tests do not wait for it.
  test.use({ waitForApp: false });

  test('names the path and keeps the readable page', async ({ page }) => {
    const broken = structuredClone(careers);
    broken.salaries[2].low = 120000;
    await page.route('**/content/careers.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) }),
    );
    await page.goto('/careers');
    const notice = page.getByRole('status').filter({ hasText: 'salaries[2].low' });
    await expect(notice).toContainText('careers.json');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: words.pay.heading })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('built with --public-url /guide/', () => {
  const subPort = Number(process.env.BG_SUB_PORT ?? 18432);
  test.use({ baseURL: `http://127.0.0.1:${subPort}` });

  test('the region switch keeps the base path and the loaded content', async ({ page }) => {
    let fetches = 0;
    page.on('request', (r) => r.url().endsWith('/content/careers.json') && fetches++);
    await page.goto('/guide/careers');
    const survey = chart(page, sourceB, /Median yearly pay in US dollars/);
    await expect(bars(survey)).toHaveCount(9);
    await page.getByRole('radio', { name: 'India' }).check();
    await expect(page).toHaveURL(/\/guide\/careers\?region=in$/);
    await expect(bars(survey)).toHaveCount(3);
    expect(fetches).toBe(1);
  });
});
