import { defaultSite } from './site.ts';
import { linkSuite } from './suites/links.ts';

linkSuite(defaultSite());
