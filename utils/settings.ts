import { z } from 'zod';
import { ConsoleIdSchema, CountryCodeSchema, CurrencyCodeSchema } from './order-facts';

export const objectives = ['cheapest', 'fastest', 'balanced'] as const;
export const ObjectiveSchema = z.enum(objectives);
export type Objective = z.infer<typeof ObjectiveSchema>;

export const languages = ['en', 'zh-CN'] as const;
export const LanguageSchema = z.enum(languages);
export type Language = z.infer<typeof LanguageSchema>;

/** The seller's settings. Every field has a default, so an older or partial object still loads. */
export const SettingsSchema = z.object({
  language: LanguageSchema.default('en'),
  /** Most of our sellers ship from mainland China (see BRIEF.md "Who uses it"). */
  shipFromCountry: CountryCodeSchema.default('CN'),
  currency: CurrencyCodeSchema.default('USD'),
  objective: ObjectiveSchema.default('balanced'),
  disabledConsoles: z.array(ConsoleIdSchema).default([]),
  disabledChannels: z.array(z.string()).default([]),
  disabledPolicies: z.array(z.string()).default([]),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const defaultSettings: Settings = SettingsSchema.parse({});
