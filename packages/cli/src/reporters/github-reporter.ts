/**
 * GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`): GitHub shows each
 * problem as an annotation on its line of the pull request. Escaping follows the runner's
 * rules (actions/toolkit `command.ts`): in the message `%`, CR and LF; in a property also `:`
 * and `,`, which would otherwise end the property.
 */
import type { ContentMessage } from '@valmistelu/content';
import { workspacePath } from './workspace-path.ts';

const escapeData = (text: string) =>
  text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/** The title GitHub shows above the message; the rule says which check found it. */
const titleOf = (message: ContentMessage) => `Sisällön tarkistus (${message.ruleId})`;

/** @param root The repository's root (`GITHUB_WORKSPACE` in a workflow). */
export function githubReport(messages: readonly ContentMessage[], root: string): string {
  return messages
    .map((message) => {
      const properties = [
        `file=${escapeProperty(workspacePath(message.file, root))}`,
        `line=${message.line}`,
        `col=${message.column}`,
        `title=${escapeProperty(titleOf(message))}`,
      ].join(',');
      return `::${message.severity} ${properties}::${escapeData(message.message)}\n`;
    })
    .join('');
}
