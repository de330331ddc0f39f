/** Placeholder while the desk is built. */
export default function EnterpriseApplication() {
  return <div className="page" data-testid="EnterpriseApplication" />;
}
