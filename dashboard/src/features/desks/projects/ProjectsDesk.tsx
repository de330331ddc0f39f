/**
 * The co-innovation projects desk (S&T bureau; the host enterprise sees and proposes its own):
 * projects searchable by code, title or enterprise, by status, sorted and paged in the URL; a
 * project is proposed here with the Art. 20 guards shown before saving.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Form, Input, Modal, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import { ENUM_LABELS, enumLabel } from '../../../charts/labels';
import { fenToYuanString } from '../../../charts/format';
import { PageTitle } from '../../../components/Page';
import { DeskErrorAlert, DeskList, ListLink, useText, useWorkflowAction } from '../../../desk';
import {
  DeskProjectsDocument,
  DeskProposeProjectDocument,
  ProjectAppointmentsDocument,
  type ProjectSortField,
  type ProjectStatus,
} from '../../../gql-desks/graphql';
import { FundingFields, useFundingCheck } from './FundingFields';
import { PROJ_TEXT } from './text';

const SORTS = ['code', 'proposedOn', 'status', 'enterpriseFen', 'universityFen', 'financeFen'];
const PROPOSERS = ['ST_BUREAU', 'ENTERPRISE'];

export default function ProjectsDesk() {
  const T = useText(PROJ_TEXT);
  const { lang } = useI18n();
  const { me } = useAuth();
  const [proposing, setProposing] = useState(false);
  // The success message outlives the form: its holder stays with the list.
  const action = useWorkflowAction();
  return (
    <div className="page">
      {action.holder}
      <PageTitle
        title={T.title}
        note={T.note}
        actions={
          PROPOSERS.includes(me.role) ? (
            <Button type="primary" onClick={() => setProposing(true)} data-testid="project-propose">
              {T.propose}
            </Button>
          ) : null
        }
      />
      {proposing ? <ProposeModal action={action} onClose={() => setProposing(false)} /> : null}
      <DeskList
        id="projects"
        document={DeskProjectsDocument}
        defaultSort={{ field: 'code', direction: 'DESC' }}
        searchFields={[
          { name: 'q', label: T.searchText, kind: 'text', width: 220 },
          {
            name: 'status',
            label: T.searchStatus,
            kind: 'select',
            options: Object.keys(ENUM_LABELS.projectStatus).map((s) => ({ value: s, label: enumLabel('projectStatus', s, lang) })),
          },
        ]}
        variables={(s) => ({
          filter: {
            ...(s.values.q
              ? {
                  or: [
                    { code: { contains: s.values.q } },
                    { title: { contains: s.values.q } },
                    { enterprise: { name: { contains: s.values.q } } },
                  ],
                }
              : {}),
            ...(s.values.status && s.values.status in ENUM_LABELS.projectStatus
              ? { status: { eq: s.values.status as ProjectStatus } }
              : {}),
          },
          orderBy:
            s.sort && SORTS.includes(s.sort.field) ? [{ field: s.sort.field as ProjectSortField, direction: s.sort.direction }] : undefined,
        })}
        pick={(d) => d.projects}
        rowKey={(r) => r.id}
        recordPath={(r) => `/desk/projects/${r.id}`}
        columns={[
          {
            title: T.code,
            key: 'code',
            sorter: true,
            render: (_, r) => (
              <ListLink to={`/desk/projects/${r.id}`} testId={`project-${r.id}`}>
                {r.code}
              </ListLink>
            ),
          },
          { title: T.project, key: 'title', dataIndex: 'title', ellipsis: true, width: 240 },
          { title: T.enterprise, key: 'enterprise', render: (_, r) => r.enterprise?.name, ellipsis: true, width: 180 },
          { title: T.expert, key: 'expert', render: (_, r) => r.appointment?.expert?.name },
          {
            title: T.status,
            key: 'status',
            sorter: true,
            render: (_, r) => (
              <Space size={2}>
                <Tag data-testid={`project-status-${r.id}`}>{enumLabel('projectStatus', r.status, lang)}</Tag>
                {r.priority ? <Tag color="gold">{T.priority}</Tag> : null}
              </Space>
            ),
          },
          {
            title: T.total,
            key: 'total',
            align: 'right',
            render: (_, r) => fenToYuanString(r.enterpriseFen + r.universityFen + r.financeFen),
          },
          { title: T.proposedOn, key: 'proposedOn', dataIndex: 'proposedOn', sorter: true },
        ]}
      />
    </div>
  );
}

function ProposeModal({ action, onClose }: { action: ReturnType<typeof useWorkflowAction>; onClose: () => void }) {
  const T = useText(PROJ_TEXT);
  const [form] = Form.useForm();
  const check = useFundingCheck(form);
  const [search, setSearch] = useState('');
  const appts = useQuery(ProjectAppointmentsDocument, {
    variables: {
      filter: {
        status: { eq: 'ACTIVE' },
        ...(search.trim()
          ? { or: [{ expert: { name: { contains: search.trim() } } }, { enterprise: { name: { contains: search.trim() } } }] }
          : {}),
      },
    },
  });
  const [propose] = useMutation(DeskProposeProjectDocument);
  const save = async () => {
    const v = (await form.validateFields()) as Record<string, unknown>;
    if (!check.allowed || !check.funding) return;
    const title = String(v.title).trim();
    const ok = await action.run(
      () =>
        propose({
          variables: { input: { appointmentId: Number(v.appointmentId), title, ...check.funding! } },
          refetchQueries: ['DeskProjects'],
          awaitRefetchQueries: true,
        }),
      T.proposed(title),
    );
    if (ok) onClose();
  };
  return (
    <Modal
      open
      title={T.proposeTitle}
      width={640}
      okText={T.save}
      cancelText={T.cancel}
      onCancel={() => {
        action.clearError();
        onClose();
      }}
      onOk={() => void save()}
      okButtonProps={{ disabled: !check.allowed, loading: action.busy, ...({ 'data-testid': 'propose-save' } as object) }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="propose-form">
        <Form.Item name="appointmentId" label={T.appointment} rules={[{ required: true, message: T.required(T.appointment) }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch }}
            placeholder={T.appointmentHint}
            loading={appts.loading}
            data-testid="propose-appointment"
            options={(appts.data?.appointments.nodes ?? []).map((a) => ({
              value: a.id,
              label: `${a.expert?.name ?? ''} · ${a.enterprise?.name ?? ''}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={T.project}
          rules={[
            { required: true, whitespace: true, message: T.required(T.project) },
            { max: 200, message: T.titleRule },
          ]}
        >
          <Input maxLength={200} data-testid="propose-title" />
        </Form.Item>
        <FundingFields check={check} />
      </Form>
      {action.error ? <DeskErrorAlert error={action.error} onClose={action.clearError} /> : null}
    </Modal>
  );
}
