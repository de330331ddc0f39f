/** The HR bureau's read-only desk: holders of the Talent Service Gold Card B (Art. 18) and the recognitions (认定). */
import { Tabs, Tag } from 'antd';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { enumLabel } from '../../../charts/labels';
import { PageTitle } from '../../../components/Page';
import { DeskList, useText } from '../../../desk';
import {
  HrGoldCardsDocument,
  HrRecognitionsDocument,
  type AppointmentSortField,
  type AppointmentStatus,
  type RewardSortField,
  type RewardStatus,
} from '../../../gql-desks/graphql';

const TEXT = {
  zh: {
    title: '金卡与认定',
    note: '考核优秀的科技副总获聊城市人才服务金卡（B）（第十八条）；认定名单只读',
    cards: '人才服务金卡（B）',
    recognitions: '科技副总认定',
    serial: '金卡编号',
    expert: '科技副总',
    cycle: '考核周期',
    grantedOn: '授予日期',
    handed: '发放',
    handedOut: { GRANTED: '待发放', DISBURSED: '已发放' } as Record<string, string>,
    enterprise: '派驻企业',
    doc: '认定文号',
    certificate: '证书编号',
    recognisedOn: '认定日期',
    service: '服务期',
    serviceEnd: '服务期满',
    status: '状态',
    searchSerial: '金卡编号',
    searchDoc: '文号或证书号',
    searchExpert: '专家姓名',
    searchEnterprise: '企业名称',
  },
  en: {
    title: 'Gold cards and recognitions',
    note: 'Excellent tech VPs receive the Liaocheng Talent Service Gold Card B (Art. 18); recognitions, read only',
    cards: 'Gold Card B holders',
    recognitions: 'Recognitions',
    serial: 'Card no.',
    expert: 'Tech VP',
    cycle: 'Cycle',
    grantedOn: 'Granted on',
    handed: 'Handed over',
    handedOut: { GRANTED: 'Not yet', DISBURSED: 'Handed over' } as Record<string, string>,
    enterprise: 'Enterprise',
    doc: 'Document no.',
    certificate: 'Certificate no.',
    recognisedOn: 'Recognised on',
    service: 'Service',
    serviceEnd: 'Service ends',
    status: 'Status',
    searchSerial: 'Card no.',
    searchDoc: 'Document or certificate no.',
    searchExpert: 'Expert',
    searchEnterprise: 'Enterprise',
  },
};

export default function HrDesk() {
  const T = useText(TEXT);
  const { lang } = useI18n();
  const [search, setSearch] = useSearchParams();
  const tab = search.get('tab') === 'recognitions' ? 'recognitions' : 'cards';
  return (
    <div className="page">
      <PageTitle title={T.title} note={T.note} />
      <Tabs
        activeKey={tab}
        onChange={(k) => setSearch(new URLSearchParams(k === 'cards' ? {} : { tab: k }), { replace: true })}
        items={[
          {
            key: 'cards',
            label: T.cards,
            children: (
              <DeskList
                id="gold-cards"
                document={HrGoldCardsDocument}
                defaultSort={{ field: 'grantedOn', direction: 'DESC' }}
                searchFields={[
                  { name: 'serial', label: T.searchSerial, kind: 'text' },
                  { name: 'expert', label: T.searchExpert, kind: 'text', width: 140 },
                  {
                    name: 'handed',
                    label: T.handed,
                    kind: 'select',
                    width: 110,
                    options: Object.entries(T.handedOut).map(([value, label]) => ({ value, label })),
                  },
                ]}
                variables={(s) => ({
                  filter: {
                    kind: { eq: 'GOLD_CARD_B' as const },
                    ...(s.values.serial ? { serialNo: { contains: s.values.serial } } : {}),
                    ...(s.values.expert ? { expert: { name: { contains: s.values.expert } } } : {}),
                    ...(s.values.handed === 'GRANTED' || s.values.handed === 'DISBURSED'
                      ? { status: { eq: s.values.handed as RewardStatus } }
                      : {}),
                  },
                  orderBy: [
                    // Cards sort by the date granted (the only sortable column of a card), newest first by default.
                    { field: 'grantedOn' as RewardSortField, direction: s.sort?.direction ?? 'DESC' },
                    { field: 'id' as RewardSortField, direction: 'DESC' as const },
                  ],
                })}
                pick={(d) => d.rewards}
                rowKey={(r) => r.id}
                columns={[
                  { title: T.serial, key: 'serial', render: (_, r) => r.serialNo },
                  { title: T.expert, key: 'expert', render: (_, r) => r.expert?.name },
                  { title: T.cycle, key: 'cycle', render: (_, r) => r.evaluation?.cycle?.code },
                  { title: T.grantedOn, key: 'grantedOn', dataIndex: 'grantedOn', sorter: true },
                  {
                    title: T.handed,
                    key: 'status',
                    render: (_, r) => <Tag color={r.status === 'DISBURSED' ? 'green' : 'orange'}>{T.handedOut[r.status]}</Tag>,
                  },
                ]}
              />
            ),
          },
          {
            key: 'recognitions',
            label: T.recognitions,
            children: (
              <DeskList
                id="recognitions"
                document={HrRecognitionsDocument}
                defaultSort={{ field: 'serviceStart', direction: 'DESC' }}
                searchFields={[
                  { name: 'doc', label: T.searchDoc, kind: 'text' },
                  { name: 'expert', label: T.searchExpert, kind: 'text', width: 140 },
                  { name: 'enterprise', label: T.searchEnterprise, kind: 'text', width: 160 },
                ]}
                variables={(s) => ({
                  filter: {
                    recognisedOn: { isNull: false },
                    ...(s.values.doc
                      ? { or: [{ recognitionDocNo: { contains: s.values.doc } }, { certificateNo: { contains: s.values.doc } }] }
                      : {}),
                    ...(s.values.expert ? { expert: { name: { contains: s.values.expert } } } : {}),
                    ...(s.values.enterprise ? { enterprise: { name: { contains: s.values.enterprise } } } : {}),
                  },
                  orderBy: [
                    {
                      field: (s.sort && ['serviceStart', 'serviceEnd', 'cohortYear'].includes(s.sort.field)
                        ? s.sort.field
                        : 'serviceStart') as AppointmentSortField,
                      direction: s.sort?.direction ?? 'DESC',
                    },
                    { field: 'id' as AppointmentSortField, direction: 'DESC' as const },
                  ],
                })}
                pick={(d) => d.appointments}
                rowKey={(r) => r.id}
                columns={[
                  { title: T.expert, key: 'expert', render: (_, r) => r.expert?.name },
                  { title: T.enterprise, key: 'enterprise', render: (_, r) => r.enterprise?.name },
                  { title: T.doc, key: 'doc', render: (_, r) => r.recognitionDocNo ?? '' },
                  { title: T.certificate, key: 'cert', render: (_, r) => r.certificateNo ?? '' },
                  { title: T.recognisedOn, key: 'recognisedOn', render: (_, r) => r.recognisedOn ?? '' },
                  { title: T.service, key: 'serviceStart', sorter: true, render: (_, r) => `${r.serviceStart}～${r.serviceEnd}` },
                  { title: T.serviceEnd, key: 'serviceEnd', sorter: true, render: (_, r) => r.serviceEnd },
                  { title: T.status, key: 'status', render: (_, r) => enumLabel('appointmentStatus', r.status as AppointmentStatus, lang) },
                ]}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
