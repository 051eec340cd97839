import { memoByText } from '../../../src/core/text/memo';

describe('memoByText', () => {
  test('asks once per text, and remembers null and false answers too', () => {
    const asked: string[] = [];
    const shortOrNull = memoByText(10, (t) => {
      asked.push(t);
      return t.length > 3 ? null : false;
    });
    expect([shortOrNull('满意度'), shortOrNull('满意度'), shortOrNull('服务对象满意度'), shortOrNull('服务对象满意度')]).toEqual([false, false, null, null]);
    expect(asked).toEqual(['满意度', '服务对象满意度']);
  });

  test('never holds more than its limit: a sheet of distinct texts does not grow it without end', () => {
    const asked: string[] = [];
    const echo = memoByText(3, (t) => (asked.push(t), t));
    for (const t of ['a', 'b', 'c', 'd']) echo(t);
    // 'd' found the cache full and emptied it: 'd' is remembered, 'a' is asked again.
    echo('d');
    echo('a');
    expect(asked).toEqual(['a', 'b', 'c', 'd', 'a']);
  });
});
