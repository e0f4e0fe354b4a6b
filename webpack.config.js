/* Builds the add-in: the task pane and the custom functions share one page (shared runtime).
   `--env officejs=local` serves office.js from our own origin (the default for development and
   for the tests, so the pane loads with no other network access); a production build without it
   references the Office CDN, as Microsoft requires for store add-ins. */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { functionFiles } = require("./scripts/functionFiles");

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_DIST = path.resolve(__dirname, "node_modules/@microsoft/office-js/dist");
const DEV_PORT = 3000;

function contentSecurityPolicy(officeOrigin) {
  const extra = officeOrigin ? ` ${officeOrigin}` : "";
  return [
    "default-src 'self'",
    `script-src 'self'${extra}`,
    // Fluent UI (Griffel) inserts its CSS at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${extra}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * The pane's first screen as HTML, its styles and its markup, from the pane's own components
 * (src/taskpane/prerender.tsx); once per process, so a development server keeps the screen it
 * started with until the script renders over it.
 */
let prerendered;
function prerenderedPane() {
  if (prerendered === undefined) {
    require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs", jsx: "react-jsx" } });
    prerendered = require("./src/taskpane/prerender.tsx").prerenderPane();
  }
  return prerendered;
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const localOffice = env.officejs ? env.officejs === "local" : !production;
  const officeScript = localOffice ? "office-js/office.js" : OFFICE_CDN;

  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the CSP forbids eval in development too.
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: {
      // The guard must run before functions.ts registers anything (see src/office/functionsGuard.ts).
      functions: ["./src/office/functionsGuard.ts", "./src/functions/functions.ts"],
      taskpane: "./src/taskpane/index.tsx",
      // Loaded by the page's head itself (taskpane.html), before the first screen is parsed.
      restore: "./src/taskpane/restore.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
      publicPath: "",
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // Nothing the browser loads needs Node's built-ins: a library that names one gets none.
      fallback: { fs: false, path: false, stream: false, crypto: false, os: false, zlib: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: true } } },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      // One runtime per entry keeps functions.js loadable on its own (e.g. a separate runtime later);
      // the pane's lazy chunks share what they have in common (the model, Fluent's fields) in chunks of their own.
      splitChunks: { chunks: "async" },
      // Webpack's built-in HTML minifier would rewrite taskpane.html; it is tiny and its CSP
      // should stay easy to audit.
      minimizeOptions: { html: false },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionFiles() }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Both bundles: the custom functions live in the pane's page in the shared runtime.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        // At the end of the body: between office.js and the first screen, each script tag made the
        // parser stop and a half-parsed screen be laid out before the option choice was read.
        inject: "body",
        minify: false,
        templateParameters: {
          // Rendered when the page is written, not when the configuration is read.
          get prerenderedStyles() {
            return prerenderedPane().head;
          },
          get prerendered() {
            return prerenderedPane().body;
          },
          officeScript,
          csp: contentSecurityPolicy(localOffice ? null : new URL(OFFICE_CDN).origin),
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          ...(localOffice
            ? [
                {
                  from: "**/*",
                  context: OFFICE_DIST,
                  to: "office-js/",
                  globOptions: { ignore: ["**/*.debug.js", "**/*.d.ts"] },
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
