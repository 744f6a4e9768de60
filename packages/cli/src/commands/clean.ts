import { removeCacheDir } from '../cache-folder.ts';
import { type Command, cacheOptionOf } from '../cli-io.ts';
import { shownFolder } from '../shown-path.ts';

export const cleanCommand: Command = {
  summary:
    'poistaa välimuistikansion (--cache, oletus: repositorion .cache); seuraava ajo kokoaa kaiken alusta',
  examples: ['pnpm valmistelu clean', 'pnpm valmistelu clean --cache /tmp/valmistelu-cache'],
  async run(context) {
    const { io } = context;
    const removed = await removeCacheDir(context);
    const shown = shownFolder(context.values.cache, cacheOptionOf(context), io.cwd);
    io.stdout(removed ? `Välimuisti poistettu: ${shown}\n` : `Välimuistia ei ole: ${shown}\n`);
    return 0;
  },
};
