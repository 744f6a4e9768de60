/**
 * Reads a content file as text, refusing what cannot be content: too big, binary, empty.
 * The size is checked before reading so that a huge file is refused at once.
 */
import { readFile, stat } from 'node:fs/promises';

export const maxContentFileBytes = 2 * 1024 * 1024;

export type TextFileResult = { ok: true; text: string } | { ok: false; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function readTextFile(file: string): Promise<TextFileResult> {
  const { size } = await stat(file);
  if (size > maxContentFileBytes) {
    return {
      ok: false,
      message: `tiedosto on liian suuri (${(size / 1024 / 1024).toFixed(1)} Mt, enintään ${maxContentFileBytes / 1024 / 1024} Mt)`,
    };
  }
  const bytes = await readFile(file);
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
