import { zhCN, type UiKey } from '../i18n/zh-CN';

/** Looks up a UI string and fills its {placeholders}. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return fillIn(zhCN[key], vars);
}

/** Fills a template's {placeholders}; one without a value is left visible, so a missing value shows up in tests. */
export function fillIn(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
