import { z } from 'zod/mini';
import { ConsoleIdSchema, CountryCodeSchema, CurrencyCodeSchema } from './order-facts';

export const objectives = ['cheapest', 'fastest', 'balanced'] as const;
export const ObjectiveSchema = z.enum(objectives);
export type Objective = z.infer<typeof ObjectiveSchema>;

export const languages = ['en', 'zh-CN'] as const;
export const LanguageSchema = z.enum(languages);
export type Language = z.infer<typeof LanguageSchema>;

/** The seller's settings. Every field has a default, so an older or partial object still loads. */
export const SettingsSchema = z.object({
  language: z._default(LanguageSchema, 'en'),
  /** Most of our sellers ship from mainland China (docs/decisions.md#who-we-build-for). */
  shipFromCountry: z._default(CountryCodeSchema, 'CN'),
  currency: z._default(CurrencyCodeSchema, 'USD'),
  objective: z._default(ObjectiveSchema, 'balanced'),
  disabledConsoles: z._default(z.array(ConsoleIdSchema), []),
  disabledChannels: z._default(z.array(z.string()), []),
  disabledPolicies: z._default(z.array(z.string()), []),
  /** Days the compliance ledger keeps a shipment (docs/compliance.md). */
  ledgerRetentionDays: z._default(z.int().check(z.minimum(7), z.maximum(3650)), 180),
  /** Consoles on which the seller folded the docked panel away (it stays folded there). */
  collapsedDocks: z._default(z.array(ConsoleIdSchema), []),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const defaultSettings: Settings = SettingsSchema.parse({});
