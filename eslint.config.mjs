// ESLint 9 flat config: typescript-eslint, React, and the Office add-in rules
// that office-addin-lint uses (eslint-plugin-office-addins).
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";
import reactPlugin from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

// The plugin's `configs.recommended` is [eslint:recommended, prettier-compat,
// {plugins, parser, rules}]. Its last block registers the plugin's own nested
// copy of typescript-eslint under "@typescript-eslint"; ESLint refuses two
// plugins with one name, and that copy's parser predates our TypeScript. So
// the rule-only blocks are taken as they are, and from the last block only
// its non-plugin rules and the office-addins rules.
// prettier/prettier is deliberately not enabled: the tree is hand-formatted
// by several people and a formatter-as-lint-error would fail their files.
const officeRecommended = officeAddins.configs.recommended;
const officeRuleBlock = officeRecommended.find((block) => block.plugins?.["office-addins"]);
const officeBlockRules = Object.entries(officeRuleBlock.rules);
const coreRules = Object.fromEntries(officeBlockRules.filter(([name]) => !name.includes("/")));
const officeAddinRules = Object.fromEntries(officeBlockRules.filter(([name]) => name.startsWith("office-addins/")));

export default defineConfig(
  globalIgnores(["dist/", "dist-preview/", "lib/", "node_modules/", "coverage/", ".eval-out/", "test-output/"]),
  ...officeRecommended.filter((block) => !block.plugins),
  tseslint.configs.recommended,
  reactPlugin.configs.flat.recommended,
  reactPlugin.configs.flat["jsx-runtime"],
  {
    settings: { react: { version: "detect" } },
    rules: {
      ...coreRules,
      // Cleaning text from Word/PDF means matching control characters on
      // purpose (C0 separators, NUL); the rule's docs say to turn it off then.
      "no-control-regex": "off",
    },
  },
  {
    // The Office.js rules guess proxies from names (any get*() result must be
    // load()ed and synced), so they only make sense where Excel is called.
    // The engine, readers and CLI never touch Office.js, and there the guess
    // misfires (pdf.js `getDocument(...).promise`).
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/domain/**", "src/readers/**", "src/cli/**"],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinRules,
  },
  {
    // Hooks called in a fixed order, and effects that name what they read: the two mistakes the type checker cannot see.
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    // TypeScript checks component props; prop-types would only duplicate it.
    files: ["**/*.tsx"],
    rules: { "react/prop-types": "off" },
  },
  {
    files: ["src/**/*.{ts,tsx}", "tests/**/*.{ts,tsx}"],
    languageOptions: { globals: globals.browser },
  },
  {
    // Build scripts, the CLI launcher and config files run in Node.
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: globals.node },
  },
  {
    // package.json has no "type", so .js and .cjs files are CommonJS.
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
