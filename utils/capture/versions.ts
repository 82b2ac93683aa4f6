import browser from 'webextension-polyfill';
import type { SnapshotReply } from '../messaging';
import type { CaptureVersions } from './report';

/** The versions a capture names: this extension's, and the rules pack the tab is using. */
export function captureVersions(rules: SnapshotReply | null): CaptureVersions {
  return {
    extension: browser.runtime.getManifest().version,
    rulesPack: rules?.snapshot.pack.version ?? null,
  };
}
