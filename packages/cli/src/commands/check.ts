import { countOf } from '@valmistelu/domain/finnish-count';
import { cacheDirOf } from '../cache-folder.ts';
import { type Command, contentDirOf, type OptionDeclarations } from '../cli-io.ts';
import { type CheckedContent, checkContent, errorSummary, loadChecked } from '../load-checked.ts';
import { githubReport } from '../reporters/github-reporter.ts';
import { gitlabReport } from '../reporters/gitlab-reporter.ts';
import { workspaceRoot } from '../workspace-root.ts';

const options = {
  format: {
    type: 'string',
    choices: ['text', 'github', 'gitlab'],
    description:
      'text (oletus): ongelmat riveinä; github: työnkulun merkinnät; gitlab: Code Quality -raportti (JSON)',
  },
} as const satisfies OptionDeclarations;

function okSummary({ loaded, warnings }: CheckedContent): string {
  const { content } = loaded;
  const counts = [
    countOf(loaded.files.length, 'tiedosto', 'tiedostoa'),
    countOf(content.groups.length, 'ryhmä', 'ryhmää'),
    countOf(content.reports.length, 'raportti', 'raporttia'),
    countOf(content.meetings.length, 'kokous', 'kokousta'),
    countOf(warnings, 'varoitus', 'varoitusta'),
  ];
  return `Sisältö kunnossa: ${counts.join(', ')}.\n`;
}

export const checkCommand: Command<typeof options> = {
  summary: 'tarkistaa sisällön ja tulostaa kaikki virheet kerralla',
  options,
  async run(context) {
    const { io, values } = context;
    const format = values.format ?? 'text';
    const contentDir = contentDirOf(context);
    if (format === 'text') {
      const checked = await loadChecked(contentDir, await cacheDirOf(context), io);
      if (checked.errors > 0) return 1;
      io.stdout(okSummary(checked));
      return 0;
    }
    const checked = await checkContent(contentDir, await cacheDirOf(context));
    const summary = checked.errors > 0 ? errorSummary(checked) : okSummary(checked);
    const root = workspaceRoot(format, contentDir, io.cwd);
    if (format === 'github') {
      // GitHub reads the annotations from the log and shows the other lines as they are.
      io.stdout(`${githubReport(checked.messages, root)}${summary}`);
    } else {
      // Standard output is the report file alone; the summary is for the job's log.
      io.stdout(gitlabReport(checked.messages, root));
      io.stderr(summary);
    }
    return checked.errors > 0 ? 1 : 0;
  },
};
