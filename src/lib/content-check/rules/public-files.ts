/** public/: raster images under public/images/ and the project's own files, nothing else (../public-files.ts). */
import { checkPublicFiles } from '../public-files.ts';
import type { Rule } from '../rule.ts';

export const publicFiles: Rule = {
  id: 'public-files',
  gate: { stage: 'build', run: (projectRoot) => checkPublicFiles(projectRoot).findings },
  check: ({ publicFiles }) => publicFiles.findings.map((f) => ({ file: f.file, line: 1, field: '-', message: f.message })),
};
