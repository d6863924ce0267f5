import { defaultSite } from './site.ts';
import { articleSuite } from './suites/article-pages.ts';

articleSuite(defaultSite());
