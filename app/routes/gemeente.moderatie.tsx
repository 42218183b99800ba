import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { isDomainError } from "../../server/domain/errors";
import type {
  QueueItem,
  QueueMessageItem,
  QueueOpportunityItem,
} from "../../server/domain/moderation/moderation.types";
import groupStyles from "../components/groups/groups.css";
import { formatDate, formatMoment } from "../components/opportunities/format";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";
import { isFormProblem, pageForDomainError, statusOf } from "../utils/domain-errors.server";
import { readForm } from "../utils/form.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: groupStyles }];

const doneNotices = ["hidden", "dismissed", "warned", "suspended", "lifted"] as const;
type Done = (typeof doneNotices)[number];

/** The municipality's moderation queue: reported messages, klussen and vacatures, with their context. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  try {
    const [queue, t] = await Promise.all([
      context.app.services.moderation.queue(actor),
      getFixedT(request, "moderation"),
    ]);
    const done = new URL(request.url).searchParams.get("gedaan");
    // Tomorrow is the earliest day a suspension can end (the date input's minimum; the service checks).
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    return json({
      title: t("queue.title"),
      queue,
      viewerId: actor.userId,
      tomorrow,
      done: doneNotices.find((notice) => notice === done) ?? null,
    });
  } catch (error) {
    pageForDomainError(error, { request, forbidden: "gemeenteOnly" });
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

type Intent = "hide" | "dismiss" | "warn" | "suspend" | "lift";
const doneBy: Record<Intent, Done> = {
  hide: "hidden",
  dismiss: "dismissed",
  warn: "warned",
  suspend: "suspended",
  lift: "lifted",
};

/** Each action is one small form; success answers with post/redirect/get and a confirmation. */
export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const actor = await requireUser(request, context);
  const { moderation } = context.app.services;
  const field = (name: string) => String(formData.get(name) ?? "");
  const intent = field("intent") as Intent;
  const subject = { subjectType: field("subjectType"), subjectId: field("subjectId") } as {
    subjectType: "message" | "opportunity";
    subjectId: string;
  };
  // Which form answers: a queue item's, or a suspended person's row.
  const target = intent === "suspend" || intent === "lift" ? `user-${field("userId")}` : `${subject.subjectId}`;
  const values = { note: field("note"), text: field("text"), until: field("until"), reason: field("reason") };
  try {
    switch (intent) {
      case "hide":
        await moderation.hide(actor, { ...subject, note: values.note });
        break;
      case "dismiss":
        await moderation.dismiss(actor, { ...subject, note: values.note });
        break;
      case "warn":
        await moderation.warn(actor, { ...subject, text: values.text });
        break;
      case "suspend":
        await moderation.suspend(actor, { userId: field("userId"), until: values.until, reason: values.reason });
        break;
      case "lift":
        await moderation.liftSuspension(actor, { userId: field("userId") });
        break;
      default:
        throw new Response(null, { status: 400 });
    }
  } catch (error) {
    if (error instanceof Response) throw error;
    if (!isDomainError(error) || !isFormProblem(error)) {
      pageForDomainError(error, { request, forbidden: "gemeenteOnly" });
    }
    const { form, ...fieldErrors } = error.fieldErrors;
    const formErrors = form ?? (Object.keys(fieldErrors).length > 0 ? [] : ["common:errors.generic"]);
    return json({ intent, target, values, formErrors, fieldErrors }, { status: statusOf(error) });
  }
  return redirect(`/gemeente/moderatie?gedaan=${doneBy[intent]}`, 303);
}

type Answer = {
  intent: Intent;
  target: string;
  values: Record<"note" | "text" | "until" | "reason", string>;
  formErrors: string[];
  fieldErrors: Record<string, string[]>;
};

/** A labelled text field with its errors, as the other gemeente pages draw them. */
function Field({
  id,
  name,
  label,
  hint,
  errors = [],
  defaultValue,
  multiline,
  type = "text",
  min,
  required,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  defaultValue?: string;
  multiline?: boolean;
  type?: "text" | "date";
  min?: string;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${id}-uitleg` : null, errors.length ? `${id}-fout` : null].filter(Boolean).join(" ");
  const common = {
    id,
    name,
    defaultValue,
    required,
    "aria-invalid": errors.length ? true : undefined,
    "aria-describedby": describedBy || undefined,
  };
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--${multiline ? "textarea" : "text"}${errors.length ? " utrecht-form-field--invalid" : ""}`}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {required ? null : <span className="noaber-optional"> ({t("form.optional")})</span>}
        </label>
      </div>
      {hint ? (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={`${id}-uitleg`}>
          {hint}
        </div>
      ) : null}
      {errors.length ? (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={`${id}-fout`}>
          {errors.map((error) => (
            <p key={error} className="noaber-field-error">
              {t(error)}
            </p>
          ))}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">
        {multiline ? (
          <textarea
            {...common}
            rows={3}
            maxLength={1000}
            className="utrecht-textarea utrecht-textarea--html-textarea"
          />
        ) : (
          <input
            {...common}
            type={type}
            min={min}
            maxLength={type === "text" ? 1000 : undefined}
            className="utrecht-textbox utrecht-textbox--html-input"
          />
        )}
      </div>
    </div>
  );
}

function FormErrors({ errors }: { errors: string[] }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <div className="noaber-form-errors" role="alert">
      {errors.map((error) => (
        <p key={error} className="utrecht-paragraph">
          {t(error)}
        </p>
      ))}
    </div>
  );
}

function SubjectFields({ item }: { item: QueueItem }) {
  return (
    <>
      <AuthenticityTokenInput name="csrf" />
      <input type="hidden" name="subjectType" value={item.subjectType} />
      <input type="hidden" name="subjectId" value={item.subjectId} />
    </>
  );
}

function MessageContext({ item }: { item: QueueMessageItem }) {
  const { t, i18n } = useTranslation("moderation");
  const line = (message: { authorName: string; body: string; createdAt: string; state: string }) => (
    <>
      <span className="noaber-moderation__meta">
        <strong>{message.authorName}</strong> · {formatMoment(message.createdAt, i18n.language)}
      </span>{" "}
      {message.state !== "visible" ? <em>{t(`queue.state.${message.state}`)}</em> : null}{" "}
      <span dir="auto">{message.body}</span>
    </>
  );
  return (
    <>
      <h4 className="utrecht-heading-4">{t("queue.context")}</h4>
      <ol className="noaber-moderation__context" aria-label={t("queue.contextLabel")}>
        {item.before.map((message) => (
          <li key={message.id}>{line(message)}</li>
        ))}
        <li className="noaber-moderation__reported">
          <span className="noaber-tag">{t("queue.reportedMark")}</span>{" "}
          {line({ authorName: item.author.name, ...item.message })}
        </li>
        {item.after.map((message) => (
          <li key={message.id}>{line(message)}</li>
        ))}
      </ol>
    </>
  );
}

function OpportunityFacts({ item }: { item: QueueOpportunityItem }) {
  const { t, i18n } = useTranslation("moderation");
  const { opportunity } = item;
  const place = opportunity.isOnline
    ? t("queue.online")
    : [opportunity.address, opportunity.buurtName].filter(Boolean).join(", ") || "—";
  return (
    <>
      <dl className="noaber-group-facts">
        <dt>{t("queue.organisation")}</dt>
        <dd>{opportunity.organisationName}</dd>
        {opportunity.startsAt ? (
          <>
            <dt>{t("queue.when")}</dt>
            <dd>{formatMoment(opportunity.startsAt, i18n.language)}</dd>
          </>
        ) : null}
        <dt>{t("queue.where")}</dt>
        <dd>{place}</dd>
      </dl>
      <h4 className="utrecht-heading-4">{t("queue.description")}</h4>
      <p className="utrecht-paragraph noaber-moderation__description" dir="auto">
        {opportunity.description}
      </p>
      {opportunity.hidden ? <p className="utrecht-paragraph">{t("queue.alreadyHidden")}</p> : null}
    </>
  );
}

function QueueEntry({
  item,
  answer,
  viewerId,
  tomorrow,
}: {
  item: QueueItem;
  answer: Answer | undefined;
  viewerId: string;
  tomorrow: string;
}) {
  const { t, i18n } = useTranslation("moderation");
  const key = `${item.subjectType === "message" ? "m" : "o"}-${item.subjectId}`;
  const headingId = `${key}-kop`;
  const mine = answer?.target === item.subjectId ? answer : undefined;
  const suspendAnswer =
    item.subjectType === "message" && answer?.target === `user-${item.author.id}` ? answer : undefined;
  const kindLabel = item.subjectType === "message" ? t("queue.kind.message") : t(`queue.kind.${item.opportunity.kind}`);
  const heading = item.subjectType === "message" ? item.conversation.name : item.opportunity.title;
  const warnTo =
    item.subjectType === "message"
      ? t("queue.warnText.message", { name: item.author.name })
      : t("queue.warnText.opportunity", { name: item.opportunity.organisationName });
  return (
    <li>
      <section aria-labelledby={headingId} className="noaber-card noaber-moderation__item">
        <p className="noaber-card__kind">{kindLabel}</p>
        <h3 className="utrecht-heading-3" id={headingId} dir="auto">
          {heading}
        </h3>
        <p className="utrecht-paragraph">
          <strong>{t("queue.reports", { count: item.reports })}</strong> ·{" "}
          {t("queue.firstReported", { date: formatDate(item.firstReportedAt, i18n.language) })}
        </p>
        <h4 className="utrecht-heading-4">{t("queue.reasons")}</h4>
        <ul className="utrecht-unordered-list">
          {item.reasons.map((reason, index) => (
            <li key={index} dir="auto">
              {reason || t("queue.noReason")}
            </li>
          ))}
        </ul>
        {item.subjectType === "message" ? (
          <>
            <dl className="noaber-group-facts">
              <dt>{t("queue.conversation")}</dt>
              <dd>
                <span dir="auto">{item.conversation.name}</span> ({t(`messaging:kinds.${item.conversation.kind}`)})
              </dd>
              <dt>{t("queue.author")}</dt>
              <dd>
                {item.author.name}
                {item.author.suspendedUntil
                  ? ` · ${t("queue.suspendedUntil", { date: formatDate(item.author.suspendedUntil, i18n.language) })}`
                  : null}
              </dd>
            </dl>
            <MessageContext item={item} />
          </>
        ) : (
          <OpportunityFacts item={item} />
        )}

        <Form method="post" className="noaber-form noaber-moderation__form">
          <SubjectFields item={item} />
          <h4 className="utrecht-heading-4">{t("queue.decide")}</h4>
          <FormErrors errors={mine && (mine.intent === "hide" || mine.intent === "dismiss") ? mine.formErrors : []} />
          <Field
            id={`${key}-notitie`}
            name="note"
            label={t("queue.note")}
            hint={t("queue.decideHint")}
            defaultValue={mine?.values.note}
            errors={mine?.fieldErrors.note}
          />
          <div className="noaber-actions">
            <button
              type="submit"
              name="intent"
              value="hide"
              className="utrecht-button utrecht-button--primary-action"
              aria-describedby={headingId}
            >
              {t(`queue.hide.${item.subjectType}`)}
            </button>
            <button
              type="submit"
              name="intent"
              value="dismiss"
              className="utrecht-button utrecht-button--secondary-action"
              aria-describedby={headingId}
            >
              {t("queue.dismiss")}
            </button>
          </div>
        </Form>

        <details className="noaber-moderation__more" open={mine?.intent === "warn"}>
          <summary className="noaber-report__summary">{t("queue.warnHeading")}</summary>
          <Form method="post" className="noaber-form">
            <SubjectFields item={item} />
            <FormErrors errors={mine?.intent === "warn" ? mine.formErrors : []} />
            <Field
              id={`${key}-waarschuwing`}
              name="text"
              label={warnTo}
              hint={t("queue.warnHint")}
              multiline
              required
              defaultValue={mine?.intent === "warn" ? mine.values.text : undefined}
              errors={mine?.intent === "warn" ? mine.fieldErrors.text : undefined}
            />
            <div>
              <button
                type="submit"
                name="intent"
                value="warn"
                className="utrecht-button utrecht-button--secondary-action"
                aria-describedby={headingId}
              >
                {t("queue.warn")}
              </button>
            </div>
          </Form>
        </details>

        {item.subjectType === "message" && item.author.id !== viewerId ? (
          <details className="noaber-moderation__more" open={Boolean(suspendAnswer)}>
            <summary className="noaber-report__summary">{t("queue.suspendHeading")}</summary>
            <Form method="post" className="noaber-form">
              <AuthenticityTokenInput name="csrf" />
              <input type="hidden" name="userId" value={item.author.id} />
              <FormErrors errors={suspendAnswer?.formErrors ?? []} />
              <Field
                id={`${key}-tot`}
                name="until"
                type="date"
                min={tomorrow}
                label={t("queue.until")}
                hint={t("queue.untilHint", { name: item.author.name })}
                required
                defaultValue={suspendAnswer?.values.until}
                errors={suspendAnswer?.fieldErrors.until}
              />
              <Field
                id={`${key}-reden`}
                name="reason"
                label={t("queue.suspendReason")}
                required
                defaultValue={suspendAnswer?.values.reason}
                errors={suspendAnswer?.fieldErrors.reason}
              />
              <div>
                <button
                  type="submit"
                  name="intent"
                  value="suspend"
                  className="utrecht-button utrecht-button--secondary-action"
                  aria-describedby={headingId}
                >
                  {t("queue.suspend")}
                </button>
              </div>
            </Form>
          </details>
        ) : null}
      </section>
    </li>
  );
}

export default function ModerationPage() {
  const { t, i18n } = useTranslation("moderation");
  const { queue, done, viewerId, tomorrow } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as Answer | undefined;
  const liftAnswer = answer?.intent === "lift" ? answer : undefined;
  // "Someone else just handled these reports": the item has left the queue, so the page says it on top.
  const orphanErrors =
    answer && answer.intent !== "lift" && !answer.target.startsWith("user-")
      ? queue.items.some((item) => item.subjectId === answer.target)
        ? []
        : answer.formErrors
      : [];
  return (
    <div className="noaber-prose noaber-moderation">
      <h1 className="utrecht-heading-1">{t("queue.title")}</h1>
      {done ? (
        <p className="utrecht-paragraph noaber-notice" role="status">
          {t(`queue.done.${done}`)}
        </p>
      ) : null}
      <FormErrors errors={orphanErrors} />
      <p className="utrecht-paragraph">{t("queue.intro")}</p>
      <p className="utrecht-paragraph">
        {queue.pendingRegistrations > 0
          ? t("queue.registrations", { count: queue.pendingRegistrations })
          : t("queue.registrationsNone")}{" "}
        {queue.pendingRegistrations > 0 ? (
          <Link to="/gemeente/aanmeldingen" className="utrecht-link">
            {t("queue.registrationsLink")}
          </Link>
        ) : null}
      </p>
      <p className="utrecht-paragraph">
        <Link to="/gemeente/logboek" className="utrecht-link">
          {t("queue.logLink")}
        </Link>
      </p>

      <h2 className="utrecht-heading-2">{t("queue.itemsHeading")}</h2>
      {queue.items.length === 0 ? (
        <p className="utrecht-paragraph">{t("queue.empty")}</p>
      ) : (
        <ol className="noaber-card-list">
          {queue.items.map((item) => (
            <QueueEntry
              key={`${item.subjectType}-${item.subjectId}`}
              item={item}
              answer={answer}
              viewerId={viewerId}
              tomorrow={tomorrow}
            />
          ))}
        </ol>
      )}

      <h2 className="utrecht-heading-2">{t("queue.suspensionsHeading")}</h2>
      <FormErrors errors={liftAnswer?.formErrors ?? []} />
      {queue.suspensions.length === 0 ? (
        <p className="utrecht-paragraph">{t("queue.suspensionsNone")}</p>
      ) : (
        <div className="noaber-table-scroll">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">{t("queue.suspensionsCaption")}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t("queue.columns.name")}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t("queue.columns.until")}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t("queue.columns.reason")}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t("queue.columns.action")}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {queue.suspensions.map((suspension) => (
                <tr key={suspension.userId} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {suspension.name}
                  </th>
                  <td className="utrecht-table__cell">{formatDate(suspension.until, i18n.language)}</td>
                  <td className="utrecht-table__cell" dir="auto">
                    {suspension.reason}
                  </td>
                  <td className="utrecht-table__cell">
                    <Form method="post">
                      <AuthenticityTokenInput name="csrf" />
                      <input type="hidden" name="userId" value={suspension.userId} />
                      <button
                        type="submit"
                        name="intent"
                        value="lift"
                        className="utrecht-button utrecht-button--secondary-action"
                        aria-label={t("queue.liftFor", { name: suspension.name })}
                      >
                        {t("queue.lift")}
                      </button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
