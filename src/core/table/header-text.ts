import { headerKey } from '../text/normalize';
import { memoByText } from '../text/memo';

/**
 * Header and label text as the recogniser compares it. Real templates write the same header many ways:
 * `*年度总体绩效目标` (a required-field star), `年度 总体 目标` (spaces to widen a cell), `一、产出指标`
 * (numbering), `其中：财政拨款`, `指标值（年度）`, full-width brackets. labelKey() folds all of those; the
 * bracketed part is kept apart by splitQualifier() because it can carry meaning (长期 / 年度, 万元 / 元).
 */

const NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|\(?[一二三四五六七八九十\d]+\)[、.．]?|\d+(?:\.\d+)*[、.．](?!\d))/;

/** The comparison key of a header or label: NFKC, no whitespace or stars, no numbering, no 其中, no trailing colon. */
export function labelKey(text: string): string {
  return memoLabelKey(text);
}

const memoLabelKey = memoByText(50_000, (text) =>
  headerKey(text)
    .replace(/^[*＊]+/, '')
    .replace(NUMBERING, '')
    .replace(/^其中[:：,，、]?/, '')
    .replace(/^[*＊]+/, '')
    .replace(/[:：]+$/, ''),
);

/** `二级指标(长期)` → { stem: '二级指标', qualifier: '长期' }; `调整金额(万元)` → { stem: '调整金额', qualifier: '万元' }. */
export function splitQualifier(key: string): { stem: string; qualifier: string } {
  const parts: string[] = [];
  const stem = key.replace(/\(([^)]*)\)/g, (_m, inner: string) => {
    parts.push(inner);
    return '';
  });
  return { stem, qualifier: parts.join(' ') };
}

/** The bracket-free key: the part the header concepts are matched against. */
export function labelStem(text: string): string {
  return splitQualifier(labelKey(text)).stem;
}

/**
 * Which column group a header names: a medium- or long-term group (实施期 / 中期 / 长期 / 整体 period), or
 * the annual one (年度 / 本年度 / 当年 / 全年). Null when the text names no period.
 */
export type Period = 'annual' | 'mid';

const MID = /实施期|中期|长期|跨年度|项目期|整体期/;
const ANNUAL = /年度|本年|当年|全年|本期/;

export function periodOf(text: string): Period | null {
  const k = labelKey(text);
  if (MID.test(k)) return 'mid';
  if (ANNUAL.test(k)) return 'annual';
  return null;
}

/**
 * Texts that end a table: notes, sign-off, contact and review rows under the form. Matched on the row's
 * first text, after labelKey (so `注 ：`, `*填报人` and `（盖章）` lines all count).
 */
export const FOOTER_PATTERN =
  /^(注[:：\d一二三四五六七八九十]|注$|说明[:：]|备注[:：]|填表说明|填表人|填报人|制表人?|审核人|复核人|经办人|联系人|联系电话|电话[:：]|单位负责人|财务负责人|项目负责人|负责人[:：签]|填报日期|填表日期|日期[:：]|其他需要说明|其它需要说明|.{0,16}(审核|审批|初审|复审|审查|审定|评审)意见|.{0,12}[（(]?盖章[)）]?|单位[（(]盖章|签字|签章|经办人|上报时间|报送时间)/;

/** A row of the sheet's first text is a footer when it matches, whatever its length (notes can be long). */
export function isFooterText(text: string): boolean {
  return memoFooter(text);
}

const memoFooter = memoByText(50_000, (text) => FOOTER_PATTERN.test(labelKey(text)));

/** A total row (总分 / 合计 / 总计 / 小计): it closes the table above it; it is not an item of it. */
export const TOTAL_PATTERN = /^(总分|合计|总计|小计|得分合计|总得分|分值合计|权重合计|合\s*计|总\s*计)$/;

export function isTotalText(text: string): boolean {
  return TOTAL_PATTERN.test(labelKey(text));
}
