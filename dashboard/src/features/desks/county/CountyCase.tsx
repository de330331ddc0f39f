/**
 * A case at the county's preliminary review (Art. 12.2): the application, its materials with
 * preview, the rules as of today and as recorded, the history; 通过 / 退回修改 / 不通过 with the
 * reasons the table requires. Another county's case is not found (the server scopes it).
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { Checkbox, Col, Form, Select, Tag } from 'antd';
import { useParams } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { enumLabel, refLabel } from '../../../charts/labels';
import { ActionBar, DeskPage, useText } from '../../../desk';
import { DeskCaseDocument, DeskReviewDocument, type RuleCode } from '../../../gql/graphql';
import { ApplicationDetails, RuleCheckTable } from '../../records/ApplicationDetails';
import { RecordGate, Section, StageTag } from '../../records/common';
import { MaterialsSection, RulePreviewTable } from '../shared/CaseParts';
import { composeReturnReason, FIX_FIELDS } from '../shared/fixFields';
import { priorityGrounds } from '../shared/ReviewInbox';
import { COUNTY_TEXT } from './text';

export default function CountyCase() {
  const T = useText(COUNTY_TEXT);
  const { t, lang } = useI18n();
  const { id } = useParams();
  const appId = Number(id);
  const valid = Number.isInteger(appId) && appId > 0;
  const q = useQuery(DeskCaseDocument, { variables: { id: appId }, skip: !valid, fetchPolicy: 'cache-and-network' });
  const [review] = useMutation(DeskReviewDocument);
  const a = q.data?.application;
  const reload = () => void q.refetch();
  return (
    <RecordGate loading={q.loading} error={q.error} found={!!a}>
      {() => {
        const ap = a!;
        const failing = (q.data?.previewApplicationRules ?? []).filter((r) => !r.passed);
        const decide = (decision: 'PASS' | 'RETURN' | 'REJECT', reason: string | null, rule?: RuleCode | null) =>
          review({ variables: { input: { applicationId: ap.id, version: ap.version, decision, reason, rule: rule ?? null } } });
        const grounds = priorityGrounds(ap.enterprise ? { ...ap.enterprise, id: ap.enterprise.id } : null, lang);
        return (
          <DeskPage
            list={{ title: T.list, path: '/desk/county' }}
            title={ap.enterprise?.name}
            status={
              <>
                <StageTag stage={ap.stage} />
                {ap.priorityRecommended && grounds.length ? <Tag color="gold">{T.priorityGrounds(grounds.join('、'))}</Tag> : null}
              </>
            }
            meta={`${ap.call?.title ?? ''} · ${refLabel(ap.division, lang)} · ${refLabel(ap.sector, lang)} · ${T.waited(ap.workingDaysWaited)}`}
            actions={
              <ActionBar
                subject={ap.enterprise?.name ?? `#${ap.id}`}
                stage={ap.stage}
                nextActions={ap.nextActions}
                onDone={reload}
                onReload={reload}
                specs={{
                  PASS: {
                    label: T.pass,
                    primary: true,
                    describe: T.passDescribe,
                    reasonLabel: T.passReason,
                    run: ({ reason }) => decide('PASS', reason),
                  },
                  RETURN: {
                    label: T.ret,
                    describe: T.returnDescribe,
                    reasonLabel: T.returnReason,
                    fields: (
                      <Form.Item name="fix" label={T.fixFields} rules={[{ required: true, type: 'array', min: 1, message: T.fixRequired }]}>
                        <Checkbox.Group
                          data-testid="fix-fields"
                          options={FIX_FIELDS.map((f) => ({ value: f.key, label: lang === 'zh' ? f.zh : f.en }))}
                        />
                      </Form.Item>
                    ),
                    run: ({ reason, values }) => decide('RETURN', composeReturnReason((values.fix as string[]) ?? [], reason ?? '')),
                  },
                  REJECT: {
                    label: T.reject,
                    danger: true,
                    describe: T.rejectDescribe,
                    reasonLabel: T.rejectReason,
                    reasonRequired: (v) => !v.rule,
                    fields: (
                      <Form.Item name="rule" label={T.rejectRule}>
                        <Select
                          allowClear
                          data-testid="reject-rule"
                          placeholder={T.rejectRuleNone}
                          options={failing.map((r) => ({
                            value: r.rule,
                            label: `${enumLabel('rule', r.rule, lang)}（${lang === 'zh' ? r.article : r.articleEn}）`,
                          }))}
                        />
                      </Form.Item>
                    ),
                    run: ({ reason, values }) => decide('REJECT', reason, (values.rule as RuleCode | undefined) ?? null),
                  },
                }}
              />
            }
          >
            <ApplicationDetails
              ap={ap}
              aside={<MaterialsSection applicationId={ap.id} materials={ap.materials} missing={ap.missingMaterials} />}
              rules={
                <>
                  <RulePreviewTable rows={q.data?.previewApplicationRules ?? []} />
                  <div style={{ height: 16 }} />
                  <Section id="rules" title={t('ruleChecks')}>
                    <RuleCheckTable rows={ap.ruleChecks} />
                  </Section>
                </>
              }
            >
              <Col xs={0} />
            </ApplicationDetails>
          </DeskPage>
        );
      }}
    </RecordGate>
  );
}
