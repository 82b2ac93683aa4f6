import { aliexpress } from './aliexpress';
import { amazon } from './amazon';
import { ebay } from './ebay';
import type { ConsoleAdapter } from './types';
import { wish } from './wish';

/** Every console ShipLens runs on. Adding one: a folder here, an entrypoint, fixtures. */
export const consoles: readonly ConsoleAdapter[] = [aliexpress, amazon, ebay, wish];
