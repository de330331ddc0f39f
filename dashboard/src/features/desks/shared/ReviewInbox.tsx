/**
 * An inbox of applications waiting at one review stage, longest waiting first, with the working
 * days waited and the priority recommendation (Art. 12.2); open a case, or pass several at once.
 * The county's 初审 uses it at SUBMITTED; the bureau's 复审 uses it at COUNTY_APPROVED.
 */
import { useMutation } from '@apollo/client/react';
import { Button, Modal, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { fenToYuanString } from '../../../charts/format';
import { refLabel } from '../../../charts/labels';
import { useReference } from '../../../data/reference';
import { DeskList, ListLink, pickLanguage, useTransitions, useWorkflowAction, type ListState } from '../../../desk';
import {
  type ApplicationFilter,
  type ApplicationSortField,
  type ApplicationStage,
  type PassApplicationsMutation,
  type ReviewInboxQuery,
  type ReviewInboxQueryVariables,
  type PassApplicationsMutationVariables,
} from '../../../gql/graphql';
import { operation } from '../../../desk/operation';
import SOURCE from './ReviewInbox.graphql?raw';
import { dateTime } from '../../records/common';
import { INBOX_TEXT } from './text';
import { useText } from '../../../desk';

const ReviewInboxDocument = operation<ReviewInboxQuery, ReviewInboxQueryVariables>(SOURCE, 'ReviewInbox');
const PassApplicationsDocument = operation<PassApplicationsMutation, PassApplicationsMutationVariables>(SOURCE, 'PassApplications');

type Row = ReviewInboxQuery['applications']['nodes'][number];
type Outcome = PassApplicationsMutation['passApplications'][number];

export function priorityGrounds(e: Row['enterprise'], lang: 'zh' | 'en'): string[] {
  if (!e) return [];
  return [
    e.highTech ? (lang === 'zh' ? '高新技术企业' : 'high-tech') : null,
    e.gazelle ? (lang === 'zh' ? '瞪羚企业' : 'gazelle') : null,
    e.municipalProject ? (lang === 'zh' ? '承担市级以上科技项目' : 'municipal project') : null,
  ].filter((x): x is string => !!x);
}

export function ReviewInbox({
  id,
  stage,
  title,
  casePath,
  batch = true,
}: {
  id: string;
  stage: ApplicationStage;
  title: string;
  casePath: (applicationId: number) => string;
  batch?: boolean;
}) {
  const T = useText(INBOX_TEXT);
  const { lang } = useI18n();
  const { sectors } = useReference();
  const transitions = useTransitions();
  const pass = transitions.find(stage, 'PASS');
  const [passMany] = useMutation(PassApplicationsDocument);
  const { run, busy, error, holder, clearError } = useWorkflowAction();
  const [confirm, setConfirm] = useState<Row[] | null>(null);
  const [outcomes, setOutcomes] = useState<Array<Outcome & { name: string }> | null>(null);

  const variables = (s: ListState) => {
    const filter: ApplicationFilter = {
      stage: { eq: stage },
      ...(s.values.q ? { enterprise: { name: { contains: s.values.q } } } : {}),
      ...(s.values.priority ? { priorityRecommended: { eq: s.values.priority === 'yes' } } : {}),
      ...(s.values.sector ? { sector: { code: { eq: s.values.sector } } } : {}),
    };
    const sort = s.sort ?? { field: 'stageEnteredAt', direction: 'ASC' as const };
    return { filter, orderBy: [{ field: sort.field as ApplicationSortField, direction: sort.direction }] };
  };

  return (
    <>
      {holder}
      <DeskList<Row, ReviewInboxQuery, Record<string, unknown>>
        id={id}
        title={title}
        document={ReviewInboxDocument as never}
        variables={variables}
        pick={(d) => d.applications}
        rowKey={(r) => r.id}
        recordPath={(r) => casePath(r.id)}
        defaultSort={{ field: 'stageEnteredAt', direction: 'ASC' }}
        searchFields={[
          { name: 'q', label: T.enterprise, kind: 'text', placeholder: T.enterpriseHint },
          {
            name: 'priority',
            label: T.priority,
            kind: 'select',
            options: [
              { value: 'yes', label: T.priorityYes },
              { value: 'no', label: T.priorityNo },
            ],
            width: 140,
          },
          { name: 'sector', label: T.sector, kind: 'select', options: sectors.map((s) => ({ value: s.code, label: refLabel(s, lang) })) },
        ]}
        batch={
          batch && pass
            ? {
                selectable: (r) => r.nextActions.includes('PASS'),
                render: (rows) => (
                  <Button type="primary" size="small" onClick={() => setConfirm(rows)} data-testid={`batch-pass-${id}`}>
                    {T.batchPass(rows.length)}
                  </Button>
                ),
              }
            : undefined
        }
        columns={[
          {
            title: T.enterprise,
            key: 'e',
            render: (_, r) => (
              <span>
                {/* The list it leaves goes along, so the case page's Back keeps the filters. */}
                <ListLink to={casePath(r.id)} testId={`case-link-${r.id}`}>
                  {r.enterprise?.name ?? `#${r.id}`}
                </ListLink>
                {r.priorityRecommended ? (
                  <Tag color="gold" style={{ marginLeft: 6 }} title={priorityGrounds(r.enterprise, lang).join('、')}>
                    {T.priorityTag}
                  </Tag>
                ) : null}
              </span>
            ),
          },
          {
            title: T.waited,
            key: 'stageEnteredAt',
            sorter: true,
            render: (_, r) => (
              <span data-testid="waited">
                <b>{r.workingDaysWaited}</b> {T.workdays}
                <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
                  {T.since(dateTime(r.stageEnteredAt, lang).slice(0, 10))}
                </Typography.Text>
              </span>
            ),
          },
          {
            title: T.expert,
            key: 'x',
            render: (_, r) => (r.proposedExpert ? `${r.proposedExpert.name}（${refLabel(r.proposedExpert.institution, lang)}）` : '—'),
          },
          { title: T.sector, key: 's', render: (_, r) => refLabel(r.sector, lang) },
          { title: T.county, key: 'c', render: (_, r) => refLabel(r.division, lang) },
          {
            title: T.allowance,
            key: 'monthlyAllowanceFen',
            sorter: true,
            align: 'right',
            render: (_, r) => `${fenToYuanString(r.monthlyAllowanceFen)}`,
          },
          { title: T.submitted, key: 'sa', render: (_, r) => dateTime(r.submittedAt, lang) },
        ]}
      />
      <Modal
        open={!!confirm}
        title={T.batchTitle(confirm?.length ?? 0)}
        okText={T.batchOk}
        cancelText={T.cancel}
        confirmLoading={busy}
        onCancel={() => {
          setConfirm(null);
          clearError();
        }}
        okButtonProps={{ ...({ 'data-testid': 'batch-confirm' } as object) }}
        onOk={async () => {
          const rows = confirm!;
          let result: Outcome[] = [];
          const done = await run(async () => {
            const res = await passMany({
              variables: { input: { applications: rows.map((r) => ({ applicationId: r.id, version: r.version })) } },
            });
            result = res.data?.passApplications ?? [];
          }, T.batchDone(rows.length));
          if (done) {
            setConfirm(null);
            setOutcomes(result.map((o) => ({ ...o, name: rows.find((r) => r.id === o.id)?.enterprise?.name ?? `#${o.id}` })));
          }
        }}
      >
        <p>{T.batchExplain}</p>
        {pass ? <p data-testid="batch-article">{T.basis(pass.article)}</p> : null}
        <ul>
          {confirm?.map((r) => (
            <li key={r.id}>{r.enterprise?.name}</li>
          ))}
        </ul>
        {error ? <Typography.Text type="danger">{error.message}</Typography.Text> : null}
      </Modal>
      <Modal
        open={!!outcomes}
        title={T.resultTitle(outcomes?.filter((o) => o.ok).length ?? 0, outcomes?.length ?? 0)}
        onOk={() => setOutcomes(null)}
        onCancel={() => setOutcomes(null)}
        cancelButtonProps={{ style: { display: 'none' } }}
        width={720}
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={outcomes ?? []}
          data-testid="batch-results"
          columns={[
            { title: T.enterprise, dataIndex: 'name' },
            {
              title: T.result,
              key: 'ok',
              render: (_, o) => (o.ok ? <Tag color="green">{T.passed}</Tag> : <Tag color="red">{T.refused}</Tag>),
            },
            {
              title: T.why,
              key: 'why',
              render: (_, o) => (o.ok ? '' : `${o.rule ? `${o.rule}（${o.article}）` : ''}${pickLanguage(o.message ?? '', lang)}`),
            },
          ]}
        />
      </Modal>
    </>
  );
}
