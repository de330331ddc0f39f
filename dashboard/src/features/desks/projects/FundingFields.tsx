/**
 * The three contributions of a project, typed in yuan and sent in fen, with the server's dry run
 * (`previewProjectFunding`) of the Art. 20 guards, and Art. 21 for an existing project, shown as
 * the amounts are typed: the computed total, the enterprise's share and the support, and which
 * guard fails. Saving is offered only for amounts the dry run has accepted (`useFundingCheck`).
 */
import { useQuery } from '@apollo/client/react';
import { Alert, Form, Input, List, Space, Tag, Typography, type FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { fenToYuanString } from '../../../charts/format';
import { parseYuan, pickLanguage, useText, yuanRule } from '../../../desk';
import { PreviewProjectFundingDocument } from '../../../gql-desks/graphql';
import { PROJ_TEXT } from './text';

export interface FundingFen {
  enterpriseFen: number;
  universityFen: number;
  financeFen: number;
}

const FIELDS = [
  ['enterprise', 'enterpriseFen', 'enterpriseYuan'],
  ['university', 'universityFen', 'universityYuan'],
  ['finance', 'financeFen', 'financeYuan'],
] as const;

/** The amounts in fen when all three parse, else null. */
export function readFunding(values: Record<string, unknown> | undefined): FundingFen | null {
  const out: Record<string, number> = {};
  for (const [name, key] of FIELDS) {
    const r = parseYuan(String(values?.[name] ?? ''));
    if (!r.ok) return null;
    out[key] = r.fen;
  }
  return out as unknown as FundingFen;
}

/** The dry run for the form's current amounts (after a short pause in typing), and whether saving is allowed. */
export function useFundingCheck(form: FormInstance, projectId?: number) {
  const values = Form.useWatch([], form) as Record<string, unknown> | undefined;
  const funding = readFunding(values);
  const key = funding ? JSON.stringify(funding) : null;
  const [asked, setAsked] = useState<string | null>(null);
  useEffect(() => {
    const t = setTimeout(() => setAsked(key), 250);
    return () => clearTimeout(t);
  }, [key]);
  const input = asked && asked === key ? { ...(JSON.parse(asked) as FundingFen), projectId: projectId ?? null } : null;
  const q = useQuery(PreviewProjectFundingDocument, {
    variables: { input: input ?? { enterpriseFen: 0, universityFen: 0, financeFen: 0 } },
    skip: !input || input.enterpriseFen + input.universityFen + input.financeFen <= 0,
    fetchPolicy: 'network-only',
  });
  // A verdict counts only for the amounts it was computed for.
  const preview = input && q.data && !q.loading ? q.data.previewProjectFunding : null;
  return { funding, preview, loading: q.loading || asked !== key, error: q.error, allowed: !!preview?.allowed };
}

export function FundingFields({ check }: { check: ReturnType<typeof useFundingCheck> }) {
  const T = useText(PROJ_TEXT);
  const { lang } = useI18n();
  const { preview } = check;
  return (
    <>
      <Space wrap align="start">
        {FIELDS.map(([name, , label]) => (
          <Form.Item
            key={name}
            name={name}
            label={T[label]}
            required
            rules={[yuanRule(lang, { required: true, minFen: 0, minText: T.amountRule })]}
          >
            <Input style={{ width: 170 }} inputMode="decimal" suffix={T.yuan} data-testid={`funding-${name}`} />
          </Form.Item>
        ))}
      </Space>
      {preview ? (
        <div data-testid="funding-preview" data-allowed={String(preview.allowed)}>
          <Typography.Paragraph data-testid="funding-figures" style={{ marginBottom: 4 }}>
            {T.figures(
              fenToYuanString(preview.totalFen),
              (preview.enterpriseShareBp / 100).toFixed(2),
              String(preview.minEnterpriseShareBp / 100),
              fenToYuanString(preview.supportFen),
              fenToYuanString(preview.supportCapFen),
            )}
          </Typography.Paragraph>
          <List
            size="small"
            header={<b>{T.guards(preview.guards.some((g) => g.article === '第二十一条'))}</b>}
            dataSource={preview.guards.map((g, i) => ({ ...g, key: `${g.code}-${i}` }))}
            renderItem={(g) => (
              <List.Item data-testid={`funding-guard-${g.code}`} data-passed={String(g.passed)}>
                <Space align="start">
                  <Tag color={g.passed ? 'green' : 'red'}>{g.passed ? T.passed : T.blocked}</Tag>
                  <span>
                    {g.article}：{pickLanguage(g.message, lang)}
                  </span>
                </Space>
              </List.Item>
            )}
          />
          {!preview.allowed ? (
            <Alert style={{ marginTop: 8 }} type="error" showIcon title={T.cannotSave} data-testid="funding-blocked" />
          ) : null}
        </div>
      ) : check.funding && check.loading ? (
        <Typography.Text type="secondary">{T.checking}</Typography.Text>
      ) : null}
    </>
  );
}
