import { defineContentScript } from '#imports';
import { aliexpress } from '@/utils/consoles/aliexpress';
import { runConsole } from '@/utils/runtime/run-console';

export default defineContentScript({
  matches: aliexpress.matches,
  main: (ctx) => runConsole(aliexpress, ctx),
});
