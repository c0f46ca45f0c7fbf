// Drives the playground's chat page like a person: open the personal chat, type, read the bot's cards.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { screenshotDir } from './paths.mjs';

export class PlaygroundChat {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** Opens the playground and waits until the compose box is ready and the bot has been installed. */
  static async open(page, playgroundUrl) {
    await page.goto(playgroundUrl, { waitUntil: 'domcontentloaded' });
    const chat = new PlaygroundChat(page);
    await chat.composeBox.waitFor({ state: 'visible' });
    return chat;
  }

  get composeBox() {
    return this.page.locator('[data-lexical-editor="true"][role="textbox"]').first();
  }

  /** All Adaptive Cards in the conversation, oldest first. */
  get cards() {
    return this.page.locator('.ac-adaptiveCard');
  }

  async send(text) {
    await this.composeBox.click();
    await this.composeBox.pressSequentially(text);
    await this.page.keyboard.press('Enter');
  }

  /** Waits for a card that shows every one of `texts`, and returns it. */
  async waitForCard(texts, { timeoutMs = 30000 } = {}) {
    let card = this.cards;
    for (const text of texts) card = card.filter({ hasText: text });
    await card.last().waitFor({ state: 'visible', timeout: timeoutMs });
    return card.last();
  }

  async screenshot(name) {
    mkdirSync(screenshotDir, { recursive: true });
    const path = join(screenshotDir, `${name}.png`);
    await this.page.screenshot({ path, fullPage: true });
    return path;
  }
}
