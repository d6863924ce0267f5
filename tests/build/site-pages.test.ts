import { defaultSite } from './site.ts';
import { pagesSuite } from './suites/site-pages.ts';

pagesSuite(defaultSite());
