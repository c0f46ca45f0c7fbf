// Where things are, relative to this checkout.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const e2eDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = resolve(e2eDir, '../..');
export const botProjectDir = join(repoRoot, 'bot/CivilityBot');
export const botDll = join(botProjectDir, 'bin/Debug/net10.0/CivilityBot.dll');
export const screenshotDir = join(e2eDir, 'screenshots');
export const playgroundCli = join(e2eDir, 'node_modules/@microsoft/m365agentsplayground/cli.js');
export const chromiumPath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
