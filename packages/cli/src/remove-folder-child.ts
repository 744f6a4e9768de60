/**
 * The remover of `background-removal.ts`: reads one folder's path from standard input and
 * removes the folder. Started detached, so the command that started it may end first. It runs
 * at the lowest priority: a build started meanwhile (the next edit) gets the cores first.
 */
import { rm } from 'node:fs/promises';
import { constants, setPriority } from 'node:os';
import { text } from 'node:stream/consumers';

try {
  setPriority(constants.priority.PRIORITY_LOW);
} catch {
  // Not allowed here: it removes at the priority it was given.
}
const folder = (await text(process.stdin)).trim();
if (folder) await rm(folder, { recursive: true, force: true });
