import { CellWrites, type CellWrite } from '../../../src/core/fill/cell-writes';

/** A fill plan's writes held column-wise: what goes in comes out, by index and as objects. */
describe('CellWrites', () => {
  const writes: CellWrite[] = [
    { ref: { row: 1, col: 6 }, value: '评价等级', role: 'header' },
    { ref: { row: 2, col: 6 }, value: '优秀', role: 'value' },
    { ref: { row: 2, col: 7 }, value: 0.1, role: 'value', numberFormat: '0%' },
    { ref: { row: 2, col: 8 }, value: 12.35, role: 'value', numberFormat: '0.00' },
    { ref: { row: 3, col: 6 }, value: '优秀', role: 'value' },
    { ref: { row: 3, col: 7 }, value: -0.025, role: 'value', numberFormat: '0.00%' },
    { ref: { row: 3, col: 8 }, value: -0, role: 'value', numberFormat: '0.00' },
    { ref: { row: 16383, col: 16383 }, value: '', role: 'value' },
    { ref: { row: 4, col: 9 }, value: 1e21, role: 'header', numberFormat: '0.00' },
  ];

  it('gives back every write as it was given, in order, whatever the capacity it started with', () => {
    for (const capacity of [0, 1, 3, 100]) {
      const list = new CellWrites(capacity);
      for (const w of writes) list.push(w);
      expect(list.length).toBe(writes.length);
      expect(list.toArray()).toEqual(writes);
      expect([...list]).toEqual(writes);
      expect(Object.is(list.at(6).value, -0)).toBe(true);
    }
  });

  it('reads by index without making objects: row, column, value, role and number format', () => {
    const list = CellWrites.from(writes);
    writes.forEach((w, i) => {
      expect([list.row(i), list.col(i), list.value(i), list.role(i), list.numberFormat(i)]).toEqual([w.ref.row, w.ref.col, w.value, w.role, w.numberFormat]);
    });
  });

  it('an object made from a write has a number format only when the write has one', () => {
    const list = CellWrites.from(writes);
    expect('numberFormat' in list.at(1)).toBe(false);
    expect(list.at(2).numberFormat).toBe('0%');
  });

  it('retain() keeps the writes asked for, in order, in place, asking about each once in order', () => {
    const list = new CellWrites(100);
    for (const w of writes) list.push(w);
    const asked: number[] = [];
    const kept = list.retain((i) => (asked.push(i), i % 3 !== 1));
    expect(kept).toBe(list);
    expect(asked).toEqual(writes.map((_, i) => i));
    expect(list.toArray()).toEqual(writes.filter((_, i) => i % 3 !== 1));
    list.push(writes[1]);
    expect(list.at(list.length - 1)).toEqual(writes[1]);
    expect(CellWrites.from(writes).retain(() => false).length).toBe(0);
  });

  it('trim() keeps the writes and gives back the unused room', () => {
    const list = new CellWrites(1000);
    for (const w of writes) list.push(w);
    expect(list.trim().toArray()).toEqual(writes);
    list.push(writes[0]);
    expect(list.length).toBe(writes.length + 1);
    expect(list.at(writes.length)).toEqual(writes[0]);
  });
});
