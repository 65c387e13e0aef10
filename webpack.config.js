// Builds the task pane into dist/ and serves it at https://localhost:3000 for
// development. office.js is NOT bundled: Office requires it from Microsoft's
// CDN (see the <script> tag in src/taskpane/taskpane.html).
//
// With `--env preview` it builds the browser preview instead (src/preview:
// the task pane beside an in-browser workbook, no Excel needed) into
// dist-preview/, served at http://localhost:3001 by `npm run preview`.
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { loadCatalog, taskpaneTemplateParameters } = require("./scripts/catalog.cjs");
const { deployUrl, productionManifest } = require("./scripts/manifest.cjs");

const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const PREVIEW_PORT = Number(process.env.PREVIEW_PORT || process.env.npm_package_config_preview_port || 3001);

/** The seed plan the preview offers to import, copied next to preview.html. */
const PREVIEW_SAMPLE = "seeds/bac-son-2024-2025.txt";

/**
 * HTTPS settings for the dev server. Office only loads add-ins over https, and
 * the office-addin-dev-certs certificate is trusted by the system so Excel
 * accepts it. Creating it can fail (Linux without sudo, CI, no keychain), in
 * which case webpack-dev-server's own self-signed certificate still gives
 * https, with a one-time browser warning.
 */
async function devServerHttps() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    const { tBoth } = loadCatalog();
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    console.warn(tBoth("devCertFallback", { reason }));
    return "https";
  }
}

/**
 * pdf.js's worker comes minified; minifying its 1.4 MB again only costs
 * build time (and emits a source map nobody needs). Marking it minimized
 * before the minimizer runs makes the minimizer skip it.
 */
class KeepPrebuiltMinified {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("KeepPrebuiltMinified", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "KeepPrebuiltMinified", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (/^pdfjs\/.*\.min\.[\w]+\.mjs$/.test(name)) compilation.updateAsset(name, (source) => source, { minimized: true });
          }
        },
      );
    });
  }
}

/** Pages of each build: the add-in's task pane, or the preview. */
function pages(preview) {
  if (preview) {
    const { t } = loadCatalog();
    return [
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        templateParameters: { title: t("previewPageTitle", "vi") },
      }),
    ];
  }
  return [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      templateParameters: taskpaneTemplateParameters(),
    }),
  ];
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const preview = Boolean(env.preview);
  // Only `webpack serve` of the add-in needs certificates; the preview is
  // plain http (no Office involved) and `npm run build` stays offline and quiet.
  const server = env.WEBPACK_SERVE && !preview ? await devServerHttps() : "http";

  return {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: preview ? { preview: "./src/preview/index.tsx" } : { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, preview ? "dist-preview" : "dist"),
      // Content hashes let the webview cache vendor chunks across releases.
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: {
        // ExcelJS's "browser" field points at dist/exceljs.min.js, which adds
        // core-js and regenerator for IE; the bare build is the same library
        // for the evergreen webviews the add-in supports (~20 KB less gzipped).
        exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.bare.min.js"),
      },
    },
    module: {
      // Prebuilt single-file bundles: nothing for webpack to resolve inside, so skip parsing them.
      noParse: /[\\/]node_modules[\\/]exceljs[\\/]dist[\\/]/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            // ES modules (not tsconfig's CommonJS, which is for jest and the
            // CLI) so webpack can tree-shake and split `import()` into chunks.
            compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap: dev },
          },
        },
        {
          // pdf.js's worker, reached by `new URL(…, import.meta.url)` in
          // src/readers/pdfjs-worker-url.mjs: emitted as is (it is already
          // minified) into pdfjs/, beside the CMaps and fonts copied below.
          test: /[\\/]pdfjs-dist[\\/].*\.worker\.min\.mjs$/,
          type: "asset/resource",
          generator: { filename: "pdfjs/[name].[contenthash:8][ext]" },
        },
      ],
    },
    optimization: {
      // The runtime lists every chunk's file name; on its own, a change to a
      // lazy chunk rewrites only this small file, not the entry script.
      runtimeChunk: "single",
      splitChunks: {
        cacheGroups: {
          // React and Fluent change far less often than our code, so they get
          // their own long-lived files. "initial" keeps lazily loaded parts
          // (the results table, the engine, the document readers, ExcelJS)
          // out of the first download.
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            chunks: "initial",
            priority: 20,
          },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc|tslib|use-sync-external-store|rtl-css-js|stylis)[\\/]/,
            name: "fluent",
            chunks: "initial",
            priority: 10,
          },
          // Named lazy chunks, so the network panel and the bench say what loads when.
          mammoth: {
            test: /[\\/]node_modules[\\/](mammoth|jszip|bluebird|underscore|lop|option|@xmldom|xmlbuilder|dingbat-to-unicode|base64-js|pako|lie|immediate|setimmediate|readable-stream|process-nextick-args|safe-buffer|string_decoder|core-util-is|inherits|isarray|util-deprecate)[\\/]/,
            name: "mammoth",
            chunks: "async",
            priority: 5,
          },
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "exceljs",
            chunks: "async",
            priority: 5,
          },
        },
      },
    },
    plugins: [
      ...pages(preview),
      new KeepPrebuiltMinified(),
      // The Node pdf.js loader (and the builtins it reaches for) never ship to a
      // browser: ./pdfjs-node becomes ./pdfjs-node.browser, which gives
      // readDocument the browser loader as its default.
      new webpack.NormalModuleReplacementPlugin(/^\.\/pdfjs-node$/, (resource) => {
        if (/[\\/]src[\\/]readers$/.test(resource.context)) resource.request = "./pdfjs-node.browser";
      }),
      // The messages Node registers at start (every area, both languages) are fetched as chunks here.
      new webpack.NormalModuleReplacementPlugin(/^\.\/node-catalog$/, (resource) => {
        if (/[\\/]src[\\/]i18n$/.test(resource.context)) resource.request = "./node-catalog.browser";
      }),
      // Likewise the .xlsx reader's inflater: Node's zlib in the CLI, fflate here.
      new webpack.NormalModuleReplacementPlugin(/^\.\/inflate$/, (resource) => {
        if (/[\\/]src[\\/]hosts[\\/]xlsx$/.test(resource.context)) resource.request = "./inflate.browser";
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          ...(preview
            ? [{ from: PREVIEW_SAMPLE, to: PREVIEW_SAMPLE }]
            : [
                // Production: the manifest on the deployment address (scripts/manifest.cjs); development keeps localhost.
                {
                  from: "manifest.xml",
                  to: "manifest.xml",
                  ...(dev ? {} : { transform: (content) => productionManifest(content.toString("utf8"), deployUrl()) }),
                },
                { from: "assets/support.html", to: "support.html" },
              ]),
          // What pdf.js fetches for PDFs that use predefined CMaps or the 14 standard fonts without embedding them.
          { from: "node_modules/pdfjs-dist/cmaps", to: "pdfjs/cmaps" },
          { from: "node_modules/pdfjs-dist/standard_fonts", to: "pdfjs/standard_fonts" },
        ],
      }),
    ],
    performance: {
      // Development bundles are unminified with inline source maps: sizes there mean nothing.
      hints: dev ? false : "warning",
      // Webpack's default 244 KiB limit is for minified, uncompressed files;
      // React + Fluent alone exceed it (about 100 KiB once gzipped, as served).
      // Warn only if the first load grows well beyond today's ~510 KiB
      // (~145 KiB gzipped; the goal is under 250 KiB gzipped). The preview
      // (never shipped to Excel) also carries the workbook code up front.
      maxEntrypointSize: (preview ? 700 : 600) * 1024,
      // The lazily loaded readers and ExcelJS are big by nature (pdf.js's
      // worker alone is 1.4 MB) and fetched only when used: no per-file limit
      // for them. The other files keep one (the preview's Fluent chunk is larger).
      assetFilter: (file) => !/^(pdfjs|mammoth|exceljs)[./]/.test(file) && file.endsWith(".js"),
      maxAssetSize: (preview ? 400 : 300) * 1024,
    },
    devServer: preview
      ? {
          port: PREVIEW_PORT,
          server,
          static: false,
          open: false,
          client: { overlay: { warnings: false } },
          // "/" opens the preview page, like the static server does.
          historyApiFallback: { index: "/preview.html" },
        }
      : {
          port: DEV_SERVER_PORT,
          server,
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          client: { overlay: { warnings: false } },
        },
  };
};
