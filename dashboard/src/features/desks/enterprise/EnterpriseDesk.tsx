/** Placeholder while the desk is built. */
export default function EnterpriseDesk() {
  return <div className="page" data-testid="EnterpriseDesk" />;
}
