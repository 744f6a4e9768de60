/**
 * Installs the missing Debian tools of `system-tools.ts` with apt-get, once and serially, as the
 * first task of `pnpm test` (turbo's `//#system-tools`): test setups that ran in parallel used
 * to race for apt's lock. Without root or apt-get it prints what to install and fails.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { missingSystemTools, packageInstaller, systemTools } from './system-tools.ts';

const missing = missingSystemTools();
if (missing.length > 0) {
  const packages = [...new Set(missing.map((command) => systemTools[command]))];
  const canInstall =
    process.getuid?.() === 0 && spawnSync('sh', ['-c', `command -v ${packageInstaller}`]).status === 0;
  if (!canInstall) {
    console.error(
      `Puuttuu: ${missing.join(', ')}. Asenna: sudo ${packageInstaller} install -y ${packages.join(' ')}`,
    );
    process.exit(1);
  }
  console.log(`Asennetaan ${packages.join(' ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync(packageInstaller, ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync(packageInstaller, ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  const stillMissing = missingSystemTools();
  if (stillMissing.length > 0) {
    console.error(`Asennuksen jälkeenkin puuttuu: ${stillMissing.join(', ')}`);
    process.exit(1);
  }
}
