/** antd Form rules that mirror the server's validation (the server still decides). */
import type { Rule } from 'antd/es/form';
import { pickLanguage } from './errors';
import { validateCreditCode, validateMobilePhone, validateResidentId } from './identifiers';
import { parseYuan } from './money';

/** Money typed in yuan (2 decimals); `min` in fen. Read the fen with `parseYuan` on submit. */
export function yuanRule(lang: 'zh' | 'en', opts: { required?: boolean; minFen?: number; minText?: string } = {}): Rule {
  return {
    validator: async (_, value: unknown) => {
      const s = value == null ? '' : String(value);
      if (!s.trim()) {
        if (opts.required) throw new Error(pickLanguage('请输入金额 / Enter an amount', lang));
        return;
      }
      const r = parseYuan(s);
      if (!r.ok) throw new Error(pickLanguage(r.reason, lang));
      if (opts.minFen != null && r.fen < opts.minFen) throw new Error(opts.minText ?? String(opts.minFen));
    },
  };
}

export function creditCodeRule(lang: 'zh' | 'en'): Rule {
  return {
    validator: async (_, value: unknown) => {
      if (!value) return;
      const r = validateCreditCode(String(value).trim().toUpperCase());
      if (!r.ok) throw new Error(pickLanguage(r.reason, lang));
    },
  };
}

export function residentIdRule(lang: 'zh' | 'en'): Rule {
  return {
    validator: async (_, value: unknown) => {
      if (!value) return;
      const r = validateResidentId(String(value).trim().toUpperCase());
      if (!r.ok) throw new Error(pickLanguage(r.reason, lang));
    },
  };
}

export function mobilePhoneRule(lang: 'zh' | 'en'): Rule {
  return {
    validator: async (_, value: unknown) => {
      if (!value) return;
      const r = validateMobilePhone(String(value).trim());
      if (!r.ok) throw new Error(pickLanguage(r.reason, lang));
    },
  };
}
