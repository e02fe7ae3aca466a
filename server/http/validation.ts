import type { z } from 'zod';

import { AppError } from '../errors/app-error';
import type { Text } from '../errors/messages';

/**
 * Parses `input` with `schema`, or throws a 400 that names every field that
 * is wrong and why, in Vietnamese and English.
 */
export function parseInput<T extends z.ZodType>(
  schema: T,
  input: unknown,
  prefix = '',
): z.output<T> {
  const result = schema.safeParse(input);

  if (!result.success) {
    const fields = result.error.issues.map((issue) => ({
      field: fieldName(prefix, issue.path),
      message: isMissing(input, issue) ? REQUIRED : describeIssue(issue),
    }));
    throw new AppError('validation_failed', { fields });
  }

  return result.data;
}

/** One invalid field as an error of its own, for checks outside a schema. */
export function fieldError(field: string, message: Text): AppError {
  return new AppError('validation_failed', { fields: [{ field, message }] });
}

/**
 * A custom issue's text: schemas put the English in `message` and the
 * Vietnamese in `params.vi`.
 */
export function bilingual(en: string, vi: string) {
  return { message: en, params: { vi } };
}

function fieldName(prefix: string, path: readonly PropertyKey[]): string {
  const parts = [prefix, ...path.map(String)].filter(Boolean);

  return parts.length > 0 ? parts.join('.') : '(body)';
}

const REQUIRED: Text = {
  vi: 'Trường này là bắt buộc.',
  en: 'This field is required.',
};

/**
 * Whether the issue is about a field the input left out. Zod does not keep
 * an absent input on its issues, so the path is looked up in the input.
 */
function isMissing(input: unknown, issue: z.core.$ZodIssue): boolean {
  if (issue.code !== 'invalid_type' && issue.code !== 'invalid_value') {
    return false;
  }

  let value: unknown = input;

  for (const key of issue.path) {
    if (value === null || typeof value !== 'object') {
      return false;
    }

    value = (value as Record<PropertyKey, unknown>)[key];
  }

  return value === undefined;
}

function describeIssue(issue: z.core.$ZodIssue): Text {
  switch (issue.code) {
    case 'invalid_type':
      return {
        vi: `Sai kiểu dữ liệu: cần ${typeName(issue.expected)}.`,
        en: `Wrong type: expected ${issue.expected}.`,
      };
    case 'too_small':
      return issue.origin === 'string'
        ? {
            vi: `Cần ít nhất ${issue.minimum} ký tự.`,
            en: `Must be at least ${issue.minimum} characters long.`,
          }
        : {
            vi: `Phải lớn hơn hoặc bằng ${issue.minimum}.`,
            en: `Must be at least ${issue.minimum}.`,
          };
    case 'too_big':
      return issue.origin === 'string'
        ? {
            vi: `Tối đa ${issue.maximum} ký tự.`,
            en: `Must be at most ${issue.maximum} characters long.`,
          }
        : {
            vi: `Phải nhỏ hơn hoặc bằng ${issue.maximum}.`,
            en: `Must be at most ${issue.maximum}.`,
          };
    case 'invalid_value':
      return {
        vi: `Giá trị không hợp lệ; chọn một trong: ${issue.values.join(', ')}.`,
        en: `Invalid value; expected one of: ${issue.values.join(', ')}.`,
      };
    case 'invalid_format':
      return {
        vi: `Sai định dạng (${issue.format}).`,
        en: `Invalid format (${issue.format}).`,
      };
    case 'unrecognized_keys':
      return {
        vi: `Trường không được hỗ trợ: ${issue.keys.join(', ')}.`,
        en: `Unknown field: ${issue.keys.join(', ')}.`,
      };
    case 'custom': {
      const vi = (issue.params as { vi?: string } | undefined)?.vi;

      return { vi: vi ?? issue.message, en: issue.message };
    }
    default:
      return { vi: 'Giá trị không hợp lệ.', en: issue.message };
  }
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'chuỗi ký tự',
    number: 'số',
    int: 'số nguyên',
    boolean: 'đúng/sai',
    object: 'đối tượng',
    array: 'danh sách',
  };

  return names[expected] ?? expected;
}
