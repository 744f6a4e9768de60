/**
 * Decides whether a path in the content folder may be read, before anything opens it.
 *
 * Only regular files inside the content folder are content. A symbolic link (of the file itself
 * or of a folder on its path) that leads outside the folder is refused, so that no file elsewhere
 * on the machine can be published by linking to it. A link that stays inside is followed with a
 * warning: it publishes nothing that is not in the folder anyway, but the preparer should know
 * that editing either name changes both. Named pipes, sockets and devices are refused without
 * being opened, since reading a pipe would wait forever.
 *
 * Synchronous, as `read-text-file.ts`: a build reads every file of the folder, and at 100× the
 * organisation (5,400 files) about eight calls through libuv's thread pool for each (three here,
 * five in `read-text-file.ts`) cost about a second of the processor in each process that reads
 * it, handing each call to a thread and back.
 */
import { lstatSync, realpathSync, type Stats, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, sep } from 'node:path';

export type ResolvedFile =
  /** `path` has no links in it; `linkedTo` names the target (relative to the folder) when the given path had one. */
  { ok: true; path: string; linkedTo?: string } | { ok: false; message: string; missing?: true };

/** Why a file that exists is not content, or undefined for a regular file. */
export function notRegularFileMessage(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  const kind = info.isFIFO()
    ? 'nimetty putki (FIFO)'
    : info.isDirectory()
      ? 'kansio'
      : info.isSocket()
        ? 'pistoke (socket)'
        : 'laitetiedosto';
  return `tämä on ${kind}, ei tavallinen tiedosto: sisältötiedoston pitää olla tavallinen tekstitiedosto`;
}

export function outsideMessage(target: string): string {
  return `symbolinen linkki vie sisältökansion ulkopuolelle (${target}): sisältöä ei lueta kansion ulkopuolelta; kopioi tiedosto sisältökansioon`;
}

/** @param realContentDir the content folder with its own links resolved (`realpath`). */
export function isInside(realContentDir: string, realPath: string): boolean {
  const path = relative(realContentDir, realPath);
  return path !== '' && path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path);
}

/**
 * @param file absolute path as found in the content folder (`contentDir` joined with its place).
 * @param contentDir the content folder as given; @param realContentDir the same resolved.
 */
export function resolveContentFile(file: string, contentDir: string, realContentDir: string): ResolvedFile {
  try {
    lstatSync(file);
  } catch (problem) {
    if ((problem as NodeJS.ErrnoException).code === 'ENOENT')
      return { ok: false, message: `tiedosto ${basename(file)} puuttuu`, missing: true };
    return { ok: false, message: 'tiedostoa ei voi lukea' };
  }
  let real: string;
  try {
    // The system's realpath(3), as `fs/promises`' `realpath` uses.
    real = realpathSync.native(file);
  } catch {
    // lstat found the name, so the link (or a link on the way) points at nothing.
    return { ok: false, message: 'symbolinen linkki osoittaa tiedostoon, jota ei ole' };
  }
  if (!isInside(realContentDir, real)) return { ok: false, message: outsideMessage(real) };
  const notRegular = notRegularFileMessage(statSync(real));
  if (notRegular) return { ok: false, message: notRegular };
  const unlinked = join(realContentDir, relative(contentDir, file));
  if (real === unlinked) return { ok: true, path: real };
  return { ok: true, path: real, linkedTo: relative(realContentDir, real).split(sep).join('/') };
}
