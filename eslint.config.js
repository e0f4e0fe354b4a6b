/* `npm run lint` (with `prettier --check`). Office's add-in rules catch Excel API misuse such as
   reading a proxy before load/sync; react-hooks catches broken hook order and stale effects. */
const { defineConfig } = require("eslint/config");
const tseslint = require("typescript-eslint");
const reactHooks = require("eslint-plugin-react-hooks");
const officeAddins = require("eslint-plugin-office-addins");
const globals = require("globals");

// The plugin's recommended config lists its rules for .js/.ts only; the pane's .tsx files call Excel too.
const officeRules = Object.fromEntries(
  officeAddins.configs.recommended.flatMap((c) => Object.entries(c.rules ?? {})).filter(([name]) => name.startsWith("office-addins/")),
);

module.exports = defineConfig(
  { ignores: ["dist/", "lib/", "coverage/", "test-output/", ".cache/"] },
  // Office's recommended config brings @eslint/js recommended and eslint-config-prettier; typescript-eslint's
  // comes after it so that its TypeScript overrides of those core rules (no-undef, no-unused-vars) win.
  officeAddins.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    files: ["src/**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    rules: officeRules,
  },
  {
    languageOptions: { ecmaVersion: "latest", globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `npm run lint` runs `prettier --check` itself; one formatting report is enough.
      "prettier/prettier": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // The browser build of ExcelJS has no typed entry point of its own.
      "@typescript-eslint/no-require-imports": ["error", { allow: ["^exceljs/dist/"] }],
    },
  },
  {
    files: ["test/**"],
    rules: {
      // The fake Excel's own tests read unloaded proxies on purpose, and ExcelJS's getCell looks like Office's API to these rules.
      ...Object.fromEntries(Object.keys(officeRules).map((name) => [name, "off"])),
      // Tests load modules afresh (jest.isolateModules) and by computed path.
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
