import { defineBackground } from '#imports';
import browser from 'webextension-polyfill';
import { listen } from '@/utils/messaging';
import { createRulesService } from '@/utils/background/rules-service';

export default defineBackground(() => {
  const service = createRulesService();
  browser.runtime.onInstalled.addListener(() => void service.seed());
  listen(service.handlers);
});
