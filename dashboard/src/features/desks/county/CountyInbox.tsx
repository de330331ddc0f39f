/** 县级初审待办: the county's applications waiting for preliminary review (Art. 12.2), its county only (the server scopes it). */
import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import { refLabel } from '../../../charts/labels';
import { PageTitle } from '../../../components/Page';
import { useReference } from '../../../data/reference';
import { useText } from '../../../desk';
import { ReviewInbox } from '../shared/ReviewInbox';
import { COUNTY_TEXT } from './text';

export default function CountyInbox() {
  const T = useText(COUNTY_TEXT);
  const { lang } = useI18n();
  const { me } = useAuth();
  const { divisions } = useReference();
  const county = divisions.find((d) => d.id === me.divisionId);
  return (
    <div className="page">
      <PageTitle title={T.inboxTitle} note={`${county ? refLabel(county, lang) + ' · ' : ''}${T.inboxNote}`} />
      <ReviewInbox id="county-inbox" stage="SUBMITTED" title={T.inboxTable} casePath={(id) => `/desk/county/${id}`} />
    </div>
  );
}
