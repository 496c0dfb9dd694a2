import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

/** Hosts of the job boards RoleClip has site adapters for. Requested only on demand. */
const JOB_BOARD_HOSTS = [
  '*://*.zhipin.com/*',
  '*://*.zhaopin.com/*',
  '*://*.51job.com/*',
  '*://*.liepin.com/*',
  '*://*.lagou.com/*',
  '*://*.linkedin.com/*',
  '*://*.indeed.com/*',
  '*://*.seek.com.au/*',
];

// The e2e variant adds only the loopback host, because tests cannot make the real toolbar click
// that grants activeTab. It is built to its own folder; the shipped build keeps no host permission.
const e2e = process.env.ROLECLIP_E2E === '1';

// ROLECLIP_PROFILE=1: an unminified build, so a CPU profile (bench/profile-popup.ts) names functions.
const profile = process.env.ROLECLIP_PROFILE === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  ...(profile ? { vite: () => ({ build: { minify: false } }) } : {}),
  hooks: {
    // The body model's weights as a file of the package, for the background script to fetch when it
    // matches a clip (platform/body-model-asset.ts): a service worker cannot load the chunk the
    // pages import, and an import there would inline the weights into the background script.
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: resolve('lib/roles/data/body-model.json'), relativeDest: 'body-model.json' });
    },
  },
  outDirTemplate: e2e ? '{{browser}}-mv{{manifestVersion}}-e2e' : '{{browser}}-mv{{manifestVersion}}',
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // MV2 (Firefox's default build) lists optional hosts among optional_permissions.
    ...(manifestVersion === 3
      ? { optional_host_permissions: JOB_BOARD_HOSTS }
      : { optional_permissions: JOB_BOARD_HOSTS }),
    ...(e2e ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    // The library workspace doubles as the options page, so it is one click from the extensions menu.
    options_ui: { page: 'library.html', open_in_tab: true },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'roleclip@roleclip.local',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
