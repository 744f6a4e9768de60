/**
 * The Debian tools the test suites drive, in one list: Chromium for the browser tests, qpdf and
 * poppler for reading PDFs back. `install-system-tools.ts` installs them once before any suite
 * starts; a suite only checks that they are there.
 */
import { spawnSync } from 'node:child_process';

/** Command → the Debian package that provides it. */
export const systemTools = {
  chromium: 'chromium',
  qpdf: 'qpdf',
  pdffonts: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  pdftotext: 'poppler-utils',
} as const;

export type SystemTool = keyof typeof systemTools;

/** Debian's package installer, which only `install-system-tools.ts` runs. */
export const packageInstaller = 'apt-get';

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

export function missingSystemTools(commands: readonly SystemTool[] = toolNames()): SystemTool[] {
  return commands.filter((command) => !onPath(command));
}

/** For a suite's global setup: fails with one line naming what is missing and how to get it. */
export function requireSystemTools(commands: readonly SystemTool[]): void {
  const missing = missingSystemTools(commands);
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((command) => systemTools[command]))].join(' ');
  throw new Error(
    `${missing.join(', ')} puuttuu: aja pnpm system-tools (${packageInstaller} install -y ${packages})`,
  );
}

function toolNames(): SystemTool[] {
  return Object.keys(systemTools) as SystemTool[];
}
