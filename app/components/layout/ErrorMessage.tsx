import { useTranslation } from "react-i18next";
import { forbiddenReasons, isForbiddenReason, isRequestProblem } from "../../utils/request-problems";

const titleKeyByStatus: Record<number, string> = {
  400: "errors.titles.badRequest",
  403: "errors.titles.forbidden",
  404: "errors.titles.notFound",
  405: "errors.titles.methodNotAllowed",
  413: "errors.titles.tooLarge",
  415: "errors.titles.unsupportedType",
  429: "errors.titles.rateLimited",
  503: "errors.titles.unavailable",
};

const messageKeyByStatus: Record<number, string> = {
  400: "errors.badRequest",
  401: "errors.unauthenticated",
  403: "errors.forbidden",
  404: "errors.notFound",
  405: "errors.methodNotAllowed",
  413: "errors.problems.tooLarge",
  415: "errors.problems.unsupportedType",
  429: "errors.rateLimited",
  503: "errors.unavailable",
};

/**
 * The error page's words: what happened in plain language, and where to go next. A refusal says what
 * this account may not do and who is logged in, for a shared computer in a buurthuis.
 */
export function ErrorMessage({
  status,
  details,
  userName,
}: {
  status: number;
  details: unknown;
  userName: string | null;
}) {
  const { t } = useTranslation();
  const reason = (details as { reason?: unknown } | null)?.reason;
  const problem = isRequestProblem(reason) ? reason : null;
  const forbidden = status === 403 && isForbiddenReason(reason) ? reason : null;

  const title =
    problem === "formExpired" ? t("errors.titles.formExpired") : t(titleKeyByStatus[status] ?? "errors.title");
  const message = problem
    ? t(`errors.problems.${problem}`)
    : forbidden
      ? t(`errors.forbiddenReasons.${forbidden}.text`)
      : t(messageKeyByStatus[status] ?? "errors.generic");
  const next = forbidden
    ? { href: forbiddenReasons[forbidden].goTo, label: t(`errors.forbiddenReasons.${forbidden}.goTo`) }
    : { href: "/", label: t("errors.backHome") };

  return (
    <div className="noaber-prose noaber-error-page">
      <h1 className="utrecht-heading-1">{title}</h1>
      <p className="utrecht-paragraph">{message}</p>
      {forbidden && userName ? (
        <p className="utrecht-paragraph">
          {t("errors.loggedInAs", { name: userName })} {t("errors.otherAccount")}{" "}
          <a className="utrecht-link" href="/uitloggen">
            {t("errors.logOut")}
          </a>
        </p>
      ) : null}
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={next.href}>
          {next.label}
        </a>
      </p>
    </div>
  );
}
