import { defineBackground } from '#imports';
import browser from 'webextension-polyfill';
import { listen } from '@/utils/messaging-background';
import { createRulesService } from '@/utils/background/rules-service';
import { createComplianceService } from '@/utils/background/compliance-service';
import { createFeedService, FEED_ALARM } from '@/utils/background/feed-service';

export default defineBackground(() => {
  const rules = createRulesService();
  const feeds = createFeedService();
  const compliance = createComplianceService(rules.activeRules);
  browser.runtime.onInstalled.addListener(() => {
    void rules.seed();
    void feeds.schedule();
  });
  browser.runtime.onStartup.addListener(() => void feeds.schedule());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FEED_ALARM) void feeds.update();
  });
  listen({ ...rules.handlers, ...feeds.handlers, ...compliance.handlers });
});
