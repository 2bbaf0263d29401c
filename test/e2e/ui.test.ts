// UI tests of the installed extension in a real VS Code 1.139 workbench (code-server from .vscode-test/) driven by
// playwright-core and Debian's Chromium. Runs in Node (mocha + tsx), not in the extension host:
//   npx mocha --no-config --require tsx/cjs --timeout 300000 test/e2e/ui.test.ts
// Needs `node scripts/build.mjs` (dist/client.js, dist/server.js) and scripts/vscode-test/setup.sh; when setup is
// missing the tests are reported as pending ("not run"), and fail in CI (the CI environment variable). Saves hover.png,
// problems.png, search.png, hover-pdf.png (1280×800) in test-results/screenshots/ (ignored by git); `npm run
// screenshots` runs it with GROUNDED_SCREENSHOTS=images to refresh the README's pictures on purpose.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  installExtensionCopy, launchChromium, missingPrerequisite, startCodeServer, tail, workbenchUrl,
  type CodeServer,
} from '../../scripts/vscode-test/code-server.mjs';
import { inCI } from '../prerequisites';
import { readExpectations, wholeAt, type Expectation } from './expectations';

const ROOT = path.resolve(__dirname, '..', '..');
/** Where the screenshots go: the README's images/ only when asked (npm run screenshots), else an ignored folder. */
const IMAGES = path.resolve(ROOT, process.env.GROUNDED_SCREENSHOTS || path.join('test-results', 'screenshots'));
/** The themes whose token colours are checked: the default dark and light themes of VS Code 1.139's theme-defaults. */
const THEMES = ['Dark Modern', 'Light Modern', 'Dark 2026', 'Light 2026'];
const NOTE = 'notes/analysis.md';
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

interface Found extends Expectation {
  /** 1-based line in the note. */
  lineNo: number;
}

/** The expectations of a kind that are in the note, located by searching the note (the tsv's line as a hint). */
function findInNote(note: string, kind: string): Found[] {
  const lines = note.split(/\r?\n/);
  return readExpectations(path.join(ROOT, 'test', 'fixtures', 'example-expect.tsv'))
    .filter((e) => e.expect === kind)
    .flatMap((e) => {
      const hits = lines.flatMap((l, i) => (wholeAt(l, e.text) >= 0 ? [i + 1] : []));
      if (hits.length === 0) return [];
      const lineNo = e.line !== undefined && hits.includes(e.line) ? e.line : hits.length === 1 ? hits[0] : undefined;
      return lineNo === undefined ? [] : [{ ...e, lineNo }];
    });
}

async function poll<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs: number, last?: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `; ${last()}` : ''}`);
    await sleep(300);
  }
}

/** Screen rectangle of `text` inside the line of the visible editor that contains it. */
async function textBox(page: Page, text: string) {
  return page.evaluate((t) => {
    // Runs in the page; the test's tsconfig has no DOM types, hence the loose typing.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const document = (globalThis as any).document;
    const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    for (const line of Array.from(document.querySelectorAll('.editor-instance .view-lines .view-line')) as any[]) {
      const content = line.textContent?.replace(/\u00a0/g, ' ') ?? '';
      const at = content.indexOf(t);
      if (at < 0) continue;
      // Walk the text nodes to the offset of the figure and measure it.
      const walker = document.createTreeWalker(line, SHOW_TEXT);
      let offset = 0;
      const range = document.createRange();
      let started = false;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent?.length ?? 0;
        if (!started && at < offset + len) { range.setStart(n, at - offset); started = true; }
        if (started && at + t.length <= offset + len) { range.setEnd(n, at + t.length - offset); break; }
        offset += len;
      }
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return undefined;
  }, text);
}

async function runCommand(page: Page, title: string) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  await row.click();
}

/** Switches the colour theme as a user does: F1 › Preferences: Color Theme › the theme's name (the settings file is not watched). */
async function setTheme(page: Page, theme: string) {
  await runCommand(page, 'Preferences: Color Theme');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(theme);
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: theme }).first();
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  await row.click();
}

/**
 * After opening a source from the note: the source's tab is active and the status bar counts a selection
 * ("Ln 10, Col 71 (8 selected)"); then back to the note.
 */
async function expectSourceSelected(page: Page, how: string) {
  let tab = '';
  let sel = '';
  await poll(`${how}: the source open with words selected`, async () => {
    tab = (await page.locator('.tabs-container .tab.active').first().innerText()).trim();
    sel = (await page.locator('.statusbar-item').filter({ hasText: /Ln \d+, Col \d+/ }).first().innerText()).trim();
    return !tab.includes('analysis.md') && /\(\d+ selected\)/.test(sel) ? true : undefined;
  }, 30_000, () => `active tab ${JSON.stringify(tab)}, selection ${JSON.stringify(sel)}`);
  await page.locator('.tabs-container .tab').filter({ hasText: 'analysis.md' }).first().click();
  await page.locator('.tabs-container .tab.active').filter({ hasText: 'analysis.md' }).waitFor({ timeout: 10_000 });
}

/** The theme files of VS Code's theme-defaults, by theme id: the workbench's classes name the one applied. */
const THEME_FILES: Record<string, string> = { 'Dark Modern': 'dark_modern', 'Light Modern': 'light_modern', 'Dark 2026': '2026-dark', 'Light 2026': '2026-light' };

/** Is `theme` the one applied? The workbench's classes hold its base (vs-dark or vs) and its file ("…-dark_modern-json"). */
function themeApplied(classes: string | undefined, theme: string): boolean {
  if (!classes) return false;
  const base = /dark/i.test(theme) ? /\bvs-dark\b/.test(classes) : /\bvs\b/.test(classes) && !/\bvs-dark\b/.test(classes);
  const named = /themes-/.test(classes);
  return base && (!named || classes.includes(`-${THEME_FILES[theme]}-json`));
}

/**
 * The rendered colour of the token that holds `token` on the visible line that holds `lineText`. (No named
 * functions inside: tsx would wrap them in a helper the page does not have.)
 */
async function tokenColour(page: Page, lineText: string, token: string): Promise<string | undefined> {
  return page.evaluate(([l, t]) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const g = globalThis as any;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    for (const line of Array.from(g.document.querySelectorAll('.editor-instance .view-lines .view-line')) as any[]) {
      if (!String(line.textContent ?? '').replace(/\u00a0/g, ' ').includes(l)) continue;
      for (const span of Array.from(line.querySelectorAll('span span')) as any[]) { // eslint-disable-line @typescript-eslint/no-explicit-any
        if (String(span.textContent ?? '').replace(/\u00a0/g, ' ').includes(t)) return g.getComputedStyle(span).color as string;
      }
      return undefined;
    }
    return undefined;
  }, [lineText, token] as const);
}

describe('Grounded UI in VS Code 1.139 (code-server + Chromium)', function () {
  this.timeout(240_000);

  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let tmp: string;
  let workspace: string;
  let note: string;

  before(async function () {
    const why = missingPrerequisite();
    if (why) {
      // in CI a missing prerequisite fails the run; locally the suite is reported as not run
      if (inCI()) throw new Error(`prerequisite missing in CI: ${why}`);
      console.log(`    not run: ${why}`);
      this.skip();
    }
    for (const f of ['dist/client.js', 'dist/server.js']) {
      assert.ok(fs.existsSync(path.join(ROOT, f)), `${f} is missing: run "node scripts/build.mjs" first`);
    }
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-ui-'));
    workspace = path.join(tmp, 'examples');
    fs.cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
    note = fs.readFileSync(path.join(workspace, NOTE), 'utf8');
    const extDir = installExtensionCopy(path.join(tmp, 'ext'));
    assert.ok(fs.existsSync(path.join(extDir, 'dist', 'server.js')));
    server = await startCodeServer({ workspace, tmpDir: tmp, extensionsDir: path.join(tmp, 'ext'), smokeTestDriver: false, settings: { 'workbench.colorTheme': THEMES[0] } });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    await page.goto(workbenchUrl(server, workspace), { timeout: 120_000 }); // a busy machine loads the workbench slowly
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    fs.mkdirSync(IMAGES, { recursive: true });
  });

  after(async function () {
    await browser?.close().catch(() => undefined);
    server?.stop();
    const failed = this.test?.parent?.tests.some((t) => t.state === 'failed');
    if (failed && server) {
      console.log(`    code-server log (${server.logFile}):\n${tail(server.logFile, 30)}`);
    } else if (tmp && process.env.GROUNDED_E2E_KEEP !== '1') {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      const f = path.join(tmp, `failed-${this.currentTest.title.replace(/\W+/g, '-')}.png`);
      await page.screenshot({ path: f }).catch(() => undefined);
      console.log(`    screenshot of the failure: ${f}`);
    }
  });

  it('opens notes/analysis.md from the explorer', async () => {
    const notes = page.getByRole('treeitem', { name: 'notes', exact: true });
    await notes.waitFor({ state: 'visible', timeout: 30_000 });
    const file = page.getByRole('treeitem', { name: 'analysis.md', exact: true });
    if (!(await file.isVisible())) await notes.click();
    await file.waitFor({ state: 'visible', timeout: 30_000 });
    await file.click();
    const firstLine = note.split(/\r?\n/).find((l) => l.trim())!.replace(/^#+\s*/, '').slice(0, 20);
    await page.locator('.editor-instance .view-lines').filter({ hasText: firstLine }).waitFor({ timeout: 20_000 });
    await page.locator('.tabs-container .tab').filter({ hasText: 'analysis.md' }).waitFor({ timeout: 5_000 });
  });

  it('hover on a contradicted figure: the verdict, both values side by side, one link, all in view (hover.png)', async () => {
    // the last contradicted figure in the first screen of the note: room above it for the whole hover
    const fig = findInNote(note, 'contradicted').filter((f) => f.lineNo <= 24).at(-1);
    assert.ok(fig, 'no contradicted figure of the tsv in the first lines of the note');
    const hover = page.locator('.monaco-hover-content').first();
    let last = '';
    await poll(`a hover on "${fig.text}" that says Contradicted`, async () => {
      const box = await textBox(page, fig.text);
      if (!box) return undefined;
      await page.mouse.move(box.x + box.width / 2, 5); // away, then back: re-triggers the hover
      await sleep(150);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await hover.waitFor({ state: 'visible', timeout: 4_000 });
      await sleep(400); // let "Loading..." resolve
      last = (await hover.innerText()).trim();
      return last.includes('Contradicted') && last.includes('open line') ? true : undefined;
    }, 45_000, () => `last hover: ${JSON.stringify(last.slice(0, 300))}`);
    // the note's value and the source's side by side on one row; one link, not cut off
    const valueRow = last.split('\n').find((l) => l.startsWith('value'));
    assert.ok(valueRow?.includes(fig.text), `value row: ${JSON.stringify(valueRow)} in ${last}`);
    const links = hover.locator('a', { hasText: /^open line / });
    assert.equal(await links.count(), 1, last);
    const [h, l] = [await hover.boundingBox(), await links.first().boundingBox()];
    assert.ok(h && l && l.y >= h.y && l.y + l.height <= h.y + h.height + 1, `the link is cut off: hover ${JSON.stringify(h)}, link ${JSON.stringify(l)}`);
    await page.screenshot({ path: path.join(IMAGES, 'hover.png') });
    // its link opens the source with the figure's words selected, as F12 and Search Sources do
    await links.first().click();
    await expectSourceSelected(page, 'the hover link');
  });

  it('lists the figure mismatch in the Problems panel (problems.png)', async () => {
    await page.mouse.move(640, 790);
    await page.keyboard.press('Escape');
    const fig = findInNote(note, 'contradicted')[0];
    assert.ok(fig, 'no contradicted figure of the tsv in the note');
    await runCommand(page, 'View: Focus Problems');
    const rows = page.locator('.markers-panel .monaco-list-row');
    let texts: string[] = [];
    await poll(`a Problems row with figure-mismatch on line ${fig.lineNo}`, async () => {
      texts = await rows.allInnerTexts();
      return texts.some((t) => t.includes('figure-mismatch') && t.includes(`Ln ${fig.lineNo},`)) ? true : undefined;
    }, 45_000, () => `rows: ${JSON.stringify(texts.slice(0, 12))}`);
    await page.screenshot({ path: path.join(IMAGES, 'problems.png') });
  });

  it('"Grounded: Search Sources" from F1 finds H100 (search.png)', async () => {
    await runCommand(page, 'Grounded: Search Sources');
    // Wait for the extension's quick pick itself (titled), not the closing command palette.
    await page.locator('.quick-input-widget .quick-input-title').filter({ hasText: 'Search Sources' })
      .waitFor({ state: 'visible', timeout: 15_000 });
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 5_000 });
    await input.click();
    await input.pressSequentially('H100', { delay: 50 });
    assert.equal(await input.inputValue(), 'H100', 'the query did not reach the Search Sources input');
    const first = page.locator('.quick-input-list .monaco-list-row').first();
    let text = '';
    await poll('a first search result mentioning H100', async () => {
      text = await first.innerText();
      return text.includes('H100') ? true : undefined;
    }, 30_000, () => `first row: ${JSON.stringify(text)}`);
    await page.screenshot({ path: path.join(IMAGES, 'search.png') });
    await page.keyboard.press('Enter');
    await expectSourceSelected(page, 'a Search Sources result');
  });

  it('the status bar says where the figures are: "N figures in M sources"', async () => {
    const item = page.locator('.statusbar-item').filter({ hasText: 'Grounded' }).first();
    let text = '';
    await poll('the Grounded status bar item with its counts', async () => {
      text = (await item.innerText()).trim();
      return /Grounded: \d[\d,]* figures? in \d+ sources?/.test(text) ? true : undefined;
    }, 20_000, () => `status bar: ${JSON.stringify(text)}`);
  });

  for (const theme of THEMES) {
    it(`citations and figures in words are coloured in ${theme}`, async () => {
      await page.keyboard.press('Escape');
      if (theme === THEMES[0]) await runCommand(page, 'View: Hide Panel').catch(() => undefined); // room for the note's lines
      await setTheme(page, theme);
      // (wrapped lines are several view lines: each token is looked up by a needle on its own view line)
      const plain = note.split(/\r?\n/).find((l) => l.includes('[@001]'))!.split(/\s+/).slice(0, 2).join(' ');
      const words = findInNote(note, 'supported').find((f) => /^[a-z ]+$/.test(f.text) && / /.test(f.text));
      assert.ok(words, 'no figure in words of the tsv in the note');
      const digits = findInNote(note, 'supported').find((f) => /^[\d,]+$/.test(f.text) && f.text.length > 3)!;
      let c: Record<string, string | undefined> = {};
      await poll(`token colours in ${theme}`, async () => {
        c = {
          text: await tokenColour(page, plain, plain),
          key: await tokenColour(page, '[@001]', '001'),
          at: await tokenColour(page, '[@001]', '@'),
          words: await tokenColour(page, words.text, words.text),
          digits: await tokenColour(page, digits.text, digits.text),
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          theme: await page.evaluate(() => (globalThis as any).document.querySelector('.monaco-workbench')?.className as string),
        };
        // the theme is applied, and every token repainted with it (one poll may catch the repaint half done)
        return themeApplied(c.theme, theme) && c.key && c.key === c.at && c.key !== c.text && c.words && c.words === c.digits && c.words !== c.text ? true : undefined;
      }, 30_000, () => JSON.stringify(c));
      assert.notEqual(c.key, c.text, `the key of [@001] has the text's colour: ${JSON.stringify(c)}`);
      assert.equal(c.at, c.key, 'the @ is coloured with its key');
      assert.equal(c.words, c.digits, `"${words.text}" is coloured as a figure like "${digits.text}": ${JSON.stringify(c)}`);
      assert.notEqual(c.words, c.text);
      if (theme === THEMES[1]) await page.screenshot({ path: path.join(IMAGES, 'citations-light.png') });
    });
  }

  // last: it opens notes/grid.md, and the tests before it read notes/analysis.md on screen
  it('hover on a figure of a PDF names its page (hover-pdf.png)', async () => {
    await page.keyboard.press('Escape');
    const notes = page.getByRole('treeitem', { name: 'notes', exact: true });
    const file = page.getByRole('treeitem', { name: 'grid.md', exact: true });
    if (!(await file.isVisible())) await notes.click();
    await file.waitFor({ state: 'visible', timeout: 10_000 });
    await file.click();
    await page.locator('.tabs-container .tab').filter({ hasText: 'grid.md' }).waitFor({ timeout: 10_000 });
    const hover = page.locator('.monaco-hover-content').first();
    let last = '';
    await poll('a hover on "520 hours" naming p. 2 of the PDF', async () => {
      const box = await textBox(page, '520 hours');
      if (!box) return undefined;
      await page.mouse.move(box.x + box.width / 2, 5);
      await sleep(150);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await hover.waitFor({ state: 'visible', timeout: 4_000 });
      await sleep(400);
      last = (await hover.innerText()).trim();
      return /Contradicted/.test(last) && /p\. 2/.test(last) ? true : undefined;
    }, 60_000, () => `last hover: ${JSON.stringify(last.slice(0, 300))}`);
    await page.screenshot({ path: path.join(IMAGES, 'hover-pdf.png') });
  });

});
