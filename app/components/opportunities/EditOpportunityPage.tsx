import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { loadEditForm, saveEditForm } from "../../routes/__opportunity-edit.server";
import { OpportunityForm } from "./OpportunityForm";
import { opportunityPath } from "./format";

/** The edit page of a klus or vacature; the two routes differ only in the kind they load. */
export function EditOpportunityPage() {
  const { t } = useTranslation("organisation");
  const data = useLoaderData<typeof loadEditForm>();
  const lastResult = useActionData<typeof saveEditForm>();
  const { editable } = data;
  return (
    <div>
      <h1 className="utrecht-heading-1">{data.title}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead noaber-prose">
        {t("edit.intro", { organisation: editable.organisation.name })}
      </p>
      {editable.status === "draft" ? <p className="utrecht-paragraph">{t("edit.draft")}</p> : null}
      {editable.isSeriesOccurrence ? <p className="utrecht-paragraph">{t("edit.seriesOccurrence")}</p> : null}
      <OpportunityForm
        mode="edit"
        data={data}
        lastResult={lastResult}
        defaultValue={editable.values}
        fixedKind={editable.kind}
        activeClaims={editable.activeClaims}
      />
      <p className="utrecht-paragraph">
        <Link to={opportunityPath(editable)}>{t("edit.view")}</Link> · <Link to="/organisatie">{t("edit.back")}</Link>
      </p>
    </div>
  );
}
