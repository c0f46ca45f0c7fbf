// Fills the reminder compose card as the playground renders it (Fluent UI: radios for expanded choice sets,
// comboboxes for compact ones), and records what the bot sent to a playground's mocked Bot Connector.
//
// What the playground does with a bot's connector call (read from its package, version 0.2.28): its /_connector
// router stores the activity in the conversation and pushes it to the page over the /_ws_conversation websocket,
// so a proactive message to a person's personal chat shows up live in their chat. A middleware on that router
// (logReqAndRes) also pushes a log item for every call over the /_ws/log/stream websocket (the page's log panel):
// { logAction: "appendLog", log: { from: "User Application", to: "Microsoft 365 Agents Playground",
//   activityName, conversationId, messageId, request: { body: <the activity as the bot sent it> },
//   response: { statusCode, body } } }. The chat message drops fields such as `summary`; the log item keeps them.

/** The playground's label for the bot in its log (schema LabelType.BotApp). */
const botLabel = 'User Application';
const logStreamPath = '/_ws/log/stream';

/** Every call the bot made to one playground's connector, as that playground logged it to its page. */
export class ConnectorTraffic {
  #calls = [];
  #listeners = new Set();

  /**
   * Starts listening on `page`; call it before the page opens the playground, or the websocket is missed.
   * @param {import('playwright-core').Page} page
   */
  static watch(page) {
    const traffic = new ConnectorTraffic();
    page.on('websocket', (socket) => {
      if (new URL(socket.url()).pathname !== logStreamPath) return;
      socket.on('framereceived', (frame) => traffic.#receive(frame.payload));
    });
    return traffic;
  }

  /** @returns {{ activityName: string, conversationId?: string, activity: object, status: number, response: any }[]} */
  get calls() {
    return [...this.#calls];
  }

  /** Resolves with the first call (already made or still to come) that matches, or rejects after timeoutMs. */
  waitFor(predicate, { timeoutMs = 30000, what = 'a matching call' } = {}) {
    const found = this.#calls.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolveCall, reject) => {
      const listener = (call) => {
        if (!predicate(call)) return;
        clearTimeout(timer);
        this.#listeners.delete(listener);
        resolveCall(call);
      };
      const timer = setTimeout(() => {
        this.#listeners.delete(listener);
        reject(new Error(`the playground's connector received no ${what} within ${timeoutMs} ms; it received:\n${this.describe()}`));
      }, timeoutMs);
      this.#listeners.add(listener);
    });
  }

  /** One line per call, for failure messages. */
  describe() {
    return this.#calls
      .map((c) => `${c.status} ${c.activityName} ${c.activity?.summary ?? c.activity?.text ?? ''} → ${c.conversationId ?? ''}`)
      .join('\n') || '(nothing)';
  }

  #receive(payload) {
    let message;
    try {
      message = JSON.parse(String(payload));
    } catch {
      return;
    }
    const log = message?.log;
    if (message?.logAction !== 'appendLog' || log?.from !== botLabel) return;
    const call = {
      activityName: log.activityName,
      conversationId: log.conversationId,
      activity: log.request?.body ?? {},
      status: log.response?.statusCode,
      response: log.response?.body,
    };
    this.#calls.push(call);
    for (const listener of [...this.#listeners]) listener(call);
  }
}

/**
 * Ticks one option of an expanded choice set (a radio group) by its title, e.g. "指定人员（下方选择）".
 * @param {import('playwright-core').Locator} card
 */
export async function chooseOption(card, title) {
  await card.getByRole('radio', { name: title, exact: true }).check();
}

/**
 * Picks `names` in a compact multi-select choice set, found by its label (e.g. "人员（可多选）"). The playground
 * renders it as a Fluent combobox whose list (role "menu", one "menuitemcheckbox" per choice) opens in a layer
 * outside the card; the combobox names that layer in aria-controls while it is open.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} card
 */
export async function pickFromList(page, card, label, names) {
  const combobox = card.getByRole('combobox', { name: label });
  await combobox.click();
  const listId = await combobox.getAttribute('aria-controls');
  if (!listId) throw new Error(`the ${label} list did not open`);
  const list = page.locator(`[id="${listId}"]`);
  for (const name of names) {
    const option = list.getByRole('menuitemcheckbox', { name, exact: true });
    await option.click();
    if ((await option.getAttribute('aria-checked')) !== 'true') throw new Error(`"${name}" did not stay ticked in ${label}`);
  }
  await page.keyboard.press('Escape');
  await list.waitFor({ state: 'hidden' });
  return combobox;
}
