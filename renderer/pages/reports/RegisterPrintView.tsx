/** Placeholder until the page is built. */
export function RegisterPrintView() {
  return <div>建设中</div>;
}
