import fc from 'fast-check';
import { headerKey, normalizeText } from '../../../src/core/text/normalize';

describe('normalizeText', () => {
  it.each([
    ['＞＝９５％', '>=95%'],
    ['  工程　验收  合格率 ', '工程 验收 合格率'],
    ['４２所', '42所'],
    ['已是规范文本', '已是规范文本'],
    ['a  b', 'a b'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('agrees with the full NFKC path on any string (the fast path is only a shortcut)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(normalizeText(s)).toBe(s.normalize('NFKC').replace(/[\s\u3000\u00a0]+/g, ' ').trim());
      }),
    );
  });
});

describe('headerKey', () => {
  it('ignores spaces, full-width brackets, required-field stars and trailing colons', () => {
    expect(headerKey('上年度年初预算项目经费（万元）')).toBe(headerKey('上年度年初预算项目经费 (万元)'));
    expect(headerKey('*项目名称：')).toBe('项目名称');
  });
});
