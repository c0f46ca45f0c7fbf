// Issue 10 in the real client: 汪珂吉 opens her checklist, taps 上传佐证 on 16.1 and uploads a PDF and a photo through
// the upload page; her card then lists both. 周敬军 (督查考核组) marks them 通过; 刘斌 exports the binder and the zip
// holds both files under the category / indicator / sub-criterion folders and in 目录.xlsx. The progress charts
// card is photographed (drawn by the renderer, or its text fallback where the renderer draws no charts).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBot } from './support/bot.mjs';
import { launchBrowser } from './support/browser.mjs';
import { PlaygroundChat } from './support/chat.mjs';
import { cardButton } from './support/checklist.mjs';
import { people } from './support/people.mjs';
import { startPlayground } from './support/playground.mjs';
import { screenshotDir } from './support/paths.mjs';

const owner = people.wangKeji;
const reviewer = people.zhouJingjun;
const exporter = people.liuBin;
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4000, 0x20)]);
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(4000, 0x42)]);

describe('evidence: upload from the checklist, review, binder, charts', { timeout: 300000 }, () => {
  let bot;
  let browser;
  before(async () => {
    bot = await startBot();
    browser = await launchBrowser({ viewport: { width: 1280, height: 1400 } });
  });
  after(async () => {
    await browser?.close();
    await bot?.stop();
  });

  async function inPlayground(user, t, steps) {
    const playground = await startPlayground({ botMessagesUrl: bot.messagesUrl, user });
    t.after(() => playground.stop());
    const page = await browser.newPage();
    t.after(() => page.close().catch(() => {}));
    // Action.OpenUrl buttons end in window.open; the address is noted so the test can open it in a tab it controls.
    await page.addInitScript(() => {
      window.e2eOpened = [];
      const open = window.open.bind(window);
      window.open = (url, ...rest) => {
        window.e2eOpened.push(String(url));
        return open(url, ...rest);
      };
    });
    try {
      await steps(await PlaygroundChat.open(page, playground.url), page);
    } catch (error) {
      const picture = await new PlaygroundChat(page).screenshot(`evidence-failed-${user.id.replace(/^29:e2e-/, '')}`).catch(() => 'none');
      error.message += `\n--- screenshot: ${picture}\n--- playground ---\n${playground.output()}\n--- bot ---\n${bot.output()}`;
      throw error;
    }
  }

  test(`${owner.name} uploads a PDF and a photo to 16.1 from her card and the card lists both`, async (t) => {
    await inPlayground(owner, t, async (chat, page) => {
      await chat.send('我的清单');
      const card = await chat.waitForCard([`我的清单 · ${owner.name}`, '16.1', '佐证文件：暂无']);
      const url = await openedBy(page, () => card.getByText('上传佐证', { exact: true }).first().click());
      assert.match(url, /\/upload\//);
      const upload = await browser.newPage();
      await upload.goto(url);
      await upload.setInputFiles('#files', [
        { name: '志愿者注册方案.pdf', mimeType: 'application/pdf', buffer: pdf },
        { name: '活动现场.jpg', mimeType: 'image/jpeg', buffer: jpeg },
      ]);
      await upload.getByRole('button', { name: '上传' }).click();
      await upload.getByText('已保存 2 个文件到 16.1').waitFor();
      await upload.screenshot({ path: join(screenshotDir, 'evidence-1-upload-page.png'), fullPage: true });
      await upload.close();

      await cardButton(card, '刷新').click();
      const refreshed = await chat.waitForCard(['佐证文件（2）：志愿者注册方案.pdf、活动现场.jpg']);
      await chat.screenshotOf(refreshed, 'evidence-2-owner-card-with-files');
    });
  });

  test(`${reviewer.name} marks 16.1 通过`, async (t) => {
    await inPlayground(reviewer, t, async (chat) => {
      await chat.send(`查看 ${owner.name} 的清单`);
      const card = await chat.waitForCard([`${owner.name} 的清单`, '佐证文件（2）']);
      const { status, body } = await chat.cardAction(() => cardButton(card, '通过').first().click());
      assert.equal(status, 200);
      assert.equal(body.type, 'application/vnd.microsoft.card.adaptive', JSON.stringify(body));
      const reviewed = await chat.waitForCard(['已将 16.1 的佐证标记为通过']);
      await chat.screenshotOf(reviewed, 'evidence-3-reviewed');
    });
  });

  test(`${exporter.name} exports the binder with both files in their folders and in 目录.xlsx, and sees the charts`, async (t) => {
    await inPlayground(exporter, t, async (chat, page) => {
      await chat.send('导出台账');
      const ledger = await chat.waitForCard(['台账导出']);
      const url = await openedBy(page, () => ledger.getByText('下载台账资料包（佐证文件 + 目录.xlsx）', { exact: true }).click());
      assert.match(url, /\/downloads\/[^/]+\.zip$/);
      const response = await fetch(url);
      assert.equal(response.status, 200);
      const work = mkdtempSync(join(tmpdir(), 'civilitybot-binder-'));
      t.after(() => rmSync(work, { recursive: true, force: true }));
      const zip = join(work, 'binder.zip');
      writeFileSync(zip, Buffer.from(await response.arrayBuffer()));
      const listing = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n');
      assert.ok(listing.some((name) => /^05 [^/]+\/16 学雷锋志愿服务队伍和志愿者注册\/16\.1\/16\.1-01-志愿者注册方案\.pdf$/.test(name)), listing.join('\n'));
      assert.ok(listing.some((name) => name.endsWith('/16.1/16.1-02-活动现场.jpg')), listing.join('\n'));
      execFileSync('unzip', ['-q', zip, '目录.xlsx', '-d', work]);
      const index = execFileSync('unzip', ['-p', join(work, '目录.xlsx')], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
      assert.ok(index.includes('志愿者注册方案.pdf') && index.includes('活动现场.jpg') && index.includes('通过'), '目录.xlsx lists both files, accepted');

      await chat.send('进度');
      const charts = await chat.waitForCard(['进度一览 · 全部']);
      const drawn = await charts.locator('svg, canvas').count();
      const fallback = await charts.getByText(/总体：已勾选/).count();
      t.diagnostic(drawn > 0 ? `the renderer drew ${drawn} chart element(s)` : 'the renderer drew no chart; the text fallback is shown');
      assert.ok(drawn > 0 || fallback > 0, 'either the charts or their text fallback are visible');
      await chat.screenshotOf(charts, 'evidence-4-progress-charts');
    });
  });
});

/** The address the page opened (window.open) when `act` ran. */
async function openedBy(page, act) {
  const before = await page.evaluate(() => window.e2eOpened.length);
  await act();
  await page.waitForFunction((count) => window.e2eOpened.length > count, before);
  return page.evaluate(() => window.e2eOpened.at(-1));
}
