export * from './parse-mdx.ts';
