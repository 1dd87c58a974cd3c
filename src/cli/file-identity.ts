/**
 * Which file a path or descriptor really is (device + inode), so that
 * `./x.txt`, `x.txt`, a symlink to it and a hard link of it are one file.
 * bigint: inode numbers can exceed 2^53 on some file systems.
 */
import { fstatSync, statSync, type BigIntStats } from 'node:fs';

export interface FileId {
  dev: bigint;
  ino: bigint;
}

export const idOf = (st: BigIntStats): FileId => ({ dev: st.dev, ino: st.ino });

export const sameFile = (a: FileId | null, b: FileId | null): boolean => a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;

/** The file a path names (symlinks followed), or null when there is none. */
export function idOfPath(path: string): FileId | null {
  try {
    return idOf(statSync(path, { bigint: true }));
  } catch {
    return null;
  }
}

/** The regular file behind a descriptor (stdin or stdout redirected to a file), else null. */
export function regularFileOfFd(fd: number): FileId | null {
  try {
    const st = fstatSync(fd, { bigint: true });
    return st.isFile() ? idOf(st) : null;
  } catch {
    return null;
  }
}
