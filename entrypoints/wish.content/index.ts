import { defineContentScript } from '#imports';
import { wish } from '@/utils/consoles/wish';
import { runConsole } from '@/utils/runtime/run-console';

export default defineContentScript({
  matches: wish.matches,
  // WXT's ctx is not passed on: a page can end it (utils/runtime/script-lifetime.ts).
  main: () => runConsole(wish),
});
