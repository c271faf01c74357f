import { readFileSync } from 'node:fs';
import {
  test, expect, content, checkedDay, jobCount, salaryLabel, salaryText, western, watchTimers, markTimers, timersDone,
} from './fixtures';
import type { Page } from '@playwright/test';

// Every figure expected here is worked out from careers.json, so a yearly
// update of the salaries changes what is expected, not whether tests pass.
const careers = content('careers.json');
const words = careers.page;
const jobsSource = careers.sources.find((s: any) => s.id === careers.jobs.source);
const hasRows = (source: any, test: (row: any) => boolean) =>
  careers.salaries.some((r: any) => r.source === source.id && test(r));
/** The survey: the pay source that gives sample sizes. */
const survey = careers.sources.find((s: any) => s.statistic && hasRows(s, (r) => r.n != null));
/** The source that reports rupees, a range and rounded figures (Payscale). */
const rupeeSource = careers.sources.find((s: any) => s.statistic && hasRows(s, (r) => r.currency === 'INR'));
/** The region of the rupee figures, and another region the switch offers. */
const india = careers.regions.find((r: any) => r.id === careers.salaries.find((s: any) => s.currency === 'INR').region);
const sources = (region: any) => new Set(careers.salaries.filter((s: any) => s.region === region.id).map((s: any) => s.source));
const regionOptions = careers.regions.filter((r: any) => sources(r).size > 1);
const other = regionOptions.find((r: any) => r.id !== india.id);

const currencyName: Record<string, string> = { USD: 'US dollars', INR: 'Indian rupees' };
const titleOf = (source: any, currency: string) =>
  words.charts.salary_title[source.statistic].replace('{currency}', currencyName[currency]);
/** The rows of one chart in its order: region by region as listed, each as in the file. */
const rowsOf = (source: any, currency: string, region?: string) =>
  careers.regions
    .filter((r: any) => !region || r.id === region)
    .flatMap((r: any) =>
      careers.salaries.filter((s: any) => s.source === source.id && s.currency === currency && s.region === r.id),
    );
const roleName = (id: string) => careers.roles.find((r: any) => r.id === id).name;
const regionName = (id: string) => careers.regions.find((r: any) => r.id === id).name;

/** The sentence a chart's group of bars is named by, with its highest and lowest figures. */
function summary(source: any, currency: string, region?: string) {
  const rows = rowsOf(source, currency, region).map((r: any) => ({
    name: `${roleName(r.role)}, ${regionName(r.region)}`,
    high: r.high ?? r.value,
    text: salaryText(careers, r),
  }));
  let text = `Bar chart, ${titleOf(source, currency)}: ${rows.length === 1 ? '1 figure' : `${rows.length} figures`}`;
  if (rows.length > 1) {
    const highest = rows.reduce((a: any, b: any) => (b.high >= a.high ? b : a));
    const lowest = rows.reduce((a: any, b: any) => (b.high < a.high ? b : a));
    text += `; highest ${highest.text} (${highest.name}), lowest ${lowest.text} (${lowest.name})`;
  }
  return text;
}

/** A CSV line as the downloads write it: a field with a comma or quote is quoted. */
const csvLine = (fields: unknown[]) =>
  fields
    .map((f) => String(f ?? ''))
    .map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f))
    .join(',');

/** The column of charts that belongs to one source, found by its heading. */
const column = (page: Page, source: any) => page.getByRole('region', { name: source.name, exact: true });
/** A chart figure; its accessible name is the source's name, then the chart title. */
const chart = (page: Page, source: any, currency: string) =>
  page.getByRole('figure', { name: new RegExp(`^${escape(source.name)} ${escape(titleOf(source, currency))}`) });
const jobsChart = (page: Page) =>
  page.getByRole('figure', { name: new RegExp(escape(words.charts.jobs_title.replace('{when}', jobsSource.when))) });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const bars = (figure: ReturnType<Page['getByRole']>) => figure.getByRole('group').getByRole('img');

test('the content has the cases these tests need', () => {
  expect(survey, 'a source with sample sizes').toBeTruthy();
  expect(rupeeSource, 'a source with rupee figures').toBeTruthy();
  expect(regionOptions.map((r: any) => r.id)).toContain(india.id);
  expect(other, 'a second region both sources cover').toBeTruthy();
  expect(careers.salaries.some((s: any) => s.statistic === 'range' && s.region === other.id), 'a reported range').toBe(true);
  expect(careers.jobs.listings.some((l: any) => l.note?.includes(',')), 'a job note with a comma').toBe(true);
});

test('the region switch changes the bars and lives in the URL', async ({ page }) => {
  await page.goto('/careers');
  const surveyChart = chart(page, survey, 'USD');
  await expect(bars(surveyChart)).toHaveCount(rowsOf(survey, 'USD').length);
  await expect(page.getByRole('radio', { name: 'All regions' })).toBeChecked();

  await page.getByRole('radio', { name: india.name }).check();
  await expect(page).toHaveURL(new RegExp(`/careers\\?region=${india.id}$`));
  await expect(bars(surveyChart)).toHaveCount(rowsOf(survey, 'USD', india.id).length);
  await expect(bars(surveyChart).first()).toHaveAccessibleName(salaryLabel(careers, rowsOf(survey, 'USD', india.id)[0]));
  // The rupee figures get their own chart, never the dollar scale.
  const rupees = chart(page, rupeeSource, 'INR');
  const rupeeRows = rowsOf(rupeeSource, 'INR', india.id);
  await expect(bars(rupees)).toHaveCount(rupeeRows.length);
  await expect(bars(rupees).first()).toHaveAccessibleName(salaryLabel(careers, rupeeRows[0]));
  const lpa = words.pay.lpa_note;
  await expect(column(page, rupeeSource)).toContainText(`${lpa.term} = ${lpa.meaning}`);
  await expect(chart(page, rupeeSource, 'USD')).toHaveCount(rowsOf(rupeeSource, 'USD', india.id).length ? 1 : 0);

  await page.getByRole('radio', { name: other.name }).check();
  await expect(page).toHaveURL(new RegExp(`/careers\\?region=${other.id}$`));
  await expect(bars(surveyChart).first()).toHaveAccessibleName(salaryLabel(careers, rowsOf(survey, 'USD', other.id)[0]));
  await expect(surveyChart.getByRole('group')).toHaveAccessibleName(summary(survey, 'USD', other.id));
  const dollars = chart(page, rupeeSource, 'USD');
  await expect(bars(dollars)).toHaveCount(rowsOf(rupeeSource, 'USD', other.id).length);
  const range = careers.salaries.find((s: any) => s.statistic === 'range' && s.region === other.id);
  await expect(chart(page, careers.sources.find((s: any) => s.id === range.source), range.currency)).toContainText(
    salaryText(careers, range),
  );

  // A shared link opens on the same region.
  await page.reload();
  await expect(page.getByRole('radio', { name: other.name })).toBeChecked();
  await expect(bars(surveyChart)).toHaveCount(rowsOf(survey, 'USD', other.id).length);
});

test('each chart names its source, when and statistic beside it', async ({ page }) => {
  await page.goto('/careers');
  for (const source of careers.sources.filter((s: any) => s.statistic)) {
    const col = column(page, source);
    await expect(col.getByRole('heading', { level: 3, name: source.name })).toBeVisible();
    await expect(col).toContainText(source.detail);
    const captions = col.locator('figcaption');
    await expect(captions.first()).toBeVisible();
    for (const caption of await captions.all()) {
      await expect(caption).toContainText(`Source: ${source.name}`);
      await expect(caption).toContainText(`; ${source.when}.`);
      await expect(caption).toContainText(`Statistic: ${words.charts.statistics[source.statistic]}`);
      // The article's year is not Payscale's data year (issue 15).
      await expect(caption).not.toContainText('Year:');
    }
  }
  // Job counts come from the portals, not from a pay source (issue 15).
  const jobs = jobsChart(page);
  await expect(jobs.locator('figcaption')).toContainText(`Source: ${jobsSource.name}`);
  for (const source of careers.sources.filter((s: any) => s.statistic)) {
    await expect(jobs.locator('figcaption')).not.toContainText(source.name);
  }
  for (const listing of careers.jobs.listings) await expect(jobs).toContainText(jobCount(listing));
  // The job portals give no pay, so they get no salary column.
  await expect(column(page, jobsSource)).toHaveCount(0);
});

test('the reported range is labelled as a range, not an average', async ({ page }) => {
  const range = careers.salaries.find((s: any) => s.statistic === 'range');
  const source = careers.sources.find((s: any) => s.id === range.source);
  await page.goto(`/careers?region=${range.region}`);
  const figure = chart(page, source, range.currency);
  await expect(bars(figure).nth(rowsOf(source, range.currency, range.region).indexOf(range))).toHaveAccessibleName(
    salaryLabel(careers, range),
  );
  expect(salaryLabel(careers, range)).toContain(words.charts.statistics.range);
  await expect(figure.locator('figcaption')).toContainText(words.charts.range_note);
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
  await page.goto(`/careers?region=${other.id}`);
  const surveyChart = chart(page, survey, 'USD');
  const toggle = surveyChart.getByRole('button', { name: 'Show table' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(surveyChart.getByRole('table')).toBeHidden();
  await toggle.click();
  await expect(surveyChart.getByRole('button', { name: 'Hide table' })).toHaveAttribute('aria-expanded', 'true');
  const table = surveyChart.getByRole('table');
  await expect(
    table.getByRole('columnheader', {
      name: words.charts.salary_columns.pay.replace('{statistic}', words.charts.statistics[survey.statistic]),
    }),
  ).toBeVisible();

  const chartValues = await surveyChart.locator('svg text.bg-chart__value').allTextContents();
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(chartValues.length + 1);
  const tableValues = await rows.evaluateAll((trs) => trs.slice(1).map((tr) => tr.children[2].textContent));
  expect(tableValues).toEqual(chartValues);
  const expected = rowsOf(survey, 'USD', other.id);
  expect(tableValues).toEqual(expected.map((r: any) => salaryText(careers, r)));
  await expect(table.getByRole('rowheader', { name: roleName(expected[0].role) })).toBeVisible();
  await expect(
    table.getByRole('row', { name: new RegExp(`${escape(roleName(expected[0].role))}.*${western(expected[0].n)}`) }),
  ).toBeVisible();
});

test('a chart downloads its figures as CSV and JSON', async ({ page }) => {
  await page.goto(`/careers?region=${other.id}`);
  const surveyChart = chart(page, survey, 'USD');
  // The downloads hold the figures in the file's order.
  const expected = careers.salaries.filter((s: any) => s.source === survey.id && s.region === other.id);

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    surveyChart.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe(`salaries-${survey.id}-usd-${other.id}.csv`);
  const csv = readFileSync((await csvDownload.path())!, 'utf8').trim().split(/\r\n/);
  expect(csv[0]).toBe('source,source_name,publisher,when,year,statistic,currency,region,role,experience,value,low,high,n');
  expect(csv.slice(1)).toEqual(
    expected.map((s: any) =>
      csvLine([
        s.source, survey.name, survey.publisher, survey.when, s.year, s.statistic, s.currency,
        regionName(s.region), roleName(s.role), s.experience, s.value, s.low, s.high, s.n,
      ]),
    ),
  );

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    surveyChart.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const rows = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8'));
  expect(rows.map((r: any) => [r.value, r.n])).toEqual(expected.map((s: any) => [s.value, s.n]));

  const [jobsDownload] = await Promise.all([
    page.waitForEvent('download'),
    jobsChart(page).getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  // Each row credits the portals; a note or name with a comma is quoted to keep its column.
  const jobsCsv = readFileSync((await jobsDownload.path())!, 'utf8').trim().split('\r\n');
  expect(jobsCsv.slice(1)).toEqual(
    careers.jobs.listings.map((l: any) =>
      csvLine([
        careers.jobs.source, jobsSource.name, jobsSource.publisher, jobsSource.when, careers.jobs.year,
        l.portal, l.region, l.qualifier, l.count, l.note,
      ]),
    ),
  );
  expect(jobsCsv.some((line: string) => line.includes(`,"${careers.jobs.listings.find((l: any) => l.note?.includes(',')).note}"`))).toBe(true);
});

test('keyboard focus on a bar reveals its exact value', async ({ page }) => {
  await watchTimers(page);
  await page.goto('/careers?region=all');
  const surveyChart = chart(page, survey, 'USD');
  const all = rowsOf(survey, 'USD');
  const tooltip = surveyChart.getByRole('tooltip');
  await expect(tooltip).toBeHidden();
  // Tab from the switch into the charts until the last survey bar has focus.
  await page.getByRole('radio', { name: 'All regions' }).focus();
  const target = salaryLabel(careers, all.at(-1));
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    if (name === target) break;
  }
  await expect(bars(surveyChart).last()).toBeFocused();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toHaveText(target);
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();

  // Hover shows the same tooltip.
  await bars(surveyChart).first().hover();
  await expect(tooltip).toHaveText(salaryLabel(careers, all[0]));
  // The pointer can move onto the tooltip without it vanishing (WCAG 1.4.13):
  // once the delayed hide that leaving the bar starts is cancelled or has run, it is still there.
  const box = (await tooltip.boundingBox())!;
  await markTimers(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  await timersDone(page);
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
    // A range whose low end is above its high end.
    const i = careers.salaries.findIndex((s: any) => s.statistic === 'range');
    broken.salaries[i].low = broken.salaries[i].high + 1000;
    await page.route('**/content/careers.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) }),
    );
    await page.goto('/careers');
    const notice = page.getByRole('status').filter({ hasText: `salaries[${i}].low` });
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
    const surveyChart = chart(page, survey, 'USD');
    await expect(bars(surveyChart)).toHaveCount(rowsOf(survey, 'USD').length);
    await page.getByRole('radio', { name: india.name }).check();
    await expect(page).toHaveURL(new RegExp(`/guide/careers\\?region=${india.id}$`));
    await expect(bars(surveyChart)).toHaveCount(rowsOf(survey, 'USD', india.id).length);
    expect(fetches).toBe(1);
  });
});
