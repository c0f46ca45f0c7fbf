// Starts the Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground) in front of a bot.
//
// How it works (read from its package, version 0.2.28): the CLI serves the web client and a mocked Bot
// Connector on one port (-p); it POSTs activities to the bot endpoint (-e) with serviceUrl = --su, and
// the bot replies to <serviceUrl>/v3/conversations/... on that same port. It first sends a HEAD to the
// endpoint, then installationUpdate + conversationUpdate when the personal chat opens. The signed-in
// user, the other users, the tenant and the bot's id come from a YAML config file
// (M365_AGENTS_PLAYGROUND_CONFIG_PATH, schema version 0.1.1: currentUser plus exactly five users);
// messages carry from = { id, name, aadObjectId } of the current user. It opens a browser with `open`
// unless TEAMSAPPTESTER_BROWSER=none, and dies without an xdg-open on a headless machine, so both
// guards are applied. Its telemetry is switched off with --dt.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { people, tenantId } from './people.mjs';
import { freePort, waitForHttpOk } from './ports.mjs';
import { startService, temporaryDir } from './processes.mjs';
import { playgroundCli } from './paths.mjs';

function asConfigUser(person) {
  const [surname, ...given] = [...person.name];
  return {
    id: person.id,
    name: person.name,
    userPrincipleName: `${person.id.replace(/^29:/, '')}@e2e.example.org`,
    aadObjectId: person.aadObjectId,
    givenName: given.join('') || person.name,
    surname,
    email: `${person.id.replace(/^29:/, '')}@e2e.example.org`,
  };
}

/** The playground's config document; JSON is valid YAML, so no YAML writer is needed. */
export function playgroundConfig({ user, otherUsers, botName = '文明创建助手' }) {
  if (otherUsers.length !== 5) throw new Error('the playground needs exactly five other users');
  return {
    version: '0.1.1',
    tenantId,
    bot: { id: '28:civilitybot-e2e', name: botName },
    currentUser: asConfigUser(user),
    users: otherUsers.map(asConfigUser),
    personalChat: { id: `a:e2e-personal-${user.aadObjectId}` },
    groupChat: { id: '19:e2e-group@thread.v2', name: '迎检工作群' },
    team: {
      id: '19:e2e-team@thread.tacv2',
      name: '文明创建',
      aadGroupId: 'e2e00000-0000-4000-8000-0000000000aa',
      channels: [{ id: '19:e2e-announcements@thread.tacv2', name: '通知' }],
    },
  };
}

function defaultOthers(user) {
  return Object.values(people).filter((p) => p.aadObjectId !== user.aadObjectId).slice(0, 5);
}

/**
 * @param {{ botMessagesUrl: string, user?: object, otherUsers?: object[], startupTimeoutMs?: number }} options
 * @returns {Promise<{ url: string, serviceUrl: string, config: object, output: () => string, stop: () => Promise<void> }>}
 */
export async function startPlayground({ botMessagesUrl, user = people.liuBin, otherUsers, startupTimeoutMs = 30000 }) {
  const workDirectory = temporaryDir('civilitybot-playground-');
  const workDir = workDirectory.path;
  const config = playgroundConfig({ user, otherUsers: otherUsers ?? defaultOthers(user) });
  const configPath = join(workDir, '.m365agentsplayground.yml');
  writeFileSync(configPath, JSON.stringify(config, null, 2));
  writeFileSync(join(workDir, 'xdg-open'), '#!/bin/sh\nexit 0\n');
  chmodSync(join(workDir, 'xdg-open'), 0o755);
  const port = await freePort();
  const serviceUrl = `http://127.0.0.1:${port}/_connector`;
  const service = startService('playground', process.execPath, [
    playgroundCli, '--app-endpoint', botMessagesUrl, '--channel-id', 'msteams', '--port', String(port),
    '--service-url', serviceUrl, '--disable-telemetry',
  ], {
    cwd: workDir,
    env: {
      ...process.env,
      PATH: `${workDir}:${process.env.PATH}`,
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
      M365_AGENTS_PLAYGROUND_LOGFILE: join(workDir, 'playground.log'),
    },
  });
  const stop = async () => {
    await service.stop(5000);
    workDirectory.remove();
  };
  try {
    const [, listening] = await service.waitForLine(/Listening on (\d+)/, startupTimeoutMs);
    if (Number(listening) !== port) throw new Error(`the playground took port ${listening} instead of ${port}`);
    await waitForHttpOk(`http://127.0.0.1:${port}/`, { timeoutMs: startupTimeoutMs, exited: service.exited, what: 'the playground' });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}/`, serviceUrl, config, output: () => `${service.output}`, stop };
}
