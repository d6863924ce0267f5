/**
 * Command-line arguments for the CLIs in scripts/: util.parseArgs (strict: an unknown option is an
 * error, not ignored), with its English errors said again in Chinese, naming the argument.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A Chinese message for a util.parseArgs error; `help` says where the options are listed. */
export function describeArgError(error: unknown, help: string): string {
  const { code, message } = error as { code?: string; message: string };
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `没有参数 ${quoted}。${help}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `参数 ${quoted.split(' ')[0]} 后面缺少值`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `看不懂参数「${quoted}」：参数要写成 --名字 值`;
  return message;
}

/** util.parseArgs over process.argv; on a bad argument prints the Chinese message and exits 1. */
export function parseCliArgs<T extends ParseArgsConfig>(config: T, help: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(describeArgError(error, help));
    process.exit(1);
  }
}
