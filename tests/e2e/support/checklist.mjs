// Reads and fills a checklist card as the playground renders it. The renderer gives inputs generated ids, so a
// sub-criterion is found by its toggle's label ("16.1 建立…"), and its evidence field and last-change line are the
// first text field and text block after that toggle (ChecklistCards renders toggle, evidence, last change in order).

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * @param {import('playwright-core').Locator} card a rendered checklist card (`.ac-adaptiveCard`)
 * @param {string} id a sub-criterion id such as "16.1"
 */
export function checklistItem(card, id) {
  const toggle = card.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(id)} `) });
  return {
    toggle,
    // The evidence field is multi-line (a textarea) since issue 10.7; single-line inputs are still found.
    evidence: toggle.locator('xpath=following::*[self::textarea or self::input[@type="text"]][1]'),
    lastChange: toggle.locator('xpath=following::div[contains(concat(" ", @class, " "), " ac-textBlock ")][1]'),
  };
}

/** The card's buttons by their title (保存, 刷新, 查看按指标 …). */
export function cardButton(card, title) {
  return card.getByRole('button', { name: title, exact: true });
}

/** Input values of a card as the bot sent it: input id → value (for Input.Toggle / Input.Text elements). */
export function cardInputs(content) {
  const inputs = {};
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (typeof node.type === 'string' && node.type.startsWith('Input.') && node.id) inputs[node.id] = node.value;
    Object.values(node).forEach(walk);
  };
  walk(content);
  return inputs;
}
