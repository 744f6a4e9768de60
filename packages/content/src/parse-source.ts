/**
 * One content file's text parsed on its own: its YAML (the whole file, or an MDX file's
 * frontmatter), its MDX body's syntax tree, and the problems the text shows by itself. Pure: the
 * same text always gives the same result, which is what lets `parse-cache.ts` keep it between
 * runs. What depends on other files or on the file's name (schemas, references, ids, images)
 * is checked afterwards by `load-content.ts`.
 */
import { type ParsedMdx, parseMdx } from '@valmistelu/markdown/parse';
import type { Severity } from './messages.ts';
import { splitFrontmatter } from './split-frontmatter.ts';
import { characterProblemsByLine, firstCharacterProblems } from './text-characters.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { fieldName } from './zod-messages.ts';

/** A problem in the file's text, located in the file. */
export interface TextProblem {
  line: number;
  column: number;
  message: string;
  ruleId: string;
  severity: Severity;
}

export interface ParsedSource {
  /** Problems of the YAML, its strings and the body's characters, in the order they are reported. */
  problems: TextProblem[];
  /** The YAML, when it parsed without errors: the item's data is only read from a clean parse. */
  yaml?: YamlSource;
  /** An MDX file's body and the lines before it; with `yaml` only. */
  body?: string;
  bodyLineOffset?: number;
  /** The body's syntax tree (or why there is none); reported once the file's name is found valid. */
  mdx?: ParsedMdx;
}

/** Refuses control characters and flags direction overrides in every string value, whatever its field. */
function stringProblems(yaml: YamlSource): TextProblem[] {
  return yaml.strings.flatMap((string) =>
    firstCharacterProblems(string.value).map((problem) => ({
      line: string.position.line,
      column: string.position.column,
      message: `kenttä "${fieldName(string.path)}": ${problem.message}`,
      ruleId: 'characters',
      severity: problem.severity,
    })),
  );
}

function yamlProblems(yaml: YamlSource): TextProblem[] {
  return [
    ...yaml.errors.map(
      (error): TextProblem => ({
        line: error.position.line,
        column: error.position.column,
        message: error.message,
        ruleId: 'yaml',
        severity: 'error',
      }),
    ),
    ...stringProblems(yaml),
  ];
}

/** A YAML file: its data and positions, or the problems that leave it without data. */
export function parseYamlText(text: string): ParsedSource {
  const yaml = parseYamlSource(text);
  const problems = yamlProblems(yaml);
  return yaml.errors.length ? { problems } : { problems, yaml };
}

/** An MDX file: its frontmatter's data and positions, and its body with its syntax tree. */
export function parseMdxText(text: string): ParsedSource {
  const split = splitFrontmatter(text);
  if (!split.ok) {
    return {
      problems: [
        { line: split.line, column: 1, message: split.message, ruleId: 'frontmatter', severity: 'error' },
      ],
    };
  }
  const { frontmatter, frontmatterLineOffset, body, bodyLineOffset } = split.value;
  const yaml = parseYamlSource(frontmatter, frontmatterLineOffset);
  const problems = [
    ...yamlProblems(yaml),
    ...characterProblemsByLine(body).map(
      (problem): TextProblem => ({
        line: problem.line + bodyLineOffset,
        column: problem.column,
        message: problem.message,
        ruleId: 'characters',
        severity: problem.severity,
      }),
    ),
  ];
  if (yaml.errors.length) return { problems };
  return { problems, yaml, body, bodyLineOffset, mdx: parseMdx(body, bodyLineOffset) };
}
