/** Placeholder while the desk is built. */
export default function CountyInbox() {
  return <div className="page" data-testid="CountyInbox" />;
}
