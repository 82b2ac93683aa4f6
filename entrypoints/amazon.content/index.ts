import { defineContentScript } from '#imports';
import { amazon } from '@/utils/consoles/amazon';
import { runConsole } from '@/utils/runtime/run-console';

export default defineContentScript({
  matches: amazon.matches,
  // WXT's ctx is not passed on: a page can end it (utils/runtime/script-lifetime.ts).
  main: () => runConsole(amazon),
});
