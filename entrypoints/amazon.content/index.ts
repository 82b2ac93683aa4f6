import { defineContentScript } from '#imports';
import { amazon } from '@/utils/consoles/amazon';
import { runConsole } from '@/utils/runtime/run-console';

export default defineContentScript({
  matches: amazon.matches,
  main: (ctx) => runConsole(amazon, ctx),
});
