import { defineContentScript } from '#imports';
import { ebay } from '@/utils/consoles/ebay';
import { runConsole } from '@/utils/runtime/run-console';

export default defineContentScript({
  matches: ebay.matches,
  main: (ctx) => runConsole(ebay, ctx),
});
