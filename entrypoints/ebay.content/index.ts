import { defineContentScript } from '#imports';
import { ebay } from '@/utils/consoles/ebay';
import { runConsole } from '@/utils/runtime/run-console';

export default defineContentScript({
  matches: ebay.matches,
  // WXT's ctx is not passed on: a page can end it (utils/runtime/script-lifetime.ts).
  main: () => runConsole(ebay),
});
