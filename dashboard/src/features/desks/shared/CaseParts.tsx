/** Parts of a case page shared by the desks: the Art. 13 materials with preview/download, and the live rule results. */
import { Button, Space, Table, Tag, Typography } from 'antd';
import { useI18n } from '../../../app/i18n';
import { enumLabel } from '../../../charts/labels';
import { useText } from '../../../desk';
import type { DeskCaseQuery, MaterialKind } from '../../../gql/graphql';
import { dateTime, Section } from '../../records/common';

type Material = NonNullable<DeskCaseQuery['application']>['materials'][number];
type RuleRow = DeskCaseQuery['previewApplicationRules'][number];

export const MATERIAL_KINDS: MaterialKind[] = [
  'APPLICATION_FORM',
  'TRIPARTITE_AGREEMENT',
  'EXPERT_ID',
  'EXPERT_DEGREE',
  'EXPERT_TITLE',
  'EXPERT_ACHIEVEMENTS',
  'BUSINESS_LICENCE',
  'FINANCIAL_STATEMENTS',
  'CREDIT_REPORT',
  'RD_SPENDING_PROOF',
  'GREEN_THRESHOLD',
];

export const MATERIAL_LABELS: Record<MaterialKind, [string, string, string]> = {
  APPLICATION_FORM: ['《科技副总申报表》', 'Application form', '第十三条第1项'],
  TRIPARTITE_AGREEMENT: ['三方协议', 'Tripartite agreement', '第十三条第2项'],
  EXPERT_ID: ['专家身份证', "Expert's ID", '第十三条第3项'],
  EXPERT_DEGREE: ['学历学位证明', 'Degree', '第十三条第3项'],
  EXPERT_TITLE: ['职称证明', 'Professional title', '第十三条第3项'],
  EXPERT_ACHIEVEMENTS: ['专利、奖励、论文、项目等', 'Patents, awards, papers, projects', '第十三条第3项'],
  BUSINESS_LICENCE: ['营业执照', 'Business licence', '第十三条第4项'],
  FINANCIAL_STATEMENTS: ['上年度财务报表', "Last year's financial statements", '第十三条第4项'],
  CREDIT_REPORT: ['信用报告', 'Credit report', '第十三条第4项'],
  RD_SPENDING_PROOF: ['研发投入证明', 'R&D spending proof', '第十三条第4项'],
  GREEN_THRESHOLD: ['涉企财政资金绿色门槛证明', 'Green threshold for fiscal funds', '第十三条第4项'],
};

const TEXT = {
  zh: {
    materials: '申报材料（第十三条）',
    missing: (n: number) => `尚缺 ${n} 项`,
    complete: '材料齐全',
    preview: '预览',
    download: '下载',
    none: '未上传',
    rules: '资格规则（按今日数据试算，不记录）',
    rule: '规则',
    article: '条款',
    result: '结果',
    detail: '说明',
    pass: '通过',
    fail: '不通过',
    failing: (n: number) => `${n} 条不通过`,
    allPass: '全部通过',
  },
  en: {
    materials: 'Materials (Art. 13)',
    missing: (n: number) => `${n} missing`,
    complete: 'Complete',
    preview: 'Preview',
    download: 'Download',
    none: 'Not uploaded',
    rules: 'Eligibility rules (as of today, not recorded)',
    rule: 'Rule',
    article: 'Article',
    result: 'Result',
    detail: 'Detail',
    pass: 'Pass',
    fail: 'Fail',
    failing: (n: number) => `${n} failing`,
    allPass: 'All pass',
  },
};

export function materialLabel(kind: MaterialKind, lang: 'zh' | 'en'): string {
  return MATERIAL_LABELS[kind]?.[lang === 'zh' ? 0 : 1] ?? kind;
}

export function MaterialsSection({
  applicationId,
  materials,
  missing,
}: {
  applicationId: number;
  materials: Material[];
  missing: MaterialKind[];
}) {
  const T = useText(TEXT);
  const { lang } = useI18n();
  const rows = MATERIAL_KINDS.map((kind) => ({ kind, files: materials.filter((m) => m.kind === kind) }));
  const url = (m: Material, download = false) => `/api/applications/${applicationId}/materials/${m.id}${download ? '?download=1' : ''}`;
  return (
    <Section
      id="materials"
      title={T.materials}
      extra={missing.length ? <Tag color="orange">{T.missing(missing.length)}</Tag> : <Tag color="green">{T.complete}</Tag>}
    >
      <Table
        size="small"
        rowKey="kind"
        pagination={false}
        dataSource={rows}
        columns={[
          {
            title: T.materials,
            key: 'k',
            render: (_, r) => (
              <span>
                {materialLabel(r.kind, lang)}
                <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 4 }}>
                  {MATERIAL_LABELS[r.kind][2]}
                </Typography.Text>
              </span>
            ),
          },
          {
            title: '',
            key: 'f',
            render: (_, r) =>
              r.files.length ? (
                <Space direction="vertical" size={0}>
                  {r.files.map((m) => (
                    <Space key={m.id} size={4} wrap>
                      <span title={dateTime(m.uploadedAt, lang)}>{m.fileName}</span>
                      <Button size="small" type="link" href={url(m)} target="_blank" rel="noopener" data-testid={`preview-${m.kind}`}>
                        {T.preview}
                      </Button>
                      <Button size="small" type="link" href={url(m, true)}>
                        {T.download}
                      </Button>
                    </Space>
                  ))}
                </Space>
              ) : (
                <Tag color="orange">{T.none}</Tag>
              ),
          },
        ]}
      />
    </Section>
  );
}

export function RulePreviewTable({ rows, testId = 'rule-preview' }: { rows: RuleRow[]; testId?: string }) {
  const T = useText(TEXT);
  const { lang } = useI18n();
  const failing = rows.filter((r) => !r.passed).length;
  return (
    <Section
      id="rule-preview"
      title={T.rules}
      extra={failing ? <Tag color="red">{T.failing(failing)}</Tag> : <Tag color="green">{T.allPass}</Tag>}
    >
      <Table
        size="small"
        rowKey="rule"
        pagination={false}
        dataSource={rows}
        data-testid={testId}
        scroll={{ x: 'max-content' }}
        rowClassName={(r) => (r.passed ? '' : 'rule-failing')}
        columns={[
          { title: T.rule, key: 'r', render: (_, r) => <b>{enumLabel('rule', r.rule, lang)}</b> },
          { title: T.article, key: 'a', render: (_, r) => (lang === 'zh' ? r.article : r.articleEn) },
          {
            title: T.result,
            key: 'p',
            render: (_, r) => (
              <Tag color={r.passed ? 'green' : 'red'} data-testid={`rule-${r.rule}`}>
                {r.passed ? T.pass : T.fail}
              </Tag>
            ),
          },
          { title: T.detail, key: 'd', render: (_, r) => r.detail.split(' / ')[lang === 'zh' ? 0 : 1] ?? r.detail },
        ]}
      />
    </Section>
  );
}
