/**
 * Builds the task pane and the ribbon commands.
 *
 *   npm run build        production bundle in dist/addin/ with production URLs (ADDIN_BASE_URL)
 *   npm run build:dev    development bundle, URLs https://localhost:3000/
 *   npm run dev-server   development server (https when office-addin-dev-certs files exist)
 *
 * Switches (environment variables or --env):
 *   OFFICE_JS=local|cdn  local (default): office.js and the few host files it loads are copied into the
 *                        bundle and served by us, so the add-in works on networks without internet;
 *                        cdn: Microsoft's https://appsforoffice.microsoft.com/lib/1/hosted/office.js.
 *   ADDIN_BASE_URL       where the production bundle is deployed (written into manifest.xml).
 *   ADDIN_OUT_DIR        output folder (default dist/addin; dist/cli belongs to the command line).
 *   WEB_OUT_DIR          the browser checker's self-contained folder, production builds only (default
 *                        dist/web next to dist/addin, or web/ inside a custom ADDIN_OUT_DIR).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const DEFAULT_PROD_URL = 'https://goal-lint.example.gov.cn/addin/';
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** The initial task pane JavaScript budget, gzipped (issue 4). */
const INITIAL_JS_BUDGET = 300 * 1024;

const OFFICE_DIST = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
/**
 * The part of @microsoft/office-js the pane needs: the loader, the host lookup it falls back to when no
 * Office host introduces itself (a plain browser: without it Office.onReady never settles), Excel's host
 * scripts for Windows, Mac and the web, the strings for Chinese and English, and the telemetry shim
 * office.js asks for. Not the 80 MB.
 */
const OFFICE_FILES = [
  'office.js',
  'o15apptofilemappingtable.js',
  'excel-win32-16.00.js',
  'excel-win32-16.01.js',
  'excel-win32-16.01-core.js',
  'excel-mac-16.00.js',
  'excel-mac-16.00-core.js',
  'excel-web-16.00.js',
  'excel-web-16.00-core.js',
  'zh-cn/office_strings.js',
  'zh-tw/office_strings.js',
  'en-us/office_strings.js',
  'telemetry/oteljs_agave.js',
];

/** office-addin-dev-certs' files, read directly (its helper API throws when the CA is not installed). */
function devCerts() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const key = path.join(dir, 'localhost.key');
  const cert = path.join(dir, 'localhost.crt');
  const ca = path.join(dir, 'ca.crt');
  if (!fs.existsSync(key) || !fs.existsSync(cert)) return null;
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert), ca: fs.existsSync(ca) ? fs.readFileSync(ca) : undefined };
}

/** Prints (and in production enforces) the gzipped size of the JavaScript the pane loads first. */
class InitialJsBudgetPlugin {
  constructor(enforce) {
    this.enforce = enforce;
  }
  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('InitialJsBudgetPlugin', (compilation) => {
      // REPORT: the last asset stage, after minification, while the sources are still in memory.
      compilation.hooks.processAssets.tap({ name: 'InitialJsBudgetPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => this.measure(compilation, WebpackError));
    });
  }
  measure(compilation, WebpackError) {
    // ExcelJS belongs to the command line (goal-lint review) and to sample building; the pane reads workbooks through office.js or the preview.
    for (const m of compilation.modules) {
      if (/[\\/]node_modules[\\/]exceljs[\\/]/.test(m.resource || '')) {
        compilation.errors.push(new WebpackError(`ExcelJS must stay out of the pane bundle (pulled in by ${m.resource})`));
        break;
      }
    }
    const entry = compilation.entrypoints.get('taskpane');
    if (!entry) return;
    let raw = 0;
    let gz = 0;
    for (const file of entry.getFiles().filter((f) => f.endsWith('.js'))) {
      const source = compilation.getAsset(file).source.buffer();
      raw += source.length;
      gz += zlib.gzipSync(source, { level: 9 }).length;
    }
    const line = `task pane initial JS: ${(raw / 1024).toFixed(1)} KiB, ${(gz / 1024).toFixed(1)} KiB gzipped (budget ${INITIAL_JS_BUDGET / 1024} KiB)`;
    compilation.getLogger('goal-lint').info(line);
    if (this.enforce && gz > INITIAL_JS_BUDGET) {
      compilation.errors.push(new WebpackError(`${line}: over budget`));
    }
  }
}

/**
 * The browser checker (dist/web/): its page, the JavaScript it loads first and every chunk it can load
 * later, and the icon, copied out of the build into a folder of its own. Built in the same compilation as
 * the pane (one build, shared chunks); the folder needs nothing outside itself: chunks are found relative
 * to the page's script (publicPath auto), so it works on any static server and from disk (file://).
 */
class WebFolderPlugin {
  constructor(dir) {
    this.dir = dir;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tapPromise('WebFolderPlugin', async (compilation) => {
      const entry = compilation.entrypoints.get('web');
      if (!entry) return;
      const files = new Set(['web.html', 'assets/icon-32.png']);
      for (const chunk of entry.chunks) {
        for (const f of chunk.files) files.add(f);
        for (const c of chunk.getAllAsyncChunks()) for (const f of c.files) files.add(f);
      }
      const from = compilation.outputOptions.path;
      await fs.promises.rm(this.dir, { recursive: true, force: true });
      for (const f of files) {
        if (f.endsWith('.map')) continue;
        const to = path.join(this.dir, f === 'web.html' ? 'index.html' : f);
        await fs.promises.mkdir(path.dirname(to), { recursive: true });
        await fs.promises.copyFile(path.join(from, f), to);
      }
      compilation.getLogger('goal-lint').info(`browser checker: ${files.size} files in ${this.dir}`);
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || env.mode || 'production';
  const dev = mode === 'development';
  const officeJs = String(env.OFFICE_JS || process.env.OFFICE_JS || 'local');
  if (!['local', 'cdn'].includes(officeJs)) throw new Error(`OFFICE_JS must be local or cdn, not ${officeJs}`);
  const baseUrl = dev ? DEV_URL : process.env.ADDIN_BASE_URL || DEFAULT_PROD_URL;
  const outDir = path.resolve(env.outDir || process.env.ADDIN_OUT_DIR || path.join(__dirname, 'dist', 'addin'));
  const customOut = !!(env.outDir || process.env.ADDIN_OUT_DIR);
  const webDir = path.resolve(env.webOutDir || process.env.WEB_OUT_DIR || (customOut ? path.join(outDir, 'web') : path.join(__dirname, 'dist', 'web')));
  const officeJsUrl = officeJs === 'cdn' ? CDN_OFFICE_JS : 'office/office.js';
  const certs = devCerts();

  const copies = [
    { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: (content) => (dev ? content : content.toString().split(DEV_URL).join(baseUrl)),
    },
  ];
  if (officeJs === 'local') {
    for (const file of OFFICE_FILES) {
      // Already minified by Microsoft: keep the minifier away (it would chew for minutes).
      copies.push({ from: path.join(OFFICE_DIST, file), to: `office/${file}`, info: { minimized: true } });
    }
  }

  return {
    mode,
    devtool: dev ? 'eval-cheap-module-source-map' : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      web: './src/preview/web.tsx',
    },
    output: {
      path: outDir,
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].chunk.js' : '[name].[contenthash:8].chunk.js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          // The preview's samples, built from scripts/samples/ at build time (ExcelJS stays in Node).
          test: /[\\/]src[\\/]preview[\\/]bundled-samples\.ts$/,
          use: path.join(__dirname, 'scripts', 'preview-samples.js'),
        },
        {
          test: /\.tsx?$/,
          exclude: [/node_modules/, /[\\/]src[\\/]preview[\\/]bundled-samples\.ts$/],
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`'s job; ES modules let webpack tree-shake and split.
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'node', sourceMap: true } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], officeJs: officeJsUrl }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'], officeJs: officeJsUrl }),
      new HtmlWebpackPlugin({ filename: 'web.html', template: './src/preview/web.html', chunks: ['web'], scriptLoading: 'defer' }),
      new CopyWebpackPlugin({ patterns: copies }),
      // The dev server keeps its output in memory: the folder is made by production builds only.
      ...(dev ? [] : [new WebFolderPlugin(webDir)]),
      // Development bundles are unminified with inline source maps: their size says nothing.
      ...(dev ? [] : [new InitialJsBudgetPlugin(true)]),
    ],
    performance: { hints: false },
    optimization: {
      // ExcelJS belongs to the command line; nothing in the pane may pull it in.
      splitChunks: { chunks: 'async' },
    },
    devServer: {
      port: Number(process.env.PORT || 3000),
      host: 'localhost',
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: certs ? { type: 'https', options: certs } : { type: 'http' },
      static: false,
      client: { overlay: { warnings: false, errors: true } },
      open: false,
    },
  };
};

module.exports.DEV_URL = DEV_URL;
module.exports.OFFICE_FILES = OFFICE_FILES;
module.exports.devCerts = devCerts;
module.exports.INITIAL_JS_BUDGET = INITIAL_JS_BUDGET;
