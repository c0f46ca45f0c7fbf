// Opens the M365 Agents Playground in front of a bot you are running, signed in as a roster person:
//   node tests/e2e/playground.mjs [--as 汪珂吉] [--bot http://localhost:3978/api/messages]
// Then browse to the printed address. Ctrl-C stops it.
import { parseArgs } from 'node:util';
import { people } from './support/people.mjs';
import { startPlayground } from './support/playground.mjs';

const { values } = parseArgs({
  options: {
    as: { type: 'string', default: '刘斌' },
    bot: { type: 'string', default: 'http://localhost:3978/api/messages' },
  },
});

const user = Object.values(people).find((person) => person.name === values.as);
if (!user) {
  console.error(`Unknown person "${values.as}". Choose one of: ${Object.values(people).map((p) => p.name).join(', ')}`);
  process.exit(2);
}

const playground = await startPlayground({ botMessagesUrl: values.bot, user });
console.log(`Playground for ${user.name}: ${playground.url}  (Ctrl-C to stop)`);
await new Promise(() => {});
