/**
 * Installs the Debian tools a test suite drives (Chromium, qpdf, poppler) when they are missing,
 * so that the README's test command sets up a fresh machine by itself. Only as root and only
 * with apt-get; elsewhere it returns what is missing and the caller says so.
 */
import { execFileSync, spawnSync } from 'node:child_process';

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** @param needed command → Debian package that provides it. @returns commands still missing. */
export function ensureDebianPackages(needed: Record<string, string>): string[] {
  const missing = Object.entries(needed).filter(([command]) => !onPath(command));
  if (missing.length === 0) return [];
  if (process.getuid?.() === 0 && onPath('apt-get')) {
    const packages = [...new Set(missing.map(([, name]) => name))];
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'ignore', env });
  }
  return missing.map(([command]) => command).filter((command) => !onPath(command));
}
