/**
 * Tracking numbers: recognise the carrier, verify the check digit, build the tracking link, and
 * find numbers in page text. Pure functions over the data in carriers.ts; no DOM.
 */
export { detectTracking, normaliseTrackingNumber, trackingMatchesCarrier } from './detect';
export type { CarrierAgreement, TrackingHints, TrackingMatch } from './detect';
export { scanField, scanText } from './scan';
export type { ScanMatch, ScanOptions } from './scan';
export { TRACKING_FORMATS } from './carriers';
export type { TrackingFormat } from './schema';
