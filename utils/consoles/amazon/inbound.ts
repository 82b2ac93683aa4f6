/**
 * Send to Amazon (FBA inbound) pages: `/fba/sendtoamazon[/<step>]?wf=<workflow id>`.
 *
 * Evidence is thin (docs/first-leg.md "Sample page"): one public automation guide for the
 * wizard (2025–26) describes Katal web components with per-render ids, `H4` step headings,
 * buttons as `kat-button[label=…]`, and per shipment a text block
 *   "Ship to: <FC code> - <address>" … "Boxes: N  SKUs: N  Units: N  Volume: N CBM  Weight: N kg"
 * and a "Ship date" control inside a component's shadow root. So the page is read by those
 * texts, not by markup; the ship date from the date picker's `value` attribute is a GUESS.
 */
import { elementText } from '../dom';
import type { InboundPage, InboundPageRead, InboundResult } from '../inbound';
import type { MountPoint } from '../types';
import { regionOfHost } from './regions';

const path = /^\/fba\/sendtoamazon(?:\/[\w-]+)?\/?$/;

export function isInboundPage(url: URL): boolean {
  return (
    url.protocol === 'https:' && regionOfHost(url.hostname) !== null && path.test(url.pathname)
  );
}

/** The wizard's controls, present (disabled) from load: the page is drawn. */
export const inboundReady = [
  'kat-button[label="Get shipping cost"]',
  'kat-button[label="Accept charges and confirm shipping"]',
] as const;

const shipDatePicker = ['kat-date-picker[value]', 'kat-datepicker[value]'] as const;

/** Each shipment block's text, from one "Ship to:" to the next. */
function shipmentBlocks(text: string): string[] {
  return text.split(/(?=Ship to:)/).filter((part) => part.startsWith('Ship to:'));
}

/**
 * What the content script reads: the shipment blocks' texts and the ship date. The figures
 * are parsed by `shipmentOf` in the background, so the content script carries only this.
 */
export function readInboundPage(doc: Document, url: URL): InboundPageRead {
  const region = regionOfHost(url.hostname);
  if (!region) return { ok: false, reason: `${url.hostname} is not a known marketplace` };
  const blocks = shipmentBlocks(elementText(doc.body));
  if (blocks.length === 0) {
    return {
      ok: false,
      reason: 'No "Ship to:" shipment block on the page (step 2 not reached yet?)',
    };
  }
  const shipDate = shipDatePicker
    .map((selector) => doc.querySelector(selector)?.getAttribute('value') ?? '')
    .find((value) => /^\d{4}-\d{2}-\d{2}$/.test(value));
  return { ok: true, page: { marketplace: region.country, blocks, shipDate: shipDate ?? null } };
}

/**
 * A Send to Amazon page by what it shows, at a path the URL table does not know: a shipment
 * block with its box count and weight.
 */
export function showsInboundShipment(doc: Document, url: URL): boolean {
  // Most pages say neither: one cheap look at the raw text before reading the blocks.
  const raw = doc.body?.textContent ?? '';
  if (url.protocol !== 'https:' || !raw.includes('Ship to:') || !raw.includes('Boxes:')) {
    return false;
  }
  const read = readInboundPage(doc, url);
  return read.ok && read.page.blocks.some((block) => /Boxes:[^]*Weight:[^]*kg/i.test(block));
}

function number(text: string, pattern: RegExp): number | null {
  const found = pattern.exec(text)?.[1];
  return found === undefined ? null : Number(found.replace(/,/g, ''));
}

/** The shipment the blocks describe: boxes, weight and volume summed, centres and country. */
export function shipmentOf(page: InboundPage): InboundResult {
  let boxes = 0;
  let weightKg = 0;
  let volumeCbm = 0;
  const centres: string[] = [];
  let destinationCountry: string | null = null;
  for (const block of page.blocks) {
    const count = number(block, /Boxes:\s*([\d,]+)/);
    const kg = number(block, /Weight:\s*([\d.,]+)\s*kg/i);
    const cbm = number(block, /Volume:\s*([\d.,]+)\s*CBM/i);
    if (count === null || kg === null || cbm === null) {
      return {
        ok: false,
        reason: 'A shipment block lacks "Boxes:", "Volume: … CBM" or "Weight: … kg"',
      };
    }
    boxes += count;
    weightKg += kg;
    volumeCbm += cbm;
    const shipTo =
      /^Ship to:\s*([A-Z0-9]{3,5})\s*-\s*(.*?)(?=Fulfillment capability|Boxes:|$)/.exec(block);
    if (shipTo?.[1]) centres.push(shipTo[1]);
    // The address ends with the country code ("…, CA 92376, US").
    destinationCountry ??= /,\s*([A-Z]{2})\s*$/.exec(shipTo?.[2]?.trim() ?? '')?.[1] ?? null;
  }
  return {
    ok: true,
    shipment: {
      marketplace: page.marketplace,
      destinationCountry: destinationCountry ?? page.marketplace,
      fulfilmentCentres: centres,
      boxes,
      weightKg: Math.round(weightKg * 1000) / 1000,
      volumeCbm: Math.round(volumeCbm * 1000) / 1000,
      shipDate: page.shipDate,
    },
  };
}

/** The page's shipment, read and parsed in one go (tests, the command line). */
export function readInbound(doc: Document, url: URL): InboundResult {
  const read = readInboundPage(doc, url);
  return read.ok ? shipmentOf(read.page) : read;
}

/** After the "Step 2: Confirm shipping" heading, else before the first shipment block. */
export function inboundMount(doc: Document): MountPoint | null {
  const heading = [...doc.querySelectorAll('h4')].find((h) => /^Step 2\b/.test(elementText(h)));
  if (heading) return { anchor: heading, position: 'after' };
  const button = doc.querySelector(inboundReady[0]);
  return button ? { anchor: button, position: 'before' } : null;
}
