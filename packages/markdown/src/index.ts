export * from './components.ts';
export * from './guard-content.ts';
export * from './parse-mdx.ts';
export { default as remarkGuardContent } from './remark-guard-content.ts';
