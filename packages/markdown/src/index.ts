export * from './parse-mdx.ts';
export * from './components.ts';
