// Debian's Chromium driven by playwright-core, headless, with a fresh profile and no traffic off this machine.
import { chromium } from 'playwright-core';
import { chromiumPath } from './paths.mjs';
import { temporaryDir } from './processes.mjs';

const chromiumArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const isLoopback = (url) => /^(https?|wss?):\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//.test(url);

/**
 * The playground's page asks a CDN for fonts and animations; those requests are refused here instead of
 * leaving the machine (the page renders with local fonts, fonts-noto-cjk for Chinese).
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, newPage: () => Promise<import('playwright-core').Page>, close: () => Promise<void> }>}
 */
export async function launchBrowser({ viewport = { width: 1280, height: 900 } } = {}) {
  const profile = temporaryDir('civilitybot-chromium-');
  const context = await chromium.launchPersistentContext(profile.path, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
    viewport,
    locale: 'zh-CN',
    timeout: 60000,
  });
  context.setDefaultTimeout(30000);
  await context.route('**/*', (route) => (isLoopback(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
  const close = async () => {
    await context.close().catch(() => {});
    profile.remove();
  };
  return { context, newPage: () => context.newPage(), close };
}
