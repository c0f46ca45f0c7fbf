// Checks cards with the official Adaptive Cards renderer library (npm adaptivecards), as a client would.
import { createRequire } from 'node:module';

// The package's lib/ is extension-less ESM that Node cannot load; its UMD bundle works without a DOM.
const AdaptiveCards = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js');

// Hints are advice ("consider adding a label"), not faults in the card.
const harmless = new Set([AdaptiveCards.ValidationEvent.Hint]);

/** Everything the library reports about a card while parsing and validating it, as readable strings. */
export function cardProblems(content) {
  const context = new AdaptiveCards.SerializationContext();
  const card = new AdaptiveCards.AdaptiveCard();
  card.parse(content, context);
  const events = [];
  for (let i = 0; i < context.eventCount; i++) events.push(context.getEventAt(i));
  events.push(...card.validateProperties().validationEvents);
  return events
    .filter((e) => !harmless.has(e.event))
    .map((e) => `${AdaptiveCards.ValidationPhase[e.phase]} ${AdaptiveCards.ValidationEvent[e.event]}: ${e.message}`);
}

/** All text a person would read on the card (TextBlocks, facts, rich text, action titles). */
export function cardText(content) {
  const parts = [];
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const key of ['text', 'title', 'value']) if (typeof node[key] === 'string') parts.push(node[key]);
    Object.values(node).forEach(walk);
  };
  walk(content);
  return parts.join('\n');
}
