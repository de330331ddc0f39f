/**
 * 市级复审 inbox (Art. 12.3): the cases the counties recommended (COUNTY_APPROVED), priority
 * recommendations first; a row opens the case, where the bureau passes, returns or rejects.
 * Built on the shared DeskList (search, sort, page size and the URL state that Back restores).
 */
import { PageTitle } from '../../../components/Page';
import { DeskList, useText } from '../../../desk';
import { BureauCasesDocument, type BureauCaseRowFragment, type BureauCasesQuery } from '../../../gql/graphql';
import { useCaseColumns } from './common';

const TEXT = {
  zh: { title: '市级复审', note: '县级初审推荐的申报：复审通过后列入派驻企业初步名单，与高校院所对接（第十二条第3项）', name: '企业名称' },
  en: {
    title: 'City re-review',
    note: 'Cases the counties recommended: once passed they join the preliminary list shared with institutions (Art. 12.3)',
    name: 'Enterprise',
  },
};

export default function BureauReview() {
  const T = useText(TEXT);
  const columns = useCaseColumns();
  return (
    <div className="page" data-testid="bureau-review">
      <PageTitle title={T.title} note={T.note} />
      <DeskList<BureauCaseRowFragment, BureauCasesQuery, Record<string, unknown>>
        id="review"
        document={BureauCasesDocument}
        searchFields={[{ name: 'name', label: T.name, kind: 'text' }]}
        defaultSort={{ field: 'stageEnteredAt', direction: 'ASC' }}
        variables={(s) => ({
          filter: {
            stage: { eq: 'COUNTY_APPROVED' },
            ...(s.values.name ? { enterprise: { name: { contains: s.values.name } } } : {}),
          },
          orderBy: s.sort ? [{ field: s.sort.field, direction: s.sort.direction }] : undefined,
        })}
        pick={(d) => d.applications}
        rowKey={(r) => r.id}
        recordPath={(r) => `/desk/bureau/cases/${r.id}`}
        columns={columns}
      />
    </div>
  );
}
