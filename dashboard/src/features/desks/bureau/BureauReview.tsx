/**
 * 市级复审 inbox (Art. 12.3): the cases the counties recommended (COUNTY_APPROVED), longest
 * waiting first, priority recommendations marked; the shared review inbox (desk-a's, as the
 * county's 初审 uses it), opening the bureau's case page, where the bureau passes, returns or rejects.
 */
import { PageTitle } from '../../../components/Page';
import { useText } from '../../../desk';
import { ReviewInbox } from '../shared/ReviewInbox';

const TEXT = {
  zh: {
    title: '市级复审',
    note: '县级初审推荐的申报：复审通过后列入派驻企业初步名单，与高校院所对接（第十二条第3项）',
    table: '待复审的申报',
  },
  en: {
    title: 'City re-review',
    note: 'Cases the counties recommended: once passed they join the preliminary list shared with institutions (Art. 12.3)',
    table: 'Waiting for re-review',
  },
};

export default function BureauReview() {
  const T = useText(TEXT);
  return (
    <div className="page" data-testid="bureau-review">
      <PageTitle title={T.title} note={T.note} />
      <ReviewInbox id="review" stage="COUNTY_APPROVED" title={T.table} casePath={(id) => `/desk/bureau/cases/${id}`} />
    </div>
  );
}
