import type { ConsolePageKind } from '../../../utils/order-facts';

/** A saved console page, the address it is served at, and what ShipLens must show on it. */
export interface SamplePage {
  /** Relative to test/fixtures. */
  fixture: string;
  url: string;
  kind: ConsolePageKind | null;
  expectPanel: boolean;
  expectBadges: number;
  /** Numbers that must get a copy button, in page order. */
  trackingNumbers: string[];
  /** The carrier each of those buttons must name (`data-carrier`), when the row checks it. */
  trackingCarriers?: string[];
}
