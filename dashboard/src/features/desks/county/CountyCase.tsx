/** Placeholder while the desk is built. */
export default function CountyCase() {
  return <div className="page" data-testid="CountyCase" />;
}
