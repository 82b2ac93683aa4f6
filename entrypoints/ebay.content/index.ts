import { defineContentScript } from '#imports';
import { ebay } from '@/utils/consoles/ebay';
import { runConsole } from '@/utils/runtime/run-console';

export default defineContentScript({
  matches: ebay.matches,
  // Frames too: a console may open a form in an iframe (eBay's add tracking); each frame's
  // script owns its own document.
  allFrames: true,
  // WXT's ctx is not passed on: a page can end it (utils/runtime/script-lifetime.ts).
  main: () => runConsole(ebay),
});
