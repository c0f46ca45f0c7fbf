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
    .filter((e) => !harmless.has(e.event) && !isTeamsChart(e))
    .map((e) => `${AdaptiveCards.ValidationPhase[e.phase]} ${AdaptiveCards.ValidationEvent[e.event]}: ${e.message}`)
    .concat(chartsWithoutFallback(content));
}

// Teams' Chart.* elements are an extension the reference library does not know; Teams and the Playground draw them,
// and any other client shows their fallback, so they are fine exactly when every one carries a fallback.
function isTeamsChart(event) {
  return event.event === AdaptiveCards.ValidationEvent.UnknownElementType && /"Chart\./.test(event.message);
}

function chartsWithoutFallback(node, found = []) {
  if (Array.isArray(node)) node.forEach((child) => chartsWithoutFallback(child, found));
  else if (node && typeof node === 'object') {
    if (typeof node.type === 'string' && node.type.startsWith('Chart.') && !node.fallback) found.push(`${node.type} has no fallback`);
    Object.values(node).forEach((child) => chartsWithoutFallback(child, found));
  }
  return found;
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
