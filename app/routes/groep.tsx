import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { hasRole } from "../../server/domain/actor";
import { createInviteSchema } from "../../server/domain/invites/invites.schemas";
import { SubmitButton, TextField } from "../components/form/fields";
import groupStyles from "../components/groups/groups.css";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";
import { forbiddenPage, pageForDomainError } from "../utils/domain-errors.server";
import { readForm } from "../utils/form.server";
import { replyWithDomainError } from "../utils/form-replies.server";
import { formatDate } from "../components/opportunities/format";

const dayMs = 24 * 60 * 60 * 1000;

export const links: LinksFunction = () => [{ rel: "stylesheet", href: groupStyles }];
/** "Mijn groep": a business's or partner's registration status, its invite codes and its members. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  if (!hasRole(actor, "business_coordinator") && !hasRole(actor, "partner_coordinator")) {
    throw forbiddenPage("groupCoordinatorOnly");
  }
  const { registrations, invites } = context.app.services;
  const [statuses, t] = await Promise.all([registrations.myStatuses(actor), getFixedT(request, "invites")]);
  const waiting = statuses.filter((status) => status.kind !== "organisation" && status.state !== "approved");
  const groups = await invites.myGroups(actor);
  const withDetails = await Promise.all(
    groups.map(async (group) => ({
      ...group,
      codes: await invites.list(actor, { organisationId: group.id }),
      members: await invites.members(actor, { organisationId: group.id }),
    })),
  );
  const origin = new URL(request.url).origin;
  return json({
    title: t("group.title"),
    waiting,
    groups: withDetails,
    origin,
    defaultExpiry: new Date(Date.now() + 30 * dayMs).toISOString().slice(0, 10),
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const actor = await requireUser(request, context);
  const { invites } = context.app.services;
  if (formData.get("intent") === "revoke") {
    try {
      await invites.revoke(actor, {
        organisationId: String(formData.get("organisationId") ?? ""),
        inviteId: String(formData.get("inviteId") ?? ""),
      });
    } catch (error) {
      pageForDomainError(error, { request, forbidden: "notYourGroup" });
    }
    return redirect("/groep?ingetrokken=1");
  }
  const submission = parseWithZod(formData, { schema: createInviteSchema });
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  try {
    const { code } = await invites.create(actor, submission.value);
    return redirect(`/groep?nieuw=${encodeURIComponent(code)}`);
  } catch (error) {
    return replyWithDomainError(submission, error, { request, forbidden: "notYourGroup" });
  }
}

function NewCodeForm({ organisationId, defaultExpiry }: { organisationId: string; defaultExpiry: string }) {
  const { t } = useTranslation("invites");
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: `nieuwe-code-${organisationId}`,
    lastResult,
    constraint: getZodConstraint(createInviteSchema),
    defaultValue: { organisationId, expiresOn: defaultExpiry, maxUses: "10" },
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createInviteSchema }),
  });
  return (
    <Form method="post" className="noaber-form" {...getFormProps(form)}>
      <AuthenticityTokenInput name="csrf" />
      <input type="hidden" name="organisationId" value={organisationId} />
      <TextField field={fields.expiresOn} type="date" label={t("group.expiresOn")} required />
      <TextField field={fields.maxUses} type="number" label={t("group.maxUses")} inputMode="numeric" required />
      <div>
        <SubmitButton>{t("group.create")}</SubmitButton>
      </div>
    </Form>
  );
}

export default function GroupPage() {
  const { t, i18n } = useTranslation("invites");
  const { waiting, groups, origin, defaultExpiry } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const created = params.get("nieuw");
  const language = i18n.language;
  return (
    <div className="noaber-prose">
      <h1 className="utrecht-heading-1">{t("group.title")}</h1>
      {waiting.map((status) => (
        <div key={status.id} className="noaber-notice" role="status">
          <p className="utrecht-paragraph">
            {t(`registrations:status.${status.state === "rejected" ? "rejected" : "pending"}`, { name: status.name })}
          </p>
          {status.rejectionReason ? (
            <p className="utrecht-paragraph">{t("registrations:status.reason", { reason: status.rejectionReason })}</p>
          ) : null}
        </div>
      ))}
      {created ? (
        <p className="utrecht-paragraph noaber-notice" role="status">
          {t("group.created", { code: created })}
        </p>
      ) : null}
      {params.has("ingetrokken") ? (
        <p className="utrecht-paragraph noaber-notice" role="status">
          {t("group.revoked")}
        </p>
      ) : null}
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`groep-${group.id}`}>
          <h2 className="utrecht-heading-2" id={`groep-${group.id}`}>
            {group.name}
          </h2>
          <p className="utrecht-paragraph">{t("group.intro", { name: group.name })}</p>
          {group.kind === "partner" ? (
            <p className="utrecht-paragraph">
              <Link className="utrecht-link" to={`/voor-uw-groep?groep=${group.id}`}>
                {t("group.forGroup")}
              </Link>
            </p>
          ) : null}
          <h3 className="utrecht-heading-3">{t("group.newCode")}</h3>
          <NewCodeForm organisationId={group.id} defaultExpiry={defaultExpiry} />
          <h3 className="utrecht-heading-3">{t("group.codesTitle")}</h3>
          {group.codes.length === 0 ? (
            <p className="utrecht-paragraph">{t("group.noCodes")}</p>
          ) : (
            <div className="noaber-table-scroll">
              <table className="utrecht-table">
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th className="utrecht-table__header-cell" scope="col">
                      {t("group.code")}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t("group.usesLeft")}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t("group.validUntil")}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t("group.state")}
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {group.codes.map((code) => (
                    <tr key={code.id} className="utrecht-table__row">
                      <td className="utrecht-table__cell">
                        <code className="noaber-code">{code.code}</code>
                        <br />
                        <span className="noaber-link-text">{`${origin}/uitnodiging/${code.code}`}</span>
                      </td>
                      <td className="utrecht-table__cell">
                        {code.usesLeft} / {code.maxUses}
                      </td>
                      <td className="utrecht-table__cell">{formatDate(code.expiresAt, language)}</td>
                      <td className="utrecht-table__cell">
                        {t(`group.states.${code.state}`)}
                        {code.state === "active" ? (
                          <Form method="post">
                            <AuthenticityTokenInput name="csrf" />
                            <input type="hidden" name="intent" value="revoke" />
                            <input type="hidden" name="organisationId" value={group.id} />
                            <input type="hidden" name="inviteId" value={code.id} />
                            <button
                              type="submit"
                              className="utrecht-button utrecht-button--secondary-action"
                              aria-label={t("group.revokeLabel", { code: code.code })}
                            >
                              {t("group.revoke")}
                            </button>
                          </Form>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3 className="utrecht-heading-3">{t("group.membersTitle")}</h3>
          {group.members.length === 0 ? (
            <p className="utrecht-paragraph">{t("group.noMembers")}</p>
          ) : (
            <ul className="utrecht-unordered-list">
              {group.members.map((member) => (
                <li key={member.userId} className="utrecht-unordered-list__item">
                  {member.displayName}
                  {member.languages.length > 0
                    ? ` · ${t("group.languages")}: ${member.languages
                        .map((code) => t(`profile:languages.names.${code}`, { defaultValue: code }))
                        .join(", ")}`
                    : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
