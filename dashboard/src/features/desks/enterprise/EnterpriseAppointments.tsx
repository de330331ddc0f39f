/** Placeholder while the desk is built. */
export default function EnterpriseAppointments() {
  return <div className="page" data-testid="EnterpriseAppointments" />;
}
