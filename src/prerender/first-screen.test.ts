import { describe, expect, it } from 'vitest';
import { opensPrerenderedScreen } from './first-screen';

describe('opensPrerenderedScreen', () => {
  it('is the default route with no query only', () => {
    for (const hash of ['', '#', '#/', '#/overview']) expect(opensPrerenderedScreen(hash), hash).toBe(true);
    for (const hash of [
      '#/function',
      '#/overview?d=putuo-finance-2024-final',
      '#/overview?embed=1',
      '#/overview/x',
      '#main',
    ])
      expect(opensPrerenderedScreen(hash), hash).toBe(false);
  });
});
