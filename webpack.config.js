// Builds the task pane into dist/ and serves it at https://localhost:3000 for
// development. office.js is NOT bundled: Office requires it from Microsoft's
// CDN (see the <script> tag in src/taskpane/taskpane.html).
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { loadCatalog, taskpaneTemplateParameters } = require("./scripts/catalog.cjs");

const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

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

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  // Only `webpack serve` needs certificates; `npm run build` stays offline and quiet.
  const server = env.WEBPACK_SERVE ? await devServerHttps() : undefined;

  return {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // Content hashes let the webview cache vendor chunks across releases.
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
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
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // React and Fluent change far less often than our code, so they get
          // their own long-lived files. "initial" keeps lazily loaded parts
          // (the results table, the engine) out of the first download.
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
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: taskpaneTemplateParameters(),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    performance: {
      // Development bundles are unminified with inline source maps: sizes there mean nothing.
      hints: dev ? false : "warning",
      // Webpack's default 244 KiB limit is for minified, uncompressed files;
      // React + Fluent alone exceed it (about 100 KiB once gzipped, as served).
      // Warn only if the first load grows well beyond today's ~360 KiB.
      maxEntrypointSize: 450 * 1024,
      maxAssetSize: 300 * 1024,
    },
    devServer: {
      port: DEV_SERVER_PORT,
      server,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      client: { overlay: { warnings: false } },
    },
  };
};
