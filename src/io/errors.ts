/** The message for a path that names nothing. */
export const NO_SUCH_FILE = 'no such file or directory';

/** Messages for the errors of the file system, as `whosaid: <path>: <message>` prints them. */
const MESSAGES: Readonly<Record<string, string>> = {
  ENOENT: NO_SUCH_FILE,
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many levels of symbolic links',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  ENAMETOOLONG: 'file name too long',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  ENXIO: 'no such device or address',
  ENOSPC: 'no space left on device',
};

/**
 * A short lower-case message for an error of the file system, without the code and the path
 * that Node puts in its messages ("EACCES: permission denied, open 'a.txt'").
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== undefined && MESSAGES[code] !== undefined) return MESSAGES[code];
  // "ESOMETHING: what happened, syscall 'path'" → "what happened"
  const plain = /^[A-Z0-9_]+: (.*?)(?:, \w+ '.*')?$/s.exec(error.message);
  return plain?.[1] ?? error.message;
}

/** What a file that is not a regular file is, for the message refusing it. */
export function describeFileType(stats: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isDirectory(): boolean;
}): string {
  if (stats.isFIFO()) return 'named pipe';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice()) return 'character device';
  if (stats.isBlockDevice()) return 'block device';
  if (stats.isDirectory()) return 'directory';
  return 'special file';
}

/** The message refusing a special file: "not a regular file (named pipe)". */
export function notRegularFile(stats: Parameters<typeof describeFileType>[0]): string {
  return `not a regular file (${describeFileType(stats)})`;
}
