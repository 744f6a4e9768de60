import { expect, it } from 'vitest';
import * as bench from '../src/index.ts';

it('exports the generator and its edges, nothing else', () => {
  expect(Object.keys(bench).sort()).toEqual([
    'copyId',
    'generateContent',
    'generateContentFolder',
    'mulberry32',
    'randomFor',
    'readContentFolder',
    'writeContentFolder',
  ]);
});
