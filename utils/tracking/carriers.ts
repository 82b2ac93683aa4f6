import type { CarrierAlias, FormatCollision, TrackingData, TrackingFormat } from './schema';
import { S10_COUNTRY_CODES } from './s10-countries';

/**
 * Tracking-number formats as data, with their own test numbers (docs/decisions.md#tracking-formats-as-data).
 *
 * Most formats, regexes and test numbers come from jkeen/tracking_number_data at b79ce4b
 * (2026-08-17, MIT, notice in THIRD_PARTY_NOTICE.md); `source` names the file. Their regexes are
 * rewritten for one normalised token (no `\s*`, anchored). The Chinese cross-border formats are
 * not in that data set: their `source` names the public example or page they rest on
 * (collected in docs/policies.md, tracking formats). Test numbers marked "synthetic" are built to the format
 * with a correct check digit because no public example was found.
 *
 * Order matters only as a last tie-break; ambiguity is settled by `FORMAT_COLLISIONS`.
 */

const JKEEN = 'jkeen/tracking_number_data@b79ce4b:couriers';

/**
 * 17TRACK's public multi-carrier page, for carriers whose own tracking page takes the number in
 * a form post rather than in the URL (UPU posts, Yanwen, 4PX, SpeedPAK).
 */
const SEVENTEEN_TRACK = 'https://t.17track.net/en#nums=%s';

/** UPU S10: 2 letters (service), 8-digit serial, check digit, 2-letter issuing country. */
const S10_SERIAL = '(?<SerialNumber>[0-9]{8})(?<CheckDigit>[0-9])';

const formats: TrackingFormat[] = [
  // ─── UPU S10 postal items ────────────────────────────────────────────────────────────────
  {
    id: 'china-post-registered',
    carrier: 'China Post',
    carrierId: 'china-post',
    name: 'China Post Registered Air Mail (R…CN)',
    pattern: `^(?<ServiceType>R[A-Z])${S10_SERIAL}(?<CountryCode>CN)$`,
    checksum: { name: 's10' },
    countryCodes: ['CN'],
    scope: 'anywhere',
    trackingUrl: SEVENTEEN_TRACK,
    source:
      'https://www.chinapostaltracking.com/service/ (R = registered); examples from github.com/rostis232/parcelstrackingservice internal/parser/manager_test.go',
    testNumbers: {
      valid: ['RG027843019CN', 'RG028087126CN', 'RG027407155CN', 'RG027385582CN'],
      invalid: ['RG027843018CN', 'RG02784301CN'],
    },
  },
  {
    id: 'china-post-ordinary',
    carrier: 'China Post',
    carrierId: 'china-post',
    name: 'China Post Ordinary Small Packet Plus (U…CN)',
    pattern: `^(?<ServiceType>U[A-Z])${S10_SERIAL}(?<CountryCode>CN)$`,
    checksum: { name: 's10' },
    countryCodes: ['CN'],
    scope: 'anywhere',
    trackingUrl: SEVENTEEN_TRACK,
    source: 'https://www.chinapostaltracking.com/service/ (U = ordinary small packet plus)',
    // Synthetic: built to the format with a correct S10 check digit; no public example found.
    testNumbers: { valid: ['UA123456785CN', 'UB202311071CN'], invalid: ['UA123456784CN'] },
  },
  {
    id: 'china-ems',
    carrier: 'China EMS',
    carrierId: 'china-post',
    name: 'China EMS / e-EMS (E…CN)',
    pattern: `^(?<ServiceType>E[A-Z])${S10_SERIAL}(?<CountryCode>CN)$`,
    checksum: { name: 's10' },
    countryCodes: ['CN'],
    scope: 'anywhere',
    trackingUrl: SEVENTEEN_TRACK,
    source: `UPU S10 service indicator E = EMS (${JKEEN}/s10.json "Service Type")`,
    // Synthetic: built to the format with a correct S10 check digit; no public example found.
    testNumbers: { valid: ['EA123456785CN', 'EE314159268CN'], invalid: ['EA123456786CN'] },
  },
  {
    id: 'china-post-epacket',
    carrier: 'China Post ePacket',
    carrierId: 'china-post',
    name: 'China Post ePacket / e邮宝 (L…CN)',
    pattern: `^(?<ServiceType>L[A-Z])${S10_SERIAL}(?<CountryCode>CN)$`,
    checksum: { name: 's10' },
    countryCodes: ['CN'],
    scope: 'anywhere',
    trackingUrl: SEVENTEEN_TRACK,
    source:
      'https://parcelszen.com (docs/policies.md, tracking formats); examples from github.com/rostis232/parcelstrackingservice internal/parser/manager_test.go and mr8ug/AliHelper-for-Buddies AliHelper.py',
    testNumbers: {
      valid: ['LZ134747205CN', 'LZ131399965CN', 'LQ835416399CN', 'LR152035762CN'],
      invalid: ['LZ134747204CN'],
    },
  },
  {
    id: 'yanwen-s10',
    carrier: 'Yanwen',
    carrierId: 'yanwen',
    name: 'Yanwen (S10 shape, pseudo-country YP/YN)',
    // Same shape and check digit as S10, but YP / YN are not ISO countries, so only this format
    // (not upu-s10) claims them.
    pattern: `^(?<ServiceType>[A-Z]{2})${S10_SERIAL}(?<CountryCode>[A-Z]{2})$`,
    checksum: { name: 's10' },
    countryCodes: ['YP', 'YN'],
    scope: 'anywhere',
    trackingUrl: SEVENTEEN_TRACK,
    source:
      'VR344217874YP: github.com/norkator/paketin-seuranta issue #66; AC550032883YN: github.com/hdnpt/geartrack-website issue #51',
    testNumbers: {
      valid: ['VR344217874YP', 'AC550032883YN'],
      invalid: ['VR344217875YP', 'VR344217874YQ'],
    },
  },
  {
    id: 'upu-s10',
    carrier: 'Postal service (UPU S10)',
    carrierId: 'upu-post',
    name: 'UPU S10 international postal item',
    // The look-ahead leaves R/U/E/L…CN to the China Post formats above, so the two never collide.
    pattern: `^(?![ELRU][A-Z][0-9]{9}CN$)(?<ServiceType>[A-Z]{2})${S10_SERIAL}(?<CountryCode>[A-Z]{2})$`,
    checksum: { name: 's10' },
    countryCodes: [...S10_COUNTRY_CODES],
    carrierFromCountryCode: true,
    scope: 'anywhere',
    trackingUrl: SEVENTEEN_TRACK,
    source: `${JKEEN}/s10.json (countries widened to ISO 3166-1, see s10-countries.ts); real examples from github.com/rostis232/parcelstrackingservice internal/parser/manager_test.go`,
    testNumbers: {
      valid: [
        'RB123456785GB',
        'RB123456785US',
        'RB123456785CV',
        'RB123456785CF',
        'CI202518045DE',
        'LP650662462FR',
        'RB318450992SG',
        'ML182338679MH',
        'CP123456785CN',
      ],
      invalid: ['RB123456786US', 'RB123456785XX'],
    },
  },

  // ─── Chinese cross-border carriers (no public check digit) ──────────────────────────────
  {
    id: 'yunexpress',
    carrier: 'YunExpress',
    carrierId: 'yunexpress',
    name: 'YunExpress',
    pattern: '^YT(?<SerialNumber>[0-9]{16})$',
    confidenceWithoutChecksum: 'high',
    scope: 'anywhere',
    trackingUrl: 'https://www.yuntrack.com/parcelTracking?id=%s',
    source: `${JKEEN}/yunexpress.json`,
    testNumbers: {
      valid: ['YT2229521272164446', 'YT2229521272164447'],
      invalid: ['YT123456789012345'],
    },
  },
  {
    id: '4px',
    carrier: '4PX',
    carrierId: '4px',
    name: '4PX (4PX…CN)',
    pattern: '^4PX(?<SerialNumber>[0-9]{13})CN$',
    confidenceWithoutChecksum: 'high',
    scope: 'anywhere',
    trackingUrl: SEVENTEEN_TRACK,
    source:
      '4PX3001794604846CN: github.com/itsvic-dev/deliveries issue #147; more in github.com/rostis232/parcelstrackingservice internal/parser/manager_test.go',
    testNumbers: {
      valid: ['4PX3001794604846CN', '4PX3001531337983CN', '4PX3060152493898CN'],
      invalid: ['4PX300179460484CN', '4PX3001794604846US'],
    },
  },
  {
    id: 'cainiao-lp',
    carrier: 'Cainiao',
    carrierId: 'cainiao',
    name: 'Cainiao first-mile reference (LP…)',
    pattern: '^LP(?<SerialNumber>[0-9]{12,14})$',
    confidenceWithoutChecksum: 'high',
    scope: 'anywhere',
    trackingUrl: 'https://global.cainiao.com/detail.htm?mailNoList=%s',
    source:
      'https://parceldetect.com/it/faq/aliexpress-standard-shipping-tracking-number-format (LP + 12–14 digits); LP00068434402473 from github.com/hdnpt/geartrack test/cainiao; LP00671472073489 from mr8ug/AliHelper-for-Buddies AliHelper.py',
    testNumbers: {
      valid: ['LP00068434402473', 'LP00671472073489', 'LP00123456789012'],
      invalid: ['LP00068434402', 'LP000684344024731'],
    },
  },
  {
    id: 'cainiao-cnusup',
    carrier: 'Cainiao',
    carrierId: 'cainiao',
    name: 'Cainiao CN→US line (CNUSUP…)',
    pattern: '^CNUSUP(?<SerialNumber>[0-9]{8,11})$',
    confidenceWithoutChecksum: 'high',
    scope: 'anywhere',
    trackingUrl: 'https://global.cainiao.com/detail.htm?mailNoList=%s',
    source:
      'https://www.cnusup.com/news/package-tracking-numbers-explained; examples from mr8ug/AliHelper-for-Buddies AliHelper.py and github.com/rostis232/parcelstrackingservice internal/parser/manager_test.go',
    testNumbers: {
      valid: ['CNUSUP00003994120', 'CNUSUP00004010899', 'CNUSUP00009319533'],
      invalid: ['CNUSUP0000399', 'CNUSUP000039941201'],
    },
  },
  {
    id: 'cainiao-cn',
    carrier: 'Cainiao',
    carrierId: 'cainiao',
    name: 'Cainiao Express / Selection (CN + 12–15 digits)',
    pattern: '^CN(?<SerialNumber>[0-9]{12,15})$',
    // Only "CN" and a run of digits: order and item ids can take that shape, so it needs a label.
    confidenceWithoutChecksum: 'low',
    scope: 'tracking-context',
    trackingUrl: 'https://global.cainiao.com/detail.htm?mailNoList=%s',
    source:
      'https://parceldetect.com/it/faq/aliexpress-standard-shipping-tracking-number-format (secondary, unconfirmed by Cainiao)',
    // Synthetic: shape only; no public example number was found.
    testNumbers: {
      valid: ['CN123456789012', 'CN123456789012345'],
      invalid: ['CN12345678901', 'CN1234567890123456'],
    },
  },
  {
    id: 'speedpak',
    carrier: 'SpeedPAK',
    carrierId: 'speedpak',
    name: 'SpeedPAK / Orange Connex (EE/ES + 26)',
    pattern: '^(?<ServiceType>E[ES])(?<SerialNumber>[A-Z0-9]{26})$',
    // A single open-source tracker is the only evidence for this shape (docs/policies.md, tracking formats).
    confidenceWithoutChecksum: 'low',
    scope: 'tracking-context',
    trackingUrl: SEVENTEEN_TRACK,
    source:
      'one open-source tracker validating ^E[ES][A-Z0-9]{26}$ against the Orange Connex API (docs/policies.md, tracking formats; unconfirmed)',
    // Synthetic: shape only; no public example number was found.
    testNumbers: {
      valid: ['ESUS0001234567890123456789AB', 'EE0000000000000000000000000A'],
      invalid: ['EA0001234567890123456789ABCD', 'ESUS0001234567890123456789A'],
    },
  },

  // ─── UPS ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ups-1z',
    carrier: 'UPS',
    carrierId: 'ups',
    name: 'UPS 1Z',
    pattern: '^1Z(?<SerialNumber>[A-Z0-9]{15})(?<CheckDigit>[0-9])$',
    checksum: { name: 'mod10', evensMultiplier: 1, oddsMultiplier: 2, reverse: false },
    scope: 'anywhere',
    trackingUrl: 'https://wwwapps.ups.com/WebTracking/track?track=yes&trackNums=%s',
    source: `${JKEEN}/ups.json`,
    testNumbers: {
      valid: [
        '1Z5R89390357567127',
        '1Z879E930346834440',
        '1Z410E7W0392751591',
        '1Z8V92A70367203024',
        '1ZXX3150YW44070023',
      ],
      invalid: ['2Z5R89390357567127', '1A5R89390357567127', '1Z1111111111111111'],
    },
  },
  {
    id: 'ups-waybill',
    carrier: 'UPS',
    carrierId: 'ups',
    name: 'UPS Waybill',
    pattern: '^(?<ServiceType>[AHJKTV])(?<SerialNumber>[0-9]{9})(?<CheckDigit>[0-9])$',
    checksum: { name: 'mod10', evensMultiplier: 1, oddsMultiplier: 2, reverse: false },
    // One letter and ten digits with a 1-in-10 check: SKUs and ids take that shape.
    scope: 'tracking-context',
    trackingUrl: 'https://wwwapps.ups.com/WebTracking/track?track=yes&trackNums=%s',
    source: `${JKEEN}/ups.json`,
    testNumbers: {
      valid: ['K1506235620', 'K2479825491', 'J4603636537', 'V0490119172', 'V0431105627'],
      invalid: ['K1506235622', 'K2479825492', 'J4603636538', 'V0411335627', 'V0423305841'],
    },
  },

  // ─── FedEx ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'fedex-express-12',
    carrier: 'FedEx',
    carrierId: 'fedex',
    name: 'FedEx Express (12 digits)',
    pattern: '^(?<SerialNumber>[0-9]{11})(?<CheckDigit>[0-9])$',
    checksum: {
      name: 'sum_product_with_weightings_and_modulo',
      weightings: [3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1],
      modulo1: 11,
      modulo2: 10,
    },
    scope: 'tracking-context',
    trackingUrl: 'https://www.fedex.com/apps/fedextrack/?tracknumbers=%s',
    source: `${JKEEN}/fedex.json`,
    testNumbers: {
      valid: ['986578788855', '477179081230', '799531274483', '790535312317', '974367662710'],
      invalid: ['996578788855'],
    },
  },
  {
    id: 'fedex-ground-15',
    carrier: 'FedEx',
    carrierId: 'fedex',
    name: 'FedEx Ground (15 digits)',
    pattern: '^(?<SerialNumber>[0-9]{14})(?<CheckDigit>[0-9])$',
    checksum: { name: 'mod10', evensMultiplier: 1, oddsMultiplier: 3, reverse: false },
    scope: 'tracking-context',
    trackingUrl: 'https://www.fedex.com/apps/fedextrack/?tracknumbers=%s',
    source: `${JKEEN}/fedex.json`,
    testNumbers: {
      valid: ['041441760228964', '568283610012000', '568283610012734'],
      invalid: ['568283610012732'],
    },
  },
  {
    id: 'fedex-ground-sscc-18',
    carrier: 'FedEx',
    carrierId: 'fedex',
    name: 'FedEx Ground (SSCC-18)',
    // Container types 00/01/02/04 are jkeen's "Container Type" lookup.
    pattern: '^(?<ShippingContainerType>0[0124])(?<SerialNumber>[0-9]{15})(?<CheckDigit>[0-9])$',
    checksum: { name: 'mod10', evensMultiplier: 3, oddsMultiplier: 1, reverse: false },
    scope: 'tracking-context',
    trackingUrl: 'https://www.fedex.com/apps/fedextrack/?tracknumbers=%s',
    source: `${JKEEN}/fedex.json`,
    testNumbers: { valid: ['000123450000000027'], invalid: ['000000000000000001'] },
  },
  {
    id: 'fedex-ground-96',
    carrier: 'FedEx',
    carrierId: 'fedex',
    name: 'FedEx Ground 96 (22 digits)',
    pattern: '^96[0-9]{2}(?<ServiceType>[0-9]{3})(?<SerialNumber>[0-9]{14})(?<CheckDigit>[0-9])$',
    checksum: { name: 'mod10', evensMultiplier: 1, oddsMultiplier: 3, reverse: false },
    scope: 'anywhere',
    trackingUrl: 'https://www.fedex.com/apps/fedextrack/?tracknumbers=%s',
    source: `${JKEEN}/fedex.json`,
    testNumbers: { valid: ['9611020987654312345672'], invalid: ['9600000000000000000001'] },
  },
  {
    id: 'fedex-ground-gsn',
    carrier: 'FedEx',
    carrierId: 'fedex',
    name: 'FedEx Ground GSN (34 digits)',
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
    source: `${JKEEN}/fedex.json`,
    testNumbers: {
      valid: [
        '9622001900000000000000776632517510',
        '9622001560000000000000794808390594',
        '9622001560001234567100794808390594',
        '9632001560123456789900794808390594',
      ],
      invalid: ['9622001560001234567100794808390595', '9622001560001234567100794808390597'],
    },
  },
  {
    id: 'fedex-express-34',
    carrier: 'FedEx',
    carrierId: 'fedex',
    name: 'FedEx Express (34 digits)',
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
    source: `${JKEEN}/fedex.json`,
    testNumbers: {
      valid: [
        '1001921334250001000300779017972697',
        '1001921380360001000300639585804382',
        '1001901781990001000300617767839437',
        '1002297871540001000300790695517286',
        '1027590111820004833500785458233610',
        '1195266473930007521100871079919940',
        '1195271874060007521100871140316925',
        '1195583874210007521100871140316936',
      ],
      invalid: ['1001901781990001000300617767839438'],
    },
  },
  {
    id: 'fedex-astra-32',
    carrier: 'FedEx',
    carrierId: 'fedex',
    name: 'FedEx ASTRA (32 digits)',
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
    source: `${JKEEN}/fedex.json`,
    testNumbers: {
      valid: [
        '32971514560102447849175802862014',
        '32971510360102447848540980802018',
        '32971508360102447847941133172013',
        '33810799560000004380417923803212',
      ],
      invalid: ['32971514560102447849175802852014', '3297151456010244784917580286201'],
    },
  },

  // ─── DHL ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'dhl-express',
    carrier: 'DHL Express',
    carrierId: 'dhl',
    name: 'DHL Express waybill (10–11 digits)',
    pattern: '^(?<SerialNumber>[0-9]{9,10})(?<CheckDigit>[0-9])$',
    checksum: { name: 'mod7' },
    // Ten digits with a 1-in-7 check: a US phone number without separators passes 14% of the time.
    scope: 'tracking-context',
    // jkeen's URL, upgraded from http to https.
    trackingUrl: 'https://www.dhl.com/en/express/tracking.html?brand=DHL&AWB=%s',
    source: `${JKEEN}/dhl.json`,
    testNumbers: {
      valid: [
        '3318810025',
        '73891051146',
        '8487135506',
        '1099255990',
        '3821724944',
        '3318810036',
        '3318810014',
      ],
      invalid: ['3318810010', '3318810034', '3318810011'],
    },
  },
  {
    id: 'dhl-express-piece-id',
    carrier: 'DHL Express',
    carrierId: 'dhl',
    name: 'DHL Express piece id (J…)',
    pattern: '^J[A-Z]{2,3}(?<SerialNumber>[0-9]{9,10})$',
    confidenceWithoutChecksum: 'low',
    scope: 'tracking-context',
    trackingUrl: 'https://www.dhl.com/en/express/tracking.html?brand=DHL&AWB=%s',
    source: `${JKEEN}/dhl.json`,
    testNumbers: { valid: ['JJD0099999999', 'JVGL0999999990'], invalid: ['XJD0099999998'] },
  },
  {
    id: 'dhl-ecommerce',
    carrier: 'DHL eCommerce',
    carrierId: 'dhl',
    name: 'DHL eCommerce (GM, LX, RX… prefix)',
    // jkeen requires the first character after the prefix to be a digit.
    pattern: '^(?:GM|LX|RX|UV|CN|SG|TH|IN|HK|MY)(?<SerialNumber>[0-9][0-9A-Z]{9,38})$',
    confidenceWithoutChecksum: 'low',
    scope: 'tracking-context',
    trackingUrl: 'https://www.dhl.com/en/express/tracking.html?brand=DHL&AWB=%s',
    source: `${JKEEN}/dhl.json`,
    testNumbers: {
      valid: ['GM2951173225174494', 'GM295117494011169042', 'GM9E44608A27984866BA2D'],
      invalid: [
        'GS295117494011169041',
        'GR295117494011169045',
        'AAAAAAAAAAAAAAAAAA',
        'ABCDEFGHILJKLMNOPQ',
        'ABCDEFGHILJKLMNOPQRSTU1234567890',
      ],
    },
  },
  {
    id: 'dhl-ecommerce-14',
    carrier: 'DHL eCommerce',
    carrierId: 'dhl',
    name: 'DHL eCommerce (14 digits)',
    pattern: '^(?<SerialNumber>[0-9]{14})$',
    confidenceWithoutChecksum: 'low',
    scope: 'tracking-context',
    trackingUrl: 'https://www.dhl.com/en/express/tracking.html?brand=DHL&AWB=%s',
    source: `${JKEEN}/dhl.json`,
    testNumbers: {
      valid: ['60120172242323', '51087693037816', '60120174971147'],
      invalid: [
        'A60120172242323',
        '60120172242323B',
        '160120172242323',
        '6012017224232301',
        '601201722X2323',
        'GS295117494011169041',
        'GR295117494011169045',
      ],
    },
  },

  // ─── USPS ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'usps-impb-n',
    carrier: 'USPS',
    carrierId: 'usps',
    name: 'USPS IMpb N (94…)',
    // Optional 420 + ZIP (+4) routing prefix; the serial is 94 + service + a 9-digit mailer id
    // with a 15/11/7-digit package id, or a 6-digit one with 14/10 (Publication 199). The
    // tracking page takes the number without the routing prefix: the TrackingNumber group.
    pattern:
      '^(?:420(?<DestinationZip>[0-9]{5})(?=[0-9]{22}$|[0-9]{26}$)(?<DestinationZipPlus4>[0-9]{4}(?=[0-9]{22}$))?)?(?<TrackingNumber>(?<SerialNumber>94[0-9]{3}(?:9[0-9]{8}(?:[0-9]{15}|[0-9]{11}|[0-9]{7})|[0-8][0-9]{5}(?:[0-9]{14}|[0-9]{10})))(?<CheckDigit>[0-9]))$',
    checksum: { name: 'mod10', evensMultiplier: 3, oddsMultiplier: 1, reverse: true },
    scope: 'anywhere',
    trackingUrl: 'https://tools.usps.com/go/TrackConfirmAction?tLabels=%s',
    source: `${JKEEN}/usps.json`,
    testNumbers: {
      valid: [
        '420787459400111206206406260787',
        '9400111206206406260787',
        '9400111201080805483016',
        '9405803699300124287899',
        '9434611206206406227577',
        '9434611206206407667136',
        '9400111206206407628746',
        '9400111206206407628845',
      ],
      invalid: ['9434611206206407667131', '9434611306206407667222', '2334611306206407667222'],
    },
  },
  {
    id: 'usps-impb-c',
    carrier: 'USPS',
    carrierId: 'usps',
    name: 'USPS IMpb C (92/93/95…)',
    pattern:
      '^(?:420(?<DestinationZip>[0-9]{5})(?<DestinationZipPlus4>[0-9]{4}(?=[0-9]{22}$))?)?(?<TrackingNumber>(?<SerialNumber>(?:92(?=[0-9]{3}9)|93(?=[0-9]{3}[0-8])|95)[0-9]{3}(?:9[0-9]{8}(?:[0-9]{11}|[0-9]{7})|[0-8][0-9]{5}(?:[0-9]{14}|[0-9]{10})))(?<CheckDigit>[0-9]))$',
    checksum: { name: 'mod10', evensMultiplier: 3, oddsMultiplier: 1, reverse: false },
    scope: 'anywhere',
    trackingUrl: 'https://tools.usps.com/go/TrackConfirmAction?tLabels=%s',
    source: `${JKEEN}/usps.json`,
    testNumbers: {
      valid: [
        '4201002334249200190132607600833457',
        '4201028200009261290113185417468510',
        '9505511069605048600624',
        '92748931507708513018050063',
        '92001903060085300042901077',
        '9361289878700317633795',
        '9261292700768711948021',
        '420112139261290983497923666238',
        '9261290983497923666238',
        '420902459261290336128704042634',
        '420941179261290336128704062441',
        '420926029261290336128704067248',
        '420902729261290336128704124163',
        '420950549261290336128704133837',
        '420193809261290336128704280838',
        '420900469261290336128704216936',
        // A real AliExpress shipment (CNUSUP line, last mile USPS): mr8ug/AliHelper-for-Buddies.
        '420331729212490362719153543181',
      ],
      invalid: [
        '61299998820821171811',
        '9200000000000000000000',
        '420000000000000000000000000000',
        '420000009200000000000000000000',
        '4201028200009261290113185417468511',
      ],
    },
  },
  {
    id: 'usps-legacy',
    carrier: 'USPS',
    carrierId: 'usps',
    name: 'USPS legacy (91… / 20 digits)',
    pattern:
      '^(?:420(?<DestinationZip>[0-9]{5})(?<DestinationZipPlus4>[0-9]{4})?)?(?<TrackingNumber>(?<SerialNumber>(?:91)?[0-9]{19})(?<CheckDigit>[0-9]))$',
    checksum: { name: 'mod10', evensMultiplier: 3, oddsMultiplier: 1, reverse: false },
    serialPrefix: { ifNotStartingWith: '91', prepend: '91' },
    // The 20-digit form is as long as the longest AliExpress order ids.
    scope: 'tracking-context',
    trackingUrl: 'https://tools.usps.com/go/TrackConfirmAction?tLabels=%s',
    source: `${JKEEN}/usps.json`,
    testNumbers: {
      valid: ['420221539101026837331000039521', '9101123456789000000013', '71969010756003077385'],
      invalid: ['9101123456789000000014', '71969010756003077386'],
    },
  },
  {
    id: 'usps-20',
    carrier: 'USPS',
    carrierId: 'usps',
    name: 'USPS 20 digits',
    pattern: '^(?<SerialNumber>[0-9]{19})(?<CheckDigit>[0-9])$',
    checksum: { name: 'mod10', evensMultiplier: 3, oddsMultiplier: 1, reverse: false },
    scope: 'tracking-context',
    trackingUrl: 'https://tools.usps.com/go/TrackConfirmAction?tLabels=%s',
    source: `${JKEEN}/usps.json`,
    testNumbers: {
      valid: ['03071790000523483741', '71123456789123456787'],
      invalid: ['03071790000523483742'],
    },
  },

  // ─── Amazon ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'amazon-logistics',
    carrier: 'Amazon Logistics',
    carrierId: 'amazon',
    name: 'Amazon Logistics (TBA/TBC/TBM)',
    pattern: '^TB[ACM](?<SerialNumber>[0-9]{12})$',
    confidenceWithoutChecksum: 'high',
    scope: 'anywhere',
    // jkeen gives no URL; this is Amazon's public tracking page used by many open-source trackers.
    trackingUrl: 'https://track.amazon.com/tracking/%s',
    source: `${JKEEN}/amazon.json`,
    testNumbers: {
      valid: ['TBA000000000000', 'TBA010000000000', 'TBC000000000000', 'TBM502887274000'],
      invalid: ['TBA50288727400A', '000000000000000', '000000000000', 'TBB000000000000'],
    },
  },
  {
    id: 'amazon-international',
    carrier: 'Amazon',
    carrierId: 'amazon',
    name: 'Amazon International (A/F/C + 10 digits)',
    pattern: '^[AFC](?<SerialNumber>[0-9]{10})$',
    confidenceWithoutChecksum: 'low',
    scope: 'tracking-context',
    trackingUrl: 'https://track.amazon.com/tracking/%s',
    source: `${JKEEN}/amazon.json`,
    testNumbers: { valid: ['C1004444443', 'C1004444444'], invalid: ['D1234567890'] },
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
    reason:
      'A 20-digit number starting with 91 is read the same way by both (jkeen prepends 91 only when it is missing); same carrier, same tracking page.',
    example: '91929017736053037484',
  },
  {
    formats: ['cainiao-cn', 'dhl-ecommerce'],
    prefer: 'cainiao-cn',
    reason:
      'CN + 12–15 digits is also a DHL eCommerce shape; our sellers ship China-origin parcels, where CN + digits is Cainiao (docs/policies.md, tracking formats). Both need a tracking label anyway.',
    example: 'CN123456789012',
  },
  {
    formats: ['amazon-international', 'ups-waybill'],
    prefer: 'ups-waybill',
    reason:
      'A + 10 digits: the UPS waybill has a check digit and wins whenever it verifies; this entry only documents the overlap.',
    example: 'A1204235620',
  },
  {
    formats: ['upu-s10', 'dhl-ecommerce'],
    prefer: 'upu-s10',
    reason:
      'An S10 number whose service indicator is also a DHL eCommerce prefix (LX, RX, UV, CN…): the S10 check digit decides; a failed one falls back to the weaker DHL shape.',
    example: 'UV702511045DJ',
  },
  {
    formats: ['china-post-epacket', 'dhl-ecommerce'],
    prefer: 'china-post-epacket',
    reason: 'LX…CN: as for upu-s10, the S10 check digit decides.',
    example: 'LX730399965CN',
  },
  {
    formats: ['china-post-registered', 'dhl-ecommerce'],
    prefer: 'china-post-registered',
    reason: 'RX…CN: as for upu-s10, the S10 check digit decides.',
    example: 'RX086335202CN',
  },
  {
    formats: ['china-post-ordinary', 'dhl-ecommerce'],
    prefer: 'china-post-ordinary',
    reason: 'UV…CN: as for upu-s10, the S10 check digit decides.',
    example: 'UV623416285CN',
  },
  {
    formats: ['yanwen-s10', 'dhl-ecommerce'],
    prefer: 'yanwen-s10',
    reason: 'GM/LX/RX/UV/TH… + 9 digits + YP/YN: as for upu-s10, the S10 check digit decides.',
    example: 'RX007853516YN',
  },
  {
    formats: ['usps-impb-c', 'fedex-express-34'],
    prefer: 'usps-impb-c',
    reason:
      '34 digits starting 420: the USPS routing prefix (420 + ZIP+4) of an IMpb label; FedEx 34 takes a leading 4 only because its first digit may be 0–8. Both check digits can pass (1 in 10).',
    example: '4201802334219283197592012600633455',
  },
  {
    formats: ['usps-impb-n', 'fedex-express-34'],
    prefer: 'usps-impb-n',
    reason: 'As for usps-impb-c: a 420 + ZIP routing prefix.',
    example: '4200644794409853396673856630494942',
  },
  {
    formats: ['usps-legacy', 'fedex-express-34'],
    prefer: 'usps-legacy',
    reason: 'As for usps-impb-c: a 420 + ZIP routing prefix.',
    example: '4202195816209135893180945940012021',
  },
  {
    formats: ['usps-impb-c', 'usps-impb-n'],
    prefer: 'usps-impb-c',
    reason:
      '420 + ZIP + 4 digits + 22 (IMpb C, e.g. 92…) can also read as 420 + ZIP + 26 digits starting 94 (IMpb N). The ZIP+4 with a 22-digit serial is the usual label; both are USPS.',
    example: '4201038394169270190149607601838207',
  },
];

/**
 * What sellers pick or type as the carrier in the consoles' ship-confirm forms, and whose numbers
 * each may carry (docs/consoles/amazon.md#ship-form: Amazon's carrier dropdown lists "USPS",
 * "UPS", "FedEx", "DHL", "Other"…; docs/policies.md lists AliExpress service names).
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
    note: 'Delivered by USPS on an IMpb number: jkeen/tracking_number_data CHANGELOG 2.0.0 folds fedex_smartpost into usps_impb_c.',
  },
  { names: ['DHL'], accepts: ['dhl'] },
  {
    names: ['DHL eCommerce'],
    accepts: ['dhl', 'usps'],
    note: 'US last mile by USPS on an IMpb number: jkeen/tracking_number_data CHANGELOG 2.0.0 folds dhl_ecommerce_30 into usps_impb_c.',
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
    note: 'EMS and ePacket (e邮宝, "EUB") are China Post Group services: every CN-issued S10 number.',
  },
  {
    names: ['Yanwen', '燕文', 'Special Line-YW'],
    accepts: ['yanwen', 's10'],
    note: 'Yanwen hands parcels to postal services, which label them with S10 numbers (docs/policies.md, tracking formats).',
  },
  { names: ['YunExpress', 'Yun Express', '云途'], accepts: ['yunexpress'] },
  {
    names: ['4PX', '递四方', 'FOURPX_RM'],
    accepts: ['4px', 's10'],
    note: '4PX lines such as 4PX新邮 travel on postal S10 numbers (RT…/RS…, docs/policies.md, tracking formats).',
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
    note: 'Cainiao re-labels parcels with an S10 number for the international leg (docs/policies.md, tracking formats).',
  },
  {
    names: ['WishPost', 'Wish Post', 'Wish邮'],
    accepts: ['s10'],
    note: 'WishPost lines reuse the underlying postal carrier’s S10 numbers; its own format is unconfirmed (docs/policies.md, tracking formats).',
  },
  { names: ['SpeedPAK', 'Orange Connex', '橙联'], accepts: ['speedpak'] },
  {
    names: ['Amazon', 'Amazon Logistics', 'Amazon Shipping', 'AMZL'],
    accepts: ['amazon'],
  },
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
