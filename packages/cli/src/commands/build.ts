import { relative } from 'node:path';
import { publishAtomically } from '../atomic-output.ts';
import { type Command, contentDirOf, outDirOf } from '../cli-io.ts';
import { loadChecked } from '../load-checked.ts';
import { publishers } from '../publishers.ts';

export const buildCommand: Command = {
  summary: 'tarkistaa sisällön ja kokoaa sivuston ja kaikki PDF:t tuloskansioon',
  async run(context) {
    const { io } = context;
    const started = performance.now();
    const { loaded, errors } = await loadChecked(contentDirOf(context), io);
    if (errors > 0) {
      io.stdout('Koontia ei tehty: korjaa virheet ensin. Aiempi julkaisu on ennallaan.\n');
      return 1;
    }
    const outDir = outDirOf(context);
    const published = await publishAtomically(outDir, async (tempDir) => {
      for (const publisher of publishers) {
        if (!(await publisher.publish(loaded, tempDir, io))) return false;
      }
      return true;
    });
    if (!published) {
      io.stdout('Koonti epäonnistui. Aiempi julkaisu on ennallaan.\n');
      return 1;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.stdout(`Koottu kansioon ${relative(io.cwd, outDir) || '.'} (${seconds} s).\n`);
    return 0;
  },
};
