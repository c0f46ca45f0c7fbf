// Issue 3 in the real client: the owner of item 16 ticks 16.1 in her checklist card in the Agents Playground, and
// the coordinator then sees item 16 done in his progress card and in her checklist. Two playgrounds (one per
// signed-in user) in front of the same running bot; the bot starts with an empty database.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startBot } from './support/bot.mjs';
import { launchBrowser } from './support/browser.mjs';
import { cardProblems, cardText } from './support/cards.mjs';
import { PlaygroundChat } from './support/chat.mjs';
import { cardButton, cardInputs, checklistItem } from './support/checklist.mjs';
import { people } from './support/people.mjs';
import { startPlayground } from './support/playground.mjs';

// Item 16 (volunteer service team) has one sub-criterion, 16.1 worth 2 points, owned by 汪珂吉 (团委).
const owner = people.wangKeji;
const coordinator = people.liuBin; // deputy director running daily scheduling: a default coordinator
const itemTitle = '学雷锋志愿服务队伍和志愿者注册';
const subCriterion = '16.1';
const evidenceNote = '团委志愿者注册台账（2023年11月）https://example.org/tw/16-1';
const lastChangedByOwner = new RegExp(`^最后修改：${owner.name} · \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$`);

// A tall window, so the page screenshots show more of the chat (card screenshots grow the window as needed).
const viewport = { width: 1280, height: 1400 };

describe('a responsible person ticks off a sub-criterion and the coordinator sees it', { timeout: 300000 }, () => {
  let bot;
  let browser;
  let saved = false;
  before(async () => {
    // Request lines in the bot's output (shown when a step fails) tell whether the playground's call arrived.
    bot = await startBot({ env: { 'Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics': 'Information' } });
    browser = await launchBrowser({ viewport });
  });
  after(async () => {
    await browser?.close();
    await bot?.stop();
  });

  /**
   * Runs `steps` in a playground signed in as `user` against the shared bot, stopped when the test ends. On a
   * failure the page is photographed and the error carries the bot's and the playground's output.
   */
  async function inPlayground(user, t, steps) {
    const playground = await startPlayground({ botMessagesUrl: bot.messagesUrl, user });
    t.after(() => playground.stop());
    const page = await browser.newPage();
    t.after(() => page.close().catch(() => {}));
    try {
      await steps(await PlaygroundChat.open(page, playground.url));
    } catch (error) {
      const picture = await new PlaygroundChat(page).screenshot(`checklist-failed-${user.id.replace(/^29:e2e-/, '')}`).catch(() => 'none');
      error.message += `\n--- screenshot: ${picture}\n--- playground ---\n${playground.output()}\n--- bot ---\n${bot.output()}`;
      throw error;
    }
  }

  test(`${owner.name} ticks ${subCriterion} with an evidence note and the card updates in place`, async (t) => {
    await inPlayground(owner, t, async (chat) => {
      await chat.send('我的清单');
      const card = await chat.waitForCard([`我的清单 · ${owner.name}`, subCriterion]);
      const item = checklistItem(card, subCriterion);
      assert.equal(await item.toggle.isChecked(), false, `${subCriterion} starts unticked (the bot starts with an empty database)`);
      assert.equal(await item.lastChange.innerText(), '尚未填写');
      await chat.screenshotOf(card, 'checklist-1-owner-before');

      // Mark the rendered card: the updated card must be this same element, while a reply posted as a new message
      // would come without the mark.
      await card.evaluate((element) => element.setAttribute('data-e2e-original', 'checklist'));
      await item.toggle.check();
      await item.evidence.fill(evidenceNote);
      const { request, status, body } = await chat.cardAction(() => cardButton(card, '保存').click());

      // The playground sent a real Action.Execute as an adaptiveCard/action invoke, with the card's inputs.
      assert.equal(request.name, 'adaptiveCard/action');
      assert.equal(request.value.action.type, 'Action.Execute');
      assert.equal(request.value.action.verb, 'checklist.save');
      assert.equal(request.value.action.data[`done:${subCriterion}`], 'true');
      assert.equal(request.value.action.data[`evidence:${subCriterion}`], evidenceNote);
      // ...and the bot answered with the updated card, valid for the renderer, not with a message or an error.
      assert.equal(status, 200);
      assert.equal(body.type, 'application/vnd.microsoft.card.adaptive', `the invoke answer should be a card: ${JSON.stringify(body)}`);
      assert.deepEqual(cardProblems(body.value), []);
      const returned = cardInputs(body.value);
      assert.equal(returned[`done:${subCriterion}`], 'true');
      assert.equal(returned[`evidence:${subCriterion}`], evidenceNote);
      assert.match(cardText(body.value), new RegExp(`第16项 ${itemTitle}（1/1）`));

      const updated = await chat.waitForCard(['已保存 1 项修改']);
      assert.equal(await updated.getAttribute('data-e2e-original'), 'checklist', 'the saved card should replace the original in place');
      assert.equal(await chat.cards.filter({ hasText: `我的清单 · ${owner.name}` }).count(), 1, 'no second checklist card');
      const savedItem = checklistItem(updated, subCriterion);
      assert.equal(await savedItem.toggle.isChecked(), true);
      assert.equal(await savedItem.evidence.inputValue(), evidenceNote);
      assert.match(await savedItem.lastChange.innerText(), lastChangedByOwner);
      assert.match(await updated.innerText(), new RegExp(`第16项 ${itemTitle}（1/1）`));
      await chat.screenshotOf(updated, 'checklist-2-owner-saved');
      await chat.screenshot('checklist-2-owner-saved-page');
      saved = true;
    });
  });

  test(`${coordinator.name} sees item 16 done in the progress card and in ${owner.name}'s checklist`, async (t) => {
    if (!saved) return t.skip(`${owner.name} could not save; nothing to see`);
    await inPlayground(coordinator, t, async (chat) => {
      await chat.send('进度');
      const progress = await chat.waitForCard(['文明创建总进度']);
      const overview = await progress.innerText();
      assert.match(overview, /已完成 1\/\d+ 项/, 'one sub-criterion done in the whole campaign');
      assert.match(overview, new RegExp(`^${owner.name}\\n+1/\\d+ 项 · 2/\\d+ 分`, 'm'), `${owner.name}'s row counts 16.1 and its 2 points`);

      // The per-indicator rows are behind a show-card button, as in Teams.
      await cardButton(progress, '查看按指标').click();
      const row = new RegExp(`^16 ${itemTitle}\\n+1/1 项 · 2/2 分$`, 'm');
      await progress.getByText(`16 ${itemTitle}`, { exact: true }).scrollIntoViewIfNeeded();
      assert.match(await progress.innerText(), row, 'item 16 is complete: 1 of 1 done, 2 of 2 points, nothing late');
      await chat.screenshot('checklist-3-coordinator-progress');
      await chat.screenshotOf(progress, 'checklist-3-coordinator-progress-card');

      await chat.send(`查看 ${owner.name} 的清单`);
      const checklist = await chat.waitForCard([`${owner.name} 的清单`, subCriterion]);
      const item = checklistItem(checklist, subCriterion);
      assert.equal(await item.toggle.isChecked(), true);
      assert.equal(await item.evidence.inputValue(), evidenceNote);
      assert.match(await item.lastChange.innerText(), lastChangedByOwner);
      await chat.screenshotOf(checklist, 'checklist-4-coordinator-views-owner');
    });
  });
});
