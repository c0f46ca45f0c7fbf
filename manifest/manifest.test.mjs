// Checks the Teams app package against Microsoft's own JSON schemas (npm @microsoft/app-manifest)
// and checks that package.sh builds an uploadable zip. Run: cd manifest && npm test
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const schemaRoot = join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build/json-schemas/teams');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const manifest = readJson(join(here, 'manifest.json'));
const zhCn = readJson(join(here, 'zh-CN.json'));
const appId = '3f2c1a9e-7b4d-4e2a-9c1f-5d6e7f8a9b0c';

function newestSchemaVersion() {
  const versions = readdirSync(schemaRoot).filter((name) => /^v\d+\.\d+$/.test(name)).map((name) => name.slice(1));
  return versions.sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1])).at(-1);
}

// Same validator settings as the package's own AppManifestUtils.validateManifestAgainstSchema, except
// that the localization schema has patterns such as `\b]` that only compile without the `u` flag.
function validate(document, schemaFile) {
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: !schemaFile.includes('Localization') });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const check = ajv.compile(readJson(join(schemaRoot, `v${manifest.manifestVersion}`, schemaFile)));
  check(document);
  return (check.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

function pngHeader(file) {
  const bytes = readFileSync(join(here, file));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colourType: bytes[25] };
}

function packagingSandbox(appsettings) {
  const root = mkdtempSync(join(tmpdir(), 'civilitybot-package-'));
  cpSync(here, join(root, 'manifest'), { recursive: true, filter: (src) => !/node_modules|[/\\]build$/.test(src) });
  mkdirSync(join(root, 'bot/CivilityBot'), { recursive: true });
  if (appsettings) writeFileSync(join(root, 'bot/CivilityBot/appsettings.json'), JSON.stringify(appsettings));
  return root;
}

function runPackage(root, args, env = {}) {
  const cleanEnv = { ...process.env, ...env };
  if (!('Bot__MicrosoftAppId' in env)) delete cleanEnv.Bot__MicrosoftAppId;
  if (!('BOT_DOMAIN' in env)) delete cleanEnv.BOT_DOMAIN;
  return spawnSync('bash', [join(root, 'manifest/package.sh'), ...args], { env: cleanEnv, encoding: 'utf8' });
}

const zipEntry = (zip, name) => execFileSync('unzip', ['-p', zip, name], { encoding: 'utf8' });

test('manifest uses the newest schema version the package ships', () => {
  assert.equal(manifest.manifestVersion, newestSchemaVersion());
  assert.match(manifest.$schema, new RegExp(`/v${manifest.manifestVersion}/MicrosoftTeams\\.schema\\.json$`));
});

test('manifest.json is valid against the Teams manifest schema', () => {
  assert.deepEqual(validate(manifest, 'MicrosoftTeams.schema.json'), []);
});

test('zh-CN.json is valid against the Teams localization schema', () => {
  assert.deepEqual(validate(zhCn, 'MicrosoftTeams.Localization.schema.json'), []);
  assert.deepEqual(manifest.localizationInfo.additionalLanguages, [{ languageTag: 'zh-cn', file: 'zh-CN.json' }]);
});

test('every localised command string names a real command and keeps the title the bot understands', () => {
  for (const [key, value] of Object.entries(zhCn)) {
    const match = /^bots\[0\]\.commandLists\[(\d)\]\.commands\[(\d+)\]\.(title|description)$/.exec(key);
    if (!match) continue;
    const command = manifest.bots[0].commandLists[Number(match[1])]?.commands[Number(match[2])];
    assert.ok(command, `${key} points at no command`);
    if (match[3] === 'title') assert.equal(value, command.title, `${key} would change what users send`);
  }
});

test('the bot serves personal, team and group chats with a Chinese menu of at most ten commands', () => {
  const bot = manifest.bots[0];
  assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
  for (const list of bot.commandLists) {
    assert.ok(list.commands.length <= 10);
    for (const command of list.commands) {
      assert.match(command.title, /\p{Script=Han}/u);
      assert.match(command.description, /\p{Script=Han}/u);
    }
  }
  assert.ok(bot.commandLists[0].commands.some((c) => c.title === '第16项谁负责'));
  assert.equal(zhCn['name.short'], '文明创建助手');
});

test('the bot receives files in personal chat (staff lists, evidence)', () => {
  assert.equal(manifest.bots[0].supportsFiles, true);
});

test('icons have the sizes Teams requires and the outline is transparent', () => {
  assert.deepEqual(pngHeader('color.png').width, 192);
  assert.deepEqual(pngHeader('color.png').height, 192);
  assert.deepEqual(pngHeader('outline.png'), { width: 32, height: 32, colourType: 6 });
});

test('package.sh builds a zip with the app id filled in and every file at the root', (t) => {
  const root = packagingSandbox();
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const result = runPackage(root, [appId, 'https://bot.example.org/api/messages']);
  assert.equal(result.status, 0, result.stderr);
  const zip = join(root, 'manifest/build/CivilityBot.zip');
  const names = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n').sort();
  assert.deepEqual(names, ['color.png', 'manifest.json', 'outline.png', 'zh-CN.json']);
  const packaged = JSON.parse(zipEntry(zip, 'manifest.json'));
  assert.equal(packaged.id, appId);
  assert.equal(packaged.bots[0].botId, appId);
  assert.deepEqual(packaged.validDomains, ['bot.example.org']);
  assert.deepEqual(validate(packaged, 'MicrosoftTeams.schema.json'), []);
});

test('package.sh takes the app id from the environment, then from appsettings.json', (t) => {
  const root = packagingSandbox({ Bot: { MicrosoftAppId: appId } });
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const zip = join(root, 'manifest/build/CivilityBot.zip');
  assert.equal(runPackage(root, []).status, 0);
  assert.equal(JSON.parse(zipEntry(zip, 'manifest.json')).bots[0].botId, appId);
  const fromEnv = appId.replace(/^3f2c/, 'aaaa');
  assert.equal(runPackage(root, [], { Bot__MicrosoftAppId: fromEnv }).status, 0);
  assert.equal(JSON.parse(zipEntry(zip, 'manifest.json')).bots[0].botId, fromEnv);
});

test('package.sh refuses a missing, malformed or placeholder app id with a clear message', (t) => {
  const root = packagingSandbox();
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const missing = runPackage(root, []);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no bot app id/);
  const malformed = runPackage(root, ['not-a-guid']);
  assert.equal(malformed.status, 2);
  assert.match(malformed.stderr, /is not a GUID/);
  assert.match(runPackage(root, ['00000000-0000-0000-0000-000000000000']).stderr, /placeholder/);
});
