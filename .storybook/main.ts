/**
 * Storybook 10 for designers and web editors: every component in every state
 * (stories/*.stories.ts), docs pages from custom-elements.json, the a11y
 * addon failing on violations. Offline: no telemetry, no update checks.
 *
 * `npm run storybook` (dev server on 127.0.0.1:6006), `npm run build-storybook`
 * (static files in storybook-static/).
 */
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    // Our own small Vite config: the project's vite.config.ts is a library build.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // Stories load the sample feeds as `src="feeds/kronoberg.json"` (relative: a Storybook published under a sub-path works too); the map's
  // "With tiles" story draws the test fixture tiles (grey squares, no tile server).
  staticDirs: [
    { from: '../demo/feeds', to: '/feeds' },
    { from: '../test/partner-map/tiles', to: '/test/partner-map/tiles' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
