/**
 * Reads a content file as text, refusing what cannot be content: not a regular file, too big,
 * binary, empty. The type and size are checked on the open file before reading, so that a huge
 * file is refused at once and a named pipe swapped in after `resolveContentFile` looked is refused
 * rather than waited on (opening without blocking returns at once even with no writer).
 * Synchronous for the reason `resolve-content-file.ts` gives: no thread pool hand-offs for the
 * five calls each file takes.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { notRegularFileMessage } from './resolve-content-file.ts';

export const maxContentFileBytes = 2 * 1024 * 1024;

export type TextFileResult = { ok: true; text: string } | { ok: false; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Opening never follows a link: the path comes from `resolveContentFile`, which resolved them all. */
const openFlags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export function readTextFile(file: string): TextFileResult {
  const descriptor = openSync(file, openFlags);
  try {
    return readOpenFile(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

function readOpenFile(descriptor: number): TextFileResult {
  const info = fstatSync(descriptor);
  const notRegular = notRegularFileMessage(info);
  if (notRegular) return { ok: false, message: notRegular };
  const size = info.size;
  if (size > maxContentFileBytes) {
    return {
      ok: false,
      message: `tiedosto on liian suuri (${(size / 1024 / 1024).toFixed(1)} Mt, enintään ${maxContentFileBytes / 1024 / 1024} Mt)`,
    };
  }
  const bytes = readFileSync(descriptor);
  if (bytes.includes(0)) return { ok: false, message: 'tiedosto ei ole tekstiä (siinä on NUL-tavuja)' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, message: 'tiedosto ei ole UTF-8-tekstiä' };
  }
  // A BOM and Windows line endings are common from Word and Notepad; accept them silently.
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, message: 'tiedosto on tyhjä' };
  return { ok: true, text };
}
