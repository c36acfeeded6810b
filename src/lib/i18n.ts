import { zhCN, type UiKey } from '../i18n/zh-CN';

/**
 * Looks up a UI string and fills its {placeholders}.
 * A placeholder without a value is left visible, so a missing value shows up in tests.
 */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return zhCN[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
