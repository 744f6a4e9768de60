export { lintContent, reportRules } from './lint-content.ts';
export type { ReportLintContext } from './report-context.ts';
