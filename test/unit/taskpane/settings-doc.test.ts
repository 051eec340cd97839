import { stringsFor } from '../../../src/taskpane/i18n/strings';
import { policyIssues } from '../../../src/taskpane/state/policy-issues';
import { fieldText, fieldValue, getPath, jsonErrorText, parseDocText, setPath } from '../../../src/taskpane/state/settings-doc';

const zh = stringsFor('zh');
const en = stringsFor('en');

describe('settings document: form fields over the policy JSON', () => {
  test('setting a field writes the path; putting it back leaves no trace, empty objects included', () => {
    const a = setPath({}, 'evaluation.bands.excellent', 95);
    expect(a).toEqual({ evaluation: { bands: { excellent: 95 } } });
    expect(getPath(a, 'evaluation.bands.excellent')).toBe(95);
    expect(setPath(a, 'evaluation.bands.excellent', undefined)).toEqual({});
    const b = setPath(setPath(a, 'evaluation.rates.good', 0.03), 'evaluation.bands.excellent', undefined);
    expect(b).toEqual({ evaluation: { rates: { good: 0.03 } } });
  });

  test('percent fields: 5 reads 0.05 and back, full-width signs accepted, text that is not a number kept for validation', () => {
    expect(fieldValue('5', 100)).toBe(0.05);
    expect(fieldValue('7', 100)).toBe(0.07); // not 0.07000000000000001
    expect(fieldText(0.07, 100)).toBe('7');
    expect(fieldValue('－10％', 100)).toBe(-0.1);
    expect(fieldValue('', 100)).toBeUndefined();
    expect(fieldValue('abc', 100)).toBe('abc');
  });

  test('JSON syntax errors in the pane\'s words, with line and column', () => {
    const text = '{\n  "rules": {},,\n}';
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (e) {
      error = e;
    }
    expect(jsonErrorText(error, text, zh)).toMatch(/^JSON 格式错误：第 2 行第 \d+ 列附近有误/);
    expect(jsonErrorText(new SyntaxError('Unexpected end of JSON input'), '{', zh)).toBe(zh.jsonSyntaxEnd);
    expect(jsonErrorText(new SyntaxError('JSON.parse: expected property name at line 3 column 7 of the JSON data'), '', en)).toBe('Not valid JSON: a mistake near line 3, column 7 (check quotes, commas and brackets).');
    expect(jsonErrorText(new SyntaxError('Unexpected token \'x\', "x" is not valid JSON'), 'x', zh)).toBe(zh.jsonSyntax);
    expect(parseDocText('[1]', zh)).toEqual({ doc: null, error: zh.jsonNotObject });
    expect(parseDocText('', zh)).toEqual({ doc: {}, error: null });
  });

  test('policy errors in the pane\'s language: English has no Chinese, the path stays', () => {
    const doc = { rules: { 'goal/unquantified': 'loud' }, evaluation: { bands: { excellent: 70 }, rates: { good: 'abc' } }, monitoring: { month: 13 }, colour: 1 };
    const english = policyIssues(doc, 'en');
    expect(english.length).toBe(5);
    for (const i of english) expect(i.text).not.toMatch(/[\u4e00-\u9fff]/);
    expect(english.map((i) => i.path)).toEqual(expect.arrayContaining(['rules.goal/unquantified', 'evaluation.bands', 'evaluation.rates.good', 'monitoring.month', '']));
    expect(english.find((i) => i.path === 'evaluation.bands')!.text).toBe('evaluation.bands: grade bands must satisfy excellent > good > pass (e.g. 90 / 80 / 60)');
    expect(english.find((i) => i.path === '')!.text).toMatch(/^\(all settings\): Unrecognized key: "colour"/);
    const chinese = policyIssues(doc, 'zh');
    expect(chinese.find((i) => i.path === 'monitoring.month')!.text).toBe('monitoring.month: 月份须在 1–12 之间');
  });
});
