import { defineConfig } from 'wxt';
import { eagerCompile } from './scripts/lib/eager-compile';

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  hooks: {
    // Content scripts are injected into every console page, so they get terser's two-pass
    // minification (about 3 KB gzip smaller than the default esbuild pass); the extension's own
    // pages keep the faster default. Sizes: `npm run bench`, budget: test/e2e/bundle-budget.e2e.ts.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      config.build = {
        ...config.build,
        minify: 'terser',
        terserOptions: { compress: { passes: 2 } },
      };
      config.plugins = [...(config.plugins ?? []), eagerCompile()];
      // The same React components render through preact/compat in content scripts: about 38 KB
      // gzip less than react-dom in every console page (docs/decisions.md#preact-in-content-scripts).
      // Vite takes aliases as a list or an object; the list keeps the order they are tried in.
      const aliases = config.resolve?.alias ?? [];
      config.resolve = {
        ...config.resolve,
        alias: [
          ...(Array.isArray(aliases)
            ? aliases
            : Object.entries(aliases).map(([find, replacement]) => ({ find, replacement }))),
          { find: /^react(-dom)?(\/client)?$/, replacement: 'preact/compat$2' },
          { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-$1runtime' },
        ],
      };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: the rules-feed schedule. Nothing else: content scripts get their hosts from
    // their own `matches`, and a feed's host is requested when the seller subscribes.
    permissions: ['alarms'],
    optional_host_permissions: ['https://*/*'],
    ...(browser === 'firefox'
      ? {
          // The MV2 build drops optional_host_permissions: there, hosts are optional permissions.
          optional_permissions: ['https://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'shiplens@shiplens.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // A fixed public key gives the unpacked build a stable extension id
          // (end-to-end tests and the demo open its options page by address).
          key: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAo37UB5T5VD740ZT4+ZVwAbfbQSgAQSXSkceVyNgPGEBUoCdWChco2SmQBpUB33cvnYIKf04Jv06e8ioeyTfRylhe7R8L3DNpJtCayXe4bNlc0O7y4fp0cQ36723Rr9uMvm5dDWfbwd+4624aw5u4HSEFN55aLQQd2QuL5iIBiX49ZdYlluiN5AkkSwgJSiJdu7mmEL2kJvaXUPI5jS5vIZGWjFSfcQOjcjYMGkmPR1EVaIBSiuUicgTm3mQ6guTD66GudkoqXDDbnZMyt9AXU5LfMJRqo1XoYP4ttuzqQK04+IzsjG/sHqA+E+Wz6XyjWsLgBZ46xafA9hWWxnYtQwIDAQAB',
        }),
  }),
});
