import { defineContentScript } from '#imports';
import { amazon } from '@/utils/consoles/amazon';
import { runConsole } from '@/utils/runtime/run-console';
import { createFbaFirstLeg } from '@/utils/runtime/features/fba-first-leg';

export default defineContentScript({
  matches: amazon.matches,
  // Frames too: a console may open a form in an iframe (eBay's add tracking); each frame's
  // script owns its own document.
  allFrames: true,
  // WXT's ctx is not passed on: a page can end it (utils/runtime/script-lifetime.ts).
  main: () => runConsole(amazon, { features: [createFbaFirstLeg()] }),
});
