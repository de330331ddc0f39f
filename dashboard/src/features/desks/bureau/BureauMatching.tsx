/**
 * 双向选择 (Art. 12.4). The list: cases that passed the city re-review (CITY_APPROVED). The
 * desk of one case: the experts the server recommends, ranked by an explained score (sector,
 * institution, needs similarity, experience, availability; docs/workflow.md), the experts the
 * rules exclude (E4 serving, E5 banned, N2 ties, E1-E3) with rule and article, the candidates
 * recorded with the opinions of enterprise, institution and expert, and the choice of the match,
 * which the server accepts only when all three agree.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Form, Input, InputNumber, Modal, Progress, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { PageTitle } from '../../../components/Page';
import { ErrorBlock, LoadingBlock } from '../../../components/States';
import { ActionBar, DeskErrorAlert, DeskList, DeskPage, pickLanguage, useText, useWorkflowAction } from '../../../desk';
import {
  BureauCasesDocument,
  BureauMatchingDocument,
  BureauRecordCandidateDocument,
  BureauReviewDocument,
  BureauSelectCandidateDocument,
  type BureauCaseRowFragment,
  type BureauCasesQuery,
  type BureauMatchingQuery,
} from '../../../gql/graphql';
import { StageTag, useCaseColumns } from './common';

type Ranked = NonNullable<BureauMatchingQuery['recommendedExperts']>['ranked'][number];
type Excluded = NonNullable<BureauMatchingQuery['recommendedExperts']>['excluded'][number];
type Candidate = NonNullable<BureauMatchingQuery['application']>['candidates'][number];

const TEXT = {
  zh: {
    title: '双向选择',
    note: '复审通过的申报：按需求、能力和预期效果双向选择，征求企业、派出单位和专家本人意见（第十二条第4项）',
    name: '企业名称',
    needs: '企业技术需求',
    ranked: '推荐专家（按匹配得分）',
    rankedNote: (n: number, d: string) => `全市 ${n} 名专家参与评分（${d}）；得分构成见每行展开`,
    rank: '名次',
    expert: '专家',
    score: '匹配得分',
    keywords: '研究方向',
    record: '登记为候选人',
    recorded: '已登记',
    excluded: '规则冲突，不予推荐',
    excludedNote: (shown: number, total: number) => `以下 ${shown} 人得分足以进入推荐名单，但不符合选派规则；全市共 ${total} 人被排除`,
    conflicts: '冲突规则',
    candidates: '候选人及三方意见',
    candidatesNote: '三方均同意后方可确定拟派驻人选（第十二条第4项）',
    enterpriseOpinion: '企业意见',
    institutionOpinion: '派出单位意见',
    expertOpinion: '专家本人意见',
    rationale: '得分说明',
    edit: '更新意见',
    choose: '确定为拟派驻人选',
    chosen: '已选定',
    chooseTitle: (n: string) => `确定 ${n} 为拟派驻人选`,
    chooseBody:
      '案件将从「市级复审通过」进入「已双选匹配」，该专家成为拟选派专家；专家资格规则随即核验。依据：《聊城市“科技副总”管理办法》第十二条第4项。',
    needAll: '三方均同意后方可选定',
    save: '保存',
    cancel: '取消',
    saved: (n: string) => `已登记候选人：${n}`,
    chosenDone: (n: string, e: string) => `已确定 ${n} 为 ${e} 的拟派驻人选，现为「已双选匹配」`,
    opinions: { AGREE: '同意', DECLINE: '不同意', PENDING: '待反馈' } as Record<string, string>,
    components: { SECTOR: '领域', INSTITUTION: '单位优势', TEXT: '需求相似', EXPERIENCE: '经历', AVAILABILITY: '可派驻' } as Record<
      string,
      string
    >,
    list: '双向选择',
    none: '暂无',
  },
  en: {
    title: 'Two-way selection',
    note: 'Cases past the city re-review: matched by needs, ability and expected effect, with the opinions of enterprise, institution and expert (Art. 12.4)',
    name: 'Enterprise',
    needs: 'The enterprise’s needs',
    ranked: 'Recommended experts (by fit score)',
    rankedNote: (n: number, d: string) => `${n} experts of the city scored (${d}); expand a row for the score’s parts`,
    rank: 'Rank',
    expert: 'Expert',
    score: 'Fit score',
    keywords: 'Research fields',
    record: 'Record as candidate',
    recorded: 'Recorded',
    excluded: 'Excluded by a rule',
    excludedNote: (shown: number, total: number) =>
      `These ${shown} would score high enough to rank but fail a selection rule; ${total} are excluded in all`,
    conflicts: 'Failing rules',
    candidates: 'Candidates and the three opinions',
    candidatesNote: 'The match can be chosen once all three agree (Art. 12.4)',
    enterpriseOpinion: 'Enterprise',
    institutionOpinion: 'Institution',
    expertOpinion: 'Expert',
    rationale: 'Why this score',
    edit: 'Update opinions',
    choose: 'Choose as the match',
    chosen: 'Chosen',
    chooseTitle: (n: string) => `Choose ${n} as the match`,
    chooseBody:
      'The case moves from "City approved" to "Matched" and this expert becomes the proposed expert; the expert rules are checked now. Basis: Art. 12.4 of the measures.',
    needAll: 'All three must agree first',
    save: 'Save',
    cancel: 'Cancel',
    saved: (n: string) => `Candidate recorded: ${n}`,
    chosenDone: (n: string, e: string) => `${n} chosen for ${e}; now "Matched"`,
    opinions: { AGREE: 'Agrees', DECLINE: 'Declines', PENDING: 'Pending' } as Record<string, string>,
    components: {
      SECTOR: 'Sector',
      INSTITUTION: 'Institution',
      TEXT: 'Needs',
      EXPERIENCE: 'Experience',
      AVAILABILITY: 'Availability',
    } as Record<string, string>,
    list: 'Two-way selection',
    none: 'None yet',
  },
};

const OPINION_COLOR: Record<string, string> = { AGREE: 'green', DECLINE: 'red', PENDING: 'default' };

/** The list of cases waiting for two-way selection. */
export function BureauMatchingList() {
  const T = useText(TEXT);
  const columns = useCaseColumns((r) => `/desk/bureau/matching/${r.id}`);
  return (
    <div className="page" data-testid="bureau-matching-list">
      <PageTitle title={T.title} note={T.note} />
      <DeskList<BureauCaseRowFragment, BureauCasesQuery, Record<string, unknown>>
        id="matching"
        document={BureauCasesDocument}
        searchFields={[{ name: 'name', label: T.name, kind: 'text' }]}
        defaultSort={{ field: 'stageEnteredAt', direction: 'ASC' }}
        variables={(s) => ({
          filter: { stage: { eq: 'CITY_APPROVED' }, ...(s.values.name ? { enterprise: { name: { contains: s.values.name } } } : {}) },
          orderBy: s.sort ? [{ field: s.sort.field, direction: s.sort.direction }] : undefined,
        })}
        pick={(d) => d.applications}
        rowKey={(r) => r.id}
        recordPath={(r) => `/desk/bureau/matching/${r.id}`}
        columns={columns}
      />
    </div>
  );
}

export default function BureauMatching() {
  const T = useText(TEXT);
  const { lang } = useI18n();
  const id = Number(useParams().id);
  const q = useQuery(BureauMatchingDocument, { variables: { id, first: 20 }, fetchPolicy: 'cache-and-network' });
  const [record] = useMutation(BureauRecordCandidateDocument);
  const [select] = useMutation(BureauSelectCandidateDocument);
  const [review] = useMutation(BureauReviewDocument);
  const [editing, setEditing] = useState<{ expertId: number; name: string; score: number; rationale: string; c?: Candidate } | null>(null);
  const [form] = Form.useForm();
  const { run, busy, error, clearError, holder } = useWorkflowAction();

  if (q.error && !q.data) return <ErrorBlock error={q.error} onRetry={() => void q.refetch()} />;
  const a = q.data?.application;
  const rec = q.data?.recommendedExperts;
  if (!a || !rec) return <LoadingBlock />;
  const subject = a.enterprise?.name ?? `#${a.id}`;
  const half = (s: string) => pickLanguage(s, lang);

  const openRecord = (r: { expertId: number; name: string; score: number; rationale: string }, c?: Candidate) => {
    clearError();
    setEditing({ ...r, c });
    form.setFieldsValue({
      score: r.score,
      rationale: r.rationale,
      enterpriseOpinion: c?.enterpriseOpinion ?? 'PENDING',
      institutionOpinion: c?.institutionOpinion ?? 'PENDING',
      expertOpinion: c?.expertOpinion ?? 'PENDING',
    });
  };
  const saveCandidate = async () => {
    const v = await form.validateFields();
    const ok = await run(
      () => record({ variables: { input: { applicationId: a.id, expertId: editing!.expertId, ...v } } }),
      T.saved(editing!.name),
    );
    if (ok) {
      setEditing(null);
      void q.refetch();
    }
  };
  const choose = (c: Candidate) =>
    Modal.confirm({
      title: T.chooseTitle(c.expert?.name ?? ''),
      content: T.chooseBody,
      okText: T.choose,
      cancelText: T.cancel,
      okButtonProps: { ...({ 'data-testid': 'choose-confirm' } as object) },
      onOk: async () => {
        await run(
          () => select({ variables: { input: { applicationId: a.id, version: a.version, candidateId: c.id } } }),
          T.chosenDone(c.expert?.name ?? '', subject),
        );
        void q.refetch();
      },
    });

  const componentColumn = (key: string) => ({
    title: T.components[key],
    key,
    width: 96,
    render: (_: unknown, r: Ranked) => {
      const c = r.components.find((p) => p.component === key)!;
      return (
        <Tooltip title={half(c.explanation)}>
          <div data-testid={`part-${key}-${r.expertId}`}>
            <small>
              {c.points}/{c.max}
            </small>
            <Progress percent={Math.round((100 * c.points) / c.max)} size="small" showInfo={false} />
          </div>
        </Tooltip>
      );
    },
  });

  const rankedColumns = [
    { title: T.rank, key: 'rank', dataIndex: 'rank', width: 56 },
    {
      title: T.expert,
      key: 'expert',
      render: (_: unknown, r: Ranked) => (
        <div>
          <strong>{r.name}</strong>
          <div className="muted">{r.institutionName}</div>
        </div>
      ),
    },
    {
      title: T.score,
      key: 'score',
      width: 150,
      render: (_: unknown, r: Ranked) => (
        <div data-testid={`score-${r.expertId}`}>
          <Progress percent={r.score} size="small" format={(p) => `${p}`} />
        </div>
      ),
    },
    ...['SECTOR', 'INSTITUTION', 'TEXT', 'EXPERIENCE', 'AVAILABILITY'].map(componentColumn),
    {
      title: T.keywords,
      key: 'keywords',
      render: (_: unknown, r: Ranked) => (
        <Typography.Text ellipsis={{ tooltip: r.keywords.join('、') }} style={{ maxWidth: 200 }}>
          {r.keywords.join('、')}
        </Typography.Text>
      ),
    },
    {
      title: '',
      key: 'act',
      render: (_: unknown, r: Ranked) =>
        r.candidateId ? (
          <Tag color="blue">{T.recorded}</Tag>
        ) : a.nextActions.includes('SELECT') ? (
          <Button
            size="small"
            data-testid={`record-${r.expertId}`}
            onClick={() =>
              openRecord({
                expertId: r.expertId,
                name: r.name,
                score: r.score,
                rationale: r.components.map((c) => `${T.components[c.component]}${c.points}/${c.max}：${half(c.explanation)}`).join('；'),
              })
            }
          >
            {T.record}
          </Button>
        ) : null,
    },
  ];

  return (
    <DeskPage
      list={{ title: T.list, path: '/desk/bureau/matching' }}
      title={subject}
      status={<StageTag stage={a.stage} onHold={a.onHold} />}
      meta={`${lang === 'zh' ? a.division?.nameZh : a.division?.nameEn} · ${lang === 'zh' ? a.sector?.nameZh : a.sector?.nameEn}`}
      actions={
        <ActionBar
          subject={subject}
          stage={a.stage}
          nextActions={a.nextActions}
          specs={{
            RETURN: {
              run: ({ reason }) =>
                review({ variables: { input: { applicationId: a.id, version: a.version, decision: 'RETURN', reason } } }),
            },
            REJECT: {
              danger: true,
              run: ({ reason }) =>
                review({ variables: { input: { applicationId: a.id, version: a.version, decision: 'REJECT', reason } } }),
            },
          }}
          onDone={() => void q.refetch()}
          onReload={() => void q.refetch()}
        />
      }
    >
      {holder}
      <Card size="small" title={T.needs} style={{ marginBottom: 12 }}>
        <Typography.Paragraph style={{ margin: 0 }} data-testid="matching-needs">
          {a.techNeeds}
        </Typography.Paragraph>
      </Card>
      {error && !editing ? (
        <div style={{ marginBottom: 12 }}>
          <DeskErrorAlert error={error} onClose={clearError} onReload={() => void q.refetch()} />
        </div>
      ) : null}
      <Card size="small" title={T.candidates} extra={<span className="muted">{T.candidatesNote}</span>} style={{ marginBottom: 12 }}>
        <Table<Candidate>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={a.candidates}
          locale={{ emptyText: T.none }}
          data-testid="candidates"
          columns={[
            { title: T.expert, key: 'expert', render: (_, c) => c.expert?.name },
            {
              title: T.score,
              key: 'score',
              render: (_, c) => <Progress percent={c.score} size="small" format={(p) => `${p}`} style={{ width: 120 }} />,
            },
            ...(['enterpriseOpinion', 'institutionOpinion', 'expertOpinion'] as const).map((k) => ({
              title: T[k],
              key: k,
              render: (_: unknown, c: Candidate) => (
                <Tag color={OPINION_COLOR[c[k]]} data-testid={`${k}-${c.expert?.id}`}>
                  {T.opinions[c[k]]}
                </Tag>
              ),
            })),
            {
              title: T.rationale,
              key: 'rationale',
              render: (_, c) => (
                <Typography.Text ellipsis={{ tooltip: c.rationale }} style={{ maxWidth: 260 }}>
                  {c.rationale}
                </Typography.Text>
              ),
            },
            {
              title: '',
              key: 'act',
              render: (_, c) =>
                c.selected ? (
                  <Tag color="green">{T.chosen}</Tag>
                ) : a.nextActions.includes('SELECT') ? (
                  <Space>
                    <Button
                      size="small"
                      data-testid={`edit-${c.expert?.id}`}
                      onClick={() =>
                        openRecord({ expertId: c.expert!.id, name: c.expert!.name, score: c.score, rationale: c.rationale }, c)
                      }
                    >
                      {T.edit}
                    </Button>
                    <Tooltip
                      title={[c.enterpriseOpinion, c.institutionOpinion, c.expertOpinion].every((o) => o === 'AGREE') ? '' : T.needAll}
                    >
                      <Button
                        size="small"
                        type="primary"
                        data-testid={`choose-${c.expert?.id}`}
                        disabled={![c.enterpriseOpinion, c.institutionOpinion, c.expertOpinion].every((o) => o === 'AGREE')}
                        onClick={() => choose(c)}
                      >
                        {T.choose}
                      </Button>
                    </Tooltip>
                  </Space>
                ) : null,
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={T.ranked}
        extra={<span className="muted">{T.rankedNote(rec.considered, rec.asOf)}</span>}
        style={{ marginBottom: 12 }}
      >
        <Table<Ranked>
          size="small"
          rowKey="expertId"
          pagination={false}
          dataSource={rec.ranked}
          scroll={{ x: 'max-content' }}
          data-testid="ranked"
          columns={rankedColumns}
          expandable={{
            expandedRowRender: (r) => (
              <ul style={{ margin: 0, paddingLeft: 18 }} data-testid={`explain-${r.expertId}`}>
                {r.components.map((c) => (
                  <li key={c.component}>
                    <strong>
                      {T.components[c.component]} {c.points}/{c.max}
                    </strong>
                    ：{half(c.explanation)}
                  </li>
                ))}
              </ul>
            ),
          }}
        />
      </Card>
      <Card
        size="small"
        title={T.excluded}
        extra={<span className="muted">{T.excludedNote(rec.excluded.length, rec.excludedTotal)}</span>}
        data-testid="excluded"
      >
        <Table<Excluded>
          size="small"
          rowKey="expertId"
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          dataSource={rec.excluded}
          columns={[
            {
              title: T.expert,
              key: 'expert',
              render: (_, r) => (
                <div>
                  <strong>{r.name}</strong>
                  <div className="muted">{r.institutionName}</div>
                </div>
              ),
            },
            { title: T.score, key: 'score', width: 90, render: (_, r) => <span className="muted">{r.score}</span> },
            {
              title: T.conflicts,
              key: 'conflicts',
              render: (_, r) => (
                <div data-testid={`conflict-${r.expertId}`}>
                  {r.conflicts.map((c) => (
                    <div key={c.rule}>
                      <Tag color="red">{c.rule}</Tag>
                      <Tag>{c.article}</Tag>
                      {half(c.detail)}
                    </div>
                  ))}
                </div>
              ),
            },
          ]}
        />
      </Card>
      <Modal
        open={!!editing}
        title={editing ? `${T.record} · ${editing.name}` : ''}
        okText={T.save}
        cancelText={T.cancel}
        onOk={() => void saveCandidate()}
        onCancel={() => setEditing(null)}
        okButtonProps={{ loading: busy, ...({ 'data-testid': 'candidate-save' } as object) }}
        width={620}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="score" label={T.score} rules={[{ required: true }]}>
            <InputNumber min={0} max={100} precision={0} data-testid="candidate-score" />
          </Form.Item>
          <Form.Item name="rationale" label={T.rationale} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={4} maxLength={4000} />
          </Form.Item>
          <Space wrap>
            {(['enterpriseOpinion', 'institutionOpinion', 'expertOpinion'] as const).map((k) => (
              <Form.Item key={k} name={k} label={T[k]}>
                <Select
                  style={{ width: 150 }}
                  data-testid={`candidate-${k}`}
                  options={['PENDING', 'AGREE', 'DECLINE'].map((o) => ({ value: o, label: T.opinions[o] }))}
                />
              </Form.Item>
            ))}
          </Space>
        </Form>
        {error ? <DeskErrorAlert error={error} /> : null}
      </Modal>
    </DeskPage>
  );
}
