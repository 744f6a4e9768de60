/** `<Action owner="…" due="…" state="…">…</Action>`: an action with its owner, date and state. */

import { documentWords } from '@valmistelu/domain/document-words';
import { actionStateLabels } from '@valmistelu/domain/labels';
import { formatDate } from '@valmistelu/domain/localized-dates';
import type { PdfContent } from '../../pdfmake-types.ts';
import type { RenderContext } from '../context.ts';
import type { InlineRun } from '../inline-run.ts';
import { type ComponentElement, stringAttribute } from './attributes.ts';

type ActionState = keyof typeof actionStateLabels;

function isActionState(value: string): value is ActionState {
  return Object.hasOwn(actionStateLabels, value);
}

/** "Vastuu: Terttu Nordman · Määräaika: 31.5.2018 · Tila: Käynnissä", or the problems found. */
function actionFacts(node: ComponentElement, context: RenderContext): InlineRun[] {
  const language = context.options.language ?? 'fi';
  const words = documentWords[language].report;
  const facts: InlineRun[][] = [];
  const owner = stringAttribute(node, 'owner');
  if (owner !== undefined) {
    const name = context.options.lookup.personName(owner);
    facts.push([
      { text: `${words.action.owner}: ` },
      name === undefined
        ? context.fail(node, `<Action>: tuntematon henkilö owner="${owner}"`)
        : { text: name },
    ]);
  }
  const due = stringAttribute(node, 'due');
  if (due !== undefined) facts.push([{ text: `${words.action.due}: ${formatDate(due, language)}` }]);
  const state = stringAttribute(node, 'state');
  if (state !== undefined) {
    facts.push([
      { text: `${words.action.state}: ` },
      isActionState(state)
        ? { text: words.actionStates[state] }
        : context.fail(node, `<Action>: tuntematon tila state="${state}"`),
    ]);
  }
  return facts.flatMap((fact, index) => (index === 0 ? fact : [{ text: ' · ' }, ...fact]));
}

export function renderActionBlock(node: ComponentElement, context: RenderContext): PdfContent[] {
  const facts = actionFacts(node, context);
  return [
    {
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                {
                  text: documentWords[context.options.language ?? 'fi'].report.action.label,
                  style: 'actionLabel',
                },
                ...context.blockChildren(node),
                ...(facts.length ? [{ text: facts, style: 'actionFacts' }] : []),
              ],
            },
          ],
        ],
      },
      layout: 'action',
      style: 'block',
    },
  ];
}

export function renderActionInline(node: ComponentElement, context: RenderContext): InlineRun[] {
  const facts = actionFacts(node, context);
  return [
    ...context.phrasingChildren(node),
    ...(facts.length ? [{ text: ' (' }, ...facts, { text: ')' }] : []),
  ];
}
