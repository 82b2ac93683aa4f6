import type { CarrierAlias, FormatCollision, TrackingData, TrackingFormat } from './schema';
import { S10_COUNTRY_CODES } from './s10-countries';

/**
 * Tracking-number formats as data: only what detection needs ships in the extension.
 *
 * Most formats come from jkeen/tracking_number_data (MIT, notice in THIRD_PARTY_NOTICE.md), with
 * their regexes rewritten for one normalised token (no `\s*`, anchored). Where each format comes
 * from, and its valid and invalid test numbers, are kept beside the tests, keyed by format id:
 * test/fixtures/tracking/formats.ts (a unit test requires both for every format).
 *
 * Order matters only as a last tie-break; ambiguity is settled by the carrier field, the
 * order's destination (`markets`) and `FORMAT_COLLISIONS` (see detect.ts).
 */

/**
 * 17TRACK's public multi-carrier page, for carriers whose own tracking page takes the number in
 * a form post rather than in the URL (UPU posts, Yanwen, 4PX, SpeedPAK).
 */
const SEVENTEEN_TRACK = 'https://t.17track.net/en#nums=%s';

/** UPU S10: 2 letters (service), 8-digit serial, check digit, 2-letter issuing country. */
const S10_SERIAL = '(?<SerialNumber>[0-9]{8})(?<CheckDigit>[0-9])';

/** DPD's group-wide tracking page takes the parcel number of every national DPD company. */
const DPD_TRACKING = 'https://www.dpdgroup.com/nl/mydpd/my-parcels/track?lang=en&parcelNumber=%s';
/** Countries where DPD group companies deliver (https://www.dpdgroup.com/, "our network"). */
const DPD_MARKETS = [
  'GB',
  'IE',
  'DE',
  'AT',
  'CH',
  'FR',
  'BE',
  'NL',
  'LU',
  'PL',
  'CZ',
  'SK',
  'HU',
  'SI',
  'HR',
  'PT',
  'ES',
  'EE',
  'LV',
  'LT',
];
const ONTRAC_TRACKING = 'https://www.ontrac.com/tracking/?number=%s';
const OLD_DOMINION_TRACKING =
  'https://www.odfl.com/us/en/tools/trace-track-ltl-freight/trace.html?proNumbers=%s';

const formats: TrackingFormat[] = [
  // ─── UPU S10 postal items ────────────────────────────────────────────────────────────────
  {
    // China Post Registered Air Mail (R…CN)
    id: 'china-post-registered',
    carrier: 'China Post',
    carrierId: 'china-post',
    pattern: `^(?<ServiceType>R[A-Z])${S10_SERIAL}(?<CountryCode>CN)$`,
    checksum: { name: 's10' },
    countryCodes: ['CN'],
    scope: 'anywhere',
    trackingUrl: SEVENTEEN_TRACK,
  },
  {
    // China Post Ordinary Small Packet Plus (U…CN)
    id: 'china-post-ordinary',
    carrier: 'China Post',
    carrierId: 'china-post',
    pattern: `^(?<ServiceType>U[A-Z])${S10_SERIAL}(?<CountryCode>CN)$`,
    checksum: { name: 's10' },
    countryCodes: ['CN'],
    scope: 'anywhere',
    trackingUrl: SEVENTEEN_TRACK,
  },
  {
    // China EMS / e-EMS (E…CN)
    id: 'china-ems',
    carrier: 'China EMS',
    carrierId: 'china-post',
    pattern: `^(?<ServiceType>E[A-Z])${S10_SERIAL}(?<CountryCode>CN)$`,
    checksum: { name: 's10' },
    countryCodes: ['CN'],
    scope: 'anywhere',
    trackingUrl: SEVENTEEN_TRACK,
  },
  {
    // China Post ePacket / e邮宝 (L…CN)
    id: 'china-post-epacket',
    carrier: 'China Post ePacket',
    carrierId: 'china-post',
    pattern: `^(?<ServiceType>L[A-Z])${S10_SERIAL}(?<CountryCode>CN)$`,
    checksum: { name: 's10' },
    countryCodes: ['CN'],
    scope: 'anywhere',
    trackingUrl: SEVENTEEN_TRACK,
  },
  {
    // Yanwen (S10 shape, pseudo-country YP/YN)
    id: 'yanwen-s10',
    carrier: 'Yanwen',
    carrierId: 'yanwen',
    // Same shape and check digit as S10, but YP / YN are not ISO countries, so only this format
    // (not upu-s10) claims them.
    pattern: `^(?<ServiceType>[A-Z]{2})${S10_SERIAL}(?<CountryCode>[A-Z]{2})$`,
    checksum: { name: 's10' },
    countryCodes: ['YP', 'YN'],
    scope: 'anywhere',
    trackingUrl: SEVENTEEN_TRACK,
  },
  {
    // UPU S10 international postal item
    id: 'upu-s10',
    carrier: 'Postal service (UPU S10)',
    carrierId: 'upu-post',
    // The look-ahead leaves R/U/E/L…CN to the China Post formats above, so the two never collide.
    pattern: `^(?![ELRU][A-Z][0-9]{9}CN$)(?<ServiceType>[A-Z]{2})${S10_SERIAL}(?<CountryCode>[A-Z]{2})$`,
    checksum: { name: 's10' },
    countryCodes: [...S10_COUNTRY_CODES],
    carrierFromCountryCode: true,
    scope: 'anywhere',
    trackingUrl: SEVENTEEN_TRACK,
  },

  // ─── Chinese cross-border carriers (no public check digit) ──────────────────────────────
  {
    // YunExpress
    id: 'yunexpress',
    carrier: 'YunExpress',
    carrierId: 'yunexpress',
    pattern: '^YT(?<SerialNumber>[0-9]{16})$',
    confidenceWithoutChecksum: 'high',
    scope: 'anywhere',
    trackingUrl: 'https://www.yuntrack.com/parcelTracking?id=%s',
  },
  {
    // 4PX (4PX…CN)
    id: '4px',
    carrier: '4PX',
    carrierId: '4px',
    pattern: '^4PX(?<SerialNumber>[0-9]{13})CN$',
    confidenceWithoutChecksum: 'high',
    scope: 'anywhere',
    trackingUrl: SEVENTEEN_TRACK,
  },
  {
    // Cainiao first-mile reference (LP…)
    id: 'cainiao-lp',
    carrier: 'Cainiao',
    carrierId: 'cainiao',
    pattern: '^LP(?<SerialNumber>[0-9]{12,14})$',
    confidenceWithoutChecksum: 'high',
    scope: 'anywhere',
    trackingUrl: 'https://global.cainiao.com/detail.htm?mailNoList=%s',
  },
  {
    // Cainiao CN→US line (CNUSUP…)
    id: 'cainiao-cnusup',
    carrier: 'Cainiao',
    carrierId: 'cainiao',
    pattern: '^CNUSUP(?<SerialNumber>[0-9]{8,11})$',
    confidenceWithoutChecksum: 'high',
    scope: 'anywhere',
    trackingUrl: 'https://global.cainiao.com/detail.htm?mailNoList=%s',
  },
  {
    // Cainiao Express / Selection (CN + 12–15 digits)
    id: 'cainiao-cn',
    carrier: 'Cainiao',
    carrierId: 'cainiao',
    pattern: '^CN(?<SerialNumber>[0-9]{12,15})$',
    // Only "CN" and a run of digits: order and item ids can take that shape, so it needs a label.
    confidenceWithoutChecksum: 'low',
    scope: 'tracking-context',
    trackingUrl: 'https://global.cainiao.com/detail.htm?mailNoList=%s',
  },
  {
    // SpeedPAK / Orange Connex (EE/ES + 26)
    id: 'speedpak',
    carrier: 'SpeedPAK',
    carrierId: 'speedpak',
    pattern: '^(?<ServiceType>E[ES])(?<SerialNumber>[A-Z0-9]{26})$',
    // A single open-source tracker is the only evidence for this shape (docs/tracking-formats.md).
    confidenceWithoutChecksum: 'low',
    scope: 'tracking-context',
    trackingUrl: SEVENTEEN_TRACK,
  },

  // ─── UPS ─────────────────────────────────────────────────────────────────────────────────
  {
    // UPS 1Z
    id: 'ups-1z',
    carrier: 'UPS',
    carrierId: 'ups',
    pattern: '^1Z(?<SerialNumber>[A-Z0-9]{15})(?<CheckDigit>[0-9])$',
    checksum: { name: 'mod10', evensMultiplier: 1, oddsMultiplier: 2, reverse: false },
    scope: 'anywhere',
    trackingUrl: 'https://wwwapps.ups.com/WebTracking/track?track=yes&trackNums=%s',
  },
  {
    // UPS Waybill
    id: 'ups-waybill',
    carrier: 'UPS',
    carrierId: 'ups',
    pattern: '^(?<ServiceType>[AHJKTV])(?<SerialNumber>[0-9]{9})(?<CheckDigit>[0-9])$',
    checksum: { name: 'mod10', evensMultiplier: 1, oddsMultiplier: 2, reverse: false },
    // One letter and ten digits with a 1-in-10 check: SKUs and ids take that shape.
    scope: 'tracking-context',
    trackingUrl: 'https://wwwapps.ups.com/WebTracking/track?track=yes&trackNums=%s',
  },

  // ─── FedEx ───────────────────────────────────────────────────────────────────────────────
  {
    // FedEx Express (12 digits)
    id: 'fedex-express-12',
    carrier: 'FedEx',
    carrierId: 'fedex',
    pattern: '^(?<SerialNumber>[0-9]{11})(?<CheckDigit>[0-9])$',
    checksum: {
      name: 'sum_product_with_weightings_and_modulo',
      weightings: [3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1],
      modulo1: 11,
      modulo2: 10,
    },
    scope: 'tracking-context',
    trackingUrl: 'https://www.fedex.com/apps/fedextrack/?tracknumbers=%s',
  },
  {
    // FedEx Ground (15 digits)
    id: 'fedex-ground-15',
    carrier: 'FedEx',
    carrierId: 'fedex',
    pattern: '^(?<SerialNumber>[0-9]{14})(?<CheckDigit>[0-9])$',
    checksum: { name: 'mod10', evensMultiplier: 1, oddsMultiplier: 3, reverse: false },
    scope: 'tracking-context',
    trackingUrl: 'https://www.fedex.com/apps/fedextrack/?tracknumbers=%s',
  },
  {
    // FedEx Ground (SSCC-18)
    id: 'fedex-ground-sscc-18',
    carrier: 'FedEx',
    carrierId: 'fedex',
    // Container types 00/01/02/04 are jkeen's "Container Type" lookup.
    pattern: '^(?<ShippingContainerType>0[0124])(?<SerialNumber>[0-9]{15})(?<CheckDigit>[0-9])$',
    checksum: { name: 'mod10', evensMultiplier: 3, oddsMultiplier: 1, reverse: false },
    scope: 'tracking-context',
    trackingUrl: 'https://www.fedex.com/apps/fedextrack/?tracknumbers=%s',
  },
  {
    // FedEx Ground 96 (22 digits)
    id: 'fedex-ground-96',
    carrier: 'FedEx',
    carrierId: 'fedex',
    pattern: '^96[0-9]{2}(?<ServiceType>[0-9]{3})(?<SerialNumber>[0-9]{14})(?<CheckDigit>[0-9])$',
    checksum: { name: 'mod10', evensMultiplier: 1, oddsMultiplier: 3, reverse: false },
    scope: 'anywhere',
    trackingUrl: 'https://www.fedex.com/apps/fedextrack/?tracknumbers=%s',
  },
  {
    // FedEx Ground GSN (34 digits)
    id: 'fedex-ground-gsn',
    carrier: 'FedEx',
    carrierId: 'fedex',
    pattern:
      '^96[0-9]{2}[0-9]{5}(?<GSN>[0-9]{10})[0-9](?<SerialNumber>[0-9]{13})(?<CheckDigit>[0-9])$',
    checksum: {
      name: 'sum_product_with_weightings_and_modulo',
      weightings: [1, 7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1],
      modulo1: 11,
      modulo2: 10,
    },
    scope: 'anywhere',
    trackingUrl: 'https://www.fedex.com/apps/fedextrack/?tracknumbers=%s',
  },
  {
    // FedEx Express (34 digits)
    id: 'fedex-express-34',
    carrier: 'FedEx',
    carrierId: 'fedex',
    pattern:
      '^[0-8][0-9]{14}(?<DestinationZip>[0-9]{5})(?<SerialNumber>[0-9]{13})(?<CheckDigit>[0-9])$',
    checksum: {
      name: 'sum_product_with_weightings_and_modulo',
      weightings: [1, 7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1],
      modulo1: 11,
      modulo2: 10,
    },
    scope: 'anywhere',
    trackingUrl: 'https://www.fedex.com/apps/fedextrack/?tracknumbers=%s',
  },
  {
    // FedEx ASTRA (32 digits)
    id: 'fedex-astra-32',
    carrier: 'FedEx',
    carrierId: 'fedex',
    pattern: '^3[0-9]{15}(?<SerialNumber>[0-9]{11})(?<CheckDigit>[0-9])[0-9]{4}$',
    checksum: {
      name: 'sum_product_with_weightings_and_modulo',
      weightings: [3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1],
      modulo1: 11,
      modulo2: 10,
    },
    scope: 'anywhere',
    // jkeen gives no URL for ASTRA; FedEx's tracking page takes every FedEx number.
    trackingUrl: 'https://www.fedex.com/apps/fedextrack/?tracknumbers=%s',
  },

  // ─── DHL ─────────────────────────────────────────────────────────────────────────────────
  {
    // DHL Express waybill (10–11 digits)
    id: 'dhl-express',
    carrier: 'DHL Express',
    carrierId: 'dhl',
    pattern: '^(?<SerialNumber>[0-9]{9,10})(?<CheckDigit>[0-9])$',
    checksum: { name: 'mod7' },
    // Ten digits with a 1-in-7 check: a US phone number without separators passes 14% of the time.
    scope: 'tracking-context',
    // jkeen's URL, upgraded from http to https.
    trackingUrl: 'https://www.dhl.com/en/express/tracking.html?brand=DHL&AWB=%s',
  },
  {
    // DHL Express piece id (J…)
    id: 'dhl-express-piece-id',
    carrier: 'DHL Express',
    carrierId: 'dhl',
    pattern: '^J[A-Z]{2,3}(?<SerialNumber>[0-9]{9,10})$',
    confidenceWithoutChecksum: 'low',
    scope: 'tracking-context',
    trackingUrl: 'https://www.dhl.com/en/express/tracking.html?brand=DHL&AWB=%s',
  },
  {
    // DHL eCommerce (GM, LX, RX… prefix)
    id: 'dhl-ecommerce',
    carrier: 'DHL eCommerce',
    carrierId: 'dhl',
    // jkeen requires the first character after the prefix to be a digit.
    pattern: '^(?:GM|LX|RX|UV|CN|SG|TH|IN|HK|MY)(?<SerialNumber>[0-9][0-9A-Z]{9,38})$',
    confidenceWithoutChecksum: 'low',
    scope: 'tracking-context',
    trackingUrl: 'https://www.dhl.com/en/express/tracking.html?brand=DHL&AWB=%s',
  },
  {
    // DHL eCommerce (14 digits)
    id: 'dhl-ecommerce-14',
    carrier: 'DHL eCommerce',
    carrierId: 'dhl',
    pattern: '^(?<SerialNumber>[0-9]{14})$',
    confidenceWithoutChecksum: 'low',
    scope: 'tracking-context',
    trackingUrl: 'https://www.dhl.com/en/express/tracking.html?brand=DHL&AWB=%s',
  },

  // ─── USPS ────────────────────────────────────────────────────────────────────────────────
  {
    // USPS IMpb N (94…)
    id: 'usps-impb-n',
    carrier: 'USPS',
    carrierId: 'usps',
    // Optional 420 + ZIP (+4) routing prefix; the serial is 94 + service + a 9-digit mailer id
    // with a 15/11/7-digit package id, or a 6-digit one with 14/10 (Publication 199). The
    // tracking page takes the number without the routing prefix: the TrackingNumber group.
    pattern:
      '^(?:420(?<DestinationZip>[0-9]{5})(?=[0-9]{22}$|[0-9]{26}$)(?<DestinationZipPlus4>[0-9]{4}(?=[0-9]{22}$))?)?(?<TrackingNumber>(?<SerialNumber>94[0-9]{3}(?:9[0-9]{8}(?:[0-9]{15}|[0-9]{11}|[0-9]{7})|[0-8][0-9]{5}(?:[0-9]{14}|[0-9]{10})))(?<CheckDigit>[0-9]))$',
    checksum: { name: 'mod10', evensMultiplier: 3, oddsMultiplier: 1, reverse: true },
    scope: 'anywhere',
    trackingUrl: 'https://tools.usps.com/go/TrackConfirmAction?tLabels=%s',
  },
  {
    // USPS IMpb C (92/93/95…)
    id: 'usps-impb-c',
    carrier: 'USPS',
    carrierId: 'usps',
    pattern:
      '^(?:420(?<DestinationZip>[0-9]{5})(?<DestinationZipPlus4>[0-9]{4}(?=[0-9]{22}$))?)?(?<TrackingNumber>(?<SerialNumber>(?:92(?=[0-9]{3}9)|93(?=[0-9]{3}[0-8])|95)[0-9]{3}(?:9[0-9]{8}(?:[0-9]{11}|[0-9]{7})|[0-8][0-9]{5}(?:[0-9]{14}|[0-9]{10})))(?<CheckDigit>[0-9]))$',
    checksum: { name: 'mod10', evensMultiplier: 3, oddsMultiplier: 1, reverse: false },
    scope: 'anywhere',
    trackingUrl: 'https://tools.usps.com/go/TrackConfirmAction?tLabels=%s',
  },
  {
    // USPS legacy (91… / 20 digits)
    id: 'usps-legacy',
    carrier: 'USPS',
    carrierId: 'usps',
    pattern:
      '^(?:420(?<DestinationZip>[0-9]{5})(?<DestinationZipPlus4>[0-9]{4})?)?(?<TrackingNumber>(?<SerialNumber>(?:91)?[0-9]{19})(?<CheckDigit>[0-9]))$',
    checksum: { name: 'mod10', evensMultiplier: 3, oddsMultiplier: 1, reverse: false },
    serialPrefix: { ifNotStartingWith: '91', prepend: '91' },
    // The 20-digit form is as long as the longest AliExpress order ids.
    scope: 'tracking-context',
    trackingUrl: 'https://tools.usps.com/go/TrackConfirmAction?tLabels=%s',
  },
  {
    // USPS 20 digits
    id: 'usps-20',
    carrier: 'USPS',
    carrierId: 'usps',
    pattern: '^(?<SerialNumber>[0-9]{19})(?<CheckDigit>[0-9])$',
    checksum: { name: 'mod10', evensMultiplier: 3, oddsMultiplier: 1, reverse: false },
    scope: 'tracking-context',
    trackingUrl: 'https://tools.usps.com/go/TrackConfirmAction?tLabels=%s',
  },

  // ─── Last-mile and warehouse carriers: Canada ────────────────────────────────────────────
  {
    // Canada Post (16 digits)
    id: 'canada-post-16',
    carrier: 'Canada Post',
    carrierId: 'canada-post',
    pattern: '^(?<SerialNumber>[0-9]{15})(?<CheckDigit>[0-9])$',
    checksum: { name: 'mod10', evensMultiplier: 3, oddsMultiplier: 1, reverse: false },
    // Sixteen digits with a 1-in-10 check: a card or account number takes that shape.
    scope: 'tracking-context',
    markets: ['CA'],
    trackingUrl: 'https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=%s',
  },
  {
    // Purolator (12 digits)
    id: 'purolator-12',
    carrier: 'Purolator',
    carrierId: 'purolator',
    pattern: '^(?<SerialNumber>[0-5][0-9]{10})(?<CheckDigit>[0-9])$',
    checksum: { name: 'luhn' },
    scope: 'tracking-context',
    markets: ['CA'],
    trackingUrl: 'https://www.purolator.com/en/shipping/tracker?searchValue=%s',
  },
  {
    // Purolator (3 letters + 9 digits)
    id: 'purolator-alpha',
    carrier: 'Purolator',
    carrierId: 'purolator',
    pattern: '^[A-Z]{3}(?<SerialNumber>[0-9]{9})$',
    confidenceWithoutChecksum: 'low',
    scope: 'tracking-context',
    markets: ['CA'],
    trackingUrl: 'https://www.purolator.com/en/shipping/tracker?searchValue=%s',
  },
  {
    // Canpar (letter + 21 digits)
    id: 'canpar-22',
    carrier: 'Canpar',
    carrierId: 'canpar',
    pattern: '^[CDKLSUXZ](?<SerialNumber>[0-9]{21})$',
    confidenceWithoutChecksum: 'low',
    scope: 'tracking-context',
    markets: ['CA'],
    trackingUrl: 'https://www.canpar.com/en/track/tracking.jsp?reference=%s&locale=en',
  },

  // ─── Last-mile and warehouse carriers: UK and EU ─────────────────────────────────────────
  {
    // DPD parcel barcode (28 characters)
    id: 'dpd-28',
    carrier: 'DPD',
    carrierId: 'dpd',
    // ZIP (7) + parcel number (14) + service (3) + ISO 3166 numeric country (3) + check character.
    pattern:
      '^(?<SerialNumber>(?<DestinationZip>[0-9]{7})(?<ParcelNumber>[0-9]{14})(?<ServiceType>[0-9]{3})(?<CountryNumber>[0-9]{3}))(?<CheckDigit>[0-9A-Z])$',
    checksum: { name: 'mod_37_36' },
    scope: 'tracking-context',
    markets: DPD_MARKETS,
    trackingUrl: DPD_TRACKING,
  },
  {
    // DPD parcel number (14 digits + check character)
    id: 'dpd-14',
    carrier: 'DPD',
    carrierId: 'dpd',
    // The parcel number of the 28-character barcode, as DPD prints it for tracking.
    pattern: '^(?<SerialNumber>[0-9]{14})(?<CheckDigit>[0-9A-Z])$',
    checksum: { name: 'mod_37_36' },
    scope: 'tracking-context',
    markets: DPD_MARKETS,
    trackingUrl: DPD_TRACKING,
  },
  {
    // Yodel (JD / JJD + 16 digits)
    id: 'yodel',
    carrier: 'Yodel',
    carrierId: 'yodel',
    pattern: '^J?JD(?<SerialNumber>[0-9]{16})$',
    confidenceWithoutChecksum: 'high',
    scope: 'anywhere',
    markets: ['GB'],
    trackingUrl: 'https://www.yodel.co.uk/tracking/%s',
  },
  {
    // Evri / Hermes UK (H + 15)
    id: 'evri',
    carrier: 'Evri',
    carrierId: 'evri',
    pattern: '^H(?<SerialNumber>[0-9A-Z]{15})$',
    confidenceWithoutChecksum: 'low',
    scope: 'tracking-context',
    markets: ['GB'],
    trackingUrl: 'https://www.evri.com/track/parcel/%s',
  },
  {
    // Parcelforce UK (4 letters + 10 digits)
    id: 'parcelforce-14',
    carrier: 'Parcelforce Worldwide',
    carrierId: 'parcelforce',
    pattern: '^[A-Z]{4}(?<SerialNumber>[0-9]{10})$',
    confidenceWithoutChecksum: 'low',
    scope: 'tracking-context',
    markets: ['GB'],
    trackingUrl: 'https://www.parcelforce.com/track-trace?trackNumber=%s',
  },

  // ─── Last-mile and regional carriers: US ─────────────────────────────────────────────────
  {
    // GOFO Express (GFUS + 14 digits)
    id: 'gofo',
    carrier: 'GOFO Express',
    carrierId: 'gofo',
    pattern: '^GFUS(?<SerialNumber>[0-9]{14})$',
    confidenceWithoutChecksum: 'high',
    scope: 'anywhere',
    markets: ['US'],
    trackingUrl: 'https://www.gofoexpress.com/tracking.html?searchID=%s',
  },
  {
    // OnTrac (C + 14 digits)
    id: 'ontrac-c',
    carrier: 'OnTrac',
    carrierId: 'ontrac',
    pattern: '^C(?<SerialNumber>[0-9]{13})(?<CheckDigit>[0-9])$',
    checksum: { name: 'mod10', evensMultiplier: 1, oddsMultiplier: 2, reverse: false },
    serialPrefix: { ifNotStartingWith: '4', prepend: '4' },
    scope: 'tracking-context',
    markets: ['US'],
    trackingUrl: ONTRAC_TRACKING,
  },
  {
    // OnTrac (D + 14 digits)
    id: 'ontrac-d',
    carrier: 'OnTrac',
    carrierId: 'ontrac',
    pattern: '^D(?<SerialNumber>[0-9]{13})(?<CheckDigit>[0-9])$',
    checksum: { name: 'mod10', evensMultiplier: 1, oddsMultiplier: 2, reverse: false },
    serialPrefix: { ifNotStartingWith: '5', prepend: '5' },
    scope: 'tracking-context',
    markets: ['US'],
    trackingUrl: ONTRAC_TRACKING,
  },
  {
    // LaserShip (L + letter + 8 digits)
    id: 'lasership-lx',
    carrier: 'LaserShip',
    carrierId: 'lasership',
    pattern: '^L[AEHINX][1-3](?<SerialNumber>[0-9]{7})$',
    confidenceWithoutChecksum: 'low',
    scope: 'tracking-context',
    markets: ['US'],
    // LaserShip became part of OnTrac in 2024; OnTrac's page takes both carriers' numbers.
    trackingUrl: ONTRAC_TRACKING,
  },
  {
    // LaserShip (1LS7 + 11 digits)
    id: 'lasership-1ls',
    carrier: 'LaserShip',
    carrierId: 'lasership',
    pattern: '^1LS7[12][0-9]{4}(?<SerialNumber>[0-9]{6})$',
    confidenceWithoutChecksum: 'high',
    scope: 'anywhere',
    markets: ['US'],
    trackingUrl: ONTRAC_TRACKING,
  },
  {
    // LaserShip piece (1LS7…-1)
    id: 'lasership-1ls-piece',
    carrier: 'LaserShip',
    carrierId: 'lasership',
    // Printed with a hyphen before the piece number 1, which normalising removes.
    pattern: '^1LS7[12][0-9]{2}01[1-4](?<SerialNumber>[0-9]{6})1$',
    confidenceWithoutChecksum: 'high',
    scope: 'anywhere',
    markets: ['US'],
    trackingUrl: ONTRAC_TRACKING,
  },
  {
    // LaserShip (1LSCX + 10)
    id: 'lasership-1lscx',
    carrier: 'LaserShip',
    carrierId: 'lasership',
    pattern: '^1LSCX(?<SerialNumber>[0-9A-Z]{10})$',
    confidenceWithoutChecksum: 'high',
    scope: 'anywhere',
    markets: ['US'],
    trackingUrl: ONTRAC_TRACKING,
  },
  {
    // Landmark Global (LTN…N1)
    id: 'landmark',
    carrier: 'Landmark Global',
    carrierId: 'landmark',
    pattern: '^LTN(?<SerialNumber>[0-9]{8})N1$',
    confidenceWithoutChecksum: 'high',
    scope: 'anywhere',
    trackingUrl: 'https://track.landmarkglobal.com/?search=%s',
  },
  {
    // Old Dominion PRO number (11 digits)
    id: 'old-dominion',
    carrier: 'Old Dominion',
    carrierId: 'old-dominion',
    pattern: '^(?<SerialNumber>(?:77[78]|072|780)[0-9]{7})(?<CheckDigit>[0-9])$',
    checksum: { name: 'luhn' },
    scope: 'tracking-context',
    markets: ['US'],
    trackingUrl: OLD_DOMINION_TRACKING,
  },
  {
    // Old Dominion guaranteed shipment (80…)
    id: 'old-dominion-guaranteed',
    carrier: 'Old Dominion',
    carrierId: 'old-dominion',
    pattern: '^(?<SerialNumber>80[0-9]{8})(?<CheckDigit>[0-9])$',
    checksum: { name: 'luhn' },
    scope: 'tracking-context',
    markets: ['US'],
    trackingUrl: OLD_DOMINION_TRACKING,
  },
  {
    // Spee-Dee (SP + 18 digits)
    id: 'speedee',
    carrier: 'Spee-Dee Delivery',
    carrierId: 'speedee',
    pattern: '^SP(?<SerialNumber>[0-9]{18})$',
    confidenceWithoutChecksum: 'high',
    scope: 'anywhere',
    markets: ['US'],
    trackingUrl: 'https://www.speedeedelivery.com/track/?tracking=%s',
  },

  // ─── Amazon ──────────────────────────────────────────────────────────────────────────────
  {
    // Amazon Logistics (TBA/TBC/TBM)
    id: 'amazon-logistics',
    carrier: 'Amazon Logistics',
    carrierId: 'amazon',
    pattern: '^TB[ACM](?<SerialNumber>[0-9]{12})$',
    confidenceWithoutChecksum: 'high',
    scope: 'anywhere',
    // jkeen gives no URL; this is Amazon's public tracking page used by many open-source trackers.
    trackingUrl: 'https://track.amazon.com/tracking/%s',
  },
  {
    // Amazon International (A/F/C + 10 digits)
    id: 'amazon-international',
    carrier: 'Amazon',
    carrierId: 'amazon',
    pattern: '^[AFC](?<SerialNumber>[0-9]{10})$',
    confidenceWithoutChecksum: 'low',
    scope: 'tracking-context',
    trackingUrl: 'https://track.amazon.com/tracking/%s',
  },
];

/**
 * Pairs of formats that can match the same token. `detectTracking` prefers a verified check digit
 * first; these entries decide the remaining ties. The collision test fails on any pair not listed.
 */
const collisions: FormatCollision[] = [
  {
    formats: ['usps-legacy', 'usps-20'],
    prefer: 'usps-legacy',
    // A 20-digit number starting with 91 is read the same way by both (jkeen prepends 91 only when it is missing); same carrier, same tracking page.
  },
  {
    formats: ['cainiao-cn', 'dhl-ecommerce'],
    prefer: 'cainiao-cn',
    // CN + 12–15 digits is also a DHL eCommerce shape; our sellers ship China-origin parcels, where CN + digits is Cainiao (docs/tracking-formats.md). Both need a tracking label anyway.
  },
  {
    formats: ['amazon-international', 'ups-waybill'],
    prefer: 'ups-waybill',
    // A + 10 digits: the UPS waybill has a check digit and wins whenever it verifies; this entry only documents the overlap.
  },
  {
    formats: ['upu-s10', 'dhl-ecommerce'],
    prefer: 'upu-s10',
    // An S10 number whose service indicator is also a DHL eCommerce prefix (LX, RX, UV, CN…): the S10 check digit decides; a failed one falls back to the weaker DHL shape.
  },
  {
    formats: ['china-post-epacket', 'dhl-ecommerce'],
    prefer: 'china-post-epacket',
    // LX…CN: as for upu-s10, the S10 check digit decides.
  },
  {
    formats: ['china-post-registered', 'dhl-ecommerce'],
    prefer: 'china-post-registered',
    // RX…CN: as for upu-s10, the S10 check digit decides.
  },
  {
    formats: ['china-post-ordinary', 'dhl-ecommerce'],
    prefer: 'china-post-ordinary',
    // UV…CN: as for upu-s10, the S10 check digit decides.
  },
  {
    formats: ['yanwen-s10', 'dhl-ecommerce'],
    prefer: 'yanwen-s10',
    // GM/LX/RX/UV/TH… + 9 digits + YP/YN: as for upu-s10, the S10 check digit decides.
  },
  {
    formats: ['usps-impb-c', 'fedex-express-34'],
    prefer: 'usps-impb-c',
    // 34 digits starting 420: the USPS routing prefix (420 + ZIP+4) of an IMpb label; FedEx 34 takes a leading 4 only because its first digit may be 0–8. Both check digits can pass (1 in 10).
  },
  {
    formats: ['usps-impb-n', 'fedex-express-34'],
    prefer: 'usps-impb-n',
    // As for usps-impb-c: a 420 + ZIP routing prefix.
  },
  {
    formats: ['usps-legacy', 'fedex-express-34'],
    prefer: 'usps-legacy',
    // As for usps-impb-c: a 420 + ZIP routing prefix.
  },
  {
    formats: ['usps-impb-c', 'usps-impb-n'],
    prefer: 'usps-impb-c',
    // 420 + ZIP + 4 digits + 22 (IMpb C, e.g. 92…) can also read as 420 + ZIP + 26 digits starting 94 (IMpb N). The ZIP+4 with a 22-digit serial is the usual label; both are USPS.
  },
  {
    formats: ['purolator-12', 'fedex-express-12'],
    prefer: 'fedex-express-12',
    // Twelve digits that pass both FedEx's mod 11 and Purolator's Luhn digit (about 1 in 100).
    // An order to Canada or a "Purolator" carrier field picks Purolator first (detect.ts).
  },
  {
    formats: ['purolator-alpha', 'dhl-express-piece-id'],
    prefer: 'dhl-express-piece-id',
    // J + 2 letters + 9 digits; neither has a check digit. Canada or a carrier field decides.
  },
  {
    formats: ['parcelforce-14', 'dhl-express-piece-id'],
    prefer: 'dhl-express-piece-id',
    // J + 3 letters + 10 digits; neither has a check digit. The UK or a carrier field decides.
  },
  {
    formats: ['dpd-14', 'fedex-ground-15'],
    prefer: 'fedex-ground-15',
    // Fifteen digits that pass both FedEx Ground's mod 10 and DPD's MOD 37,36 (when DPD's check
    // character is a digit). An order to Europe or a "DPD" carrier field picks DPD.
  },
  {
    formats: ['evri', 'dhl-ecommerce'],
    prefer: 'dhl-ecommerce',
    // HK + digit + 13: a DHL eCommerce prefix and an Evri shape. The UK or a carrier field decides.
  },
  {
    formats: ['dpd-28', 'usps-legacy'],
    prefer: 'usps-legacy',
    // 28 digits starting 420: a USPS routing prefix (420 + ZIP) and 20 digits, or a DPD barcode
    // whose ZIP starts 420. Both check digits can pass; an order to Europe picks DPD.
  },
  {
    formats: ['old-dominion', 'dhl-express'],
    prefer: 'dhl-express',
    // Eleven digits starting 077x/072 that pass both DHL's mod 7 and the Luhn digit. DHL Express
    // ships everywhere; Old Dominion is a US freight line, chosen by its carrier field.
  },
  {
    formats: ['old-dominion-guaranteed', 'dhl-express'],
    prefer: 'dhl-express',
    // As for old-dominion: 80 + 9 digits.
  },
];

/**
 * What sellers pick or type as the carrier in the consoles' ship-confirm forms, and whose numbers
 * each may carry (the carrier lists of the saved ship forms in test/fixtures/<console>/ship-form.*.html, and
 * AliExpress's service names).
 * Names are compared case-, space- and punctuation-insensitively; a console text that starts with
 * a name counts as the longest such name ("UPS Ground" → UPS, "DHL eCommerce US" → DHL eCommerce).
 */
const aliases: CarrierAlias[] = [
  { names: ['USPS', 'United States Postal Service'], accepts: ['usps', 's10:US'] },
  { names: ['UPS'], accepts: ['ups'] },
  { names: ['FedEx', 'Federal Express'], accepts: ['fedex'] },
  {
    names: ['FedEx SmartPost', 'FedEx Ground Economy'],
    accepts: ['fedex', 'usps'],
    // Delivered by USPS on an IMpb number: jkeen/tracking_number_data CHANGELOG 2.0.0 folds fedex_smartpost into usps_impb_c.
  },
  { names: ['DHL'], accepts: ['dhl'] },
  {
    names: ['DHL eCommerce'],
    accepts: ['dhl', 'usps'],
    // US last mile by USPS on an IMpb number: jkeen/tracking_number_data CHANGELOG 2.0.0 folds dhl_ecommerce_30 into usps_impb_c.
  },
  {
    names: [
      'China Post',
      '中国邮政',
      'CPAM',
      'China EMS',
      'EMS',
      'e-EMS',
      'e特快',
      'ePacket',
      'e邮宝',
      'EUB',
    ],
    accepts: ['china-post', 's10:CN'],
    // EMS and ePacket (e邮宝, "EUB") are China Post Group services: every CN-issued S10 number.
  },
  {
    names: ['Yanwen', '燕文', 'Special Line-YW'],
    accepts: ['yanwen', 's10'],
    // Yanwen hands parcels to postal services, which label them with S10 numbers (docs/tracking-formats.md).
  },
  { names: ['YunExpress', 'Yun Express', '云途'], accepts: ['yunexpress'] },
  {
    names: ['4PX', '递四方', 'FOURPX_RM'],
    accepts: ['4px', 's10'],
    // 4PX lines such as 4PX新邮 travel on postal S10 numbers (RT…/RS…, docs/tracking-formats.md).
  },
  {
    names: [
      'Cainiao',
      '菜鸟',
      'AliExpress Standard Shipping',
      'AliExpress Saver Shipping',
      '无忧物流-标准',
      '无忧物流-特惠',
    ],
    accepts: ['cainiao', 's10'],
    // Not "AliExpress Premium Shipping" / 无忧物流-优先: it travels on express carriers' numbers.
    // Cainiao re-labels parcels with an S10 number for the international leg (docs/tracking-formats.md).
  },
  {
    names: ['WishPost', 'Wish Post', 'Wish邮'],
    accepts: ['s10'],
    // WishPost lines reuse the underlying postal carrier’s S10 numbers; its own format is unconfirmed (docs/tracking-formats.md).
  },
  { names: ['SpeedPAK', 'Orange Connex', '橙联'], accepts: ['speedpak'] },
  {
    names: ['Amazon', 'Amazon Logistics', 'Amazon Shipping', 'AMZL'],
    accepts: ['amazon'],
  },
  { names: ['Canada Post', 'Postes Canada'], accepts: ['canada-post', 's10:CA'] },
  { names: ['Purolator'], accepts: ['purolator'] },
  { names: ['Canpar'], accepts: ['canpar'] },
  { names: ['DPD', 'DPD Local'], accepts: ['dpd'] },
  { names: ['Yodel'], accepts: ['yodel'] },
  { names: ['Evri', 'Hermes', 'Hermes UK'], accepts: ['evri'] },
  // Royal Mail's tracked and signed items, domestic too, carry S10 numbers ending GB
  // (https://www.parcelforce.com/help-and-advice/sending-worldwide/tracking-number-formats).
  { names: ['Royal Mail', 'Royal Mail Tracked'], accepts: ['s10:GB'] },
  { names: ['Parcelforce', 'Parcelforce Worldwide'], accepts: ['parcelforce', 's10:GB'] },
  { names: ['GOFO', 'GOFO Express'], accepts: ['gofo'] },
  // LaserShip joined OnTrac in 2024: either name may carry either company's numbers.
  { names: ['OnTrac', 'LaserShip'], accepts: ['ontrac', 'lasership'] },
  { names: ['Landmark Global', 'Landmark'], accepts: ['landmark'] },
  { names: ['Old Dominion', 'ODFL'], accepts: ['old-dominion'] },
  { names: ['Spee-Dee', 'Spee-Dee Delivery', 'Speedee'], accepts: ['speedee'] },
];

/**
 * Validated against `TrackingDataSchema` by the unit tests, not at load: content scripts ship
 * this data and should not carry a schema library's weight to re-check it on every page.
 */
export const TRACKING_DATA: TrackingData = { formats, collisions, aliases };
const data = TRACKING_DATA;

export const TRACKING_FORMATS: readonly TrackingFormat[] = data.formats;
export const FORMAT_COLLISIONS: readonly FormatCollision[] = data.collisions;
export const CARRIER_ALIASES: readonly CarrierAlias[] = data.aliases;
