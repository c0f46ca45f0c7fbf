// Starts the real CivilityBot on a free loopback port with a throw-away database.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { freePort, waitForHttpOk } from './ports.mjs';
import { startService, temporaryDir } from './processes.mjs';
import { botDll, botProjectDir, repoRoot } from './paths.mjs';
import { people } from './people.mjs';

const sourceRoots = ['bot', 'cards', 'Directory.Build.props', 'Directory.Packages.props'].map((p) => join(repoRoot, p));

// Only compile inputs: the bot reads appsettings and data/ from its project folder, not from bin/.
const compileInput = /\.(cs|csproj|props|targets)$/;

function newestSourceChange(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return compileInput.test(path) ? stat.mtimeMs : 0;
  return readdirSync(path)
    .filter((name) => name !== 'bin' && name !== 'obj')
    .reduce((newest, name) => Math.max(newest, newestSourceChange(join(path, name))), 0);
}

// MSBuild leaves an assembly's timestamp alone when its bytes do not change, so compare with the newest of
// our assemblies and their symbols (a moved line changes the pdb).
function newestBuildOutput() {
  if (!statSync(botDll, { throwIfNoEntry: false })) return 0;
  const outputDir = dirname(botDll);
  return readdirSync(outputDir)
    .filter((name) => /^CivilityBot.*\.(dll|pdb)$/.test(name))
    .reduce((newest, name) => Math.max(newest, statSync(join(outputDir, name)).mtimeMs), 0);
}

/** Builds the bot (Debug) when its dll is missing or older than any compile input. */
export function ensureBotBuilt() {
  const built = newestBuildOutput();
  const changed = Math.max(...sourceRoots.map(newestSourceChange));
  if (built >= changed && process.env.E2E_BUILD !== '1') return;
  execFileSync('dotnet', ['build', join(botProjectDir, 'CivilityBot.csproj'), '-c', 'Debug', '--nologo', '-v', 'q'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 10 * 60 * 1000,
  });
}

/**
 * Runs the built dll in Development with no app id, so loopback callers need no token.
 * Set E2E_BOT_URL (e.g. http://127.0.0.1:3978) to test a bot you started yourself instead.
 * @returns {Promise<{baseUrl: string, messagesUrl: string, storagePath: string, pid?: number, output: () => string, stop: () => Promise<void>}>}
 */
export async function startBot({ env = {}, startupTimeoutMs = 90000 } = {}) {
  if (process.env.E2E_BOT_URL) return externalBot(process.env.E2E_BOT_URL);
  ensureBotBuilt();
  const port = await freePort();
  const dataDir = temporaryDir('civilitybot-e2e-');
  const baseUrl = `http://127.0.0.1:${port}`;
  const storagePath = join(dataDir.path, 'civilitybot.db');
  const service = startService('bot', 'dotnet', [botDll, '--urls', baseUrl], {
    cwd: botProjectDir,
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Development',
      DOTNET_NOLOGO: '1',
      Bot__MicrosoftAppId: '',
      Bot__MicrosoftAppPassword: '',
      Storage__Path: storagePath,
      // The coordinators sign in with verified accounts: a display-name link never carries the coordinator role.
      People__BootstrapCoordinators__0: people.liuBin.aadObjectId,
      People__BootstrapCoordinators__1: people.yanTaobao.aadObjectId,
      People__BootstrapCoordinators__2: people.zhouJingjun.aadObjectId,
      // Download and upload links on cards point at this bot, wherever the free port landed.
      Downloads__PublicBaseUrl: baseUrl,
      ...env,
    },
  });
  const stop = async () => {
    await service.stop();
    dataDir.remove();
  };
  try {
    await waitForHttpOk(`${baseUrl}/healthz`, { timeoutMs: startupTimeoutMs, exited: service.exited, what: 'the bot' });
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n--- bot output ---\n${service.output}`);
  }
  return { baseUrl, messagesUrl: `${baseUrl}/api/messages`, storagePath, pid: service.child.pid, output: () => `${service.output}`, stop };
}

function externalBot(baseUrl) {
  const trimmed = baseUrl.replace(/\/$/, '');
  return { baseUrl: trimmed, messagesUrl: `${trimmed}/api/messages`, storagePath: '', output: () => '', stop: async () => {} };
}
