import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Statement } from "../components/content/Statement";
import { getFixedT } from "../i18n/i18next.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await getFixedT(request, "statements");
  return json({ title: t("accessibility.title") });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

export default function AccessibilityPage() {
  return <Statement name="accessibility" />;
}
