import { z } from 'zod';

/**
 * The shape of one tracking-number format, kept as data (docs/decisions.md#tracking-formats-as-data,
 * after jkeen/tracking_number_data's courier files: https://github.com/jkeen/tracking_number_data).
 * Differences from that data set, and why:
 * - `pattern` matches one normalised TOKEN (upper case, no spaces or hyphens), so it carries no
 *   `\s*` between characters. Letting spaces inside the pattern is what made digit groups of phone
 *   numbers and ZIP codes merge into "tracking numbers" (docs/peers.md#tracking).
 * - `scope` says where the scanner may report the format; see scan.ts for the policy.
 * - Only what detection needs ships in the extension. Each format's source and its valid and
 *   invalid test numbers live beside the tests, keyed by format id
 *   (test/fixtures/tracking/formats.ts), and a unit test requires them for every format.
 */

const S10ChecksumSchema = z.object({ name: z.literal('s10') }).strict();
const Mod10ChecksumSchema = z
  .object({
    name: z.literal('mod10'),
    /** Multiplier for 0-based even positions of the serial. */
    evensMultiplier: z.number().int().positive(),
    /** Multiplier for 0-based odd positions of the serial. */
    oddsMultiplier: z.number().int().positive(),
    /** Count positions from the end of the serial (USPS IMpb N). */
    reverse: z.boolean(),
  })
  .strict();
const SumProductChecksumSchema = z
  .object({
    name: z.literal('sum_product_with_weightings_and_modulo'),
    weightings: z.array(z.number().int().nonnegative()).min(1),
    modulo1: z.number().int().positive(),
    modulo2: z.number().int().positive(),
  })
  .strict();
const Mod7ChecksumSchema = z.object({ name: z.literal('mod7') }).strict();
const LuhnChecksumSchema = z.object({ name: z.literal('luhn') }).strict();
/** ISO/IEC 7064 MOD 37,36: a check character 0–9 or A–Z over digits and letters (DPD). */
const Mod37_36ChecksumSchema = z.object({ name: z.literal('mod_37_36') }).strict();

export const ChecksumSchema = z.discriminatedUnion('name', [
  S10ChecksumSchema,
  Mod10ChecksumSchema,
  SumProductChecksumSchema,
  Mod7ChecksumSchema,
  LuhnChecksumSchema,
  Mod37_36ChecksumSchema,
]);
export type Checksum = z.infer<typeof ChecksumSchema>;
export type ChecksumName = Checksum['name'];
export type ChecksumParams<N extends ChecksumName> = Omit<Extract<Checksum, { name: N }>, 'name'>;

/** A normalised tracking number: what `normaliseTrackingNumber` returns. */
const TokenSchema = z.string().regex(/^[A-Z0-9]+$/, 'expected upper case letters and digits only');

export const scopes = ['anywhere', 'tracking-context'] as const;
export type FormatScope = (typeof scopes)[number];

export const TrackingFormatSchema = z
  .object({
    /** Kebab-case, unique; what `TrackingMatch.formatId` reports. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** Display name of the carrier, e.g. "China Post". */
    carrier: z.string().min(1),
    /**
     * Carrier family used by `trackingMatchesCarrier`; several formats share one
     * (fedex-express-12 and fedex-ground-15 are both `fedex`).
     */
    carrierId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /**
     * Regular expression source for one whole token: starts with `^`, ends with `$`, has a
     * `SerialNumber` named group, and a `CheckDigit` group exactly when `checksum` is set.
     * An optional `TrackingNumber` group is the part the tracking page takes, when the printed
     * number carries a routing prefix (USPS "420" + ZIP).
     */
    pattern: z.string(),
    checksum: ChecksumSchema.optional(),
    /**
     * jkeen's `serial_number_format.prepend_if`: digits the checksum reads in front of the serial
     * when the serial does not already start with them (USPS legacy "91").
     */
    serialPrefix: z
      .object({ ifNotStartingWith: TokenSchema, prepend: TokenSchema })
      .strict()
      .optional(),
    /**
     * Accepted values of the `CountryCode` group (UPU S10 numbers end in the issuing country's
     * ISO 3166-1 code). Required exactly when the pattern has that group.
     */
    countryCodes: z
      .array(z.string().regex(/^[A-Z]{2}$/))
      .min(1)
      .optional(),
    /** Report the postal operator of the matched country as `carrier` (generic UPU S10). */
    carrierFromCountryCode: z.literal(true).optional(),
    /**
     * For formats without a check digit: how unlikely a chance match is. `high` only for a
     * fixed, unusual letter prefix or suffix (YT…, 4PX…CN); required when `checksum` is absent.
     */
    confidenceWithoutChecksum: z.enum(['high', 'low']).optional(),
    /** Where the page scanner may report it (scan.ts explains the policy). */
    scope: z.enum(scopes),
    /** Tracking page; `%s` is replaced with the number. */
    trackingUrl: z.string().regex(/^https:\/\/[^\s]*%s[^\s]*$/, 'expected an https URL with %s'),
    /**
     * ISO 3166-1 codes of the countries the carrier delivers in, for a local carrier. When two
     * formats match one number, the one whose carrier delivers in the order's destination
     * country ranks first (Purolator on an Amazon.ca order, DPD on a UK one).
     */
    markets: z
      .array(z.string().regex(/^[A-Z]{2}$/))
      .min(1)
      .optional(),
  })
  .strict()
  .superRefine((format, ctx) => {
    const problem = patternProblem(format);
    if (problem) ctx.addIssue({ code: 'custom', path: ['pattern'], message: problem });
    if (!format.checksum && !format.confidenceWithoutChecksum) {
      ctx.addIssue({
        code: 'custom',
        path: ['confidenceWithoutChecksum'],
        message: 'a format without a checksum must say how specific its pattern is',
      });
    }
    if (format.checksum && format.confidenceWithoutChecksum) {
      ctx.addIssue({
        code: 'custom',
        path: ['confidenceWithoutChecksum'],
        message: 'only for formats without a checksum',
      });
    }
    // Only a check digit or a distinctive prefix makes a match trustworthy in arbitrary text.
    if (format.scope === 'anywhere' && format.confidenceWithoutChecksum === 'low') {
      ctx.addIssue({
        code: 'custom',
        path: ['scope'],
        message: 'a low-confidence format without a checksum needs a tracking context',
      });
    }
    if (format.carrierFromCountryCode && !format.countryCodes) {
      ctx.addIssue({
        code: 'custom',
        path: ['carrierFromCountryCode'],
        message: 'needs countryCodes',
      });
    }
  });
export type TrackingFormat = z.infer<typeof TrackingFormatSchema>;

function patternProblem(format: {
  pattern: string;
  checksum?: Checksum;
  countryCodes?: string[];
}): string | null {
  try {
    new RegExp(format.pattern);
  } catch (error) {
    return `does not compile: ${String(error)}`;
  }
  if (!format.pattern.startsWith('^') || !format.pattern.endsWith('$')) {
    return 'must be anchored with ^ and $ (it matches one whole token)';
  }
  if (/\\s|\s/.test(format.pattern)) return 'must not allow whitespace (tokens are normalised)';
  // detect.ts numbers the alternatives of its combined pre-check by their capture groups.
  if (/\((?!\?)/.test(format.pattern)) return 'groups must be named or non-capturing (?:…)';
  const groups = new Set(
    [...format.pattern.matchAll(/\(\?<([A-Za-z0-9]+)>/g)].map((match) => match[1]),
  );
  if (!groups.has('SerialNumber')) return 'needs a SerialNumber group';
  if (groups.has('CheckDigit') !== Boolean(format.checksum)) {
    return 'has a CheckDigit group exactly when a checksum is given';
  }
  if (groups.has('CountryCode') !== Boolean(format.countryCodes)) {
    return 'has a CountryCode group exactly when countryCodes are given';
  }
  return null;
}

export const FormatCollisionSchema = z
  .object({
    /** Two format ids that can both match one token. */
    formats: z.tuple([z.string(), z.string()]),
    /**
     * Which one `detectTracking` reports when both match, both or neither are verified and no
     * carrier field or destination decides. The reason is a comment beside the entry; a token
     * both accept is in the test-side data (test/fixtures/tracking/formats.ts).
     */
    prefer: z.string(),
  })
  .strict()
  .refine((collision) => collision.formats.includes(collision.prefer), {
    message: 'prefer must be one of the two formats',
    path: ['prefer'],
  });
export type FormatCollision = z.infer<typeof FormatCollisionSchema>;

export const CarrierAliasSchema = z
  .object({
    /** What a seller may pick or type in a console's carrier field, in any case and spacing. */
    names: z.array(z.string().min(1)).min(1),
    /**
     * Carrier keys whose numbers this carrier can legitimately hand out: a format's `carrierId`,
     * `s10` for any UPU S10 number, or `s10:CC` for an S10 number issued in country CC.
     */
    accepts: z.array(z.string().regex(/^(s10(:[A-Z]{2})?|[a-z0-9]+(-[a-z0-9]+)*)$/)).min(1),
  })
  .strict();
export type CarrierAlias = z.infer<typeof CarrierAliasSchema>;

/** Every list-level rule: unique ids, collisions and aliases that name real formats. */
export const TrackingDataSchema = z
  .object({
    formats: z.array(TrackingFormatSchema).min(1),
    collisions: z.array(FormatCollisionSchema),
    aliases: z.array(CarrierAliasSchema),
  })
  .superRefine((data, ctx) => {
    const ids = new Set<string>();
    for (const format of data.formats) {
      if (ids.has(format.id)) {
        ctx.addIssue({ code: 'custom', path: ['formats'], message: `duplicate id ${format.id}` });
      }
      ids.add(format.id);
    }
    for (const collision of data.collisions) {
      for (const id of collision.formats) {
        if (!ids.has(id)) {
          ctx.addIssue({ code: 'custom', path: ['collisions'], message: `unknown format ${id}` });
        }
      }
    }
    const carrierIds = new Set(data.formats.map((format) => format.carrierId));
    for (const alias of data.aliases) {
      for (const key of alias.accepts) {
        if (!key.startsWith('s10') && !carrierIds.has(key)) {
          ctx.addIssue({ code: 'custom', path: ['aliases'], message: `unknown carrier ${key}` });
        }
      }
    }
  });
export type TrackingData = z.infer<typeof TrackingDataSchema>;
