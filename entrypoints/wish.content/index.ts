import { defineContentScript } from '#imports';
import { wish } from '@/utils/consoles/wish';
import { runConsole } from '@/utils/runtime/run-console';

export default defineContentScript({
  matches: wish.matches,
  main: (ctx) => runConsole(wish, ctx),
});
