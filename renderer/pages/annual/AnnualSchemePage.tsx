/** Placeholder until the page is built. */
export function AnnualSchemePage() {
  return <div>建设中</div>;
}
