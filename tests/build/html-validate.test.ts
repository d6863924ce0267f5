import { defaultSite } from './site.ts';
import { htmlValidateSuite } from './suites/html-validate.ts';

htmlValidateSuite(defaultSite());
