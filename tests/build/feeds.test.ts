import { defaultSite } from './site.ts';
import { feedsSuite } from './suites/feeds.ts';

feedsSuite(defaultSite());
