/**
 * The previous output, once swapped out, removed by a process of its own that outlives the
 * command: at 100× the default organisation it holds 30,000 files, whose removal took 2–5 s
 * at the end of every build on the benchmark machine, after the new output was already in
 * place. The command now returns once the swap is done.
 *
 * The folder is named after the remover's pid (`.dist.building-<pid>-….previous`), so that the
 * next build's clean-up (`stale-builds.ts`) leaves it to a remover still at work, and removes it
 * itself when the remover is gone before finishing.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const removerScript = new URL('./remove-folder-child.ts', import.meta.url);

/** A started remover: it removes the folder `hand` gives it, or nothing if none is given. */
export interface FolderRemover {
  /** The remover's pid, for the folder's name; undefined when no process could be started. */
  pid: number | undefined;
  /** Gives it the folder to remove (already renamed for its pid), or none; called once. */
  hand(folder: string | undefined): Promise<void>;
}

/**
 * Starts a remover, detached from this process. Where none can be started, `hand` removes the
 * folder itself before resolving, as before.
 */
export function startFolderRemover(): FolderRemover {
  let child: ReturnType<typeof spawn> | undefined;
  try {
    child = spawn(process.execPath, [fileURLToPath(removerScript)], {
      detached: true,
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    child = undefined;
  }
  const stdin = child?.stdin;
  return {
    pid: stdin ? child?.pid : undefined,
    async hand(folder) {
      if (!stdin || !child?.pid) {
        if (folder) await rm(folder, { recursive: true, force: true });
        return;
      }
      // Not awaited: a remover that died would never confirm, and the folder, named after its
      // pid, is then the next build's to remove. An empty line ends it without removing anything.
      stdin.on('error', () => undefined);
      stdin.end(`${folder ?? ''}\n`);
      (stdin as { unref?: () => void }).unref?.();
    },
  };
}
