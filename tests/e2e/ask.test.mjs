// A person asks who owns item 16, in the Agents Playground and straight over the Bot Framework protocol.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { adaptiveCards, ask } from './support/activities.mjs';
import { startBot } from './support/bot.mjs';
import { launchBrowser } from './support/browser.mjs';
import { cardProblems, cardText } from './support/cards.mjs';
import { PlaygroundChat } from './support/chat.mjs';
import { people } from './support/people.mjs';
import { startPlayground } from './support/playground.mjs';

// Item 16 (volunteer service team) belongs to the Youth League committee (团委), owner 汪珂吉.
const itemSixteen = ['汪珂吉', '团委'];

// 汪珂吉 owns items, so her checklist and progress come back as cards with inputs; 刘斌 coordinates.
const questions = [
  ['第16项谁负责', people.liuBin], ['第1项谁负责', people.liuBin], ['第31项要做什么', people.liuBin],
  ['16', people.liuBin], ['第十六项谁负责', people.liuBin], ['who is responsible for item 16', people.liuBin],
  ['帮助', people.liuBin], ['进度', people.liuBin], ['提醒记录', people.liuBin], ['数据检查', people.liuBin],
  ['我的清单', people.wangKeji], ['我的进度', people.wangKeji],
];

describe('asking the bot about an item', () => {
  let bot;
  before(async () => { bot = await startBot(); });
  after(async () => { await bot?.stop(); });

  test('in the playground, 第16项谁负责 shows a card naming 汪珂吉 and 团委', async (t) => {
    const playground = await startPlayground({ botMessagesUrl: bot.messagesUrl, user: people.liuBin });
    t.after(() => playground.stop());
    const browser = await launchBrowser();
    t.after(() => browser.close());

    const chat = await PlaygroundChat.open(await browser.newPage(), playground.url);
    await chat.send('第16项谁负责');
    const card = await chat.waitForCard(itemSixteen, { timeoutMs: 30000 })
      .catch((error) => { throw new Error(`${error.message}\n--- playground ---\n${playground.output()}\n--- bot ---\n${bot.output()}`); });
    await chat.screenshot('ask-item-16');

    const shown = await card.innerText();
    for (const text of itemSixteen) assert.ok(shown.includes(text), `the card should show ${text}:\n${shown}`);
  });

  test('every card the bot answers with is valid for the Adaptive Cards renderer', async (t) => {
    let cardCount = 0;
    for (const [question, user] of questions) {
      await t.test(`${user.name}: ${question}`, async () => {
        const replies = await ask(bot.messagesUrl, question, { user });
        assert.ok(replies.length > 0, `no answer to ${question}`);
        for (const content of adaptiveCards(replies)) {
          cardCount++;
          assert.deepEqual(cardProblems(content), [], `card for "${question}":\n${JSON.stringify(content, null, 2)}`);
        }
      });
    }
    assert.ok(cardCount >= questions.length / 2, `only ${cardCount} cards for ${questions.length} questions`);
  });

  test('the direct answer to 第16项谁负责 names the same owner as the playground', async () => {
    const cards = adaptiveCards(await ask(bot.messagesUrl, '第16项谁负责'));
    assert.ok(cards.length > 0, 'expected a card');
    const text = cards.map(cardText).join('\n');
    for (const name of itemSixteen) assert.ok(text.includes(name), `expected ${name} in:\n${text}`);
  });
});
