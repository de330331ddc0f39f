import { AppError, ErrorCode, makeFormatError } from '@techvp/server';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import { describe, expect, it } from 'vitest';

function capture() {
  const lines: string[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
  return { lines, format: makeFormatError(log) };
}

describe('error conversion', () => {
  it('masks an unexpected error for the caller and logs its detail', () => {
    const { lines, format } = capture();
    const original = new Error('connection to 10.0.0.5 refused; password=hunter2');
    const out = format(
      { message: original.message, path: ['appointments'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      new GraphQLError(original.message, { originalError: original }),
    );
    expect(out.extensions?.code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(out.message).not.toContain('10.0.0.5');
    expect(lines.join('\n')).toContain('connection to 10.0.0.5 refused');
  });

  it('keeps a precise, coded message for errors meant for the caller', () => {
    const { lines, format } = capture();
    const err = new AppError(
      ErrorCode.RULE_VIOLATION,
      '企业注册未满一年（规则N1，第九条第1项） / Registered less than a year ago (rule N1, Art. 9.1)',
      { rule: 'N1', article: '第九条第1项' },
    );
    const out = format({ message: err.message, extensions: {} }, new GraphQLError(err.message, { originalError: err }));
    expect(out).toMatchObject({ message: err.message, extensions: { code: 'RULE_VIOLATION', rule: 'N1', article: '第九条第1项' } });
    expect(lines).toEqual([]);
  });
});
