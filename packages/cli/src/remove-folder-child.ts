/**
 * The remover of `background-removal.ts`: reads one folder's path from standard input and
 * removes the folder. Started detached, so the command that started it may end first.
 */
import { rm } from 'node:fs/promises';
import { text } from 'node:stream/consumers';

const folder = (await text(process.stdin)).trim();
if (folder) await rm(folder, { recursive: true, force: true });
