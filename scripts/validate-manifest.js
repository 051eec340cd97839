#!/usr/bin/env node
/**
 * Validates manifest.xml without a network (`npm run validate`).
 *
 * `office-addin-manifest validate` needs Microsoft's online service, so instead:
 *  1. xmllint: the file is well-formed XML.
 *  2. xmllint --schema against Microsoft's [MS-OWEMXML] XSDs, when a copy is on this machine
 *     (OWEMXML_XSD_DIR, or ~/.cache/goal-lint/owemxml/). The XSDs are Microsoft's and are not in this
 *     repository; the copies published with the Office docs have two known defects that xmllint rejects
 *     (an https:// XML Schema namespace and a .NET-only lazy quantifier), patched here in a temporary copy.
 *     Without the XSDs this step is skipped with a notice, and steps 3–4 still run.
 *  3. office-addin-manifest's own parser (`info`), which Office's tooling uses to read manifests.
 *  4. Our checks of what Office needs and the XSD cannot see: a GUID Id, every resid defined, every icon
 *     file present at the size it is declared, https URLs, zh-CN names with en-US overrides, string
 *     lengths, the requirement set, the ribbon buttons and the function the Fill button calls.
 *
 * Exit status 0 when valid, 1 with one line per problem otherwise. `--manifest FILE` checks another file.
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');

function xmllint(args) {
  try {
    return { ok: true, out: execFileSync('xmllint', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (e) {
    if (e.code === 'ENOENT') throw new Error('xmllint not found: install libxml2-utils (apt-get install libxml2-utils)');
    return { ok: false, out: `${e.stdout || ''}${e.stderr || ''}` };
  }
}

/** Text of the elements matched by a local-name path such as 'OfficeApp/Id'. */
function xpath(file, expr) {
  const r = xmllint(['--xpath', expr, file]);
  return r.ok ? r.out : '';
}

function ln(name) {
  return `*[local-name()='${name}']`;
}

function all(file, expr, attr) {
  // xmllint prints attributes as name="value" pairs; collect the values.
  const out = xpath(file, `${expr}/@${attr}`);
  return [...out.matchAll(new RegExp(`${attr}="([^"]*)"`, 'g'))].map((m) => m[1].replace(/&amp;/g, '&'));
}

function findXsdDir() {
  const candidates = [process.env.OWEMXML_XSD_DIR, path.join(os.homedir(), '.cache', 'goal-lint', 'owemxml')].filter(Boolean);
  return candidates.find((d) => fs.existsSync(path.join(d, 'OfficeAppManifestV1_1.xsd'))) || null;
}

/** Copies the XSDs to a temp dir with the two known publication defects fixed; returns the main XSD. */
function patchedSchemas(dir) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'owemxml-'));
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.xsd'))) {
    const text = fs
      .readFileSync(path.join(dir, f), 'utf8')
      .split('https://www.w3.org/2001/XMLSchema')
      .join('http://www.w3.org/2001/XMLSchema')
      .split('{0,3}?')
      .join('{0,3}');
    fs.writeFileSync(path.join(tmp, f), text);
  }
  // Content add-ins' overrides are imported by the main schema but irrelevant to a task pane add-in.
  const content = path.join(tmp, 'ContentAppVersionOverridesV1_0.xsd');
  if (!fs.existsSync(content)) {
    fs.writeFileSync(
      content,
      '<?xml version="1.0" encoding="utf-8"?>\n<xs:schema targetNamespace="http://schemas.microsoft.com/office/contentappversionoverrides" xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified"><xs:element name="VersionOverrides"><xs:complexType><xs:sequence><xs:any processContents="lax" minOccurs="0" maxOccurs="unbounded"/></xs:sequence><xs:anyAttribute processContents="lax"/></xs:complexType></xs:element></xs:schema>\n',
    );
  }
  return path.join(tmp, 'OfficeAppManifestV1_1.xsd');
}

function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.length < 24 || b.readUInt32BE(0) !== 0x89504e47) return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Our own checks; returns problems as sentences. */
function structuralChecks(file) {
  const problems = [];
  const app = `/${ln('OfficeApp')}`;
  const text = (expr) => xpath(file, `string(${expr})`).trim();

  const id = text(`${app}/${ln('Id')}`);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) problems.push(`<Id> must be a GUID (found "${id}")`);
  if (!/^\d+(\.\d+){0,3}$/.test(text(`${app}/${ln('Version')}`))) problems.push('<Version> must look like 1.0.0.0');
  if (!text(`${app}/${ln('ProviderName')}`)) problems.push('<ProviderName> is missing');
  if (text(`${app}/${ln('DefaultLocale')}`) !== 'zh-CN') problems.push('<DefaultLocale> must be zh-CN');
  if (text(`${app}/${ln('DisplayName')}/@DefaultValue`) !== '绩效目标审核助手') problems.push('<DisplayName> must be 绩效目标审核助手');
  for (const el of ['DisplayName', 'Description']) {
    if (!text(`${app}/${ln(el)}/${ln('Override')}[@Locale='en-US']/@Value`)) problems.push(`<${el}> needs an en-US <Override>`);
  }
  if (text(`${app}/@*[local-name()='type']`) !== 'TaskPaneApp') problems.push('xsi:type must be TaskPaneApp');
  if (text(`${app}/${ln('Permissions')}`) !== 'ReadWriteDocument') problems.push('<Permissions> must be ReadWriteDocument (the add-in writes flags and fills)');
  if (!xpath(file, `${app}/${ln('Hosts')}/${ln('Host')}[@Name='Workbook']`)) problems.push('<Hosts> must list Workbook');
  const excelApi = text(`${app}/${ln('Requirements')}/${ln('Sets')}/${ln('Set')}[@Name='ExcelApi']/@MinVersion`);
  if (!/^1\.\d+$/.test(excelApi)) problems.push('<Requirements> must declare the ExcelApi set the core features need');

  // Every URL: https (Office refuses http outside localhost debugging).
  const urls = [
    ...all(file, `//*[@DefaultValue and (local-name()='IconUrl' or local-name()='HighResolutionIconUrl' or local-name()='SupportUrl' or local-name()='SourceLocation' or local-name()='Image' or local-name()='Url')]`, 'DefaultValue'),
  ];
  for (const u of urls) if (!u.startsWith('https://')) problems.push(`URL must be https: ${u}`);

  // resids: every reference is defined, and every string has an en-US override within Office's limits.
  const defined = new Set(all(file, `//*[local-name()='Resources']//*[@id]`, 'id'));
  for (const r of all(file, '//*[@resid]', 'resid')) if (!defined.has(r)) problems.push(`resid "${r}" is used but not defined in <Resources>`);
  for (const [kind, limit] of [
    ['ShortStrings', 125],
    ['LongStrings', 250],
  ]) {
    const ids = all(file, `//${ln(kind)}/${ln('String')}`, 'id');
    for (const sid of ids) {
      const base = `//${ln(kind)}/${ln('String')}[@id='${sid}']`;
      const zh = text(`${base}/@DefaultValue`);
      const en = text(`${base}/${ln('Override')}[@Locale='en-US']/@Value`);
      if (!en) problems.push(`string "${sid}" needs an en-US <bt:Override>`);
      for (const v of [zh, en]) if (v.length > limit) problems.push(`string "${sid}" is longer than ${limit} characters`);
    }
  }

  // Icons: the files exist in assets/ and have the size the manifest declares.
  const images = all(file, `//${ln('Images')}/${ln('Image')}`, 'id');
  const declaredSize = new Map();
  for (const el of all(file, `//${ln('Icon')}/${ln('Image')}`, 'resid')) {
    const size = text(`(//${ln('Icon')}/${ln('Image')}[@resid='${el}'])[1]/@size`);
    declaredSize.set(el, Number(size));
  }
  const iconFiles = [
    ...images.map((imageId) => ({ url: text(`//${ln('Images')}/${ln('Image')}[@id='${imageId}']/@DefaultValue`), size: declaredSize.get(imageId) })),
    { url: text(`${app}/${ln('IconUrl')}/@DefaultValue`), size: 32 },
    { url: text(`${app}/${ln('HighResolutionIconUrl')}/@DefaultValue`), size: 64 },
  ];
  for (const { url, size } of iconFiles) {
    const m = /\/(assets\/[^/]+\.png)$/.exec(url);
    if (!m) {
      problems.push(`icon URL should point at assets/*.png: ${url}`);
      continue;
    }
    const local = path.join(ROOT, m[1]);
    if (!fs.existsSync(local)) {
      problems.push(`icon file missing: ${m[1]}`);
      continue;
    }
    const dim = pngSize(local);
    if (!dim) problems.push(`not a PNG: ${m[1]}`);
    else if (size && (dim.width !== size || dim.height !== size)) problems.push(`${m[1]} is ${dim.width}×${dim.height}, declared ${size}×${size}`);
  }
  for (const size of [16, 32, 80]) {
    if (![...declaredSize.values()].includes(size)) problems.push(`ribbon icons need a ${size}px image`);
  }

  // Ribbon: a group on the Home tab, a button that opens the pane and one that runs the fill.
  if (!xpath(file, `//${ln('OfficeTab')}[@id='TabHome']/${ln('Group')}`)) problems.push('the ribbon group must be on the Home tab (OfficeTab id="TabHome")');
  if (!xpath(file, `//${ln('Control')}/${ln('Action')}[@*[local-name()='type']='ShowTaskpane']`)) problems.push('a ribbon button must open the task pane (ShowTaskpane)');
  const fn = text(`//${ln('Action')}[@*[local-name()='type']='ExecuteFunction']/${ln('FunctionName')}`);
  if (!fn) problems.push('a ribbon button must run the fill (ExecuteFunction)');
  else {
    const commands = fs.readFileSync(path.join(ROOT, 'src', 'commands', 'commands.ts'), 'utf8');
    if (!commands.includes(`associate('${fn}'`)) problems.push(`FunctionName ${fn} is not registered with Office.actions.associate in src/commands/commands.ts`);
  }
  if (!text(`//${ln('FunctionFile')}/@resid`)) problems.push('<FunctionFile> is missing (the page that runs ribbon functions)');
  return problems;
}

async function officeToolingParse(file) {
  try {
    const { OfficeAddinManifest } = require('office-addin-manifest');
    const info = await OfficeAddinManifest.readManifestFile(file);
    if (!info.id || !info.displayName) return ['office-addin-manifest could not read the Id or DisplayName'];
    return [];
  } catch (e) {
    return [`office-addin-manifest cannot parse the manifest: ${e.message}`];
  }
}

async function validateManifest(file = path.join(ROOT, 'manifest.xml'), log = (line) => process.stdout.write(`${line}\n`)) {
  const problems = [];
  const wf = xmllint(['--noout', file]);
  if (!wf.ok) return { ok: false, schema: 'not run', problems: [`not well-formed XML:\n${wf.out.trim()}`] };
  log('✓ well-formed XML (xmllint)');

  let schema = 'skipped';
  const xsdDir = findXsdDir();
  if (xsdDir) {
    const r = xmllint(['--noout', '--schema', patchedSchemas(xsdDir), file]);
    schema = r.ok ? 'passed' : 'failed';
    if (r.ok) log(`✓ valid against the [MS-OWEMXML] XSDs (${xsdDir})`);
    else problems.push(...r.out.split('\n').filter((l) => l.includes('error')));
  } else {
    log('! [MS-OWEMXML] XSDs not found (set OWEMXML_XSD_DIR or put them in ~/.cache/goal-lint/owemxml/): schema step skipped, structural checks only');
  }

  const parse = await officeToolingParse(file);
  if (parse.length === 0) log('✓ read by office-addin-manifest');
  problems.push(...parse);

  const own = structuralChecks(file);
  if (own.length === 0) log('✓ structure: Id, names, icons, resids, URLs, requirement set, ribbon');
  problems.push(...own);
  return { ok: problems.length === 0, schema, problems };
}

module.exports = { validateManifest, structuralChecks };

if (require.main === module) {
  const i = process.argv.indexOf('--manifest');
  const file = i > 0 ? path.resolve(process.argv[i + 1]) : path.join(ROOT, 'manifest.xml');
  validateManifest(file).then(
    (r) => {
      for (const p of r.problems) process.stderr.write(`✗ ${p}\n`);
      process.stdout.write(r.ok ? `${path.relative(process.cwd(), file) || file} is valid\n` : `${r.problems.length} problem(s)\n`);
      process.exitCode = r.ok ? 0 : 1;
    },
    (e) => {
      process.stderr.write(`${e.message}\n`);
      process.exitCode = 1;
    },
  );
}
