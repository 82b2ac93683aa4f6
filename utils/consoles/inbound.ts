import { z } from 'zod';
import { addDays } from '../iso-date';

/**
 * A platform-fulfilment inbound shipment as a console page shows it (Amazon's Send to
 * Amazon): what the first-leg advice needs, read from the page and nothing guessed. Only
 * totals are shown per shipment, so the cartons are read as `boxes` of equal weight and
 * volume (docs/first-leg.md).
 */
export interface InboundShipment {
  /** The marketplace the seller is sending to (ISO 3166 alpha-2). */
  marketplace: string;
  /** Country of the fulfilment centre(s), from the "Ship to" address, else the marketplace's. */
  destinationCountry: string;
  fulfilmentCentres: string[];
  boxes: number;
  weightKg: number;
  volumeCbm: number;
  /** YYYY-MM-DD, or null when the page shows none. */
  shipDate: string | null;
}

/**
 * What a content script reads off an inbound page: the shipment blocks' texts and the ship
 * date. The background parses the figures and plans (the content script carries only the
 * reading); validated there with this schema.
 */
export const InboundPageSchema = z.strictObject({
  marketplace: z.string().regex(/^[A-Z]{2}$/),
  blocks: z.array(z.string().max(5000)).min(1).max(100),
  shipDate: z.iso.date().nullable(),
});
export type InboundPage = z.infer<typeof InboundPageSchema>;

export type InboundPageRead = { ok: true; page: InboundPage } | { ok: false; reason: string };

export type InboundResult = { ok: true; shipment: InboundShipment } | { ok: false; reason: string };

/** Days from the ship date to the default in-stock-by date, until the seller sets one. */
export const DEFAULT_LEAD_DAYS = 60;

/**
 * A first-leg plan for the shipment the page shows. The page gives totals only, so the
 * boxes are taken as equal cubes of the average weight and volume: exact for weight and
 * volume charges, approximate for the carton side limit (docs/first-leg.md).
 */
export function planFromInbound(
  shipment: InboundShipment,
  today: string,
  neededBy: string | null,
): {
  destination: string;
  readyDate: string;
  neededBy: string;
  cartons: {
    count: number;
    weightKg: number;
    lengthCm: number;
    widthCm: number;
    heightCm: number;
  }[];
} {
  const readyDate = shipment.shipDate ?? today;
  const boxes = Math.max(shipment.boxes, 1);
  const side = Math.round(Math.cbrt((shipment.volumeCbm / boxes) * 1_000_000) * 10) / 10;
  return {
    destination: shipment.destinationCountry,
    readyDate,
    neededBy: neededBy ?? addDays(readyDate, DEFAULT_LEAD_DAYS),
    cartons: [
      {
        count: boxes,
        weightKg: Math.round((shipment.weightKg / boxes) * 1000) / 1000,
        lengthCm: side,
        widthCm: side,
        heightCm: side,
      },
    ],
  };
}
