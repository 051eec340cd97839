/**
 * What a target value ("≥95%", "不少于42所", "2025年12月31日前", "符合《…》标准", "明显提升") means.
 * Produced by parseTarget() in ./parse-target.ts; used by the goal rules, self-evaluation scoring and
 * monitoring warnings.
 */

export type Comparator = '>=' | '<=' | '>' | '<' | '=';

export interface QuantityTarget {
  readonly kind: 'quantity';
  /** Absent when the text has a number but no comparator ("学校发展能力 100"). */
  readonly comparator?: Comparator;
  readonly number: number;
  /** Normalised unit: '%', '万元', '元', '台', '所', '人次', '个月', … ('' when none). */
  readonly unit: string;
  /** True when the unit is a percentage (%, ‰ is converted to %). */
  readonly isPercent: boolean;
  /** Money unit in 万元 terms: 元 → 0.0001, 万元 → 1, 亿元 → 10000; undefined for non-money units. */
  readonly moneyScale?: number;
}

export interface DeadlineTarget {
  readonly kind: 'deadline';
  readonly comparator: '<=' | '=' | '>=';
  /** The year, when written (2025年12月31日前). */
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  /** A relative deadline ("三个月内", "每学期开学后一个月内"): its length, when given. */
  readonly within?: { readonly amount: number; readonly unit: '年' | '月' | '周' | '日' | '天' | '小时' | '工作日' };
}

export interface QualitativeTarget {
  readonly kind: 'qualitative';
  /** The named standard or graded level the value is tied to (《…》, 国家二级标准, 合格, 优良, 达标 …). */
  readonly standard: string;
}

export interface UnmeasurableTarget {
  readonly kind: 'unmeasurable';
  readonly reason: 'blank' | 'placeholder' | 'vague' | 'work-as-goal' | 'no-number' | 'error-value';
  /** The offending word or fragment, for the message ("明显提升", "XX", "#DIV/0!"). */
  readonly fragment: string;
}

export type ParsedTarget = QuantityTarget | DeadlineTarget | QualitativeTarget | UnmeasurableTarget;
