import fc from 'fast-check';
import { compileWords, LONG_LIST, matchers } from '../../../src/core/vocab/matcher';

/**
 * The two word matchers (an alternation for the built-in lists, sets by length for long policy lists)
 * give the same answer: the leftmost word, the longest one at that position, case-insensitively.
 */
describe('word matchers', () => {
  it('agree on random words and texts', () => {
    const letter = fc.constantFrom('明', '显', '提', '升', 'a', 'B', 'x', 'X', '%', '.', ' ');
    const word = fc.string({ unit: letter, minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.string({ unit: letter, maxLength: 20 }), (words, text) => {
        expect(matchers.byLength(words)(text)).toBe(matchers.alternation(words)(text));
      }),
      { numRuns: 500 },
    );
  });

  it('quote the longest word at the first position that has one', () => {
    for (const m of [matchers.alternation, matchers.byLength]) {
      const find = m(['提升', '明显提升', '显著']);
      expect(find('质量明显提升，效果显著')).toBe('明显提升');
      expect(find('XX套')).toBeUndefined();
      expect(m(['xx'])('购置XX装备')).toBe('XX');
    }
  });

  it('a long list goes to the sets, and still finds its words', () => {
    const words = Array.from({ length: LONG_LIST + 1 }, (_, i) => `词${i}`);
    expect(compileWords(words)('含有词2000的文本')).toBe('词2000');
  });
});
