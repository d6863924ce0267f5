/**
 * Aliases exist for search: they include pinyin and English forms that help matching but read
 * as noise on a Chinese page. Readers see only the ones written in Chinese.
 */
const HAN = /\p{Script=Han}/u;

export function readerAliases(aliases: readonly string[], limit = 8): string[] {
  return aliases.filter((alias) => HAN.test(alias)).slice(0, limit);
}
