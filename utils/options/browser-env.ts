/** The options page's access to the browser: its database, host permissions, the background. */
import browser from 'webextension-polyfill';
import { ShipLensDb } from '../db';
import { send } from '../messaging';
import { defaultPack } from '../rules/pack/bundled-pack';
import type { OptionsEnv } from './actions';

export function browserOptionsEnv(): OptionsEnv {
  return {
    db: new ShipLensDb(),
    fallback: defaultPack,
    now: () => new Date(),
    requestOrigins: (origins) => browser.permissions.request({ origins }),
    removeOrigins: async (origins) => {
      await browser.permissions.remove({ origins });
    },
    updateFeeds: (url) => send({ type: 'update-feeds', ...(url === undefined ? {} : { url }) }),
  };
}
