// Drives the playground's chat page like a person: open the personal chat, type, read the bot's cards.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { screenshotDir } from './paths.mjs';

// Height of the playground's header bar, compose box and margins around the chat pane, with room to spare.
const paneChrome = 400;

export class PlaygroundChat {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /**
   * Opens the playground and waits until the compose box is ready and the bot has been installed. The page starts
   * on a built-in placeholder chat ("…@test.user") and moves to the configured personal chat once it has loaded
   * the config; a message typed before that is answered 404 ConversationNotFound and never reaches the bot. The
   * page asks the playground to install the bot (installationUpdate, conversationUpdate) only after the move,
   * so that answer is the sign the chat is ready.
   */
  static async open(page, playgroundUrl, { timeoutMs = 30000 } = {}) {
    const installed = page.waitForResponse(
      (r) => r.request().method() === 'POST' && /^\/_debug\/conversation\/[^/]+\/installation$/.test(new URL(r.url()).pathname),
      { timeout: timeoutMs });
    installed.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
    await page.goto(playgroundUrl, { waitUntil: 'domcontentloaded' });
    const chat = new PlaygroundChat(page);
    await chat.composeBox.waitFor({ state: 'visible' });
    const answer = await installed;
    if (!answer.ok()) throw new Error(`the playground did not install the bot: ${answer.status()} ${await answer.text().catch(() => '')}`);
    return chat;
  }

  get composeBox() {
    return this.page.locator('[data-lexical-editor="true"][role="textbox"]').first();
  }

  /** All Adaptive Cards in the conversation, oldest first. */
  get cards() {
    return this.page.locator('.ac-adaptiveCard');
  }

  /**
   * Types `text` and sends it, and returns once the playground has accepted it. Typing is checked, and a message
   * the playground refused (nothing reached the bot then) is typed again, up to `attempts` times.
   */
  async send(text, { attempts = 3, sendTimeoutMs = 10000 } = {}) {
    let outcome = 'the typed text did not appear in the compose box';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      await this.composeBox.click();
      await this.page.keyboard.press('ControlOrMeta+A');
      await this.page.keyboard.press('Backspace');
      await this.composeBox.pressSequentially(text);
      if ((await this.composeBox.innerText()).trim() !== text) continue;
      const answered = this.page.waitForResponse((r) => isPostedMessage(r.request(), text), { timeout: sendTimeoutMs });
      await this.page.keyboard.press('Enter');
      const answer = await answered.catch(() => null);
      if (answer?.ok()) return;
      outcome = answer ? `the playground answered ${answer.status()} ${await answer.text().catch(() => '')}` : 'the page posted nothing';
    }
    throw new Error(`could not send "${text}" in ${attempts} attempts: ${outcome}`);
  }

  /** Waits for a card that shows every one of `texts`, and returns it. */
  async waitForCard(texts, { timeoutMs = 30000 } = {}) {
    let card = this.cards;
    for (const text of texts) card = card.filter({ hasText: text });
    await card.last().waitFor({ state: 'visible', timeout: timeoutMs });
    return card.last();
  }

  /**
   * Runs `act` (e.g. a button click) and returns the card action it made the playground send: the page posts
   * { name, value } to the playground's /_conversation/v1/invoke, which forwards an invoke activity to the bot
   * and answers with the bot's invoke response body as { type, value }.
   */
  async cardAction(act, { timeoutMs = 30000 } = {}) {
    const answered = this.page.waitForResponse(
      (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/_conversation/v1/invoke',
      { timeout: timeoutMs });
    await act();
    const response = await answered;
    return { request: response.request().postDataJSON(), status: response.status(), body: await response.json() };
  }

  async screenshot(name) {
    mkdirSync(screenshotDir, { recursive: true });
    const path = join(screenshotDir, `${name}.png`);
    await this.page.screenshot({ path, fullPage: true });
    return path;
  }

  /**
   * A picture of one element (a card). The chat pane scrolls inside a fixed header and compose box, so a card
   * taller than the pane would be cut off: the window grows for the picture and shrinks back afterwards.
   */
  async screenshotOf(locator, name) {
    mkdirSync(screenshotDir, { recursive: true });
    const path = join(screenshotDir, `${name}.png`);
    const viewport = this.page.viewportSize();
    const box = await locator.boundingBox();
    const needed = Math.ceil((box?.height ?? 0) + paneChrome);
    if (viewport && needed > viewport.height) await this.page.setViewportSize({ width: viewport.width, height: needed });
    try {
      await locator.screenshot({ path });
    } finally {
      if (viewport && needed > viewport.height) await this.page.setViewportSize(viewport);
    }
    return path;
  }
}

/** The page's POST of a typed chat message to the playground's mocked conversation API. */
function isPostedMessage(request, text) {
  if (request.method() !== 'POST' || !/^\/_conversation\/v1\/conversations\/[^/]+\/messages$/.test(new URL(request.url()).pathname)) return false;
  try {
    return request.postDataJSON()?.text === text;
  } catch {
    return false;
  }
}
