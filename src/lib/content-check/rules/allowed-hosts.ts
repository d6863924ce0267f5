/** content/allowed-hosts.yaml: each host once (the loader keeps the first and leaves repeats out). */
import { allowedHostsFileSchema } from '../../../schemas/content.ts';
import type { Finding } from '../problems.ts';
import type { Rule } from '../rule.ts';

export const allowedHosts: Rule = {
  id: 'allowed-hosts',
  check({ files }) {
    const hostsFile = files.allowedHosts;
    if (!hostsFile) return [];
    const findings: Finding[] = [];
    const seen = new Map<string, number>();
    (Array.isArray(hostsFile.raw) ? hostsFile.raw : []).forEach((entry: unknown, index) => {
      const result = allowedHostsFileSchema.element.safeParse(entry);
      if (!result.success) return;
      if (seen.has(result.data.host))
        findings.push({ file: hostsFile.file, line: hostsFile.lineOf([index, 'host']), field: `${index}.host`, message: `${result.data.host} 写了两次（第 ${seen.get(result.data.host)! + 1} 项已经有了）：删掉重复的一项` });
      else seen.set(result.data.host, index);
    });
    return findings;
  },
};
