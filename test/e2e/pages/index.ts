import { aliexpressPages } from './aliexpress';
import { amazonPages } from './amazon';
import { ebayPages } from './ebay';
import type { SamplePage } from './types';
import { wishPages } from './wish';

export type { SamplePage } from './types';

/** Every bundled sample page, console by console (the demo opens them in this order). */
export const allPages: SamplePage[] = [
  ...amazonPages,
  ...aliexpressPages,
  ...ebayPages,
  ...wishPages,
];
